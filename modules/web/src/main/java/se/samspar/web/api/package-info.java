/** The application's public endpoints besides the pages: MicroProfile Health checks. */
package se.samspar.web.api;
