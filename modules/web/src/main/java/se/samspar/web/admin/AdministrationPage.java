package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Roles;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;
import se.samspar.web.table.PerRequest;

/**
 * Administration (/admin), the page itself: whether the caller may see it, and the lists several sections show
 * (agreements, roles, organisation types), each read once per request; organisations are paged and searched where
 * they are shown. Each section of the page has its own view-scoped
 * bean, which injects this one: {@link UsersSection} (the paged list, deactivation after a confirmation),
 * {@link UserForm} (a new or an existing account, with a new organisation made on the spot),
 * {@link PasswordResetSection}, {@link OrganisationsSection} and {@link BackupsSection}. The services refuse anyone
 * but administrators whatever the page shows.
 */
@Named
@ViewScoped
public class AdministrationPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String AGREEMENTS = AdministrationPage.class.getName() + ".agreements";
    private static final String AGREEMENT_TITLES = AdministrationPage.class.getName() + ".agreementTitles";
    static final List<String> ROLES = List.of(Roles.COORDINATOR, Roles.PARTNER, Roles.BOARD_MEMBER,
            Roles.ADMINISTRATOR);

    @Inject
    UserAccounts accounts;
    @Inject
    AgreementQueries agreements;
    @Inject
    Language language;

    /** f:viewAction: anyone but an administrator gets a 403, as the services would refuse them anyway. */
    public void check() {
        try {
            accounts.count(null);
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
        }
    }

    public List<AgreementView> getAgreements() {
        return PerRequest.get(AGREEMENTS, agreements::agreements);
    }

    public List<String> getRoleNames() {
        return ROLES;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public String agreementTitles(Set<Long> ids) {
        Map<Long, String> titles = PerRequest.get(AGREEMENT_TITLES, () -> getAgreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::title)));
        return ids.stream().map(id -> titles.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }

    /** The user's language (a method: the sections hold this bean through a proxy, whose fields are empty). */
    public java.util.Locale locale() {
        return language.getLocale();
    }

    public String text(String key) {
        return language.text(key);
    }
}
