/**
 * Feature: an agreement's dashboard, aggregated in SQL by the actionplan module.
 */
package se.samspar.web.dashboard;
