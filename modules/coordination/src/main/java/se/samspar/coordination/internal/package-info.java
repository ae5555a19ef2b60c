/** The services: rights and loading in {@code CoordinationRights}, one bean per use case. */
package se.samspar.coordination.internal;
