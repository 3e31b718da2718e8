package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AssessmentCampaignProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.Refusal;

/**
 * First step of a campaign, which the county party social-work department issues (§10): county and year must be
 * given (a year from 2000 to this one; the share of EXCELLENT ratings defaults to the configured one), the county's
 * social-work department (or an administrator) starts it, and a county has one campaign a year: a second one is
 * refused, starting nothing. The case records the county, the year and the quota as checked: the streets, the lanes
 * and the assessments follow it.
 */
@Component("verifyCampaign")
class VerifyCampaign extends StartVerification<County> {

    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final AssessmentProperties properties;
    private final Clock clock;

    VerifyCampaign(CampaignService campaigns, Cases cases, OrganisationService organisation,
            CurrentUser currentUser, AssessmentProperties properties, Clock clock) {
        super(KEY, Set.of(UnitRole.COUNTY_SOCIAL_WORK), "部署本县的年度考核", cases, currentUser);
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Start<County> verify(DelegateExecution execution) {
        County county = organisation.requestedCounty(execution, COUNTY_CODE);
        int year = YEAR.read(execution);
        int thisYear = LocalDate.now(clock).getYear();
        if (year > thisYear) {
            throw YEAR.refusal("不能晚于本年度 " + thisYear + ",收到的是:" + year);
        }
        int quota = EXCELLENT_QUOTA_PERCENT.readIfGiven(execution).orElse(properties.excellentQuotaPercent());
        Map<String, Object> request = new LinkedHashMap<>();
        COUNTY_CODE.put(request, county.code());
        YEAR.put(request, year);
        EXCELLENT_QUOTA_PERCENT.put(request, quota);
        return new Start<>(new Case.Units(county.code(), null, null), county.name(), null,
                businessKey(county.code(), year), request, county);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, County county) {
        int year = recorded.requestedNumber(YEAR.name());
        int quota = recorded.requestedNumber(EXCELLENT_QUOTA_PERCENT.name());
        if (!campaigns.register(execution.getProcessInstanceId(), county.code(), year, quota)) {
            throw Refusal.of(YEAR.name(), county.name() + " " + year + " 年度的考核已经部署,不能重复部署");
        }
        YEAR.set(execution, year);
        EXCELLENT_QUOTA_PERCENT.set(execution, quota);
        NOTICE_PERIOD.set(execution, properties.noticePeriod().toString());
    }
}
