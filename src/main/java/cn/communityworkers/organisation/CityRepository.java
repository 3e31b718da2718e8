package cn.communityworkers.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface CityRepository extends ListCrudRepository<City, String> {
}
