package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;

/**
 * "我的工作", the list Tasklist opens first: every open task assigned to the approver or offered to one of their
 * units and not yet claimed by a colleague, the overdue (催办) first, then by due date, whatever order Tasklist
 * itself asks for.
 */
@IntegrationTest
class DefaultFilterIT {

    static final String CHUNHUI = "990101001001";
    static final String HEPING = "990101001003";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;

    @Test
    void tasklistOpensMyWorkFirstForEveryApprover() {
        Api api = new Api(rest);
        for (String user : List.of("chunhui", "easthr", "countysocialwork", "auditor")) {
            // What Tasklist asks for; it opens the filter with the lowest priority.
            JsonNode filters = api.get(user, "/engine-rest/filter?resourceType=Task").json();
            List<JsonNode> ordered = new ArrayList<>();
            filters.forEach(ordered::add);
            ordered.sort(Comparator.comparingInt(filter -> filter.path("properties").path("priority").asInt()));
            assertThat(ordered).as(user).isNotEmpty();
            assertThat(ordered.get(0).path("name").asText()).as(user).isEqualTo(PlatformSetup.MY_WORK);
        }
    }

    @Test
    void myWorkListsMineAndMyUnitsTasksMostUrgentFirst() {
        Api api = new Api(rest);
        Secondments secondments = new Secondments(api);
        String offered = secondments.requested(CHUNHUI);
        String claimed = secondments.requested(CHUNHUI);
        String overdue = secondments.requested(CHUNHUI);
        String claimedByColleague = secondments.requested(CHUNHUI);
        String otherCommunity = secondments.requested(HEPING);
        assertThat(api.post("chunhui", "/engine-rest/task/" + secondments.onlyTask("chunhui", claimed) + "/claim",
                Map.of("userId", "chunhui")).status()).isEqualTo(204);
        // A colleague of the same committee (no demo user is one) has claimed this one.
        taskService.setAssignee(secondments.onlyTask("chunhui", claimedByColleague), "demo");
        // Marking a task overdue raises its priority (OverdueTasks).
        Task late = taskService.createTaskQuery().processInstanceId(overdue).singleResult();
        late.setPriority(OverdueTasks.OVERDUE_PRIORITY);
        taskService.saveTask(late);

        String filter = api.get("chunhui", "/engine-rest/filter?name=" + PlatformSetup.MY_WORK).json().get(0)
                .path("id").asText();
        Api.Response listed = api.post("chunhui", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                Map.of("processInstanceIdIn", List.of(offered, claimed, overdue, claimedByColleague, otherCommunity),
                        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        List<String> instances = new ArrayList<>();
        listed.json().forEach(task -> instances.add(task.path("processInstanceId").asText()));
        // Overdue first; then the one due sooner (the older), although Tasklist asks for the newest first.
        assertThat(instances).containsExactly(overdue, offered, claimed);
    }
}
