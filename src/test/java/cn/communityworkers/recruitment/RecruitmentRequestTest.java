package cn.communityworkers.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A recruitment's request as its case recorded it, read back by the steps that write the registry. */
class RecruitmentRequestTest {

    static final RecruitmentRequest CHECKED = new RecruitmentRequest("S1", null, 2, 5, new BigDecimal("0.6"), 14, 9);

    @Test
    void whatIsRecordedIsReadBackAsItWasChecked() {
        RecruitmentRequest read = RecruitmentRequest.recorded(CHECKED.variables("S1001"));

        assertThat(read).isEqualTo(new RecruitmentRequest("S1", "S1001", 2, 5, new BigDecimal("0.6"), 14, 9));
    }

    @Test
    void theFormerPeriodsInACaseTakenFromAnOlderRecruitmentsHistoryAreNotPartOfTheRequest() {
        Map<String, Object> fromHistory = new HashMap<>(CHECKED.variables("S1001"));
        fromHistory.put(RecruitmentProcess.APPLICATION_PERIOD, "P14D");
        fromHistory.put(RecruitmentProcess.NOTICE_PERIOD, "P9D");

        assertThat(RecruitmentRequest.recorded(fromHistory).applicationDays()).isEqualTo(14);
    }

    @Test
    void aRecordedRequestWithoutItsDaysIsAnErrorNotTheDefault() {
        Map<String, Object> withoutDays = new HashMap<>(CHECKED.variables("S1001"));
        withoutDays.remove(RecruitmentProcess.APPLICATION_DAYS.name());

        assertThatThrownBy(() -> RecruitmentRequest.recorded(withoutDays))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no applicationDays");
    }
}
