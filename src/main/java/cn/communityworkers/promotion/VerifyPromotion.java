package cn.communityworkers.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * First step: county, year and posts must be given, the county's organisation department (or an administrator)
 * starts it, and a county has one promotion a year: a second one is refused, starting nothing. Records the case (the
 * county, the year and posts as checked: the tasks are routed from it) and collects the county's secretaries to
 * evaluate.
 */
@Component("verifyPromotion")
class VerifyPromotion implements JavaDelegate {

    static final int MAX_POSTS = 1000;

    private final PromotionService promotions;
    private final Cases cases;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final PromotionProperties properties;
    private final WorkflowProperties workflow;
    private final Clock clock;

    VerifyPromotion(PromotionService promotions, Cases cases, OrganisationService organisation,
            CurrentUser currentUser, PromotionProperties properties, WorkflowProperties workflow, Clock clock) {
        this.promotions = promotions;
        this.cases = cases;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object countyValue = execution.getVariable(PromotionProcess.COUNTY_CODE);
        County county = countyValue instanceof String code ? organisation.findCounty(code).orElse(null) : null;
        if (county == null) {
            throw new FormFieldValidationException(PromotionProcess.COUNTY_CODE, "找不到县(市、区):" + countyValue);
        }
        int year = FormValues.whole(execution.getVariable(PromotionProcess.YEAR), PromotionProcess.YEAR, "年度", 2000,
                LocalDate.now(clock).getYear(), null);
        int posts = FormValues.whole(execution.getVariable(PromotionProcess.POSTS), PromotionProcess.POSTS,
                "拿出的事业岗位数", 1, MAX_POSTS, null);
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(county.code())))) {
            throw new AuthorizationException("只有" + county.name() + "委组织部可以开展本县的社区党组织书记择优聘用");
        }
        if (!promotions.register(execution.getProcessInstanceId(), county.code(), year, posts)) {
            throw new FormFieldValidationException(PromotionProcess.YEAR,
                    county.name() + " " + year + " 年度的社区党组织书记择优聘用已经开展,不能重复开展");
        }
        execution.setProcessBusinessKey(PromotionProcess.businessKey(county.code(), year));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(PromotionProcess.COUNTY_CODE, county.code());
        request.put(PromotionProcess.YEAR, year);
        request.put(PromotionProcess.POSTS, posts);
        cases.record(execution, PromotionProcess.KEY, new Case.Units(county.code(), null, null), null, request);
        execution.setVariable(PromotionProcess.YEAR, year);
        execution.setVariable(PromotionProcess.POSTS, posts);
        execution.setVariable(PromotionProcess.COUNTY_NAME, county.name());
        execution.setVariable(PromotionProcess.AS_OF, PromotionService.asOf(year).toString());
        execution.setVariable(PromotionProcess.NOTICE_PERIOD, properties.noticePeriod().toString());
        execution.setVariable(PromotionProcess.SECRETARIES, new ArrayList<>(promotions.secretaries(county.code())));
    }
}
