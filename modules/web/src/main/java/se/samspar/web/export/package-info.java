/**
 * Shared: the data tables' exports, with spreadsheet formulas neutralised in CSV.
 */
package se.samspar.web.export;
