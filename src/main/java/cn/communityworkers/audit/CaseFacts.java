package cn.communityworkers.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recorded case of process instances (see {@code system/Cases}) with the names a reader needs: the worker's name
 * and the names of the community, street and county the case belongs to.
 */
@Component
public class CaseFacts {

    public record Fact(String processInstanceId, String processKey, String workerId, String workerName,
            String communityName, String streetName, String countyName) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CaseFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases of the instances that have one, by instance id. */
    public Map<String, Fact> of(Collection<String> processInstanceIds) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        if (processInstanceIds.isEmpty()) {
            return facts;
        }
        jdbc.query("select c.process_instance_id, c.process_key, c.worker_id, w.name worker_name,"
                + " m.name community_name, s.name street_name, y.name county_name from process_case c"
                + " left join worker w on w.worker_id = c.worker_id left join community m on m.code = c.community_code"
                + " left join street s on s.code = c.street_code left join county y on y.code = c.county_code"
                + " where c.process_instance_id in (:ids)", Map.of("ids", processInstanceIds), row -> {
                    facts.put(row.getString(1), new Fact(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
                });
        return facts;
    }

    /**
     * Every instance that touched a worker: its case is about the worker, it told that it touched the worker
     * ({@code Cases#touch}: a recruitment's hired, a promotion's reviewed), or it changed the worker's registry entry.
     */
    public Set<String> instancesOfWorker(String workerId) {
        return new LinkedHashSet<>(jdbc.queryForList("""
                select process_instance_id from process_case where worker_id = :worker
                union select process_instance_id from process_case_worker where worker_id = :worker
                union select process_instance_id from worker_change
                 where worker_id = :worker and process_instance_id is not null""",
                Map.of("worker", workerId), String.class));
    }
}
