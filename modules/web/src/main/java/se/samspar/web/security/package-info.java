/**
 * Shared: sign-in, the security headers and transport (HSTS, a trusted proxy), and the session's rules (absolute lifetime, password changes, must-change).
 */
package se.samspar.web.security;
