-- A roster's file (names and identity card numbers of a whole county, as uploaded) is kept only until its import has
-- finished: an import runs again from the file only while it has not (cn.communityworkers.workforce.RosterImports),
-- and what it stored is in the registry, what it refused in problems. Those finished before now give theirs up here.
alter table roster_import alter column content drop not null;
update roster_import set content = null where finished_at is not null;
