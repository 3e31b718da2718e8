-- What the street committee's table shows of each proposal: the three scores behind the total, and the rule's reason
-- when the proposal is not the plain band of the total (probation, disciplinary action).
alter table assessment add column political_score numeric(5, 2);
alter table assessment add column performance_score numeric(5, 2);
alter table assessment add column satisfaction_score numeric(5, 2);
alter table assessment add column proposal_reason varchar(200);
