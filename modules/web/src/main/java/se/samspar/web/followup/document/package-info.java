/**
 * The follow-up feature's report in words and numbers, and its documents: the tagged PDF and the XLSX.
 */
package se.samspar.web.followup.document;
