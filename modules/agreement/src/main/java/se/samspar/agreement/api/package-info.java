/**
 * Published API of the agreement module: {@link se.samspar.agreement.api.AgreementEditing},
 * {@link se.samspar.agreement.api.AgreementRenewal}, {@link se.samspar.agreement.api.AgreementQueries},
 * {@link se.samspar.agreement.api.OrganisationService}, their input drafts and read views, and
 * the events {@link se.samspar.agreement.api.AgreementChanged} and
 * {@link se.samspar.agreement.api.OrganisationChanged}.
 */
package se.samspar.agreement.api;
