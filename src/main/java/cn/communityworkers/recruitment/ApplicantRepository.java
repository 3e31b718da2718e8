package cn.communityworkers.recruitment;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ApplicantRepository extends ListCrudRepository<Applicant, String> {

    List<Applicant> findByRecruitmentIdOrderByAppliedAtAsc(String recruitmentId);

    List<Applicant> findByRecruitmentIdAndStatus(String recruitmentId, String status);

    boolean existsByRecruitmentIdAndIdCardNumber(String recruitmentId, String idCardNumber);

    /** Takes an applicant for a seat, if nobody took them first. */
    @Modifying
    @Query("""
            update applicant set status = 'CANDIDATE', seat = :seat
             where applicant_id = :id and status in ('PROVISIONAL', 'RESERVE')""")
    int takeForSeat(@Param("id") String applicantId, @Param("seat") int seat);
}
