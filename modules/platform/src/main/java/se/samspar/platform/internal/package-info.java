/**
 * Container-side platform services: the database migration at startup, the clock, and the
 * Bean Validation bridge that turns constraint violations into {@code InvalidInput}.
 */
package se.samspar.platform.internal;
