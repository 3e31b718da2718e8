package cn.communityworkers.resignation;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/**
 * First step of a resignation, which the street personnel office registers for one of its workers when it receives
 * the worker's written notice: the notice must name a worker of the street in the headcount without another
 * resignation running, and give the notice Art. 37 requires ({@link ResignationService#check}). The case holds the
 * worker's units as registered and the notice as checked: the tasks are routed, the timer set and the contract
 * ended from it.
 */
@Component("verifyResignationNotice")
class VerifyResignationNotice extends StartVerification<ResignationService.Resigning> {

    private final ResignationService resignations;

    VerifyResignationNotice(ResignationService resignations, Cases cases, CurrentUser currentUser) {
        super(ResignationProcess.KEY, Set.of(UnitRole.STREET_HR), "登记本街道社区工作者的辞职", cases, currentUser);
        this.resignations = resignations;
    }

    @Override
    protected Start<ResignationService.Resigning> verify(DelegateExecution execution) {
        ResignationService.Notice notice = ResignationService.Notice.in(execution.getVariables());
        ResignationService.Resigning resigning = resignations.check(notice);
        OrgUnit unit = resigning.unit();
        return new Start<>(new Case.Units(unit.countyCode(), unit.streetCode(), unit.communityCode()),
                unit.streetName(), notice.workerId(),
                ResignationProcess.businessKey(notice.workerId(), notice.noticeReceivedOn()), notice.variables(),
                resigning);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, ResignationService.Resigning resigning) {
        CaseVariables.setNames(execution, resigning.workerName(), resigning.unit().communityName(),
                resigning.unit().streetName());
    }
}
