/**
 * Shared form pieces: the messages and error summary at the top of a form, the decimal input, the organisation
 * choices, and a save the database kept rolling back over locks said at its form.
 */
package se.samspar.web.faces.form;
