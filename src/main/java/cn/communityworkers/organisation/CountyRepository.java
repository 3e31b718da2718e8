package cn.communityworkers.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CountyRepository extends ListCrudRepository<County, String> {

    List<County> findByCityCodeOrderByCode(String cityCode);
}
