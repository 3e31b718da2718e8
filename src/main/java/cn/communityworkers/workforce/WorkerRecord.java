package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.List;

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
        @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be 1 to 40 letters, digits, '-' or '_'") String workerId,
        String idCardNumber,
        @NotBlank @Size(max = 50) String name,
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
        @Min(1980) @Max(2100) Integer lastGradeStepYear) {

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

    public record Term(@NotNull LocalDate start, LocalDate end, @NotNull Boolean completed) {
    }

    /** A disciplinary action on file: type, the day decided, who decided it, why. */
    public record Action(@NotNull DisciplinaryActionType type, @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = DisciplinaryActions.MAX_DECIDED_BY) String decidedBy,
            @NotBlank @Size(max = DisciplinaryActions.MAX_REASON) String reason) {
    }

    public record Assessment(@NotNull @Min(1980) @Max(2100) Integer year, @NotNull Rating rating) {
    }
}
