package cn.communityworkers.assessment;

import java.time.LocalDate;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.workforce.ContractRenewals;

/**
 * The decisions of the annual assessment and the names of their variables, as the processes pass them.
 * The tables are {@code processes/assessment/assessment-rating.dmn} and {@code grade-adjustment.dmn}; a policy
 * office changes them without code.
 */
public final class AssessmentDecisions {

    /**
     * Rates a year: inputs {@link #POLITICAL_SCORE} … {@link #IN_PROBATION}, {@link #YEAR}, outputs {@link #RATING},
     * {@link #TOTAL_SCORE}.
     */
    public static final String ASSESSMENT_RATING = "assessmentRating";
    /**
     * What a confirmed rating means for the contract and other measures: inputs {@link #RATING},
     * {@link #PREVIOUS_RATING}, {@link #CONTRACT_ENDS_WITHIN_YEAR}, {@link #ELECTED}; outputs {@link #CONTRACT_ACTION},
     * {@link #MEASURE}, {@link #GROUND}.
     */
    public static final String GRADE_ADJUSTMENT = "gradeAdjustment";
    /** Whether a renewal must be open-ended (《劳动合同法》第十四条), the table shared in workforce. */
    public static final String CONTRACT_RENEWAL = ContractRenewals.CONTRACT_RENEWAL;

    public static final String POLITICAL_SCORE = "politicalScore";
    public static final String PERFORMANCE_SCORE = "performanceScore";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    /**
     * The strongest disciplinary action in effect during the assessment year, as the registry had it when the
     * assessment started: its type (null: none) and the day it was decided (an ISO date); with {@link #YEAR} the
     * decision {@code disciplinaryActionEffect} tells whether and how it bears on the rating.
     */
    public static final String DISCIPLINARY_ACTION_TYPE = "disciplinaryActionType";
    public static final String DISCIPLINARY_ACTION_DECIDED_ON = "disciplinaryActionDecidedOn";
    /** The assessment year, named as the year of every case that has one. */
    public static final String YEAR = CaseVariables.YEAR.name();
    public static final String IN_PROBATION = "inProbation";
    public static final String RATING = "rating";
    public static final String TOTAL_SCORE = "totalScore";

    public static final String PREVIOUS_RATING = "previousRating";
    public static final String CONTRACT_ENDS_WITHIN_YEAR = "contractEndsWithinYear";
    /** Whether the worker is an elected member of the two committees (any role but STAFF, Opinions §1). */
    public static final String ELECTED = "elected";
    public static final String CONTRACT_ACTION = "contractAction";
    public static final String MEASURE = "measure";
    public static final String GROUND = "ground";

    public static final String SERVICE_YEARS = ContractRenewals.SERVICE_YEARS;
    public static final String CONSECUTIVE_FIXED_TERMS = ContractRenewals.CONSECUTIVE_FIXED_TERMS;
    public static final String OPEN_ENDED_REQUIRED = ContractRenewals.OPEN_ENDED_REQUIRED;
    public static final String RENEWAL_GROUND = ContractRenewals.RENEWAL_GROUND;

    /** Values of {@link #CONTRACT_ACTION}. */
    public static final String RENEW = "RENEW";
    public static final String NONE = "NONE";
    /** Recruited staff rated unqualified: training or a change of post first (Labour Contract Law Art. 40(2)). */
    public static final String IMPROVE = "IMPROVE";
    /** An elected committee member rated unqualified: admonishment talk and a recall proposal, never a termination. */
    public static final String RECALL_PROPOSAL = "RECALL_PROPOSAL";
    /** Values of {@link #MEASURE}; without a measure the output is there and null. */
    public static final String COMMENDATION = "COMMENDATION";
    public static final String ADMONISHMENT_TALK = "ADMONISHMENT_TALK";

    private AssessmentDecisions() {
    }

    /**
     * Whether a labour contract ends within one year after the assessment year, i.e. on or before 31 December
     * of {@code assessmentYear + 1}. A contract without an end (open-ended) does not.
     */
    public static boolean contractEndsWithinYear(LocalDate contractEnd, int assessmentYear) {
        return contractEnd != null && !contractEnd.isAfter(LocalDate.of(assessmentYear + 1, 12, 31));
    }
}
