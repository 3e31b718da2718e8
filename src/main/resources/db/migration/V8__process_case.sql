-- The case of every process instance as recorded when it started (cn.communityworkers.system.Cases): written once, by
-- the process's first step in the transaction of its start, never changed by a task completion. Candidate groups
-- and the steps that write to the registry read it, not process variables. Runs on H2 and PostgreSQL alike.
create table process_case (
    process_instance_id  varchar(64)  primary key,
    process_key          varchar(255) not null,
    business_key         varchar(255),
    -- the units the case belongs to, where it has them (a county's campaign has no street)
    county_code          varchar(20),
    street_code          varchar(20),
    community_code       varchar(20),
    -- the worker the case is about, where it is about one
    worker_id            varchar(40),
    -- the request as submitted and checked, or what the system started the instance with: JSON {variable: value}
    request              text         not null,
    started_by           varchar(64),
    started_at           timestamp    not null,
    -- true for an instance started before cases were recorded: its case was taken later from the engine's history
    from_history         boolean      not null
);

-- The streets a county's case fans out over (a campaign's lanes, a promotion's nominating streets), recorded by the
-- step that determined them: a branch of the case acts for its street only if the street is recorded here.
create table process_case_street (
    process_instance_id  varchar(64) not null references process_case (process_instance_id),
    street_code          varchar(20) not null,
    primary key (process_instance_id, street_code)
);
