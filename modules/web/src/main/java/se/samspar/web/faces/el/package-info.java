/**
 * The pages' expression language: method calls on views (records), looked up once per class.
 */
package se.samspar.web.faces.el;
