package cn.communityworkers.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.Community;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.Street;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.WorkflowProperties;

/**
 * First step of a recruitment: the request must be complete, name a registered street (and, if given, one of
 * its communities, else the street's first) and come from that street's personnel office. Fills in defaults and
 * records the case (the street's county, the street, the community served, the request as checked): the tasks are
 * routed, the seats reserved and the applications opened from it.
 */
@Component("verifyRecruitment")
class VerifyRecruitment implements JavaDelegate {

    private final OrganisationService organisation;
    private final Cases cases;
    private final CurrentUser currentUser;
    private final WorkflowProperties workflow;
    private final Clock clock;

    VerifyRecruitment(OrganisationService organisation, Cases cases, CurrentUser currentUser,
            WorkflowProperties workflow, Clock clock) {
        this.organisation = organisation;
        this.cases = cases;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentRequest.Read read = RecruitmentRequest.read(execution.getVariables());
        if (!read.problems().isEmpty()) {
            throw new FormFieldValidationException("recruitmentRequest", "招聘申请不完整:" + String.join(";", read.problems()));
        }
        RecruitmentRequest request = read.request();
        Street street = organisation.findStreet(request.streetCode()).orElseThrow(() ->
                new FormFieldValidationException(RecruitmentProcess.STREET_CODE, "找不到代码为 " + request.streetCode() + " 的街道"));
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.streetHr(street.code())))) {
            throw new AuthorizationException("只有" + street.name() + "组织人事办可以发起本街道的招聘");
        }
        List<Community> communities = organisation.communitiesOfStreet(street.code());
        Community community = communities.stream()
                .filter(c -> request.communityCode() == null || c.code().equals(request.communityCode()))
                .findFirst().orElseThrow(() -> new FormFieldValidationException(RecruitmentProcess.COMMUNITY_CODE,
                        request.communityCode() == null ? street.name() + "还没有登记社区"
                                : "社区 " + request.communityCode() + " 不属于" + street.name()));

        execution.setProcessBusinessKey("R-" + street.code() + "-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + execution.getProcessInstanceId().substring(0, 8));
        cases.record(execution, RecruitmentProcess.KEY, new Case.Units(street.countyCode(), street.code(),
                community.code()), null, request.variables(community.code()));
        execution.setVariable(RecruitmentProcess.STREET_NAME, street.name());
        execution.setVariable(RecruitmentProcess.COMMUNITY_NAME, community.name());
        execution.setVariable(RecruitmentProcess.POSITIONS, request.positions());
        execution.setVariable(RecruitmentProcess.CONTRACT_YEARS, request.contractYears());
        execution.setVariable(RecruitmentProcess.WRITTEN_WEIGHT, request.writtenWeight().doubleValue());
        execution.setVariable(RecruitmentProcess.APPLICATION_DAYS, request.applicationDays());
        execution.setVariable(RecruitmentProcess.NOTICE_DAYS, request.noticeDays());
    }
}
