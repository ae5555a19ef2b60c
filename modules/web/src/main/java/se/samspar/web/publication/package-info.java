/**
 * The public progress page (issue 14, point 4): {@code /public/{agreement id}} without sign-in, showing only what the
 * agreement's coordinators have published, and its JSON and Atom feeds under {@code /api/v1/public/agreements/}.
 */
package se.samspar.web.publication;
