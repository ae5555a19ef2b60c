/**
 * The web module is the WAR: it assembles the modules into one application and owns what is
 * about the application as a whole — the data source, the PrimeFaces pages and their backing
 * beans, health checks, the agreement import format and the demo data at startup.
 */
package se.samspar.web;
