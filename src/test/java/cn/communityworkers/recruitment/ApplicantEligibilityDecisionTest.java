package cn.communityworkers.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/** {@code applicant-eligibility.dmn} as deployed: each rule at its boundary, with its reason. */
@ProcessTest
class ApplicantEligibilityDecisionTest {

    static final String TOO_OLD = "超过35周岁";
    static final String TOO_OLD_RELAXED = "超过40周岁(退役军人、社会工作专业或持社会工作职业资格者放宽至40周岁)";

    @Autowired DecisionService decisionService;

    List<String> reasons(int age, String education, boolean criminalRecord, boolean veteran, boolean socialWorkMajor,
            String qualification) {
        return decisionService.evaluateDecisionByKey(RecruitmentProcess.ELIGIBILITY_DECISION)
                .variables(Variables.createVariables().putValue("age", age).putValue("education", education)
                        .putValue("criminalRecord", criminalRecord).putValue("veteran", veteran)
                        .putValue("socialWorkMajor", socialWorkMajor).putValue("qualification", qualification))
                .evaluate().collectEntries("reason");
    }

    List<String> reasonsAt(int age, boolean veteran, boolean socialWorkMajor, String qualification) {
        return reasons(age, "BACHELOR", false, veteran, socialWorkMajor, qualification);
    }

    @ParameterizedTest(name = "age {0}, veteran {1}, social-work major {2}, {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "18 | false | false | NONE                    | ",
            "17 | false | false | NONE                    | 未满18周岁",
            "35 | false | false | NONE                    | ",
            "36 | false | false | NONE                    | " + TOO_OLD,
            "38 | true  | false | NONE                    | ",
            "40 | true  | false | NONE                    | ",
            "41 | true  | false | NONE                    | " + TOO_OLD_RELAXED,
            "40 | false | true  | NONE                    | ",
            "41 | false | true  | NONE                    | " + TOO_OLD_RELAXED,
            "40 | false | false | ASSISTANT_SOCIAL_WORKER | ",
            "41 | false | false | SOCIAL_WORKER           | " + TOO_OLD_RELAXED,
            "17 | true  | false | NONE                    | 未满18周岁"})
    void ageLimits(int age, boolean veteran, boolean socialWorkMajor, String qualification, String reason) {
        List<String> reasons = reasonsAt(age, veteran, socialWorkMajor, qualification);
        if (reason == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).containsExactly(reason);
        }
    }

    @Test
    void educationAndRecordAreJudgedAsBefore() {
        assertThat(reasons(30, "HIGH_SCHOOL", true, true, true, "NONE")).containsExactly("学历低于大专", "有犯罪记录");
    }

    /** Age on the day of application: the day before and the day of the 36th birthday, and a veteran the same day. */
    @Test
    void theBirthdayThatCrossesTheLimit() {
        LocalDate born = LocalDate.of(1990, 6, 15);
        int dayBefore = RecruitmentService.age(born, LocalDate.of(2026, 6, 14));
        int birthday = RecruitmentService.age(born, LocalDate.of(2026, 6, 15));

        assertThat(reasonsAt(dayBefore, false, false, "NONE")).isEmpty();
        assertThat(reasonsAt(birthday, false, false, "NONE")).containsExactly(TOO_OLD);
        assertThat(reasonsAt(birthday, true, false, "NONE")).isEmpty();
        assertThat(reasonsAt(RecruitmentService.age(LocalDate.of(1985, 6, 15), LocalDate.of(2026, 6, 14)), true, false,
                "NONE")).isEmpty();
        assertThat(reasonsAt(RecruitmentService.age(LocalDate.of(1985, 6, 15), LocalDate.of(2026, 6, 15)), true, false,
                "NONE")).containsExactly(TOO_OLD_RELAXED);
    }
}
