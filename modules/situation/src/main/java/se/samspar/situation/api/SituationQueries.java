package se.samspar.situation.api;

import java.util.List;
import java.util.Optional;

/**
 * Reading situation pictures: the parties' users of the municipality's agreements, its coordinators and board
 * members (through their organisation), and administrators.
 */
public interface SituationQueries {

    /** Every version, newest first. */
    List<PictureView> versions(long municipalityId);

    /** The newest version, drafted or adopted: the one measures are linked to. */
    Optional<PictureView> current(long municipalityId);

    /** May the caller draft, edit and adopt this municipality's situation picture? For pages; services check again. */
    boolean mayEdit(long municipalityId);

    /** The agreements the caller sees that the municipality is party to, by id. */
    List<Long> agreementsOf(long municipalityId);

    /** The municipalities (organisations of that kind) party to agreements the caller sees, by name. */
    List<Municipality> municipalities();

    /** The municipality party to an agreement (the first by party order), if any. */
    Optional<Municipality> municipalityOf(long agreementId);

    record Municipality(long id, String name) {
    }
}
