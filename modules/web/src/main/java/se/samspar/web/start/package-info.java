/**
 * Feature: the start page (my agreements, what needs my update, the latest reports) and my organisation's activities.
 */
package se.samspar.web.start;
