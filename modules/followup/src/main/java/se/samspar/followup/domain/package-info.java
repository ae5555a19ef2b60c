/** Indicators, ratings (rule 8), follow-ups and snapshots as plain Java (to come with the follow-up issue). */
package se.samspar.followup.domain;
