package cn.communityworkers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The China date on which the demo county was loaded. Its dates are relative to that day, and a run of the tests that
 * crosses midnight in China (16:00 UTC) checks a demo loaded the day before: the tests expect dates from this day,
 * not from today. Read from the start of the demo's dismissal, which the loading starts.
 */
public final class DemoDay {

    private DemoDay() {
    }

    public static LocalDate of(Api api) {
        List<JsonNode> dismissals = new ArrayList<>();
        api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=dismissal&sortBy=startTime"
                + "&sortOrder=asc").json().forEach(dismissal -> {
                    if (dismissal.path("businessKey").asText().startsWith("D-" + DemoCounty.DISMISSAL_WORKER + "-")) {
                        dismissals.add(dismissal);
                    }
                });
        assertThat(dismissals).as("the demo's dismissal of " + DemoCounty.DISMISSAL_WORKER).isNotEmpty();
        return OffsetDateTime.parse(dismissals.get(0).path("startTime").asText(), Api.ENGINE_TIME)
                .atZoneSameInstant(ClockConfiguration.CHINA).toLocalDate();
    }
}
