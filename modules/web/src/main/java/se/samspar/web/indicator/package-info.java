/**
 * Feature: indicators and their measurements.
 */
package se.samspar.web.indicator;
