/**
 * Tagged, accessible PDF (PDF/UA structure: headings, paragraphs, tables with header cells, page numbers as
 * artifacts) with embedded DejaVu fonts, shared by every document the WAR writes: the follow-up report and the law view.
 */
package se.samspar.web.faces.pdf;
