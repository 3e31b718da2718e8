-- The citizen identity number (公民身份号码, GB 11643-1999) of every worker and applicant, and the sex it gives.
-- Unique in the registry; a worker registered before it was required keeps null (no number on file)
-- (several nulls are allowed by a unique index on H2 and PostgreSQL alike).
alter table worker add column id_card_number varchar(18);
alter table worker add column sex varchar(10);
create unique index worker_id_card_number on worker (id_card_number);
alter table applicant add column id_card_number varchar(18);
