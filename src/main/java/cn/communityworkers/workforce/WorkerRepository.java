package cn.communityworkers.workforce;

import java.util.Collection;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface WorkerRepository extends ListCrudRepository<Worker, String> {

    @Query("""
            select count(*) from worker w
              join community c on c.code = w.community_code
              join street s on s.code = c.street_code
             where s.county_code = :countyCode and w.status in (:statuses)""")
    long countInCounty(@Param("countyCode") String countyCode, @Param("statuses") Collection<String> statuses);
}
