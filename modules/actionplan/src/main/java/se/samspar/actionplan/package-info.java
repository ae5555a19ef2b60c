/**
 * The action plan module owns activities (aktiviteter, åtgärder), their lead and participating
 * parties, and their append-only status history (lägesrapporter), plus the rules that turn them
 * into progress: overdue, needs update, completed means 100, weighted roll-up. Tables
 * {@code ACT_*}. It knows agreements only through {@code se.samspar.agreement.api}.
 */
package se.samspar.actionplan;
