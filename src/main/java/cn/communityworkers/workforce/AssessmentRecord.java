package cn.communityworkers.workforce;

/** The rating of one assessment year (table {@code assessment_record}). */
public record AssessmentRecord(int year, Rating rating) {
}
