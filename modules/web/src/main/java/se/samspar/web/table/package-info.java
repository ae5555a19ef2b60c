/**
 * Shared: what every data table has — its exports, with spreadsheet formulas neutralised in CSV, and its paginators
 * named as landmarks.
 */
package se.samspar.web.table;
