package se.samspar.followup.api;

/**
 * Something a follow-up report is built from changed outside this module (a problem of a situation picture or its
 * measures, see {@link ReportProblems}): reports kept while follow-ups are prepared are built anew.
 */
public record ReportSourcesChanged(String what) {
}
