/**
 * Published API of transfer: whole agreements to and from files. Today the import of a
 * {@code samspar-agreement/1} file ({@link se.samspar.transfer.api.AgreementImports}) and its refusal
 * ({@link se.samspar.transfer.api.ImportRefused}); export to the same format is to come.
 */
package se.samspar.transfer.api;
