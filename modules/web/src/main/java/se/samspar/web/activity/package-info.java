/**
 * Feature: the activities table with its filters and exports, one activity's page and its status reports.
 */
package se.samspar.web.activity;
