/**
 * The agreement module owns organisations and collaboration agreements
 * (samverkansöverenskommelser): their parties, priority areas and goals. Tables {@code AGR_*}.
 * Other modules see it only through {@link se.samspar.agreement.api}.
 */
package se.samspar.agreement;
