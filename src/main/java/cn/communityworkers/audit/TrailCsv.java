package cn.communityworkers.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.Csv;

/**
 * A trail as CSV: one row per step, Chinese headings, UTF-8 with a byte-order mark so that Excel reads it as such;
 * cells a spreadsheet would run as formulas are neutralised (see {@link Csv}).
 */
final class TrailCsv {

    static final List<String> HEADER = List.of("时间", "类型", "环节编号", "环节名称", "执行人", "候选组", "认领人",
            "提交或写入的值", "办理时呈现的值", "决策", "决策输入", "命中规则", "决策输出", "改判及理由", "说明");
    private static final Map<String, String> KINDS = Map.of("START", "启动", "ACTIVITY", "流程节点", "TASK", "人工任务",
            "OPERATION", "用户操作", "DECISION", "决策", "VALUES", "系统写入", "COMMENT", "备注", "INCIDENT", "异常",
            "JOB_FAILURE", "作业失败");

    private TrailCsv() {
    }

    static byte[] write(JsonNode trail) {
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        Csv.line(csv, List.of("流程实例 " + trail.path("processInstanceId").asText(), trail.path("processDefinitionName").asText(),
                "业务编号 " + trail.path("businessKey").asText(""), "状态 " + trail.path("state").asText()));
        Csv.line(csv, HEADER);
        for (JsonNode step : trail.path("steps")) {
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            List<String> decisions = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            step.path("decisions").forEach(decision -> {
                decisions.add(decision.path("decisionName").asText(decision.path("decisionKey").asText()));
                decision.path("inputs").forEach(input -> inputs.add(input.path("name").asText() + "=" + text(input.path("value"))));
                decision.path("outputs").forEach(output -> outputs.add(output.path("name").asText(output.path("variableName").asText())
                        + "=" + text(output.path("value"))));
                decision.path("matchedRules").forEach(rule -> rules.add(rule.asText()));
            });
            List<String> values = new ArrayList<>();
            step.path("values").fields().forEachRemaining(value -> values.add(value.getKey() + "=" + text(value.getValue())));
            List<String> prepared = new ArrayList<>();
            step.path("prepared").fields().forEachRemaining(value -> prepared.add(value.getKey() + "=" + text(value.getValue())));
            List<String> overrides = new ArrayList<>();
            step.path("overrides").forEach(override -> overrides.add(text(override.path("values")) + " 理由:"
                    + override.path("reason").asText()));
            List<String> groups = new ArrayList<>();
            step.path("candidateGroups").forEach(group -> groups.add(group.asText()));
            Csv.line(csv, List.of(step.path("time").asText(), KINDS.getOrDefault(step.path("kind").asText(), step.path("kind").asText()),
                    step.path("activityId").asText(""), step.path("name").asText(step.path("operationType").asText("")),
                    step.path("actor").asText(""), String.join(" ", groups), step.path("assignee").asText(""),
                    String.join("; ", values), String.join("; ", prepared), String.join("; ", decisions), String.join("; ", inputs),
                    String.join(" ", rules), String.join("; ", outputs), String.join("; ", overrides),
                    step.path("message").asText("")));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
