package se.samspar.web.dashboard;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.ChartJson;
import se.samspar.web.faces.Messages;
import se.samspar.web.faces.ViewParameters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import se.samspar.actionplan.api.ActivityStatistics;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.Dashboard;
import se.samspar.actionplan.api.DashboardFilter;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;

/**
 * The dashboard of an agreement (/dashboard?agreement=…&area=…&party=…&from=…&to=…): its filters
 * are the address, so a view can be bookmarked and sent on. Every figure comes from one
 * aggregate call; this bean only labels and lays them out.
 */
@Named
@RequestScoped
public class DashboardPage {
    private static final List<String> STATUS_COLOURS = List.of("#455a64", "#1f5f8b", "#2e7d32", "#b26a00", "#6d6d6d");
    private static final List<String> LIGHT_COLOURS = List.of("#2e7d32", "#b26a00", "#c62828");

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityStatistics statistics;
    @Inject
    Messages messages;

    private String agreement;
    private String area;
    private String party;
    private String from;
    private String to;
    private boolean badDate;

    private AgreementStructure structure;
    private Dashboard dashboard;
    private DashboardFilter filter;
    private LocalDate axisFrom;
    private LocalDate axisTo;

    /** f:viewAction: unknown agreement 404, someone else's 403; a malformed filter value is ignored and said so. */
    public void load() {
        structure = ViewParameters.agreement(agreements, agreement);
        if (structure == null) {
            return;
        }
        long agreementId = structure.agreement().id();
        Long areaId = ViewParameters.id(area);
        Long partyId = ViewParameters.id(party);
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        filter = new DashboardFilter(areaId != null && structure.area(areaId).isPresent() ? areaId : null,
                partyId != null && structure.party(partyId).isPresent() ? partyId : null, fromDate, toDate);
        dashboard = statistics.dashboard(agreementId, filter);
        axisFrom = fromDate != null ? fromDate : structure.agreement().validFrom();
        axisTo = toDate != null ? toDate : structure.agreement().validTo();
        for (Dashboard.Bar b : dashboard.timeline()) {
            if (fromDate == null && b.startDate() != null && b.startDate().isBefore(axisFrom)) {
                axisFrom = b.startDate();
            }
            if (toDate == null && b.dueDate() != null && b.dueDate().isAfter(axisTo)) {
                axisTo = b.dueDate();
            }
        }
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            badDate = true;
            return null;
        }
    }

    // ---- labels

    public String areaName(long areaId) {
        return structure.area(areaId).map(a -> a.name() + " (" + a.code() + ")").orElse("");
    }

    public String partyName(long partyId) {
        return structure.partyName(partyId);
    }

    public List<PriorityAreaView> getAreas() {
        return structure.areas();
    }

    public List<PartyView> getParties() {
        return structure.parties();
    }

    public List<ActivityStatus> getStatuses() {
        return Arrays.asList(ActivityStatus.values());
    }

    public List<TrafficLight> getLights() {
        return Arrays.asList(TrafficLight.values());
    }

    public int statusCount(ActivityStatus s) {
        return dashboard.byStatus().getOrDefault(s, 0);
    }

    public int lightCount(TrafficLight l) {
        return dashboard.byLight().getOrDefault(l, 0);
    }

    // ---- charts (each beside a table of the same figures)

    public String getAreaChart() {
        return ChartJson.percentBars(dashboard.byArea().stream().map(g -> code(g.id())).toList(),
                dashboard.byArea().stream().map(g -> g.progress().rounded()).toList(),
                messages.text("dashboard.progress"), false);
    }

    public String getPartyChart() {
        return ChartJson.percentBars(dashboard.byLeadParty().stream().map(g -> partyName(g.id())).toList(),
                dashboard.byLeadParty().stream().map(g -> g.progress().rounded()).toList(),
                messages.text("dashboard.progress"), true);
    }

    public String getStatusChart() {
        return ChartJson.doughnut(getStatuses().stream().map(s -> messages.text("status." + s)).toList(),
                getStatuses().stream().map(this::statusCount).toList(), STATUS_COLOURS);
    }

    public String getLightChart() {
        return ChartJson.doughnut(getLights().stream().map(l -> messages.text("light." + l)).toList(),
                getLights().stream().map(this::lightCount).toList(), LIGHT_COLOURS);
    }

    private String code(long areaId) {
        return structure.area(areaId).map(PriorityAreaView::code).orElse("");
    }

    // ---- timeline: each bar placed on the axis from the period's start to its end

    public String barStyle(Dashboard.Bar bar) {
        long span = Math.max(1, ChronoUnit.DAYS.between(axisFrom, axisTo));
        LocalDate start = bar.startDate() != null ? bar.startDate() : bar.dueDate() != null ? bar.dueDate() : axisFrom;
        LocalDate end = bar.dueDate() != null ? bar.dueDate() : axisTo;
        double left = clamp(100.0 * ChronoUnit.DAYS.between(axisFrom, start) / span);
        double right = clamp(100.0 * ChronoUnit.DAYS.between(axisFrom, end) / span);
        return String.format(java.util.Locale.ROOT, "margin-left:%.1f%%;width:%.1f%%", left, Math.max(1.0, right - left));
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    // ---- view parameters and state

    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public boolean isBadDate() { return badDate; }
    public AgreementStructure getStructure() { return structure; }
    public Dashboard getDashboard() { return dashboard; }
    public DashboardFilter getFilter() { return filter; }
    public LocalDate getAxisFrom() { return axisFrom; }
    public LocalDate getAxisTo() { return axisTo; }

    public boolean isFiltered() {
        return dashboard != null && (ViewParameters.id(area) != null || ViewParameters.id(party) != null
                || (from != null && !from.isBlank()) || (to != null && !to.isBlank()));
    }
}
