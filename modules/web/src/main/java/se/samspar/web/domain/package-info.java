/**
 * What the web layer decides on its own, as plain Java: how figures are shown (progress as "–"
 * when there is none). The business rules live in the modules' domain packages, not here.
 */
package se.samspar.web.domain;
