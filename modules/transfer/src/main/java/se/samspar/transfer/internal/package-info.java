/**
 * The import behind {@link se.samspar.transfer.api.AgreementImports}: reading a file (JSON-P for
 * its syntax and the types of its values, JSON-B into the records, Bean Validation on them) and
 * writing it through the agreement and action-plan services in one transaction.
 */
package se.samspar.transfer.internal;
