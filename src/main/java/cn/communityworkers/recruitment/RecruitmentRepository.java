package cn.communityworkers.recruitment;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface RecruitmentRepository extends ListCrudRepository<Recruitment, String> {

    /** Seats held by the county's other open recruitments. */
    @Query("select coalesce(sum(positions), 0) from recruitment where county_code = :county and status = 'OPEN'")
    int reservedSeats(@Param("county") String countyCode);
}
