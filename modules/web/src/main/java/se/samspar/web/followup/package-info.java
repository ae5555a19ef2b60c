/**
 * Feature: follow-up rounds, adoption, the board's adopted follow-ups and year comparison, and the PDF and XLSX documents.
 */
package se.samspar.web.followup;
