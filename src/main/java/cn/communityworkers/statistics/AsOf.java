package cn.communityworkers.statistics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.communityworkers.workforce.ChangeAttribute;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The registry as it stood on a date: today's workers with every change undone that took effect or was recorded after
 * the date. Per worker and attribute the value before the earliest such change (by id) is the value on the date; a
 * worker whose registration (the STATUS change from nothing) is undone was not in the registry yet. Education, party
 * membership, sex and birth date are not logged and stay as they are today.
 */
final class AsOf {

    /** The attributes undone. */
    static final Set<ChangeAttribute> ATTRIBUTES = Set.of(ChangeAttribute.STATUS, ChangeAttribute.COMMUNITY,
            ChangeAttribute.ROLE, ChangeAttribute.GRADE, ChangeAttribute.QUALIFICATION);

    /** A change after the date, as the log holds it: its id (the order of recording), what the attribute was before. */
    record Undone(long id, String workerId, ChangeAttribute attribute, String oldValue) {
    }

    private AsOf() {
    }

    /**
     * The workers in the registry on the date, as they were, by id.
     *
     * @param today   today's workers
     * @param changes the changes of {@link #ATTRIBUTES} after the date, in any order
     */
    static Map<String, Snapshot> undo(Collection<Snapshot> today, List<Undone> changes) {
        Map<String, Map<ChangeAttribute, Undone>> earliest = new HashMap<>();
        for (Undone change : changes) {
            Map<ChangeAttribute, Undone> values = earliest.computeIfAbsent(change.workerId(),
                    id -> new EnumMap<>(ChangeAttribute.class));
            Undone kept = values.get(change.attribute());
            if (kept == null || change.id() < kept.id()) {
                values.put(change.attribute(), change);
            }
        }
        Map<String, Snapshot> then = new LinkedHashMap<>();
        for (Snapshot worker : today) {
            Map<ChangeAttribute, Undone> values = earliest.get(worker.workerId());
            if (values == null) {
                then.put(worker.workerId(), worker);
            } else if (!(values.containsKey(ChangeAttribute.STATUS)
                    && values.get(ChangeAttribute.STATUS).oldValue() == null)) {
                then.put(worker.workerId(), undo(worker, values));
            }
        }
        return then;
    }

    private static Snapshot undo(Snapshot worker, Map<ChangeAttribute, Undone> values) {
        String status = before(values, ChangeAttribute.STATUS);
        String community = before(values, ChangeAttribute.COMMUNITY);
        String role = before(values, ChangeAttribute.ROLE);
        String grade = before(values, ChangeAttribute.GRADE);
        String qualification = before(values, ChangeAttribute.QUALIFICATION);
        return new Snapshot(worker.workerId(), worker.name(), worker.birthDate(),
                community == null ? worker.communityCode() : community,
                role == null ? worker.role() : Role.valueOf(role), worker.education(),
                qualification == null ? worker.qualification() : Qualification.valueOf(qualification),
                worker.partyMember(), status == null ? worker.status() : WorkerStatus.valueOf(status),
                grade == null ? worker.gradeLevel() : Integer.parseInt(grade), worker.sex());
    }

    private static String before(Map<ChangeAttribute, Undone> values, ChangeAttribute attribute) {
        Undone change = values.get(attribute);
        return change == null ? null : change.oldValue();
    }
}
