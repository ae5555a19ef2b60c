/**
 * Entities and rules of agreements: an agreement's status moves DRAFT → ACTIVE → CLOSED, goals
 * have one level of sub-goals, a party is an organisation's membership of one agreement.
 * Cross-module references are ids; entities guard their invariants themselves.
 */
package se.samspar.agreement.domain;
