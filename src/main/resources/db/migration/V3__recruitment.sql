-- Open recruitment of community full-time staff (公开招聘): the recruitment, its seats and applicants.
create table recruitment (
    process_instance_id     varchar(64)  primary key,
    county_code             varchar(20)  not null references county (code),
    street_code             varchar(20)  not null references street (code),
    community_code          varchar(20)  not null references community (code),
    positions               integer      not null,
    contract_years          integer      not null,
    written_weight          numeric(4, 3) not null,
    -- OPEN while the seats count against the county's standard headcount; CLOSED afterwards
    status                  varchar(20)  not null,
    applications_close_at   timestamp,
    created_at              timestamp    not null
);
create index recruitment_county_status on recruitment (county_code, status);

create table applicant (
    applicant_id            varchar(40)  primary key,
    recruitment_id          varchar(64)  not null references recruitment (process_instance_id),
    name                    varchar(50)  not null,
    birth_date              date         not null,
    education               varchar(20)  not null,
    qualification           varchar(30)  not null,
    party_member            boolean      not null,
    veteran                 boolean      not null,
    social_work_major       boolean      not null,
    criminal_record         boolean      not null,
    applied_at              timestamp    not null,
    proposed_eligible       boolean      not null,
    proposal_reasons        varchar(500),
    eligible                boolean,
    ineligible_reason       varchar(500),
    written_score           numeric(5, 2),
    interview_score         numeric(5, 2),
    total_score             numeric(7, 3),
    rank_no                 integer,
    status                  varchar(30)  not null,
    seat                    integer,
    vetting_note            varchar(1000),
    worker_id               varchar(40)
);
create index applicant_recruitment_status on applicant (recruitment_id, status);

-- The street signs the labour contract and enrols the worker in social insurance and the housing fund.
alter table worker add column social_insurance_enrolled boolean default false not null;
alter table worker add column housing_fund_enrolled boolean default false not null;
