package cn.communityworkers.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface CommunityRepository extends ListCrudRepository<Community, String> {
}
