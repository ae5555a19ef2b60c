/**
 * What other modules may use of the platform: base types, refusals, role names, input
 * validation and the schema status. Plain Java and Jakarta annotations only.
 */
package se.samspar.platform.api;
