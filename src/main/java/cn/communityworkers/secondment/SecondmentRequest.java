package cn.communityworkers.secondment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to second a worker, as read from the start variables; {@link #read} lists what is wrong. Recorded with the
 * case as {@link #variables()}, and read back from there by the step that registers the secondment.
 */
record SecondmentRequest(String workerId, String borrowingOrganization, BorrowingOrgLevel level,
        BorrowingOrgType type, LocalDate startDate, LocalDate endDate, String purpose) {

    /** CENTRAL … COUNTY are organs at county level and above (县级以上); STREET means street or township. */
    enum BorrowingOrgLevel {
        CENTRAL, PROVINCE, CITY, COUNTY, STREET
    }

    enum BorrowingOrgType {
        PARTY_GOVERNMENT_ORGAN, PUBLIC_INSTITUTION, STATE_ENTERPRISE, OTHER
    }

    /** The request, or the problems that keep it from being one (in Chinese, for the person who asked). */
    record Read(SecondmentRequest request, List<String> problems) {
    }

    static Read read(Map<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        String workerId = text(variables, SecondmentProcess.WORKER_ID, "社区工作者编号", 40, problems);
        String organization = text(variables, SecondmentProcess.BORROWING_ORGANIZATION, "借调单位", 200, problems);
        BorrowingOrgLevel level = choice(variables, SecondmentProcess.BORROWING_ORG_LEVEL, "借调单位层级",
                BorrowingOrgLevel.class, problems);
        BorrowingOrgType type = choice(variables, SecondmentProcess.BORROWING_ORG_TYPE, "借调单位类型",
                BorrowingOrgType.class, problems);
        LocalDate start = date(variables, SecondmentProcess.START_DATE, "借调开始日期", problems);
        LocalDate end = date(variables, SecondmentProcess.END_DATE, "借调结束日期", problems);
        String purpose = text(variables, SecondmentProcess.PURPOSE, "借调事由", 1000, problems);
        return new Read(problems.isEmpty()
                ? new SecondmentRequest(workerId, organization, level, type, start, end, purpose) : null, problems);
    }

    /** The request as checked, by start-variable name: what {@link #read} reads back. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SecondmentProcess.WORKER_ID, workerId);
        variables.put(SecondmentProcess.BORROWING_ORGANIZATION, borrowingOrganization);
        variables.put(SecondmentProcess.BORROWING_ORG_LEVEL, level.name());
        variables.put(SecondmentProcess.BORROWING_ORG_TYPE, type.name());
        variables.put(SecondmentProcess.START_DATE, startDate.toString());
        variables.put(SecondmentProcess.END_DATE, endDate.toString());
        variables.put(SecondmentProcess.PURPOSE, purpose);
        return variables;
    }

    private static String text(Map<String, Object> variables, String name, String label, int maxLength,
            List<String> problems) {
        Object value = variables.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(label + "(" + name + ")必须填写");
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(label + "(" + name + ")不能超过" + maxLength + "个字");
        }
        return text.trim();
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> variables, String name, String label,
            Class<E> type, List<String> problems) {
        Object value = variables.get(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(label + "(" + name + ")须为 " + Arrays.toString(type.getEnumConstants()) + " 之一");
        return null;
    }

    private static LocalDate date(Map<String, Object> variables, String name, String label, List<String> problems) {
        if (variables.get(name) instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                problems.add(label + "(" + name + ")'" + text + "'不是 yyyy-MM-dd 格式的有效日期");
                return null;
            }
        }
        problems.add(label + "(" + name + ")必须填写,格式为 yyyy-MM-dd");
        return null;
    }
}
