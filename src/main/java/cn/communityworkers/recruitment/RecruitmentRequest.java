package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.Variable;

/**
 * The start variables of a recruitment with their defaults; {@link #read} refuses the first that is wrong, naming
 * it. Recorded with the case as {@link #variables()} (with the community it serves), and read back from there by
 * the steps that write the registry.
 */
record RecruitmentRequest(String streetCode, String communityCode, int positions, int contractYears,
        BigDecimal writtenWeight, int applicationDays, int noticeDays) {

    static final int DEFAULT_CONTRACT_YEARS = 3;
    static final BigDecimal DEFAULT_WRITTEN_WEIGHT = new BigDecimal("0.5");
    static final int DEFAULT_APPLICATION_DAYS = 10;
    static final int DEFAULT_NOTICE_DAYS = 7;
    static final int MAX_DAYS = 90;
    /** What {@link #variables} records, every field of it. */
    private static final List<Variable<?>> RECORDED_FIELDS = List.of(RecruitmentProcess.STREET_CODE,
            RecruitmentProcess.COMMUNITY_CODE, RecruitmentProcess.POSITIONS, RecruitmentProcess.CONTRACT_YEARS,
            RecruitmentProcess.WRITTEN_WEIGHT, RecruitmentProcess.APPLICATION_DAYS, RecruitmentProcess.NOTICE_DAYS);

    /** The request as submitted, with the defaults for what is not given; refuses what is missing or wrong. */
    static RecruitmentRequest read(Map<String, ?> variables) {
        refuseFormerName(variables, RecruitmentProcess.APPLICATION_PERIOD, RecruitmentProcess.APPLICATION_DAYS);
        refuseFormerName(variables, RecruitmentProcess.NOTICE_PERIOD, RecruitmentProcess.NOTICE_DAYS);
        String streetCode = RecruitmentProcess.STREET_CODE.in(variables);
        String communityCode = given(variables, RecruitmentProcess.COMMUNITY_CODE, null);
        int positions = RecruitmentProcess.POSITIONS.in(variables);
        int contractYears = given(variables, RecruitmentProcess.CONTRACT_YEARS, DEFAULT_CONTRACT_YEARS);
        BigDecimal writtenWeight = given(variables, RecruitmentProcess.WRITTEN_WEIGHT, DEFAULT_WRITTEN_WEIGHT);
        if (writtenWeight.compareTo(BigDecimal.ONE) > 0) {
            throw RecruitmentProcess.WRITTEN_WEIGHT.refusal("须在0到1之间,收到的是:" + writtenWeight);
        }
        int applicationDays = given(variables, RecruitmentProcess.APPLICATION_DAYS, DEFAULT_APPLICATION_DAYS);
        int noticeDays = given(variables, RecruitmentProcess.NOTICE_DAYS, DEFAULT_NOTICE_DAYS);
        return new RecruitmentRequest(streetCode, communityCode, positions, contractYears, writtenWeight,
                applicationDays, noticeDays);
    }

    /** The request as checked, for the community it serves, by start-variable name: what {@link #read} reads back. */
    Map<String, Object> variables(String servedCommunityCode) {
        Map<String, Object> variables = new LinkedHashMap<>();
        RecruitmentProcess.STREET_CODE.put(variables, streetCode);
        RecruitmentProcess.COMMUNITY_CODE.put(variables, servedCommunityCode);
        RecruitmentProcess.POSITIONS.put(variables, positions);
        RecruitmentProcess.CONTRACT_YEARS.put(variables, contractYears);
        RecruitmentProcess.WRITTEN_WEIGHT.put(variables, writtenWeight);
        RecruitmentProcess.APPLICATION_DAYS.put(variables, applicationDays);
        RecruitmentProcess.NOTICE_DAYS.put(variables, noticeDays);
        return variables;
    }

    /**
     * The request recorded with the case; an error if it is not one or lacks a field (no default is assumed for what
     * was recorded). A case taken from the history of a recruitment started before this release may also carry the
     * periods the process then stored beside the days ({@code applicationPeriod}, {@code noticePeriod}): they are not
     * part of the request.
     */
    static RecruitmentRequest recorded(Map<String, Object> request) {
        for (Variable<?> field : RECORDED_FIELDS) {
            if (request.get(field.name()) == null) {
                throw new IllegalStateException("the recorded recruitment request has no " + field.name() + ": "
                        + request);
            }
        }
        Map<String, Object> fields = new HashMap<>(request);
        fields.remove(RecruitmentProcess.APPLICATION_PERIOD);
        fields.remove(RecruitmentProcess.NOTICE_PERIOD);
        try {
            return read(fields);
        } catch (Refusal e) {
            throw new IllegalStateException("a recorded recruitment request is not a request: " + e.getMessage(), e);
        }
    }

    private static <T> T given(Map<String, ?> variables, Variable<T> variable, T fallback) {
        return variable.fromIfGiven(variables.get(variable.name())).orElse(fallback);
    }

    /** A period under its former name would be ignored unseen: the request names the days instead. */
    private static void refuseFormerName(Map<String, ?> variables, String former, Variable<Integer> days) {
        if (variables.containsKey(former)) {
            throw Refusal.of(former, former + "已改为按天数填写,请填写" + days.name() + "(整天数)");
        }
    }
}
