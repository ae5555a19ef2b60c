/**
 * Calendar feeds (iCalendar, RFC 5545) at secret addresses, without sign-in: a user's due dates and reporting
 * deadlines, and an agreement's for its coordinators; and the section of the account page that makes the address.
 */
package se.samspar.web.calendar;
