/**
 * Published API of the agreement module: {@link se.samspar.agreement.api.AgreementService},
 * {@link se.samspar.agreement.api.OrganisationService}, their input drafts and read views, and
 * the events {@link se.samspar.agreement.api.AgreementChanged} and
 * {@link se.samspar.agreement.api.OrganisationChanged}.
 */
package se.samspar.agreement.api;
