-- Ended process instances whose trail could not be built for their seal (see cn.communityworkers.audit.Seals):
-- the reason of the last attempt, when the attempts were made and how many. The sweep skips such an instance until
-- audit.seal-retry-interval after its last attempt; verify names it (UNSEALABLE) until it is sealed, when its row
-- is deleted. Runs on H2 and PostgreSQL alike.
create table audit_seal_failure (
    process_instance_id varchar(64)   primary key,
    first_failed_at     timestamp     not null,
    last_failed_at      timestamp     not null,
    attempts            int           not null,
    reason              varchar(4000) not null
);
