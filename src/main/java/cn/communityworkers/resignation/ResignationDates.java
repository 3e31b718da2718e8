package cn.communityworkers.resignation;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * The resignation's timers, {@code ${resignationDates.contractEndedAt(execution)}}: from the notice the case recorded,
 * never from a variable.
 */
@Component("resignationDates")
public class ResignationDates {

    private final ResignationService resignations;
    private final Cases cases;

    ResignationDates(ResignationService resignations, Cases cases) {
        this.resignations = resignations;
        this.cases = cases;
    }

    /** 00:00 (China time) of the day after the last working day: the contract has ended. */
    public Date contractEndedAt(DelegateExecution execution) {
        return Date.from(resignations.contractEndedAt(cases.of(execution)));
    }
}
