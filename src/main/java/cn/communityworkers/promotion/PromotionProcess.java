package cn.communityworkers.promotion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.SelectionRoute;

/**
 * The model {@code processes/promotion/secretary-promotion.bpmn} and its decision
 * {@code secretary-promotion-eligibility.dmn}: keys, element ids, messages and variables.
 */
public final class PromotionProcess {

    private PromotionProcess() {
    }

    public static final String KEY = "secretaryPromotion";
    public static final String ELIGIBILITY_DECISION = "secretaryPromotionEligibility";
    public static final String MESSAGE_OBJECTION = "PromotionObjection";

    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_NOMINATE_SECRETARIES = "Task_NominateSecretaries";
    public static final String TASK_REVIEW_CANDIDATE = "Task_ReviewCandidate";
    public static final String TIMER_NOTICE_ENDS = "Timer_NoticeEnds";
    public static final String TASK_INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
    public static final String TASK_APPROVE_INSTITUTION_HIRE = "Task_ApproveInstitutionHire";
    public static final String TASK_ASSESS_EXCEPTIONAL = "Task_AssessExceptional";
    public static final String TASK_RECORD_LEADERSHIP_SELECTION = "Task_RecordLeadershipSelection";
    public static final String END_NO_ELIGIBLE_SECRETARY = "EndEvent_NoEligibleSecretary";
    public static final String END_NO_CANDIDATE_PASSED = "EndEvent_NoCandidatePassed";
    public static final String END_HIRE_NOT_APPROVED = "EndEvent_HireNotApproved";
    public static final String END_HIRED = "EndEvent_Hired";
    public static final String END_LEADERSHIP_SELECTION_RECORDED = "EndEvent_LeadershipSelectionRecorded";
    public static final String END_PROMOTION_COMPLETED = "EndEvent_PromotionCompleted";

    // The request (start form or REST).
    public static final Variable<String> COUNTY_CODE = Variable.text("countyCode", "县(市、区)", 12);
    /** From 2000 up to the current year (checked at the start). */
    public static final Variable<Integer> YEAR = Variable.whole("year", "年度", 2000, 9999);
    public static final Variable<Integer> POSTS = Variable.whole("posts", "拿出的事业岗位数", 1, 1000);

    // Added by the process.
    public static final Variable<String> AS_OF = Variable.of("asOf", String.class);
    public static final Variable<String> NOTICE_PERIOD = Variable.of("noticePeriod", String.class);
    /** The county's secretaries, one evaluation each. */
    public static final Variable<List<String>> SECRETARIES = Variable.ids("secretaries", "社区党组织书记");

    // What the eligibility decision is given about one secretary, in the secretary's own scope.
    public static final Variable<Integer> CONTINUOUS_YEARS = Variable.of("continuousYears", Integer.class);
    public static final Variable<Integer> COMPLETED_TERMS = Variable.of("completedTerms", Integer.class);
    public static final Variable<Integer> EXCELLENT_YEARS = Variable.of("excellentYears", Integer.class);
    public static final Variable<Integer> BELOW_QUALIFIED_YEARS = Variable.of("belowQualifiedYears", Integer.class);
    public static final Variable<Boolean> UNDER_DISCIPLINARY_ACTION = Variable.of("underDisciplinaryAction",
            Boolean.class);
    public static final Variable<Integer> AGE = Variable.of("age", Integer.class);
    public static final Variable<Integer> YEARS_TO_RETIREMENT = Variable.of("yearsToRetirement", Integer.class);
    public static final Variable<Boolean> UNDER_INVESTIGATION = Variable.of("underInvestigation", Boolean.class);
    /** The decision's result for one secretary: one entry per rule ({@code rule}, {@code passed}, {@code reason}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Variable<List<Map<String, Object>>> ELIGIBILITY_RULES =
            (Variable) Variable.of("eligibilityRules", List.class);

    public static final Variable<Boolean> ANY_ELIGIBLE = Variable.of("anyEligible", Boolean.class);
    /** The options of a street's nomination checklist (JSON). */
    public static final Variable<SpinJsonNode> ELIGIBLE_SECRETARIES = Variable.of("eligibleSecretaries",
            SpinJsonNode.class);
    public static final Variable<List<String>> NOMINEES = Variable.ids("nominees", "推荐人选");
    public static final Variable<List<String>> CANDIDATES = Variable.ids("candidates", "考察人选");
    /** The secretary a branch or an objection is about. */
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "拟聘人选编号", 40);
    public static final Variable<String> ELIGIBILITY_REASONS = Variable.of("eligibilityReasons", String.class);
    public static final Variable<Boolean> REVIEW_PASSED = Variable.yesOrNo("reviewPassed", "考察是否合格");
    public static final Variable<BigDecimal> ASSESSMENT_SCORE = Variable.score("assessmentScore", "考察得分");
    public static final Variable<Integer> RANK = Variable.of("rank", Integer.class);
    public static final Variable<Boolean> ANY_SELECTED = Variable.of("anySelected", Boolean.class);
    public static final Variable<String> OBJECTION = Variable.text("objection", "异议内容", 2000);
    public static final Variable<String> OBJECTED_WORKER_ID = Variable.of("objectedWorkerId", String.class);
    public static final Variable<String> OBJECTION_TEXT = Variable.of("objectionText", String.class);
    public static final Variable<Boolean> OBJECTION_UPHELD = Variable.yesOrNo("objectionUpheld", "异议是否成立");
    public static final Variable<String> FINDING = Variable.text("finding", "调查结论", 1000);
    public static final Variable<Boolean> MOVED_UP = Variable.of("movedUp", Boolean.class);
    public static final Variable<List<String>> SELECTED_WORKERS = Variable.ids("selectedWorkers", "拟聘人选");
    public static final Variable<Boolean> HIRE_APPROVED = Variable.yesOrNo("hireApproved", "是否同意聘用");
    public static final Variable<String> INSTITUTION_NAME = Variable.text("institutionName", "聘用的事业单位", 200);
    public static final Variable<Boolean> EXCEPTIONAL = Variable.yesOrNo("exceptional", "是否特别优秀");
    public static final Variable<SelectionRoute> SELECTION_ROUTE = Variable.choice("selectionRoute",
            "选拔方式(TRANSFER 择优调任或 ELECTION 换届选举)", SelectionRoute.class);
    public static final Variable<Boolean> SELECTED = Variable.yesOrNo("selected", "是否选拔进入街道领导班子");
    public static final Variable<String> POST = Variable.text("post", "担任的职务", 200);

    /** Business key of the county's promotion of a year. */
    public static String businessKey(String countyCode, int year) {
        return "P-" + countyCode + "-" + year;
    }
}
