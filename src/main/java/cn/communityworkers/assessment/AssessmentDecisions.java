package cn.communityworkers.assessment;

import java.time.LocalDate;

/**
 * The decisions of the annual assessment and the names of their variables, as the processes pass them.
 * The tables are {@code processes/assessment/assessment-rating.dmn} and {@code grade-adjustment.dmn}; a policy
 * office changes them without code.
 */
public final class AssessmentDecisions {

    /** Rates a year: inputs {@link #POLITICAL_SCORE} … {@link #IN_PROBATION}, {@link #YEAR}, outputs {@link #RATING}, {@link #TOTAL_SCORE}. */
    public static final String ASSESSMENT_RATING = "assessmentRating";
    /** The weighted total that {@link #ASSESSMENT_RATING} requires; the weights live there. */
    public static final String WEIGHTED_TOTAL_SCORE = "weightedTotalScore";
    /** What a confirmed rating means: outputs {@link #GRADE_CHANGE}, {@link #CONTRACT_ACTION}, {@link #MEASURE}, {@link #GROUND}. */
    public static final String GRADE_ADJUSTMENT = "gradeAdjustment";

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
    /** The assessment year. */
    public static final String YEAR = "year";
    public static final String IN_PROBATION = "inProbation";
    public static final String RATING = "rating";
    public static final String TOTAL_SCORE = "totalScore";

    public static final String PREVIOUS_RATING = "previousRating";
    public static final String RATING_TWO_YEARS_AGO = "ratingTwoYearsAgo";
    public static final String CONTRACT_ENDS_WITHIN_YEAR = "contractEndsWithinYear";
    public static final String GRADE_CHANGE = "gradeChange";
    public static final String CONTRACT_ACTION = "contractAction";
    public static final String MEASURE = "measure";
    public static final String GROUND = "ground";

    /** Values of {@link #CONTRACT_ACTION}. */
    public static final String RENEW = "RENEW";
    public static final String END = "END";
    public static final String NONE = "NONE";
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
