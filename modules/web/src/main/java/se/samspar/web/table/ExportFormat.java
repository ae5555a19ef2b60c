package se.samspar.web.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * How a table's exports write dates and lay out their PDF ({@code #{exportFormat}}): dates read the same in every
 * language (2024-03-14), so a spreadsheet sorts and parses them.
 */
@Named
@ApplicationScoped
public class ExportFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 2024-03-14, empty when there is none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** 2024-03-14 09:30, empty when there is none. */
    public String time(LocalDateTime time) {
        return time == null ? "" : time.format(TIME);
    }

    /** A wide table (twelve columns) on landscape pages. */
    public PDFOptions getLandscape() {
        PDFOptions options = new PDFOptions();
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("8");
        options.setFacetFontSize("8");
        return options;
    }
}
