/**
 * Feature: the signed-in user's own account (changing the password).
 */
package se.samspar.web.account;
