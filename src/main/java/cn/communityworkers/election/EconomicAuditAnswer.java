package cn.communityworkers.election;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The audit office's findings: a period that ends after it starts, a report not dated in the future. */
@Component("economicAuditAnswer")
class EconomicAuditAnswer extends TaskAnswer {

    private final Clock clock;

    EconomicAuditAnswer(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(DelegateExecution execution) {
        LocalDate start = ElectionProcess.PERIOD_START.read(execution);
        LocalDate end = ElectionProcess.PERIOD_END.read(execution);
        if (end.isBefore(start)) {
            throw ElectionProcess.PERIOD_END.refusal("不能早于审计期间起(" + start + ")");
        }
        ElectionProcess.FINDINGS.read(execution);
        ElectionProcess.CONCLUSION.read(execution);
        LocalDate auditedOn = ElectionProcess.AUDITED_ON.read(execution);
        LocalDate today = LocalDate.now(clock);
        if (auditedOn.isAfter(today)) {
            throw ElectionProcess.AUDITED_ON.refusal("不能晚于今天(" + today + ")");
        }
        if (auditedOn.isBefore(end)) {
            throw ElectionProcess.AUDITED_ON.refusal("不能早于审计期间止(" + end + ")");
        }
    }
}
