package cn.communityworkers.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.system.Refusal;

/**
 * The street's ratings as the confirmation form shows them: a JSON array of {@code {workerId, workerName, communityName,
 * scores, total, proposedRating, proposedLabel, proposalReason, rating, overrideReason}} (a Camunda Forms dynamic list,
 * one row per worker, most of it shown as text). The form submits {@code {workerId, rating, overrideReason}} per row:
 * the committee writes the last two.
 */
final class StreetRatingsForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreetRatingsForm() {
    }

    /** One line as submitted. */
    record Line(String workerId, String rating, String overrideReason) {
    }

    static TypedValue show(List<CampaignService.StreetRating> ratings) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CampaignService.StreetRating r : ratings) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("workerId", r.workerId());
            line.put("workerName", r.workerName());
            line.put("communityName", r.communityName());
            line.put("scores", r.politicalScore() == null ? "—" : shown(r.politicalScore()) + " / "
                    + shown(r.performanceScore()) + " / " + shown(r.satisfactionScore()));
            line.put("total", r.totalScore() == null ? "—" : shown(r.totalScore()));
            line.put("proposedRating", r.proposedRating());
            line.put("proposedLabel", StreetProposal.label(r.proposedRating()));
            line.put("proposalReason", r.proposalReason() == null ? "" : r.proposalReason());
            line.put("rating", r.confirmedRating() != null ? r.confirmedRating() : r.proposedRating());
            line.put("overrideReason", r.overrideReason() == null ? "" : r.overrideReason());
            lines.add(line);
        }
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(lines)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what the form (JSON), a REST call (JSON string) or Java code (a list of maps) submitted. */
    static List<Line> read(Object submitted) {
        try {
            List<Map<String, Object>> rows;
            if (submitted instanceof Collection<?> collection) {
                rows = JSON.convertValue(collection, new TypeReference<>() { });
            } else if (submitted != null) {
                rows = JSON.readValue(submitted.toString(), new TypeReference<>() { });
            } else {
                throw Refusal.of(AssessmentCampaignProcess.RATINGS.name(), "请提交本街道全部人员的考核等次");
            }
            List<Line> lines = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                lines.add(new Line(text(row.get("workerId")), text(row.get("rating")), text(row.get("overrideReason"))));
            }
            return lines;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Refusal.of(AssessmentCampaignProcess.RATINGS.name(),
                    "考核等次须为每人一行的列表(workerId、rating、overrideReason)", e);
        }
    }

    private static String shown(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
