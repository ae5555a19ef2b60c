/**
 * Published API of the agreement module: {@link se.samspar.agreement.api.AgreementCreation},
 * {@link se.samspar.agreement.api.AgreementEditing}, {@link se.samspar.agreement.api.PartyEditing},
 * {@link se.samspar.agreement.api.PriorityAreaEditing},
 * {@link se.samspar.agreement.api.AgreementRenewal}, {@link se.samspar.agreement.api.AgreementQueries},
 * {@link se.samspar.agreement.api.OrganisationService}, their input drafts and read views, and
 * the events {@link se.samspar.agreement.api.AgreementChanged} and
 * {@link se.samspar.agreement.api.OrganisationChanged}, and {@link se.samspar.agreement.api.RemovalAttempted}
 * (a removal the other modules may refuse).
 */
package se.samspar.agreement.api;
