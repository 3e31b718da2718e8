-- Grading after the annual assessment: the qualification a worker had when last graded (each step of
-- social-work qualification gained since then raises the grade by one level), and the decision inputs
-- kept with a change. Runs on H2 and PostgreSQL alike.
alter table worker add column qualification_at_last_grading varchar(30);
update worker set qualification_at_last_grading = qualification;
alter table worker alter column qualification_at_last_grading set not null;

alter table worker_change add column details varchar(2000);
