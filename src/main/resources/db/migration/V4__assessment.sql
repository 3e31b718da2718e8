-- Annual assessment (年度考核): one campaign per county and year, one assessment per worker in it.
create table assessment_campaign (
    process_instance_id      varchar(64) primary key,
    county_code              varchar(20) not null references county (code),
    assessment_year          integer     not null,
    excellent_quota_percent  integer     not null,
    created_at               timestamp   not null,
    constraint assessment_campaign_once unique (county_code, assessment_year)
);

create table assessment (
    business_key             varchar(80)  primary key,
    campaign_id              varchar(64)  not null references assessment_campaign (process_instance_id),
    worker_id                varchar(40)  not null references worker (worker_id),
    street_code              varchar(20)  not null,
    stage                    varchar(20)  not null,
    total_score              numeric(7, 3),
    proposed_rating          varchar(30),
    confirmed_rating         varchar(30),
    override_reason          varchar(500),
    constraint assessment_once_per_worker unique (campaign_id, worker_id)
);
create index assessment_campaign_street on assessment (campaign_id, street_code, stage);
