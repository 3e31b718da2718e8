package cn.communityworkers.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface StreetRepository extends ListCrudRepository<Street, String> {
}
