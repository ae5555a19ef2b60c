/**
 * Shared Faces pieces every feature uses: the signed-in user, language and messages, formatting and typed numbers, id parameters turned into 404/403, a service's refusal put at its fields, chart JSON, downloads, the named paginators. Uses the modules' apis; never a feature package.
 */
package se.samspar.web.faces;
