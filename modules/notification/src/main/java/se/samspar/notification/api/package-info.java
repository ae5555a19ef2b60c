/**
 * Published API of notification: {@link se.samspar.notification.api.Reminders} (whether mail is on; an
 * administrator's "send the digests now") and {@link se.samspar.notification.api.MailKind}.
 */
package se.samspar.notification.api;
