package cn.communityworkers.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.Community;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.Street;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.Refusal;

/**
 * First step of a recruitment, and who may start one: a street's personnel office, for its own street. The request
 * must be complete and name a registered street (and, if given, one of its communities, else the street's first).
 * Fills in defaults and records the case (the street's county, the street, the community served, the request as
 * checked): the tasks are routed, the seats reserved and the applications opened from it.
 */
@Component("verifyRecruitment")
class VerifyRecruitment extends StartVerification<VerifyRecruitment.Found> {

    private final OrganisationService organisation;
    private final Clock clock;

    VerifyRecruitment(OrganisationService organisation, Cases cases, CurrentUser currentUser, Clock clock) {
        super(RecruitmentProcess.KEY, Set.of(UnitRole.STREET_HR), "发起本街道的招聘", cases, currentUser);
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The request as checked, and the street and community it recruits for. */
    record Found(RecruitmentRequest request, Street street, Community community) {
    }

    @Override
    protected Start<Found> verify(DelegateExecution execution) {
        RecruitmentRequest request = RecruitmentRequest.read(execution.getVariables());
        Street street = organisation.findStreet(request.streetCode()).orElseThrow(() -> Refusal.of(
                RecruitmentProcess.STREET_CODE.name(), "找不到代码为 " + request.streetCode() + " 的街道"));
        Community community = organisation.communitiesOfStreet(street.code()).stream()
                .filter(c -> request.communityCode() == null || c.code().equals(request.communityCode()))
                .findFirst().orElseThrow(() -> Refusal.of(RecruitmentProcess.COMMUNITY_CODE.name(),
                        request.communityCode() == null ? street.name() + "还没有登记社区"
                                : "社区 " + request.communityCode() + " 不属于" + street.name()));
        return new Start<>(new Case.Units(street.countyCode(), street.code(), community.code()), street.name(), null,
                RecruitmentProcess.businessKey(street.code(), LocalDate.now(clock), execution.getProcessInstanceId()),
                request.variables(community.code()), new Found(request, street, community));
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, Found found) {
        RecruitmentRequest request = found.request();
        CaseVariables.STREET_NAME.set(execution, found.street().name());
        CaseVariables.COMMUNITY_NAME.set(execution, found.community().name());
        RecruitmentProcess.POSITIONS.set(execution, request.positions());
        RecruitmentProcess.CONTRACT_YEARS.set(execution, request.contractYears());
        RecruitmentProcess.WRITTEN_WEIGHT.set(execution, request.writtenWeight());
        RecruitmentProcess.APPLICATION_DAYS.set(execution, request.applicationDays());
        RecruitmentProcess.NOTICE_DAYS.set(execution, request.noticeDays());
    }
}
