-- The workers a campaign assesses and has not started yet (cn.communityworkers.assessment.CampaignService): the
-- county's headcount when the campaign started, each in the street and community it was in then, written in one
-- statement by the campaign's step that determines its streets. A street's batch takes its next workers from here in
-- id order and removes them in the transaction that starts their assessments. Every batch reads within its own
-- street (the primary key), however many assessments the county already has: the batch's former query, the street's
-- workers without an assessment in the campaign, let PostgreSQL read all of the campaign's assessments in every batch
-- when its estimates were older than the campaign (160 ms a batch at 100,000 workers, benchmark run 66).
create table assessment_pending (
    campaign_id     varchar(64) not null references assessment_campaign (process_instance_id),
    street_code     varchar(20) not null,
    community_code  varchar(20) not null,
    worker_id       varchar(40) not null,
    primary key (campaign_id, street_code, worker_id)
);

-- Campaigns registered before: their workers without an assessment, as their batches found them until now. Only a
-- campaign whose streets are still starting reads them; for the others they are what their progress shows as not yet
-- started, as it did before.
insert into assessment_pending (campaign_id, street_code, community_code, worker_id)
select a.process_instance_id, c.street_code, c.code, w.worker_id
  from assessment_campaign a
  join street s on s.county_code = a.county_code
  join community c on c.street_code = s.code
  join worker w on w.community_code = c.code
 where w.status in ('ACTIVE', 'SECONDED', 'PROBATION')
   and not exists (select 1 from assessment x where x.campaign_id = a.process_instance_id and x.worker_id = w.worker_id);
