package cn.communityworkers.workforce;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface WorkerChangeRepository extends ListCrudRepository<WorkerChange, Long> {

    List<WorkerChange> findByWorkerIdOrderByIdAsc(String workerId);
}
