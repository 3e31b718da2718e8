-- Seals of finished process instances (tamper evidence, see cn.communityworkers.audit). Append-only: the
-- application only inserts into audit_seal. Each seal keeps the canonical trail it hashed, so the trail
-- outlives the engine's history cleanup. audit_chain_head is the single row every sealer locks, so that
-- seals of two nodes form one chain. Runs on H2 and PostgreSQL alike.
create table audit_chain_head (
    id        int         primary key,
    seq       bigint      not null,
    seal_hash varchar(64) not null
);
insert into audit_chain_head (id, seq, seal_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_seal (
    seq                    bigint       primary key,
    process_instance_id    varchar(64)  not null unique,
    process_definition_key varchar(255) not null,
    business_key           varchar(255),
    ended_at               timestamp,
    removal_time           timestamp,
    sealed_at              timestamp    not null,
    trail                  text         not null,
    trail_hash             varchar(64)  not null,
    prev_hash              varchar(64)  not null,
    seal_hash              varchar(64)  not null
);
