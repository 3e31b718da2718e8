package cn.communityworkers.statistics;

import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.WorkerStatus;

/** Which column of the table of movements a STATUS change of the log counts in, if any. */
final class Movements {

    private Movements() {
    }

    /**
     * A registration in probation is a hire ({@code HIRED}), any other a registration ({@code REGISTERED}); probation
     * to active is a confirmation; leaving the headcount is a promotion into a public institution or a leaving by its
     * cause ({@code LEFT_RESIGNATION} …, {@code LEFT_OTHER} where none was recorded); other changes (into and out of
     * a secondment) count in no column (null).
     */
    static String column(String oldValue, String newValue, LeavingCause cause) {
        WorkerStatus to = WorkerStatus.valueOf(newValue);
        if (oldValue == null) {
            return to == WorkerStatus.PROBATION ? "HIRED" : "REGISTERED";
        }
        WorkerStatus from = WorkerStatus.valueOf(oldValue);
        if (from == WorkerStatus.PROBATION && to == WorkerStatus.ACTIVE) {
            return "CONFIRMED";
        }
        if (!WorkerStatus.IN_HEADCOUNT.contains(from) || WorkerStatus.IN_HEADCOUNT.contains(to)) {
            return null;
        }
        if (to == WorkerStatus.PUBLIC_INSTITUTION_STAFF || cause == LeavingCause.PUBLIC_INSTITUTION) {
            return "PROMOTED_INSTITUTION";
        }
        return "LEFT_" + (cause == null ? LeavingCause.OTHER : cause).name();
    }
}
