/**
 * The attachments of an agreement, a meeting or a decision as pages show them: one include and its bean, shared by
 * the agreement and meeting features.
 */
package se.samspar.web.faces.attachment;
