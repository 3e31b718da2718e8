package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.BORROWING_ORGANIZATION;
import static cn.communityworkers.secondment.SecondmentProcess.BORROWING_ORG_LEVEL;
import static cn.communityworkers.secondment.SecondmentProcess.BORROWING_ORG_TYPE;
import static cn.communityworkers.secondment.SecondmentProcess.END_DATE;
import static cn.communityworkers.secondment.SecondmentProcess.PURPOSE;
import static cn.communityworkers.secondment.SecondmentProcess.START_DATE;
import static cn.communityworkers.secondment.SecondmentProcess.WORKER_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.communityworkers.secondment.SecondmentProcess.BorrowingOrgLevel;
import cn.communityworkers.secondment.SecondmentProcess.BorrowingOrgType;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.Variable;

/**
 * A request to second a worker, as read from the start variables through {@link SecondmentProcess}'s variables.
 * Recorded with the case as {@link #variables()}, and read back from there by the step that registers the secondment.
 */
record SecondmentRequest(String workerId, String borrowingOrganization, BorrowingOrgLevel level,
        BorrowingOrgType type, LocalDate startDate, LocalDate endDate, String purpose) {

    /**
     * The request in the variables. Every field is read, so that one refusal lists all that is missing or wrong
     * (in Chinese, for the person who asked), naming the first wrong field.
     */
    static SecondmentRequest read(Map<String, Object> variables) {
        List<Refusal> problems = new ArrayList<>();
        SecondmentRequest request = new SecondmentRequest(field(WORKER_ID, variables, problems),
                field(BORROWING_ORGANIZATION, variables, problems), field(BORROWING_ORG_LEVEL, variables, problems),
                field(BORROWING_ORG_TYPE, variables, problems), field(START_DATE, variables, problems),
                field(END_DATE, variables, problems), field(PURPOSE, variables, problems));
        if (!problems.isEmpty()) {
            throw Refusal.of(problems.get(0).<String>getDetail(), "借调申请不完整:"
                    + String.join(";", problems.stream().map(Refusal::getMessage).toList()));
        }
        return request;
    }

    private static <T> T field(Variable<T> variable, Map<String, Object> variables, List<Refusal> problems) {
        try {
            return variable.in(variables);
        } catch (Refusal problem) {
            problems.add(problem);
            return null;
        }
    }

    /** The request as checked, by start-variable name: what {@link #read} reads back. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        WORKER_ID.put(variables, workerId);
        BORROWING_ORGANIZATION.put(variables, borrowingOrganization);
        BORROWING_ORG_LEVEL.put(variables, level);
        BORROWING_ORG_TYPE.put(variables, type);
        START_DATE.put(variables, startDate);
        END_DATE.put(variables, endDate);
        PURPOSE.put(variables, purpose);
        return variables;
    }
}
