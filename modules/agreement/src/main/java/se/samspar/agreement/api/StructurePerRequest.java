package se.samspar.agreement.api;

/**
 * Lets a page read each agreement's structure once: a page asks several services (an activity, its history, whether
 * the user may report, the agreement), each of which reads and checks the structure — up to five reads per page
 * (issue 12). Switched on for a request, {@link AgreementQueries#structure} keeps what it read, per caller, until the
 * request ends or changes an agreement or an organisation. Off unless switched on: a service call outside a page reads
 * afresh, as before.
 */
public interface StructurePerRequest {
    void keepForThisRequest();
}
