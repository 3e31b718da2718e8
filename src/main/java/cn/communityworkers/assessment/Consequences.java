package cn.communityworkers.assessment;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the annual assessment's consequence paths wait for and branch on, read from what was recorded in the registry
 * ({@link ConsequenceService}), never from process variables:
 * {@code ${consequences.followUpDueAt(execution)}}, {@code ${consequences.competent(execution)}}, ….
 */
@Component("consequences")
public class Consequences {

    private final ConsequenceService service;

    Consequences(ConsequenceService service) {
        this.service = service;
    }

    /** The follow-up assessment: {@code assessment.follow-up-period} after the training or new post started. */
    public Date followUpDueAt(DelegateExecution execution) {
        return Date.from(service.followUpDueAt(execution.getProcessInstanceId()));
    }

    /** The day the contract ends with 30 days' written notice (00:00 China time). */
    public Date noticeExpiresAt(DelegateExecution execution) {
        return Date.from(service.noticeExpiresAt(execution.getProcessInstanceId()));
    }

    /** The follow-up found the worker competent. */
    public boolean competent(DelegateExecution execution) {
        return Boolean.TRUE.equals(service.of(execution.getProcessInstanceId()).followUpCompetent());
    }

    /** The street decided to end the contract. */
    public boolean endDecided(DelegateExecution execution) {
        return Boolean.TRUE.equals(service.of(execution.getProcessInstanceId()).endDecided());
    }

    /** The contract ends after 30 days' written notice (not with a month's pay in lieu). */
    public boolean withNotice(DelegateExecution execution) {
        return Consequence.Notice.NOTICE.name().equals(service.of(execution.getProcessInstanceId()).noticeType());
    }
}
