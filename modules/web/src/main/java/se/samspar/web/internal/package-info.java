/**
 * Backing beans (thin: they call module APIs and hold view state), the data source definition,
 * the agreement import and the demo data loaded on first start in demo mode.
 */
package se.samspar.web.internal;
