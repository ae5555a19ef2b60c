package se.samspar.actionplan.api;

import java.util.List;
import java.util.Optional;

/**
 * The public progress page's reads, for anyone, signed in or not: only what a coordinator has published. An
 * agreement nothing is published of is not public (empty). Every read is bounded in SQL.
 */
public interface PublicProgress {
    /** The most items one read returns. */
    int MAX_ITEMS = 100;

    /** The agreement, if anything of it is published. */
    Optional<PublicAgreement> agreement(long agreementId);

    /** Its published items, areas first in the agreement's order, then activities by area and order; a page of them. */
    List<PublicItem> items(long agreementId, int first, int max);
}
