/**
 * Start-up: the data source, readiness, the agreement import and the demo data. No page uses it.
 */
package se.samspar.web.startup;
