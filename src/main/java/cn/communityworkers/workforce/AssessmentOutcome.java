package cn.communityworkers.workforce;

import java.math.BigDecimal;

/**
 * What applying a year's assessment did to a worker: the grade before and after (equal when nothing changed),
 * the steps of social-work qualification gained since the last grading, and the monthly pay afterwards.
 */
public record AssessmentOutcome(int gradeBefore, int gradeAfter, int qualificationSteps, BigDecimal monthlyPayAfter) {
}
