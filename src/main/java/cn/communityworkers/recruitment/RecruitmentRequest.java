package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start variables of a recruitment with their defaults; {@link #read} lists what is wrong. Recorded with the case
 * as {@link #variables()} (with the community it serves), and read back from there by the steps that write the
 * registry.
 */
record RecruitmentRequest(String streetCode, String communityCode, int positions, int contractYears,
        BigDecimal writtenWeight, int applicationDays, int noticeDays) {

    static final int DEFAULT_CONTRACT_YEARS = 3;
    static final BigDecimal DEFAULT_WRITTEN_WEIGHT = new BigDecimal("0.5");
    static final int DEFAULT_APPLICATION_DAYS = 10;
    static final int DEFAULT_NOTICE_DAYS = 7;
    static final int MAX_DAYS = 90;
    /** What {@link #variables} records, every field of it. */
    private static final List<String> RECORDED_FIELDS = List.of(RecruitmentProcess.STREET_CODE,
            RecruitmentProcess.COMMUNITY_CODE, RecruitmentProcess.POSITIONS, RecruitmentProcess.CONTRACT_YEARS,
            RecruitmentProcess.WRITTEN_WEIGHT, RecruitmentProcess.APPLICATION_DAYS, RecruitmentProcess.NOTICE_DAYS);

    record Read(RecruitmentRequest request, List<String> problems) {
    }

    static Read read(Map<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        Object street = variables.get(RecruitmentProcess.STREET_CODE);
        if (!(street instanceof String streetCode) || streetCode.isBlank()) {
            problems.add("街道代码(streetCode)必须填写");
            street = null;
        }
        Object community = variables.get(RecruitmentProcess.COMMUNITY_CODE);
        String communityCode = community instanceof String text && !text.isBlank() ? text.trim() : null;
        Integer positions = whole(variables, RecruitmentProcess.POSITIONS, "招聘名额", null, 1, 500, problems);
        Integer years = whole(variables, RecruitmentProcess.CONTRACT_YEARS, "劳动合同期限(年)", DEFAULT_CONTRACT_YEARS,
                1, 10, problems);
        BigDecimal weight = decimal(variables, RecruitmentProcess.WRITTEN_WEIGHT, "笔试成绩权重", DEFAULT_WRITTEN_WEIGHT,
                problems);
        Integer application = whole(variables, RecruitmentProcess.APPLICATION_DAYS, "报名期限天数",
                DEFAULT_APPLICATION_DAYS, 1, MAX_DAYS, problems);
        Integer notice = whole(variables, RecruitmentProcess.NOTICE_DAYS, "公示期限天数", DEFAULT_NOTICE_DAYS, 1,
                MAX_DAYS, problems);
        refuseFormerName(variables, RecruitmentProcess.APPLICATION_PERIOD, RecruitmentProcess.APPLICATION_DAYS, problems);
        refuseFormerName(variables, RecruitmentProcess.NOTICE_PERIOD, RecruitmentProcess.NOTICE_DAYS, problems);
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new RecruitmentRequest(((String) street).trim(), communityCode, positions, years, weight,
                application, notice), problems);
    }

    /** The request as checked, for the community it serves, by start-variable name: what {@link #read} reads back. */
    Map<String, Object> variables(String servedCommunityCode) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RecruitmentProcess.STREET_CODE, streetCode);
        variables.put(RecruitmentProcess.COMMUNITY_CODE, servedCommunityCode);
        variables.put(RecruitmentProcess.POSITIONS, positions);
        variables.put(RecruitmentProcess.CONTRACT_YEARS, contractYears);
        variables.put(RecruitmentProcess.WRITTEN_WEIGHT, writtenWeight.doubleValue());
        variables.put(RecruitmentProcess.APPLICATION_DAYS, applicationDays);
        variables.put(RecruitmentProcess.NOTICE_DAYS, noticeDays);
        return variables;
    }

    /**
     * The request recorded with the case; an error if it is not one or lacks a field (no default is assumed for what
     * was recorded). A case taken from the history of a recruitment started before this release may also carry the
     * periods the process then stored beside the days ({@code applicationPeriod}, {@code noticePeriod}): they are not
     * part of the request.
     */
    static RecruitmentRequest recorded(Map<String, Object> request) {
        for (String field : RECORDED_FIELDS) {
            if (request.get(field) == null) {
                throw new IllegalStateException("the recorded recruitment request has no " + field + ": " + request);
            }
        }
        Map<String, Object> fields = new HashMap<>(request);
        fields.remove(RecruitmentProcess.APPLICATION_PERIOD);
        fields.remove(RecruitmentProcess.NOTICE_PERIOD);
        Read read = read(fields);
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("a recorded recruitment request is not a request: " + read.problems());
        }
        return read.request();
    }

    private static Integer whole(Map<String, Object> variables, String name, String label, Integer fallback, int min,
            int max, List<String> problems) {
        Object value = variables.get(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            if (fallback == null) {
                problems.add(label + "(" + name + ")必须填写");
            }
            return fallback;
        }
        try {
            long number = value instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue()
                    : Long.parseLong(value.toString().trim());
            if (number < min || number > max) {
                problems.add(label + "(" + name + ")须在" + min + "到" + max + "之间");
            }
            return (int) number;
        } catch (NumberFormatException e) {
            problems.add(label + "(" + name + ")须为整数");
            return null;
        }
    }

    /** A period under its former name would be ignored unseen: the request names the days instead. */
    private static void refuseFormerName(Map<String, Object> variables, String former, String days,
            List<String> problems) {
        if (variables.containsKey(former)) {
            problems.add(former + "已改为按天数填写,请填写" + days + "(整天数)");
        }
    }

    private static BigDecimal decimal(Map<String, Object> variables, String name, String label, BigDecimal fallback,
            List<String> problems) {
        Object value = variables.get(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return fallback;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().trim());
            if (number.compareTo(BigDecimal.ZERO) < 0 || number.compareTo(BigDecimal.ONE) > 0) {
                problems.add(label + "(" + name + ")须在0到1之间");
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(label + "(" + name + ")须为0到1之间的小数");
            return null;
        }
    }
}
