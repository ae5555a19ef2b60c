/**
 * Feature: bringing an agreement in and taking it out (/import): a JSON or XLSX file uploaded, its preview or
 * every problem by place, the confirmed import; the XLSX template; an agreement's export as JSON and XLSX.
 * The transfer module's services decide every right and check every file.
 */
package se.samspar.web.transfer;
