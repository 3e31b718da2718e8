package cn.communityworkers.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.Role;

class ShowTrainingDueTest {

    static List<TrainingChecks.DueWorker> due(int count) {
        List<TrainingChecks.DueWorker> due = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            due.add(new TrainingChecks.DueWorker("S1", "W" + i, "欧阳" + i, "第" + (i / 20) + "社区", Role.STAFF,
                    i % 2 == 0 ? null : "社区治理能力培训", i % 2 == 0 ? null : LocalDate.of(2023, 5, 6)));
        }
        return due;
    }

    /** A street of 200 workers due (its ten communities all untrained at go-live) would not fit in one variable. */
    @Test
    void aStreetOfHundredsDueListsWhatFitsAndSaysHowManyMore() {
        String lines = ShowTrainingDue.lines(due(200));
        assertThat(lines.length()).isLessThanOrEqualTo(Variable.MAX_TEXT);
        List<String> listed = lines.lines().filter(line -> line.matches("\\d+\\. .*")).toList();
        assertThat(listed).hasSizeGreaterThan(50);
        assertThat(listed.get(0)).startsWith("1. 欧阳0,第0社区,社区专职工作人员,最近培训:无");
        assertThat(lines).endsWith("……另有 " + (200 - listed.size()) + " 人未能在此列出(共 200 人)");
    }

    @Test
    void aFewDueAreAllListed() {
        String lines = ShowTrainingDue.lines(due(3));
        assertThat(lines.lines()).containsExactly("1. 欧阳0,第0社区,社区专职工作人员,最近培训:无",
                "2. 欧阳1,第0社区,社区专职工作人员,最近培训:2023-05-06 社区治理能力培训",
                "3. 欧阳2,第0社区,社区专职工作人员,最近培训:无");
    }

    /** The county's summary: a line per street as long as its plan (up to 1,000 characters), as many as fit. */
    @Test
    void fittedTextsKeepWithinAVariableAndNameWhatIsLeftOut() {
        List<String> streets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            streets.add("第" + i + "街道:应培训 30 人;计划 2026-12-20 培训,经办:陈静(组织人事办);" + "安排".repeat(490));
        }
        String summary = Variable.fitted(streets, left -> "……另有 " + left + " 个街道的安排未能在此列出");
        assertThat(summary.length()).isLessThanOrEqualTo(Variable.MAX_TEXT);
        assertThat(summary.lines().filter(line -> line.contains("街道:应培训"))).hasSize(3);
        assertThat(summary).endsWith("……另有 3 个街道的安排未能在此列出");
        assertThat(Variable.fitted(streets.subList(0, 2), left -> "never")).doesNotContain("never")
                .isEqualTo(streets.get(0) + "\n" + streets.get(1));
    }
}
