package cn.communityworkers.workforce;

import java.util.Collection;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface WorkerRepository extends ListCrudRepository<Worker, String> {

    /**
     * Moves a worker from one status to another in one statement: of two concurrent moves from the same
     * status, only the first finds the row still in that status.
     */
    @Modifying
    @Query("update worker set status = :to, version = version + 1 where worker_id = :workerId and status = :from")
    int changeStatus(@Param("workerId") String workerId, @Param("from") String from, @Param("to") String to);

    @Query("""
            select count(*) from worker w
              join community c on c.code = w.community_code
              join street s on s.code = c.street_code
             where s.county_code = :countyCode and w.status in (:statuses)""")
    long countInCounty(@Param("countyCode") String countyCode, @Param("statuses") Collection<String> statuses);
}
