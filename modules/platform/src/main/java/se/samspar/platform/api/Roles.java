package se.samspar.platform.api;

/** The role names of product.md, as the security layer and the pages use them. */
public final class Roles {
    public static final String ADMINISTRATOR = "administrator";
    public static final String COORDINATOR = "coordinator";
    public static final String PARTNER = "partner";
    public static final String BOARD_MEMBER = "board";

    private Roles() {
    }
}
