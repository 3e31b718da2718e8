package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class VariableTest {

    enum Measure { TRAINING, TRANSFER }

    @Test
    void aMissingValueIsRefusedNamingTheField() {
        Variable<String> reason = Variable.text("reason", "理由", 10);
        for (Object missing : new Object[] {null, "", "   "}) {
            assertThatThrownBy(() -> reason.from(missing)).isInstanceOf(Refusal.class)
                    .isInstanceOf(FormFieldValidationException.class).hasMessage("理由(reason)必须填写")
                    .extracting(e -> ((Refusal) e).getDetail()).isEqualTo("reason");
        }
        assertThat(reason.fromIfGiven(" ")).isEmpty();
    }

    @Test
    void eachKindReadsWhatFormsAndRestCallersSubmit() {
        assertThat(Variable.text("t", "说明", 5).from("  abc ")).isEqualTo("abc");
        assertThat(Variable.yesOrNo("y", "是否同意").from(true)).isTrue();
        assertThat(Variable.yesOrNo("y", "是否同意").from("false")).isFalse();
        assertThat(Variable.whole("n", "岗位数", 1, 10).from(3L)).isEqualTo(3);
        assertThat(Variable.whole("n", "岗位数", 1, 10).from(" 7 ")).isEqualTo(7);
        assertThat(Variable.score("s", "得分").from("99.5")).isEqualByComparingTo("99.5");
        assertThat(Variable.date("d", "日期").from("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Variable.choice("m", "措施", Measure.class).from("TRANSFER")).isEqualTo(Measure.TRANSFER);
        assertThat(Variable.ids("w", "人员").from("[\"W1\",\"W2\"]")).containsExactly("W1", "W2");
        assertThat(Variable.ids("w", "人员").from(List.of("W3"))).containsExactly("W3");
    }

    @Test
    void eachKindRefusesWhatBreaksItsRule() {
        assertThatThrownBy(() -> Variable.text("t", "说明", 3).from("abcd")).hasMessage("说明(t)不能超过 3 字");
        assertThatThrownBy(() -> Variable.yesOrNo("y", "是否同意").from("yes")).hasMessage("是否同意(y)须选择“是”或“否”");
        assertThatThrownBy(() -> Variable.whole("n", "岗位数", 1, 10).from(11))
                .hasMessage("岗位数(n)须为 1 到 10 之间的整数,收到的是:11");
        assertThatThrownBy(() -> Variable.whole("n", "岗位数", 1, 10).from(2.5))
                .hasMessage("岗位数(n)须为 1 到 10 之间的整数,收到的是:2.5");
        assertThatThrownBy(() -> Variable.score("s", "得分").from("101")).hasMessage("得分(s)须为 0 到 100 之间的数字,收到的是:101");
        assertThatThrownBy(() -> Variable.score("s", "得分").from("-1")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Variable.date("d", "日期").from("2026/03/01")).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("日期(d)须为 yyyy-MM-dd 格式的日期");
        assertThatThrownBy(() -> Variable.choice("m", "措施", Measure.class).from("FIRE"))
                .hasMessage("措施(m)不是可选的一项:FIRE");
        assertThatThrownBy(() -> Variable.ids("w", "人员").from("W1")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Variable.of("x", Integer.class).from("1")).isInstanceOf(IllegalStateException.class);
        assertThat(Variable.text("comment", "意见", 10).requiredWhen("不批准招聘计划"))
                .hasMessage("不批准招聘计划时必须填写意见(comment)").extracting(Refusal::getDetail).isEqualTo("comment");
    }

    @Test
    void valuesAreWrittenAsTheFormsSubmitThem() {
        Map<String, Object> variables = new HashMap<>();
        Variable.date("d", "日期").put(variables, LocalDate.of(2026, 1, 2));
        Variable.choice("m", "措施", Measure.class).put(variables, Measure.TRAINING);
        Variable.score("s", "得分").put(variables, new BigDecimal("88.5"));
        assertThat(variables).containsEntry("d", "2026-01-02").containsEntry("m", "TRAINING").containsEntry("s", 88.5);
        assertThat(Variable.date("d", "日期").in(variables)).isEqualTo(LocalDate.of(2026, 1, 2));
    }
}
