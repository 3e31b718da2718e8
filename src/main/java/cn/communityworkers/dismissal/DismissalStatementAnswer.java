package cn.communityworkers.dismissal;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.dismissal.DismissalProcess.StatementKind;
import cn.communityworkers.system.TaskAnswer;

/**
 * The worker's statement as the street's personnel office records it: whether the worker stated their case or,
 * told of the proposal and of the right to answer it, declined in writing; the day (not in the future, not before the
 * proposal) and what was said or the written record of the decline. Nothing may be decided without it.
 */
@Component("dismissalStatementAnswer")
class DismissalStatementAnswer extends TaskAnswer {

    private final DismissalService dismissals;
    private final Clock clock;

    DismissalStatementAnswer(DismissalService dismissals, Clock clock) {
        this.dismissals = dismissals;
        this.clock = clock;
    }

    @Override
    protected void check(DelegateExecution execution) {
        StatementKind kind = DismissalProcess.STATEMENT_KIND.read(execution);
        LocalDate on = DismissalProcess.STATEMENT_ON.read(execution);
        if (on.isAfter(LocalDate.now(clock))) {
            throw DismissalProcess.STATEMENT_ON.refusal("不能晚于今天");
        }
        LocalDate proposedOn = dismissals.of(execution.getProcessInstanceId()).proposedOn();
        if (on.isBefore(proposedOn)) {
            throw DismissalProcess.STATEMENT_ON.refusal("不能早于提出解除的日期(" + proposedOn + "):须就本次提出的理由听取申辩");
        }
        dismissals.recordStatement(execution.getProcessInstanceId(), kind, on,
                DismissalProcess.STATEMENT.read(execution));
    }
}
