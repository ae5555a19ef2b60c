/** JPA-backed situation services and the rights they share. */
package se.samspar.situation.internal;
