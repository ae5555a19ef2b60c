/**
 * Platform rules as plain Java: recognising Swedish personal identity numbers in free text
 * (rule 9 of the product: Samspår never holds case data).
 */
package se.samspar.platform.domain;
