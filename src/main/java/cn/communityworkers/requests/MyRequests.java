package cn.communityworkers.requests;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import cn.communityworkers.audit.CaseFacts;
import cn.communityworkers.audit.Outcomes;
import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.SystemActions;

/**
 * The requests a user's units started ("我的申请"), so that whoever asked learns what became of it: for each group
 * of the user that starts some process (e.g. a street's personnel office starts secondments and recruitments), the
 * cases of those processes that a person started for that unit (the unit recorded with the case at its start), with
 * the worker, when it was submitted, the step it waits at or its outcome with the reason (see {@link Outcomes}).
 * Nobody sees another unit's requests: the units come from the caller's own groups, never from the request.
 */
@Service
class MyRequests {

    /** The newest requests shown. */
    static final int LIMIT = 200;

    record Request(String processInstanceId, String process, String businessKey, String workerId, String workerName,
            String communityName, String submitted, String submittedBy, String state, String endTime,
            Outcomes.Outcome outcome) {
    }

    private final List<ProcessStarter> starters;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService historyService;
    private final SystemActions system;
    private final CaseFacts cases;
    private final Outcomes outcomes;

    MyRequests(List<ProcessStarter> starters, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc,
            HistoryService historyService, SystemActions system, CaseFacts cases, Outcomes outcomes) {
        this.starters = starters;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.system = system;
        this.cases = cases;
        this.outcomes = outcomes;
    }

    List<Request> list() {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        for (String group : currentUser.groups()) {
            for (UnitRole role : UnitRole.values()) {
                String code = role.unitOf(group).orElse(null);
                List<String> keys = code == null ? List.of() : starters.stream()
                        .filter(starter -> starter.startedBy().contains(role)).map(ProcessStarter::processKey).toList();
                if (!keys.isEmpty()) {
                    int n = conditions.size();
                    conditions.add("(process_key in (:keys" + n + ") and " + column(role) + " = :code" + n + ")");
                    parameters.addValue("keys" + n, keys).addValue("code" + n, code);
                }
            }
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        List<String> ids = jdbc.queryForList("select process_instance_id from process_case where started_by is not null"
                + " and (" + String.join(" or ", conditions) + ") order by started_at desc, process_instance_id"
                + " fetch first " + LIMIT + " rows only", parameters, String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CaseFacts.Fact> facts = cases.of(ids);
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        system.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list())
                .forEach(instance -> instances.put(instance.getId(), instance));
        Map<String, String> starterNames = outcomes.userNames(instances.values().stream()
                .map(HistoricProcessInstance::getStartUserId).filter(Objects::nonNull).distinct().toList());
        List<Request> requests = new ArrayList<>();
        for (String id : ids) {
            HistoricProcessInstance instance = instances.get(id);
            if (instance == null) {
                continue; // its history was cleaned up
            }
            CaseFacts.Fact fact = facts.get(id);
            requests.add(new Request(id, instance.getProcessDefinitionName(), instance.getBusinessKey(),
                    fact.workerId(), fact.workerName(), fact.communityName(), time(instance.getStartTime()),
                    starterNames.get(instance.getStartUserId()), instance.getState(), time(instance.getEndTime()),
                    outcomes.of(instance)));
        }
        return requests;
    }

    /** The column of the recorded case that holds the unit a role belongs to. */
    private static String column(UnitRole role) {
        return switch (role) {
            case COUNTY_SOCIAL_WORK, COUNTY_ORGANIZATION, COUNTY_HRSS, COUNTY_AUDIT -> "county_code";
            case STREET_PARTY, STREET_HR, STREET_UNION -> "street_code";
            case COMMUNITY_PARTY -> "community_code";
        };
    }

    private static String time(Date date) {
        return Outcomes.time(date);
    }
}
