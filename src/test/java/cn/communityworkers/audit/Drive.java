package cn.communityworkers.audit;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import org.awaitility.Awaitility;

/** The steps the audit tests take as the demo users over HTTP, and what they read back from the audit API. */
public record Drive(Api api) {

    static final String AUDITOR = "auditor";

    public List<JsonNode> tasks(String user, String instance, String taskKey) {
        List<JsonNode> found = new ArrayList<>();
        api.get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json()
                .forEach(found::add);
        return found;
    }

    public String onlyTask(String user, String instance, String taskKey) {
        List<JsonNode> found = tasks(user, instance, taskKey);
        assertThat(found).as("%s's %s", user, taskKey).hasSize(1);
        return found.get(0).path("id").asText();
    }

    public void complete(String user, String taskId, Map<String, Object> values) {
        Api.Response done = api.post(user, "/engine-rest/task/" + taskId + "/complete", variables(values));
        assertThat(done.status()).as(user + ": " + done.text()).isEqualTo(204);
    }

    /**
     * A secondment of {@code W015} (春晖社区, 东城街道) that ends at once: requested by {@code easthr} for a borrower of
     * the street, not agreed to by 春晖社区 ({@code chunhui}). A finished instance with a short path.
     */
    public String secondmentTheCommunityRefuses(LocalDate start, String purpose) {
        String instance = start("easthr", "secondment", Map.of("workerId", "W015", "borrowingOrganization", "东城街道办公室",
                "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", start.toString(),
                "endDate", start.plusMonths(1).toString(), "purpose", purpose));
        complete("chunhui", onlyTask("chunhui", instance, "Task_GiveCommunityOpinion"),
                Map.of("communityAgrees", false, "communityOpinion", "社区近期工作任务重,不同意"));
        return instance;
    }

    public String start(String user, String processKey, Map<String, Object> values) {
        Api.Response started = api.post(user, "/engine-rest/process-definition/key/" + processKey + "/start", variables(values));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    /** Runs the jobs of an instance waiting at an activity now, as the administrator. */
    public void runJobs(String instance, String activityId) {
        JsonNode jobs = api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId).json();
        assertThat(jobs).as("jobs at " + activityId).isNotEmpty();
        for (JsonNode job : jobs) {
            Api.Response run = api.post(Api.ADMIN, "/engine-rest/job/" + job.path("id").asText() + "/execute", Map.of());
            assertThat(run.status()).as(run.text()).isEqualTo(204);
        }
    }

    /** A user of its own (password demo) in the given groups, created by the administrator. */
    public void user(String userId, String... groups) {
        Api.Response created = api.post(Api.ADMIN, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", userId, "firstName", userId, "lastName", "测试", "email", userId + "@example.org"),
                "credentials", Map.of("password", Api.PASSWORD)));
        assertThat(created.status()).as(created.text()).isEqualTo(204);
        for (String group : groups) {
            assertThat(api.put(Api.ADMIN, "/engine-rest/group/" + group + "/members/" + userId, Map.of()).status())
                    .isEqualTo(204);
        }
    }

    public String historicVariable(String instance, String name) {
        JsonNode found = api.get(Api.ADMIN, "/engine-rest/history/variable-instance?processInstanceId=" + instance
                + "&variableName=" + name + "&deserializeValues=false").json();
        assertThat(found).as(name).hasSize(1);
        return found.get(0).path("value").asText();
    }

    public void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }

    /** A secondment its community did not agree to, starting on a random day of 2031 to 2039, ended and sealed. */
    public String sealedSecondment(String purpose) {
        LocalDate start = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String instance = secondmentTheCommunityRefuses(start, purpose);
        sealedTrail(instance);
        return instance;
    }

    /** The audit view of an instance, once it has ended and been sealed. */
    public JsonNode sealedTrail(String instance) {
        await("the seal of " + instance, () -> !api.get(AUDITOR, "/api/audit/process-instances/" + instance).json()
                .path("seal").isMissingNode());
        JsonNode view = api.get(AUDITOR, "/api/audit/process-instances/" + instance).json();
        assertThat(view.path("seal").path("status").asText()).isEqualTo("INTACT");
        return view;
    }

    /** Everybody the trail names as responsible for a step. */
    public static TreeSet<String> actors(JsonNode trail) {
        TreeSet<String> actors = new TreeSet<>();
        trail.path("steps").forEach(step -> {
            if (step.hasNonNull("actor")) {
                actors.add(step.path("actor").asText());
            }
        });
        return actors;
    }

    public static List<JsonNode> steps(JsonNode trail, String activityId) {
        List<JsonNode> found = new ArrayList<>();
        trail.path("steps").forEach(step -> {
            if (activityId.equals(step.path("activityId").asText())) {
                found.add(step);
            }
        });
        return found;
    }

    public static JsonNode step(JsonNode trail, String activityId) {
        List<JsonNode> found = steps(trail, activityId);
        assertThat(found).as("steps at " + activityId).hasSize(1);
        return found.get(0);
    }

    /** The keys of the decisions evaluated, in time order. */
    public static List<String> decisions(JsonNode trail) {
        List<String> keys = new ArrayList<>();
        trail.path("steps").forEach(step -> step.path("decisions").forEach(d -> keys.add(d.path("decisionKey").asText())));
        return keys;
    }

    /** The value of a variable in the one step that wrote it (the start's, a task's, or the step the system wrote it in). */
    public static JsonNode written(JsonNode trail, String name) {
        List<JsonNode> found = new ArrayList<>();
        trail.path("steps").forEach(step -> {
            if (step.path("values").has(name)) {
                found.add(step.path("values").get(name));
            }
        });
        assertThat(found).as(name + " in " + trail).hasSize(1);
        return found.get(0);
    }
}
