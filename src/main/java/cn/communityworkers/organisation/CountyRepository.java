package cn.communityworkers.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface CountyRepository extends ListCrudRepository<County, String> {
}
