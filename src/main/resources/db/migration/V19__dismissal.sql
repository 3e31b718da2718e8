-- A proposed dismissal for cause (Labour Contract Law Art. 39), one row per process instance of `dismissal`: the
-- ground as proposed, the worker's statement (陈述、申辩) as the street's personnel office recorded it, the street
-- trade union's opinion (Art. 43) and the street party working committee's decision with its written reply to the
-- union. The steps read what they need from here, never from process variables.
create table dismissal (
    process_instance_id  varchar(64) primary key,
    worker_id            varchar(40) not null,
    ground               varchar(40) not null,
    proposed_on          date not null,
    statement_kind       varchar(20),
    statement_on         date,
    statement            varchar(2000),
    union_agrees         boolean,
    union_opinion        varchar(2000),
    union_answered_on    date,
    dismissed            boolean,
    decision_opinion     varchar(1000),
    reply_to_union       varchar(2000),
    decided_on           date,
    contract_ended_on    date
);
create index dismissal_by_worker on dismissal (worker_id);
