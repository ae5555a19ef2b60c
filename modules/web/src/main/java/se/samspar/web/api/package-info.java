/** Jakarta REST: the application under /api whose resources the API, the public feeds and the calendar feeds are. */
package se.samspar.web.api;
