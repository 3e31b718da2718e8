package cn.communityworkers.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/**
 * First step of a promotion, which the county party organisation department runs (§13): county, year and posts must
 * be given, and a county has one promotion a year: a second one is refused, starting nothing. The case holds the
 * county, the year and posts as checked (the tasks are routed from it); the county's secretaries are collected to be
 * evaluated.
 */
@Component("verifyPromotion")
class VerifyPromotion extends StartVerification<County> {

    private final PromotionService promotions;
    private final OrganisationService organisation;
    private final PromotionProperties properties;
    private final Clock clock;

    VerifyPromotion(PromotionService promotions, Cases cases, OrganisationService organisation,
            CurrentUser currentUser, PromotionProperties properties, Clock clock) {
        super(PromotionProcess.KEY, Set.of(UnitRole.COUNTY_ORGANIZATION), "开展本县的社区党组织书记择优聘用", cases,
                currentUser);
        this.promotions = promotions;
        this.organisation = organisation;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Start<County> verify(DelegateExecution execution) {
        County county = organisation.requestedCounty(execution, PromotionProcess.COUNTY_CODE);
        int year = PromotionProcess.YEAR.read(execution);
        int thisYear = LocalDate.now(clock).getYear();
        if (year > thisYear) {
            throw PromotionProcess.YEAR.refusal("不能晚于今年(" + thisYear + "),收到的是:" + year);
        }
        int posts = PromotionProcess.POSTS.read(execution);
        Map<String, Object> request = new LinkedHashMap<>();
        PromotionProcess.COUNTY_CODE.put(request, county.code());
        PromotionProcess.YEAR.put(request, year);
        PromotionProcess.POSTS.put(request, posts);
        return new Start<>(new Case.Units(county.code(), null, null), county.name(), null,
                PromotionProcess.businessKey(county.code(), year), request, county);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, County county) {
        int year = PromotionProcess.YEAR.in(recorded.request());
        int posts = PromotionProcess.POSTS.in(recorded.request());
        if (!promotions.register(execution.getProcessInstanceId(), county.code(), year, posts)) {
            throw PromotionProcess.YEAR.refusal(":" + county.name() + " " + year
                    + " 年度的社区党组织书记择优聘用已经开展,不能重复开展");
        }
        PromotionProcess.YEAR.set(execution, year);
        PromotionProcess.POSTS.set(execution, posts);
        CaseVariables.COUNTY_NAME.set(execution, county.name());
        PromotionProcess.AS_OF.set(execution, PromotionService.asOf(year).toString());
        PromotionProcess.NOTICE_PERIOD.set(execution, properties.noticePeriod().toString());
        PromotionProcess.SECRETARIES.set(execution, new ArrayList<>(promotions.secretaries(county.code())));
    }
}
