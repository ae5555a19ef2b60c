package se.samspar.platform.api;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of dates, from and to inclusive. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "samspar.period.endBeforeStart");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
