package se.samspar.agreement.api;

/** Kind of organisation: kommun, polis, räddningstjänst, kriminalvård, bostadsbolag, fastighetsbolag, region, övrig. */
public enum OrganisationType {
    MUNICIPALITY, POLICE, FIRE_RESCUE, PRISON_PROBATION, HOUSING_COMPANY, PROPERTY_COMPANY, REGION, OTHER
}
