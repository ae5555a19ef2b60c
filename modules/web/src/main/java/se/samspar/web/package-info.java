/**
 * The web module is the WAR: it assembles the modules into one application. One package per
 * feature — what the user does: {@code start}, {@code agreement}, {@code activity},
 * {@code dashboard}, {@code followup}, {@code indicator}, {@code admin}, {@code audit},
 * {@code account} — which use the shared packages ({@code faces}, {@code table},
 * {@code security}) and the modules' apis, never each other; and {@code startup} (data source,
 * readiness, import, demo data). ArchitectureTest enforces it.
 */
package se.samspar.web;
