-- The digest of the history rows a seal's trail was built from (see cn.communityworkers.audit.HistoryRows), kept in
-- the seal and inside its seal_hash: a verification finds a seal intact with a few queries per chunk where the rows
-- are as they were, and builds the trail again only where they are not. Seals made before it have none and are
-- always checked by their trail. Runs on H2 and PostgreSQL alike.
alter table audit_seal add column rows_hash varchar(64);
