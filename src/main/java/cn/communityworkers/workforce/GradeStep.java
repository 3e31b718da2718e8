package cn.communityworkers.workforce;

/**
 * The grade step the decision {@value GradingRules#GRADE_STEP} gave for an assessment year: the levels (0 or 1),
 * whether it is an early step after EXCELLENT years, and its ground (the rule and its inputs, in Chinese).
 */
public record GradeStep(int levels, boolean early, String ground) {
}
