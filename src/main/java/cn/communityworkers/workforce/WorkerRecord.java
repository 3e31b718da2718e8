package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A worker as registered by {@code POST /api/workers} or one row of {@code POST /api/workers/import}.
 * {@code idCardNumber} is required (GB 11643-1999, {@link IdCardNumber}) and unique in the registry; the birth date and
 * the sex are read from it ({@code birthDate} may be left out, and if given must agree with it).
 * Absent optional fields take their defaults: a generated id, qualification NONE, status ACTIVE,
 * no credited years, the grade from the initial-grading rules (a given grade must lie in the range of the role's post
 * category, decision {@code gradeRange}), the last grade step in the latest year of the assessment history (the grade
 * registered counts the years rated before it; a roster of existing workers gives the year of each one's last step).
 * <p>
 * {@code disciplinaryActions} are the actions on file, each with its type and the day it was decided.
 * {@code underDisciplinaryAction} is the yes/no column of rosters kept before actions had types: {@code true} records a
 * demerit (记过) decided on the day of registration, so that the worker keeps the effect the flag had (UNQUALIFIED in
 * the year's rating, not eligible for promotion) until the personnel office records the real action.
 */
public record WorkerRecord(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "须为 1 至 40 个字母、数字、“-”或“_”") String workerId,
        String idCardNumber,
        @NotBlank @Size(max = 50, message = "不能超过 {max} 个字") String name,
        @Past LocalDate birthDate,
        @NotBlank String communityCode,
        @NotNull Role role,
        @NotNull Education education,
        Qualification qualification,
        Boolean partyMember,
        WorkerStatus status,
        @NotNull @PastOrPresent LocalDate communityWorkSince,
        @Min(0) @Max(50) Integer creditedCommunityYears,
        Integer gradeLevel,
        LocalDate contractEnd,
        LocalDate probationEnd,
        Boolean underDisciplinaryAction,
        List<@Valid @NotNull Action> disciplinaryActions,
        Boolean socialInsuranceEnrolled,
        Boolean housingFundEnrolled,
        List<@Valid @NotNull Term> secretaryTerms,
        List<@Valid @NotNull Assessment> assessmentHistory,
        @Min(value = 1980, message = "不能早于 {value} 年") @Max(value = 2100, message = "不能晚于 {value} 年") Integer lastGradeStepYear) {

    /** A worker whose last grade step is taken from the assessment history. */
    public WorkerRecord(String workerId, String idCardNumber, String name, LocalDate birthDate, String communityCode, Role role,
            Education education, Qualification qualification, Boolean partyMember, WorkerStatus status,
            LocalDate communityWorkSince, Integer creditedCommunityYears, Integer gradeLevel, LocalDate contractEnd,
            LocalDate probationEnd, Boolean underDisciplinaryAction, List<Action> disciplinaryActions,
            Boolean socialInsuranceEnrolled, Boolean housingFundEnrolled, List<Term> secretaryTerms,
            List<Assessment> assessmentHistory) {
        this(workerId, idCardNumber, name, birthDate, communityCode, role, education, qualification, partyMember, status,
                communityWorkSince, creditedCommunityYears, gradeLevel, contractEnd, probationEnd,
                underDisciplinaryAction, disciplinaryActions, socialInsuranceEnrolled, housingFundEnrolled,
                secretaryTerms, assessmentHistory, null);
    }

    /** The Chinese name of each field, as a roster's column and in the registry's refusals. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("workerId", "编号"),
            Map.entry("idCardNumber", "身份证号码"), Map.entry("name", "姓名"), Map.entry("birthDate", "出生日期"),
            Map.entry("communityCode", "社区代码"), Map.entry("role", "岗位"), Map.entry("education", "学历"),
            Map.entry("qualification", "职业资格"), Map.entry("partyMember", "是否党员"), Map.entry("status", "状态"),
            Map.entry("communityWorkSince", "开始从事社区工作的日期"), Map.entry("creditedCommunityYears", "认定的社区工作年限"),
            Map.entry("gradeLevel", "岗位等级"), Map.entry("contractEnd", "劳动合同终止日期"),
            Map.entry("probationEnd", "试用期满日期"), Map.entry("underDisciplinaryAction", "是否受处分"),
            Map.entry("disciplinaryActions", "处分记录"), Map.entry("socialInsuranceEnrolled", "是否参加社会保险"),
            Map.entry("housingFundEnrolled", "是否缴存住房公积金"), Map.entry("secretaryTerms", "书记任期"),
            Map.entry("assessmentHistory", "历年考核结果"), Map.entry("lastGradeStepYear", "上次晋升岗位等级的年度"),
            Map.entry("start", "开始日期"), Map.entry("end", "结束日期"), Map.entry("completed", "是否任满"),
            Map.entry("type", "处分种类"), Map.entry("decidedOn", "决定日期"), Map.entry("decidedBy", "决定机关"),
            Map.entry("reason", "事由"), Map.entry("year", "年度"), Map.entry("rating", "考核等次"));

    /** The Chinese name of a field of the record (or of its list entries); the field's own name if it has none. */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /**
     * A field named for a person: its Chinese name, an entry of a list by its number counted from 1, and the field's
     * path in brackets ({@code secretaryTerms[0].end}: 书记任期第 1 项的结束日期(secretaryTerms[0].end)).
     */
    public static String describe(String path) {
        StringBuilder described = new StringBuilder();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (name.startsWith("<")) {
                continue;   // a list's element, as Bean Validation names it: the entry's number says it already
            }
            if (!described.isEmpty()) {
                described.append("的");
            }
            described.append(label(name));
            if (bracket >= 0) {
                described.append("第 ").append(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))) + 1)
                        .append(" 项");
            }
        }
        return described + "(" + path + ")";
    }

    public record Term(@NotNull LocalDate start, LocalDate end,
            @NotNull Boolean completed) {
    }

    /** A disciplinary action on file: type, the day decided, who decided it, why. */
    public record Action(@NotNull DisciplinaryActionType type,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = DisciplinaryActions.MAX_DECIDED_BY, message = "不能超过 {max} 个字")
            String decidedBy,
            @NotBlank @Size(max = DisciplinaryActions.MAX_REASON, message = "不能超过 {max} 个字")
            String reason) {
    }

    public record Assessment(@NotNull @Min(value = 1980, message = "不能早于 {value} 年")
            @Max(value = 2100, message = "不能晚于 {value} 年") Integer year, @NotNull Rating rating) {
    }
}
