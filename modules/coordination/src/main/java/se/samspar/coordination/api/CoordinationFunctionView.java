package se.samspar.coordination.api;

/** The coordination function as pages show it; the party is the agreement module's id. */
public record CoordinationFunctionView(long id, long agreementId, String name, String roleTitle, long partyId,
                                       String email, String phone, long version) {
}
