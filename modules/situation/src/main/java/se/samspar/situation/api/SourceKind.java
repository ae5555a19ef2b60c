package se.samspar.situation.api;

/**
 * Where knowledge of a problem comes from: police statistics, the national crime survey (NTU), a local safety
 * survey, the municipality's own data, citizen dialogue, or the partners' observations.
 */
public enum SourceKind {
    POLICE_STATISTICS, NATIONAL_CRIME_SURVEY, LOCAL_SAFETY_SURVEY, MUNICIPAL_DATA, CITIZEN_DIALOGUE,
    PARTNER_OBSERVATIONS
}
