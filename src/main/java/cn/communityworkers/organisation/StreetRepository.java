package cn.communityworkers.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface StreetRepository extends ListCrudRepository<Street, String> {

    List<Street> findByCountyCodeOrderByCode(String countyCode);
}
