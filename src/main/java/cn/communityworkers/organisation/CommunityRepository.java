package cn.communityworkers.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommunityRepository extends ListCrudRepository<Community, String> {

    List<Community> findByStreetCodeOrderByCode(String streetCode);
}
