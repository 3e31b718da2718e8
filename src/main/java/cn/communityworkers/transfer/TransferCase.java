package cn.communityworkers.transfer;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;

/**
 * What the transfer's model reads from the case as recorded at the start, never from a variable: whether the
 * receiving community is of another street ({@code ${transferCase.betweenStreets(execution)}}, the gateway between the
 * street's decision and the county's approval) and when the worker moves
 * ({@code ${transferCase.transferAt(execution)}}, the timer).
 */
@Component("transferCase")
public class TransferCase {

    private final Cases cases;

    TransferCase(Cases cases) {
        this.cases = cases;
    }

    /** True when the receiving community is of another street than the worker's: the county approves. */
    public boolean betweenStreets(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        return !recorded.requireTargetStreet().equals(recorded.streetCode());
    }

    /** The start of the transfer date (China time), as the timer reads it. */
    public String transferAt(DelegateExecution execution) {
        return transferDate(cases.of(execution)).atStartOfDay(ClockConfiguration.CHINA).toOffsetDateTime().toString();
    }

    static LocalDate transferDate(Case recorded) {
        return TransferProcess.TRANSFER_DATE.in(recorded.request());
    }
}
