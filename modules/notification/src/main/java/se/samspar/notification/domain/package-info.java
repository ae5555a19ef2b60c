/** The reminders' texts in Swedish and English and the weekly digest's composition, as plain Java. */
package se.samspar.notification.domain;
