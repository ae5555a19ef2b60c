/** Situation pictures, problems and measures as entities with their rules (frozen once adopted). */
package se.samspar.situation.domain;
