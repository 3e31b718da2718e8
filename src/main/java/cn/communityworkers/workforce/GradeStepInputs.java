package cn.communityworkers.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the decision {@value GradingRules#GRADE_STEP} is given for a worker's assessment year, all from the registry:
 * the post category and level, the year's rating, and the years rated QUALIFIED or better since the last grade step
 * ({@link Worker#getLastGradeStepYear()}), this year's included. The count goes back from this year and stops at the
 * last step, or at a year rated BASICALLY_QUALIFIED or UNQUALIFIED (连续: such a year starts the count again); a year
 * NOT_RATED (probation) or without a rating neither counts nor breaks it.
 *
 * @param countedYears the years counted, latest first (for the change log's details)
 */
public record GradeStepInputs(PostCategory postCategory, int gradeLevel, Rating rating, int passingYears,
        int excellentYears, int earlyStepsTaken, List<Integer> countedYears) {

    static GradeStepInputs of(Worker worker, int year, Rating rating) {
        Map<Integer, Rating> ratings = new TreeMap<>();
        worker.getAssessmentHistory().forEach(entry -> ratings.put(entry.year(), entry.rating()));
        ratings.put(year, rating);
        int from = worker.getLastGradeStepYear() != null ? worker.getLastGradeStepYear() + 1
                : ratings.keySet().iterator().next();
        List<Integer> counted = new ArrayList<>();
        int excellent = 0;
        for (int y = year; y >= from; y--) {
            Rating r = ratings.get(y);
            if (r == null || r == Rating.NOT_RATED) {
                continue;
            }
            if (r != Rating.EXCELLENT && r != Rating.QUALIFIED) {
                break;
            }
            counted.add(y);
            excellent += r == Rating.EXCELLENT ? 1 : 0;
        }
        return new GradeStepInputs(worker.getPostCategory(), worker.getGradeLevel(), rating, counted.size(),
                excellent, worker.getEarlyGradeSteps(), List.copyOf(counted));
    }

    /** The decision's input variables, by name. */
    public Map<String, Object> variables() {
        return Map.of("postCategory", postCategory.name(), "gradeLevel", gradeLevel, "rating", rating.name(),
                "passingYears", passingYears, "excellentYears", excellentYears, "earlyStepsTaken", earlyStepsTaken);
    }

    /** The inputs as the change log keeps them. */
    public String details() {
        return "postCategory=" + postCategory + ", gradeLevel=" + gradeLevel + ", rating=" + rating
                + ", passingYears=" + passingYears + " " + countedYears + ", excellentYears=" + excellentYears
                + ", earlyStepsTaken=" + earlyStepsTaken;
    }
}
