/**
 * Feature: administration of organisations, user accounts and backups.
 */
package se.samspar.web.admin;
