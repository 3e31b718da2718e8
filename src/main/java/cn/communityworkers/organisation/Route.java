package cn.communityworkers.organisation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * The candidate groups of every user task, from the case as recorded when it started ({@link Cases}) and the
 * registry's groups of its units ({@link UnitGroups}), never from a process variable:
 * {@code camunda:candidateGroups="${route.streetParty(execution)}"}; and the streets a county's case branches out to,
 * {@code camunda:collection="${route.streets(execution)}"}. A case without the unit a task asks for is an error (the
 * step fails), never a guess.
 */
@Component("route")
public class Route {

    private final Cases cases;
    private final List<CountyApprover> countyApprovers;

    Route(Cases cases, List<CountyApprover> countyApprovers) {
        this.cases = cases;
        this.countyApprovers = countyApprovers;
    }

    /** The streets a county's case fans out over, as recorded ({@link Cases#recordStreets}): one branch each. */
    public List<String> streets(DelegateExecution execution) {
        return cases.streets(execution);
    }

    /** The party organisation of the case's community. */
    public String communityParty(DelegateExecution execution) {
        return UnitGroups.communityParty(cases.of(execution).requireCommunity());
    }

    /** The party organisation of the community the case moves its worker to ({@link Case#TARGET_COMMUNITY}). */
    public String targetCommunityParty(DelegateExecution execution) {
        return UnitGroups.communityParty(cases.of(execution).requireTargetCommunity());
    }

    /** The party working committee of the street the case moves its worker to ({@link Case#TARGET_STREET}). */
    public String targetStreetParty(DelegateExecution execution) {
        return UnitGroups.streetParty(cases.of(execution).requireTargetStreet());
    }

    /** The party working committee of the case's street, or of this branch's recorded street ({@link Cases#street}). */
    public String streetParty(DelegateExecution execution) {
        return UnitGroups.streetParty(cases.street(execution));
    }

    /** The personnel office of the case's street, or of this branch's recorded street ({@link Cases#street}). */
    public String streetHr(DelegateExecution execution) {
        return UnitGroups.streetHr(cases.street(execution));
    }

    /** The trade union of the case's street (Labour Contract Law Art. 43). */
    public String streetUnion(DelegateExecution execution) {
        return UnitGroups.streetUnion(cases.street(execution));
    }

    /** The party social-work department of the case's county. */
    public String countySocialWork(DelegateExecution execution) {
        return UnitGroups.countySocialWork(cases.of(execution).requireCounty());
    }

    /** The party organisation department of the case's county. */
    public String countyOrganization(DelegateExecution execution) {
        return UnitGroups.countyOrganization(cases.of(execution).requireCounty());
    }

    /** The human resources and social security bureau of the case's county. */
    public String countyHrss(DelegateExecution execution) {
        return UnitGroups.countyHrss(cases.of(execution).requireCounty());
    }

    /** The audit office of the case's county (经济责任审计). */
    public String countyAudit(DelegateExecution execution) {
        return UnitGroups.countyAudit(cases.of(execution).requireCounty());
    }

    /** The department of the case's county that the configuration names for its process ({@link CountyApprover}). */
    public String countyApprover(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        return countyApprovers.stream().filter(approver -> approver.processKey().equals(recorded.processKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no county approver is configured for "
                        + recorded.processKey()))
                .approver().group(recorded.requireCounty());
    }
}
