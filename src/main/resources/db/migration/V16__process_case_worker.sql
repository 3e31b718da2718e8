-- The workers a process instance touched besides the worker its case is about (process_case.worker_id): those a
-- recruitment hired, the secretaries a promotion reviewed. Each process tells it through
-- cn.communityworkers.system.Cases#touch; the audit finds a worker's instances here, in the cases and in the change
-- log, and knows no process by name.
create table process_case_worker (
    process_instance_id  varchar(64) not null references process_case (process_instance_id),
    worker_id            varchar(40) not null,
    primary key (process_instance_id, worker_id)
);
create index process_case_worker_by_worker on process_case_worker (worker_id);
create index process_case_by_worker on process_case (worker_id);
