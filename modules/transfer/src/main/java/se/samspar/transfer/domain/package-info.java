/**
 * The {@code samspar-agreement/1} file as plain Java: its records with their Bean Validation
 * constraints (the limits of docs/import-format.md), the rules across the file (keys, references,
 * chronology) and the constraints the records use.
 */
package se.samspar.transfer.domain;
