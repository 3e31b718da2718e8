package cn.communityworkers.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What followed an assessment's UNQUALIFIED rating (or two years basically qualified), as recorded in
 * {@code assessment_consequence}: the path the grade-adjustment table chose ({@link AssessmentDecisions#IMPROVE} or
 * {@link AssessmentDecisions#RECALL_PROPOSAL}) and each step so far; a step not reached yet is null.
 */
record Consequence(String processInstanceId, String workerId, int assessmentYear, String path,
        String improvementMeasure, String improvementDetail, LocalDate improvementStart, LocalDate followUpOn,
        Boolean followUpCompetent, String followUpReason, Boolean endDecided, String endDecisionReason,
        LocalDate unionNotifiedOn, String noticeType, LocalDate noticeServedOn, LocalDate contractEndedOn,
        BigDecimal monthlyWage, BigDecimal severanceWageBase, BigDecimal severanceMonths, BigDecimal severanceAmount,
        BigDecimal payInLieu, LocalDate admonishedOn, String admonishmentNote, Boolean recallProposed,
        String recallReason, LocalDate recallAnsweredOn) {

    /** Values of {@link #improvementMeasure}: training, or a change of post (Labour Contract Law Art. 40(2)). */
    enum Improvement {
        TRAINING, POST_CHANGE
    }

    /** Values of {@link #noticeType}: 30 days' written notice, or one month's pay in lieu (Labour Contract Law Art. 40). */
    enum Notice {
        NOTICE, PAY_IN_LIEU
    }
}
