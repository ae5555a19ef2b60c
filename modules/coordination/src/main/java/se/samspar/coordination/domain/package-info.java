/** The coordination function, meetings, decisions and action items as entities, with their rules in plain Java. */
package se.samspar.coordination.domain;
