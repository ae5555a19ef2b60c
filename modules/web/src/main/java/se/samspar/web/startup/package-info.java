/**
 * Start-up: the data source, readiness and the demo data (imported through the transfer module). No page uses it.
 */
package se.samspar.web.startup;
