/** Jakarta REST under /api: the one {@code Application}; the resources live in their features' packages. */
package se.samspar.web.api;
