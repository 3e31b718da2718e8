-- A city above the counties (《意见》第16条: statistics at every level), the cause of a worker's leaving, and the
-- indexes the statistics read by. Runs on H2 and PostgreSQL alike.

-- A city (市, 地级): its organisation and social-work departments see the figures of its counties.
create table city (
    code     varchar(20)  primary key,
    name     varchar(100) not null,
    version  bigint       not null
);

-- The city a county belongs to; a county of no city is seen by its own departments and above them only by auditors
-- and administrators.
alter table county add column city_code varchar(20) references city (code);
create index county_city on county (city_code);

-- Why a worker left the headcount (a STATUS change from the headcount to TERMINATED or PUBLIC_INSTITUTION_STAFF):
-- a cn.communityworkers.workforce.LeavingCause name; null for every other change.
alter table worker_change add column cause varchar(30);

-- The changes logged before causes were kept: by the article their ground cites (the grounds of the resignation,
-- probation, dismissal, assessment and contract-expiry processes), a hire into a public institution by its status.
-- A worker registered as having left (old_value null) left before the registry: no cause, as at registration now.
update worker_change set cause = case
        when new_value = 'PUBLIC_INSTITUTION_STAFF' then 'PUBLIC_INSTITUTION'
        when reason like '%第三十七条%' then 'RESIGNATION'
        when reason like '%第三十九条第(一)项%' then 'PROBATION_NOT_CONFIRMED'
        when reason like '%第三十九条%' then 'DISMISSAL'
        when reason like '%第四十条%' then 'INCOMPETENCE'
        when reason like '%第四十四条%' then 'CONTRACT_EXPIRY'
        else 'OTHER' end
 where attribute = 'STATUS' and new_value in ('TERMINATED', 'PUBLIC_INSTITUTION_STAFF') and old_value is not null;

-- The statistics as of a date undo the changes that took effect (or were recorded) after it, and count a period's
-- movements: both read the log by date.
create index worker_change_effective on worker_change (effective_date);
create index worker_change_attribute_effective on worker_change (attribute, effective_date);
create index assessment_record_year on assessment_record (assessment_year);
