package cn.communityworkers.workforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.UnitChoices;
import cn.communityworkers.system.StartChoices;

/**
 * The workers of the person's own street (its party working committee or personnel office), offered by name in a
 * street's start form: name, community and status (e.g. 王芳 · 春晖社区 · 在岗); namesakes in one community are told apart
 * by their birth date. Workers who left (public-institution staff, dismissed) are not offered.
 */
@Component
class StreetWorkerChoices implements StartChoices {

    /** The {@code valuesKey} of the worker choice in a street's start form. */
    static final String NAME = "streetWorkers";

    private static final Map<String, String> STATUS = Map.of(WorkerStatus.ACTIVE.name(), "在岗",
            WorkerStatus.PROBATION.name(), "试用期", WorkerStatus.SECONDED.name(), "借调中");

    private final JdbcClient jdbc;

    StreetWorkerChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    private record Row(String workerId, String name, String birthDate, String community, String status) {
    }

    @Override
    public List<Choice> offered(Collection<String> groups) {
        Set<String> streets = UnitChoices.streetsOf(groups);
        if (streets.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("""
                select w.worker_id, w.name, w.birth_date, c.name as community, w.status from worker w
                  join community c on c.code = w.community_code
                 where c.street_code in (:streets) and w.status in (:statuses)
                 order by c.code, w.name, w.worker_id""")
                .param("streets", streets).param("statuses", STATUS.keySet())
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        Map<String, Integer> namesakes = new HashMap<>();
        rows.forEach(row -> namesakes.merge(row.community() + "/" + row.name(), 1, Integer::sum));
        List<Choice> choices = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String born = namesakes.get(row.community() + "/" + row.name()) > 1 ? " · " + row.birthDate() + "生" : "";
            choices.add(new Choice(row.workerId(),
                    row.name() + born + " · " + row.community() + " · " + STATUS.get(row.status())));
        }
        return choices;
    }
}
