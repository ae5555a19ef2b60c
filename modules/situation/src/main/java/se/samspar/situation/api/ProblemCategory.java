package se.samspar.situation.api;

/** What kind of problem: a type of crime, or insecurity (otrygghet) that need not be a crime. */
public enum ProblemCategory {
    VIOLENCE, DOMESTIC_VIOLENCE, THEFT_BURGLARY, VANDALISM, DRUGS, FRAUD, ORGANISED_CRIME, OTHER_CRIME, INSECURITY
}
