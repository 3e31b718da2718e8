-- Grade steps by post category (三岗十八级, issue #19): the assessment year of a worker's last grade step, from which
-- the years rated QUALIFIED or better are counted (decision gradeStep), and the early steps taken after EXCELLENT
-- years, limited per career. Runs on H2 and PostgreSQL alike.
alter table worker add column last_grade_step_year integer;
alter table worker add column early_grade_steps integer default 0 not null;

-- Existing workers, read as their history stands. Until now every year rated QUALIFIED or better raised the grade:
-- the last step is the latest assessment year whose application raised the grade (a GRADE change by a process,
-- effective 1 January of the year after the assessment year; the old rule only ever raised it).
update worker set last_grade_step_year = (
    select max(extract(year from c.effective_date)) - 1
    from worker_change c
    where c.worker_id = worker.worker_id and c.attribute = 'GRADE' and c.old_value is not null
      and c.process_instance_id is not null
      and extract(month from c.effective_date) = 1 and extract(day from c.effective_date) = 1);

-- A worker no assessment has raised yet keeps the grade registered, which counted the years rated before it: the
-- count starts after the latest year of the assessment history (none: every year rated from now on counts).
update worker set last_grade_step_year = (
    select max(a.assessment_year) from assessment_record a where a.worker_id = worker.worker_id)
where last_grade_step_year is null;

-- The old rule knew no early step (its two levels after three EXCELLENT years were a bigger yearly rise), so no
-- worker has taken one: early_grade_steps stays 0.
