package cn.communityworkers.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Who a task was offered to, from the history of its identity links (the live links are gone once it ends). */
final class TaskCandidates {

    private TaskCandidates() {
    }

    /** The task's candidate groups at its end (or now): each added link, less those deleted later; sorted. */
    static List<String> groups(HistoryService historyService, String taskId) {
        TreeSet<String> groups = new TreeSet<>();
        List<HistoricIdentityLinkLog> links = new ArrayList<>(historyService.createHistoricIdentityLinkLogQuery()
                .taskId(taskId).type(IdentityLinkType.CANDIDATE).list());
        links.sort(Comparator.comparing(HistoricIdentityLinkLog::getTime).thenComparing(HistoricIdentityLinkLog::getId));
        for (HistoricIdentityLinkLog link : links) {
            if (link.getGroupId() == null) {
                continue;
            }
            if ("delete".equals(link.getOperationType())) {
                groups.remove(link.getGroupId());
            } else {
                groups.add(link.getGroupId());
            }
        }
        return new ArrayList<>(groups);
    }
}
