package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** What a Camunda Form lets a person write, field kind by field kind, and how a refusal reads. */
class FormFieldsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final FormFields FORM = FormFields.of(json("""
            {"id": "probe", "components": [
              {"type": "text", "text": "说明"},
              {"type": "textfield", "key": "shown", "label": "只看", "disabled": true},
              {"type": "textfield", "key": "kept", "label": "原样", "readonly": true},
              {"type": "textarea", "key": "opinion", "label": "意见"},
              {"type": "checkbox", "key": "agrees", "label": "同意"},
              {"type": "number", "key": "score", "label": "得分"},
              {"type": "datetime", "key": "day", "label": "日期", "subtype": "date"},
              {"type": "select", "key": "level", "label": "层级", "values": [{"label": "街道", "value": "STREET"}]},
              {"type": "checklist", "key": "picks", "label": "人选", "valuesKey": "candidates"},
              {"type": "group", "label": "无路径分组", "components": [{"type": "textfield", "key": "inGroup"}]},
              {"type": "dynamiclist", "path": "rows", "label": "名单", "allowAddRemove": false, "components": [
                {"type": "textfield", "key": "id", "label": "编号", "readonly": true},
                {"type": "textfield", "key": "name", "label": "姓名", "disabled": true},
                {"type": "select", "key": "rating", "label": "等次", "values": [{"value": "A"}, {"value": "B"}]}]}
            ]}"""));

    static final Map<String, JsonNode> SHOWN = Map.of(
            "shown", json("\"原文\""), "kept", json("\"原值\""),
            "rows", json("[{\"id\": \"W1\", \"name\": \"甲\", \"rating\": \"A\"}, {\"id\": \"W2\", \"name\": \"乙\", \"rating\": \"A\"}]"));

    @Test
    void aFormsWritableFieldsTakeValuesOfTheirKind() {
        assertThat(check(Map.of("opinion", "\"同意\"", "agrees", "true", "score", "85.5", "day", "\"2026-01-01\"",
                "level", "\"STREET\"", "picks", "[\"W1\", \"W2\"]", "inGroup", "\"x\""))).isEmpty();
        assertThat(check(Map.of("score", "\"85\"", "opinion", "null", "level", "\"\""))).as("numeric text, empty")
                .isEmpty();
        assertThat(check(Map.of("agrees", "\"是\""))).containsExactly("agrees 同意(agrees)应为是/否");
        assertThat(check(Map.of("score", "\"八十\""))).containsExactly("score 得分(score)应为数字");
        assertThat(check(Map.of("opinion", "{\"a\": 1}"))).containsExactly("opinion 意见(opinion)应为文字");
        assertThat(check(Map.of("level", "\"CENTRAL\""))).containsExactly("level 层级(level)只能选择给出的选项,收到的是:CENTRAL");
        assertThat(check(Map.of("picks", "[[\"W1\"]]"))).containsExactly("picks 人选(picks)应为可选项列表");
    }

    static final FormFields DECISION = FormFields.of(json("""
            {"id": "decision", "components": [
              {"type": "radio", "key": "agrees", "label": "是否同意", "validate": {"required": true},
               "values": [{"label": "同意", "value": true}, {"label": "不同意", "value": false}]},
              {"type": "textarea", "key": "reason", "label": "理由", "validate": {"required": true},
               "conditional": {"hide": "=agrees"}},
              {"type": "textarea", "key": "note", "label": "备注"}
            ]}"""));

    @Test
    void aDecisionIsAnExplicitRequiredChoiceOfYesOrNo() {
        assertThat(check(DECISION, Map.of("agrees", "false"))).as("a field a condition may hide is the form's to require")
                .isEmpty();
        assertThat(check(DECISION, Map.of("agrees", "true", "note", "\"好\""))).isEmpty();
        assertThat(check(DECISION, Map.of("note", "\"同意\""))).containsExactly("agrees 是否同意(agrees)必须选择");
        assertThat(check(DECISION, Map.of("agrees", "null"))).containsExactly("agrees 是否同意(agrees)必须选择");
        assertThat(check(DECISION, Map.of())).containsExactly("agrees 是否同意(agrees)必须选择");
        assertThat(check(DECISION, Map.of("agrees", "\"同意\""))).containsExactly("agrees 是否同意(agrees)应为是/否");
    }

    @Test
    void aListMayComeAsJsonText() {
        assertThat(check(Map.of("picks", "\"[\\\"W1\\\"]\""))).isEmpty();
    }

    @Test
    void eachPickOfAListWhoseOptionsAreOfferedMustBeOneOfThem() {
        Function<String, Set<String>> offered = valuesKey -> valuesKey.equals("candidates") ? Set.of("W1", "W2") : null;
        assertThat(check(Map.of("picks", "[\"W1\", \"W2\"]"), offered)).isEmpty();
        assertThat(check(Map.of("picks", "\"[\\\"W2\\\"]\""), offered)).as("as JSON text").isEmpty();
        assertThat(check(Map.of("picks", "[]"), offered)).isEmpty();
        assertThat(check(Map.of("picks", "[\"W1\", \"W3\"]"), offered))
                .containsExactly("picks 人选(picks)只能从给出的选项中选择,W3不在其中");
    }

    private static List<String> check(Map<String, String> submitted, Function<String, Set<String>> offered) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        submitted.forEach((name, value) -> values.put(name, json(value)));
        return FORM.check(values, name -> SHOWN.getOrDefault(name, NullNode.getInstance()), offered).stream()
                .map(violation -> violation.variable() + " " + violation.message()).toList();
    }

    @Test
    void aVariableTheFormHasNoFieldForIsRefusedByName() {
        assertThat(check(Map.of("countyApproverGroup", "\"x\"")))
                .containsExactly("countyApproverGroup 表单中没有countyApproverGroup这一项,不能提交它");
    }

    @Test
    void aFieldShownForContextMayComeBackOnlyAsShown() {
        assertThat(check(Map.of("shown", "\"原文\"", "kept", "\"原值\""))).isEmpty();
        assertThat(check(Map.of("shown", "\"改了\""))).containsExactly("shown 只看(shown)只供查看,不能修改");
        assertThat(check(Map.of("kept", "\"改了\""))).containsExactly("kept 原样(kept)只读,不能修改");
        assertThat(check(Map.of("kept", "null"))).containsExactly("kept 原样(kept)只读,不能修改");
    }

    @Test
    void aListsRowsKeepTheirReadOnlyFieldsAndTheirNumber() {
        assertThat(check(Map.of("rows", "[{\"id\": \"W1\", \"rating\": \"B\"}, {\"id\": \"W2\", \"name\": \"乙\"}]")))
                .isEmpty();
        assertThat(check(Map.of("rows", "[{\"id\": \"W2\", \"rating\": \"B\"}, {\"id\": \"W1\"}]"))).containsExactly(
                "rows 名单(rows)第 1 行的编号(id)只读,不能修改", "rows 名单(rows)第 2 行的编号(id)只读,不能修改");
        assertThat(check(Map.of("rows", "[{\"id\": \"W1\", \"stage\": \"x\"}, {\"id\": \"W2\", \"rating\": \"C\"}]")))
                .containsExactly("rows 名单(rows)第 1 行没有stage这一项,不能提交它",
                        "rows 名单(rows)第 2 行的等次(rating)只能选择给出的选项,收到的是:C");
        assertThat(check(Map.of("rows", "[{\"id\": \"W1\"}]")))
                .containsExactly("rows 名单(rows)的行数不能增减:应为 2 行,收到 1 行");
        assertThat(check(Map.of("rows", "{\"id\": \"W1\"}"))).containsExactly("rows 名单(rows)应为列表");
    }

    @Test
    void numbersAreTheSameWhateverTheirJsonForm() {
        assertThat(FormFields.same(json("5"), json("5.0"))).isTrue();
        assertThat(FormFields.same(json("[1, {\"a\": 2}]"), json("[1.0, {\"a\": 2}]"))).isTrue();
        assertThat(FormFields.same(json("5"), json("\"5\""))).isFalse();
        assertThat(FormFields.same(null, NullNode.getInstance())).isTrue();
    }

    /** The violations of a submission as "variable message". */
    private static List<String> check(Map<String, String> submitted) {
        return check(FORM, submitted);
    }

    private static List<String> check(FormFields form, Map<String, String> submitted) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        submitted.forEach((name, value) -> values.put(name, json(value)));
        return form.check(values, name -> SHOWN.getOrDefault(name, NullNode.getInstance())).stream()
                .map(violation -> violation.variable() + " " + violation.message()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void theLabelsOfAFormAndOfItsOptionsForTheAuditPages() {
        Map<String, FormFields.Label> labels = FormFields.labels(json("""
                {"id": "labels", "components": [
                  {"type": "text", "text": "说明"},
                  {"type": "select", "key": "level", "label": "层级", "values": [{"label": "街道", "value": "STREET"}]},
                  {"type": "radio", "key": "agrees", "label": " 是否同意 ",
                   "values": [{"label": "同意", "value": true}, {"label": "不同意", "value": false}]},
                  {"type": "textfield", "key": "unlabelled"},
                  {"type": "group", "label": "分组", "components": [{"type": "textfield", "key": "inGroup", "label": "组内"}]},
                  {"type": "dynamiclist", "path": "rows", "label": "名单", "components": [
                    {"type": "select", "key": "rating", "label": "等次", "values": [{"value": "A"}]}]}
                ]}"""));
        assertThat(labels.keySet()).containsExactly("level", "agrees", "inGroup", "rows", "rating");
        assertThat(labels.get("level")).isEqualTo(new FormFields.Label("层级", Map.of("STREET", "街道")));
        assertThat(labels.get("agrees")).isEqualTo(new FormFields.Label("是否同意", Map.of("true", "同意", "false", "不同意")));
        assertThat(labels.get("rows").label()).isEqualTo("名单");
        assertThat(labels.get("rating").options()).as("an option without a label is its value").containsEntry("A", "A");
    }
}
