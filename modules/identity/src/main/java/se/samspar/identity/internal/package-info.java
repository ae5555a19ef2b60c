/** Identity store and account services (to come with the workflows issue). */
package se.samspar.identity.internal;
