/**
 * Sending through Jakarta Mail to the SMTP server of {@code samspar.mail.*}, the mail log, the weekly and daily
 * schedule, and the observers of follow-ups opened for reporting and activities handed to another party.
 */
package se.samspar.notification.internal;
