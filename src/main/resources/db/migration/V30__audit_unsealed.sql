-- Ended process instances not sealed yet (see cn.communityworkers.audit.Seals): a row is written in the transaction
-- that ends the instance (audit.SealOnEnd) and deleted in the one that seals it, or when its history is gone before.
-- The sweeps after each end and every audit.seal-interval read this table instead of every ended instance of the
-- history, which they had read through its end time at each sweep (about 3 s at a million sealed instances, the
-- benchmark's record). An instance that ended before this table existed is found by the first sweep of each start of
-- the application, which still reads the whole history once. Runs on H2 and PostgreSQL alike.
create table audit_unsealed (
    process_instance_id varchar(64) primary key,
    ended_at            timestamp   not null
);
create index audit_unsealed_ended on audit_unsealed (ended_at, process_instance_id);
