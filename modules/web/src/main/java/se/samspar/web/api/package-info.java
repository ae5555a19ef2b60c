/** Jakarta REST under /api: the one {@code Application}, the token-authenticated API and its problem details. */
package se.samspar.web.api;
