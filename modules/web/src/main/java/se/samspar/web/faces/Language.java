package se.samspar.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.Locales;

/** The session's language: Swedish unless the user switches. */
@Named
@SessionScoped
public class Language implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale = Locales.SWEDISH;
    @Inject
    UserAccounts accounts;

    public Locale getLocale() {
        return locale;
    }

    /** For the html lang attribute. */
    public String getTag() {
        return locale.getLanguage();
    }

    /** A page text (bundle se.samspar.web.messages) in this language, for beans of any scope. */
    public String text(String key) {
        return Messages.in(locale, key);
    }

    public boolean isSwedish() {
        return "sv".equals(locale.getLanguage());
    }

    /** At sign-in: the language the user chose last time, if any. */
    public void adopt(Caller caller) {
        String remembered = caller.username() == null ? null : accounts.languageOf(caller.username());
        if (remembered != null) {
            locale = "en".equals(remembered) ? Locales.ENGLISH : Locales.SWEDISH;
        }
    }

    /** Switches and reloads the same page with its parameters, so the address stays bookmarkable. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locales.ENGLISH : Locales.SWEDISH;
        accounts.rememberLanguage(locale.getLanguage());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
