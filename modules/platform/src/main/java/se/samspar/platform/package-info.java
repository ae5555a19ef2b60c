/**
 * The shared kernel, kept small: what every module needs and no module owns. Base types
 * ({@link se.samspar.platform.api.Period}), the refusals every service may raise
 * ({@link se.samspar.platform.api.InvalidInput}, {@link se.samspar.platform.api.StaleEdit},
 * {@link se.samspar.platform.api.NotFound}), input validation, the clock, role names, and the
 * database itself: the Flyway migration of every module's tables at startup.
 */
package se.samspar.platform;
