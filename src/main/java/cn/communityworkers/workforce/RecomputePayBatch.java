package cn.communityworkers.workforce;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * One batch of a pay run, a job and a transaction of its own: the next workers of the run's county whom the run has
 * not recomputed get the pay of their category and level at the run's wage (as registered at the start). A crash
 * rolls the batch back, and the retried job takes the same workers; a worker done is never done again.
 */
@Component("recomputePayBatch")
class RecomputePayBatch implements JavaDelegate {

    private final PayRunService payRuns;
    private final OrganisationService organisation;
    private final Cases cases;
    private final PayRunProperties properties;

    RecomputePayBatch(PayRunService payRuns, OrganisationService organisation, Cases cases,
            PayRunProperties properties) {
        this.payRuns = payRuns;
        this.organisation = organisation;
        this.cases = cases;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        PayRunService.PayRun run = payRuns.run(recorded.processInstanceId());
        County county = organisation.county(recorded.requireCounty());
        List<PayRunService.Payee> batch = payRuns.nextPayees(run.processInstanceId(), county.code(), properties.batchSize());
        batch.forEach(payee -> payRuns.recompute(run, county, payee, recorded.startedBy()));
        PayRunService.Progress progress = payRuns.progress(run.processInstanceId());
        PayAdjustmentProcess.RECOMPUTED.set(execution, progress.recomputed());
        PayAdjustmentProcess.CHANGED.set(execution, progress.changed());
        PayAdjustmentProcess.ALL_RECOMPUTED.set(execution, batch.size() < properties.batchSize());
    }
}
