package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/** Probation pay (《劳动合同法》第二十条): the local percentage of the post's pay, shown and recorded while in probation. */
@ProcessTest
class ProbationPayTest {

    @Autowired TestRegistry registry;
    @Autowired LabourContractProperties contractTerms;
    @Autowired JdbcClient jdbc;

    List<String> payReasons(String workerId) {
        return jdbc.sql("select new_value || ' ' || reason from worker_change where worker_id = :w and attribute = 'PAY'"
                + " order by id").param("w", workerId).query(String.class).list();
    }

    @Test
    void aWorkerInProbationIsPaidTheLocalPercentageUntilConfirmed() {
        TestUnits units = registry.county(100_000);
        String id = registry.probationer(units, java.time.LocalDate.now(ClockConfiguration.CHINA).plusMonths(6));

        WorkerView view = registry.workers().view(id);
        BigDecimal expected = view.monthlyPay().multiply(BigDecimal.valueOf(contractTerms.probationPayPercent()))
                .movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(contractTerms.probationPayPercent()).isEqualTo(80);
        assertThat(view.probationPayPercent()).isEqualTo(80);
        assertThat(view.probationPay()).isEqualByComparingTo(expected).isLessThan(view.monthlyPay());
        assertThat(payReasons(id)).last().asString().startsWith(expected.toPlainString())
                .contains("岗位工资的80%", "《劳动合同法》第二十条");

        registry.changes().changeStatus(id, WorkerStatus.PROBATION, WorkerStatus.ACTIVE, "试用期考核合格,转正", null);

        WorkerView confirmed = registry.workers().view(id);
        assertThat(confirmed.probationPay()).isNull();
        assertThat(confirmed.probationPayPercent()).isNull();
        assertThat(payReasons(id)).last().asString().startsWith(confirmed.monthlyPay().toPlainString()).contains("转正");
    }

    @Test
    void aWorkerRegisteredOutsideProbationHasNoProbationPay() {
        String id = registry.worker(registry.county(100_000), Role.STAFF, WorkerStatus.ACTIVE);

        assertThat(registry.workers().view(id).probationPay()).isNull();
        assertThat(payReasons(id)).hasSize(1);
    }
}
