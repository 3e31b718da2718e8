package cn.communityworkers.secondment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SecondmentRepository extends ListCrudRepository<Secondment, Long> {

    Optional<Secondment> findByProcessInstanceId(String processInstanceId);

    Optional<Secondment> findFirstByWorkerIdAndStatus(String workerId, String status);

    List<Secondment> findByWorkerIdOrderByStartDateAsc(String workerId);
}
