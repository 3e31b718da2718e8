package cn.communityworkers.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.communityworkers.workforce.ChangeAttribute;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Sex;
import cn.communityworkers.workforce.WorkerStatus;

/** The pure parts of the statistics: age bands, the registry as of a date, the column of a movement. */
class StatisticsPartsTest {

    @Test
    void ageBandsFromTheirUpperBounds() {
        AgeBands bands = new AgeBands(List.of(30, 35));
        assertThat(bands.columns()).extracting(Statistics.Column::key).containsExactly("0-30", "31-35", "36-");
        assertThat(bands.columns()).extracting(Statistics.Column::label)
                .containsExactly("30岁及以下", "31至35岁", "36岁及以上");
        LocalDate born = LocalDate.of(1990, 6, 15);
        assertThat(bands.of(born, LocalDate.of(2020, 6, 15)).key()).as("30 on the birthday").isEqualTo("0-30");
        assertThat(bands.of(born, LocalDate.of(2021, 6, 14)).key()).as("still 30 the day before").isEqualTo("0-30");
        assertThat(bands.of(born, LocalDate.of(2021, 6, 15)).key()).isEqualTo("31-35");
        assertThat(bands.of(born, LocalDate.of(2026, 6, 14)).key()).isEqualTo("31-35");
        assertThat(bands.of(born, LocalDate.of(2026, 6, 15)).key()).isEqualTo("36-");
    }

    @Test
    void ageBandsMustAscend() {
        assertThatThrownBy(() -> new StatisticsProperties(List.of(35, 30), 5, 5, 0.5, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatisticsProperties(List.of(), 5, 5, 0.5, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Snapshot worker(String id, String community, Role role, WorkerStatus status, int grade) {
        return new Snapshot(id, id, LocalDate.of(1990, 1, 1), community, role, Education.BACHELOR,
                Qualification.NONE, true, status, grade, Sex.MALE);
    }

    @Test
    void theEarliestChangeAfterTheDateGivesTheValueOnTheDate() {
        Snapshot today = worker("a", "c2", Role.DEPUTY, WorkerStatus.TERMINATED, 6);
        // in any order: the earliest by id counts
        Map<String, Snapshot> then = AsOf.undo(List.of(today), List.of(
                new AsOf.Undone(14, "a", ChangeAttribute.STATUS, "ACTIVE"),
                new AsOf.Undone(15, "a", ChangeAttribute.COMMUNITY, "c3"),
                new AsOf.Undone(10, "a", ChangeAttribute.ROLE, "STAFF"),
                new AsOf.Undone(11, "a", ChangeAttribute.COMMUNITY, "c1"),
                new AsOf.Undone(12, "a", ChangeAttribute.STATUS, "PROBATION"),
                new AsOf.Undone(16, "a", ChangeAttribute.GRADE, "3"),
                new AsOf.Undone(17, "a", ChangeAttribute.QUALIFICATION, "NONE")));
        assertThat(then.get("a")).isEqualTo(new Snapshot("a", "a", LocalDate.of(1990, 1, 1), "c1", Role.STAFF,
                Education.BACHELOR, Qualification.NONE, true, WorkerStatus.PROBATION, 3, Sex.MALE));
    }

    @Test
    void aWorkerRegisteredAfterTheDateWasNotThere() {
        Snapshot later = worker("later", "c1", Role.STAFF, WorkerStatus.ACTIVE, 2);
        Snapshot unchanged = worker("same", "c1", Role.STAFF, WorkerStatus.ACTIVE, 2);
        Map<String, Snapshot> then = AsOf.undo(List.of(later, unchanged), List.of(
                new AsOf.Undone(21, "later", ChangeAttribute.STATUS, "PROBATION"),
                new AsOf.Undone(20, "later", ChangeAttribute.STATUS, null)));
        assertThat(then).containsOnlyKeys("same");
        assertThat(then.get("same")).isSameAs(unchanged);
    }

    @Test
    void aStatusChangeCountsAsAMovement() {
        assertThat(Movements.column(null, "PROBATION", null)).isEqualTo("HIRED");
        assertThat(Movements.column(null, "ACTIVE", null)).isEqualTo("REGISTERED");
        assertThat(Movements.column("PROBATION", "ACTIVE", null)).isEqualTo("CONFIRMED");
        assertThat(Movements.column("ACTIVE", "SECONDED", null)).isNull();
        assertThat(Movements.column("SECONDED", "ACTIVE", null)).isNull();
        assertThat(Movements.column("ACTIVE", "TERMINATED", LeavingCause.RESIGNATION)).isEqualTo("LEFT_RESIGNATION");
        assertThat(Movements.column("SECONDED", "TERMINATED", null)).isEqualTo("LEFT_OTHER");
        assertThat(Movements.column("ACTIVE", "PUBLIC_INSTITUTION_STAFF", LeavingCause.PUBLIC_INSTITUTION))
                .isEqualTo("PROMOTED_INSTITUTION");
        assertThat(Movements.column("PUBLIC_INSTITUTION_STAFF", "TERMINATED", null)).isNull();
    }
}
