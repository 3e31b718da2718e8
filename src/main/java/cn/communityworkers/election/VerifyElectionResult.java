package cn.communityworkers.election;

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
 * First step of an election's registration, which the street that guided the election (its party working committee
 * or its organisation and personnel office) makes for one of its communities: the result must be possible
 * ({@link ElectionService#check}). The case holds the community's units, the new secretary as its worker and the
 * result as checked; the registry is changed from it.
 */
@Component("verifyElectionResult")
class VerifyElectionResult extends StartVerification<ElectionService.Context> {

    private final ElectionService elections;

    VerifyElectionResult(ElectionService elections, Cases cases, CurrentUser currentUser) {
        super(ElectionProcess.KEY, Set.of(UnitRole.STREET_PARTY, UnitRole.STREET_HR), "登记本街道社区的换届选举结果",
                cases, currentUser);
        this.elections = elections;
    }

    @Override
    protected Start<ElectionService.Context> verify(DelegateExecution execution) {
        ElectionService.Context context = elections.check(ElectionResult.read(execution.getVariables()));
        ElectionResult result = context.result();
        OrgUnit unit = context.unit();
        Case.Units units = new Case.Units(unit.countyCode(), unit.streetCode(), unit.communityCode());
        return new Start<>(units, unit.streetName(), result.secretaryId(),
                ElectionProcess.businessKey(result.communityCode(), result.electionDate()), result.variables(),
                context);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, ElectionService.Context context) {
        ElectionResult result = context.result();
        CaseVariables.setNames(execution, context.name(result.secretaryId()), context.unit().communityName(),
                context.unit().streetName());
        ElectionProcess.SECRETARY_NAME.set(execution, context.name(result.secretaryId()));
        ElectionProcess.DIRECTOR_NAME.set(execution, context.name(result.directorId()));
        ElectionProcess.ONE_PERSON.set(execution, result.onePerson());
    }
}
