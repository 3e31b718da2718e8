package cn.communityworkers.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.FormValues;
import cn.communityworkers.system.WorkflowProperties;

/**
 * First step of a campaign: county and year must be given, the county's social-work department (or an
 * administrator) starts it, and a county has one campaign a year: a second one is refused, starting nothing.
 * Records the case (the county, the year and quota as checked): the streets, the lanes and the assessments follow it.
 */
@Component("verifyCampaign")
class VerifyCampaign implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AssessmentProperties properties;
    private final WorkflowProperties workflow;
    private final Clock clock;

    VerifyCampaign(CampaignService campaigns, Cases cases, OrganisationService organisation, CurrentUser currentUser,
            AssessmentProperties properties, WorkflowProperties workflow, Clock clock) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object countyValue = execution.getVariable(AssessmentProcess.COUNTY_CODE);
        County county = countyValue instanceof String code ? organisation.findCounty(code).orElse(null) : null;
        if (county == null) {
            throw new FormFieldValidationException(AssessmentProcess.COUNTY_CODE, "找不到县(市、区):" + countyValue);
        }
        int thisYear = LocalDate.now(clock).getYear();
        int year = FormValues.whole(execution.getVariable(AssessmentProcess.YEAR), AssessmentProcess.YEAR, "考核年度",
                2000, thisYear, null);
        int quota = FormValues.whole(execution.getVariable(AssessmentProcess.EXCELLENT_QUOTA_PERCENT),
                AssessmentProcess.EXCELLENT_QUOTA_PERCENT, "优秀等次比例(%)", 0, 100, properties.excellentQuotaPercent());
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countySocialWork(county.code())))) {
            throw new AuthorizationException("只有" + county.name() + "委社会工作部可以部署本县的年度考核");
        }
        if (!campaigns.register(execution.getProcessInstanceId(), county.code(), year, quota)) {
            throw new FormFieldValidationException(AssessmentProcess.YEAR,
                    county.name() + " " + year + " 年度的考核已经部署,不能重复部署");
        }
        execution.setProcessBusinessKey("C-" + county.code() + "-" + year);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(AssessmentProcess.COUNTY_CODE, county.code());
        request.put(AssessmentProcess.YEAR, year);
        request.put(AssessmentProcess.EXCELLENT_QUOTA_PERCENT, quota);
        cases.record(execution, AssessmentProcess.CAMPAIGN_KEY, new Case.Units(county.code(), null, null), null, request);
        execution.setVariable(AssessmentProcess.YEAR, year);
        execution.setVariable(AssessmentProcess.EXCELLENT_QUOTA_PERCENT, quota);
        execution.setVariable("noticePeriod", properties.noticePeriod().toString());
    }
}
