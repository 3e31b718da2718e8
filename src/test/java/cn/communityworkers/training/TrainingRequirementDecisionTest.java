package cn.communityworkers.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.workforce.Role;

/**
 * {@code training-requirement.dmn} as deployed (《意见》第8条: secretaries and directors each year, the others every 3
 * years), and who is due by it at the boundaries of the period.
 */
@ProcessTest
class TrainingRequirementDecisionTest {

    static final int YEAR = 2026;

    @Autowired TrainingRequirements requirements;

    @ParameterizedTest(name = "{0}: at least {2} in {1} year(s)")
    @CsvSource({"SECRETARY, 1, 1", "DIRECTOR, 1, 1", "DEPUTY, 3, 1", "COMMITTEE_MEMBER, 3, 1", "STAFF, 3, 1"})
    void everyRoleHasItsPeriodAndMinimum(Role role, int periodYears, int minimumCount) {
        assertThat(requirements.of(role)).isEqualTo(new TrainingRequirements.Requirement(periodYears, minimumCount));
    }

    @ParameterizedTest(name = "{0} last trained {1}: due {2}")
    @CsvSource({
            "SECRETARY, 2026-01-01, false",
            "SECRETARY, 2026-12-31, false",
            "SECRETARY, 2025-12-31, true",
            "DIRECTOR,  2025-06-30, true",
            "DIRECTOR,  2026-03-01, false",
            "STAFF,     2024-01-01, false",
            "STAFF,     2023-12-31, true",
            "DEPUTY,    2024-06-01, false",
            "DEPUTY,    2023-06-01, true",
            "COMMITTEE_MEMBER, 2026-11-30, false",
            "COMMITTEE_MEMBER, 2023-01-01, true",
    })
    void dueByTheLastTraining(Role role, LocalDate trainedOn, boolean due) {
        assertThat(requirements.of(role).isDue(List.of(trainedOn), YEAR)).isEqualTo(due);
    }

    @Test
    void neverTrainedIsDueAndATrainingAfterTheYearDoesNotCount() {
        TrainingRequirements.Requirement secretary = requirements.of(Role.SECRETARY);
        assertThat(secretary.isDue(List.of(), YEAR)).isTrue();
        assertThat(secretary.isDue(List.of(LocalDate.of(YEAR + 1, 1, 1)), YEAR)).isTrue();
        assertThat(requirements.of(Role.STAFF).isDue(List.of(), YEAR)).isTrue();
    }
}
