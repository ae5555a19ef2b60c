/**
 * Feature: an agreement's overview and its editing by its coordinators.
 */
package se.samspar.web.agreement;
