package se.samspar.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samspar.identity.api.AccessTokenView;
import se.samspar.identity.api.AccessTokens;
import se.samspar.identity.api.IssuedToken;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.form.FormMessages;

/**
 * The account page's personal access tokens for the REST API (/api/v1): create one with a name and an optional last
 * day and see its secret this once; list one's tokens with when each was last used; revoke one. The secret is held
 * only until the next action of this view.
 */
@Named
@ViewScoped
public class AccessTokensSection implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "tokens";

    @Inject
    AccessTokens tokens;
    @Inject
    Language language;

    private String name;
    private LocalDate expiresOn;
    private String issuedSecret;
    private String issuedName;
    private transient List<AccessTokenView> mine;

    public List<AccessTokenView> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    public void create() {
        issuedSecret = null;
        try {
            IssuedToken issued = tokens.create(name, expiresOn);
            issuedSecret = issued.secret();
            issuedName = issued.token().name();
            name = null;
            expiresOn = null;
            mine = null;
            FormMessages.info(FORM, language.text("tokens.created"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, language.getLocale());
        }
    }

    public void revoke() {
        issuedSecret = null;
        Long id = RowParameters.number("tokenId");
        try {
            if (id != null) {
                tokens.revoke(id);
                FormMessages.info(FORM, language.text("tokens.revoked"));
            }
        } catch (AccessDenied alreadyGone) {
            FormMessages.stale(FORM, language.text("tokens.gone"));
        }
        mine = null;
    }

    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedName() { return issuedName; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate v) { expiresOn = v; }
}
