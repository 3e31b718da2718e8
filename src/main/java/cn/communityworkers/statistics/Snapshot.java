package cn.communityworkers.statistics;

import java.time.LocalDate;

import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Sex;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * A worker as the statistics count them: the registry's columns they classify by, today's or, once {@link AsOf} has
 * undone the later changes, as they were on the date. {@code sex} is null where no identity number says it.
 */
record Snapshot(String workerId, String name, LocalDate birthDate, String communityCode, Role role,
        Education education, Qualification qualification, boolean partyMember, WorkerStatus status, int gradeLevel,
        Sex sex) {

    boolean inHeadcount() {
        return WorkerStatus.IN_HEADCOUNT.contains(status);
    }
}
