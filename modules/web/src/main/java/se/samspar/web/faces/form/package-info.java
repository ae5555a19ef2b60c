/**
 * Shared form pieces: the messages and error summary at the top of a form, and the decimal input.
 */
package se.samspar.web.faces.form;
