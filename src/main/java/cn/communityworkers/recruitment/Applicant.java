package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant of a recruitment and where they stand in it; {@code idCardNumber} whole (for registering them when
 * hired), never put into a process variable.
 */
@Table("applicant")
record Applicant(@Id String applicantId, String recruitmentId, String idCardNumber, String name, LocalDate birthDate, String education,
        String qualification, boolean partyMember, boolean veteran, boolean socialWorkMajor, boolean criminalRecord,
        Instant appliedAt, boolean proposedEligible, String proposalReasons, Boolean eligible, String ineligibleReason,
        BigDecimal writtenScore, BigDecimal interviewScore, BigDecimal totalScore, Integer rankNo, String status,
        Integer seat, String vettingNote, String workerId) {
}
