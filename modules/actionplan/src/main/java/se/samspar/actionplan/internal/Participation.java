package se.samspar.actionplan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code ACT_PARTICIPANT} (an activity's participating party) for queries only, never persisted: the activity owns these rows
 * ({@code Activity.participatingPartyIds}). Queried on its own, "one of these parties takes part" is a probe of the
 * activity's rows; through the activity's collection it took a second copy of the activity table, and Derby then
 * built a hash table of every matching participant again for each activity (minutes for the police's "Min
 * organisation" at national scale, under 20 users).
 */
@Entity
@Table(name = "ACT_PARTICIPANT")
@IdClass(Participation.Key.class)
public class Participation {
    @Id
    @Column(name = "ACTIVITY_ID")
    private long activityId;
    @Id
    @Column(name = "PARTY_ID")
    private long partyId;

    protected Participation() {
    }

    /** The composite key, as JPA wants it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long activityId;
        private long partyId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.activityId == activityId && k.partyId == partyId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(activityId, partyId);
        }
    }
}
