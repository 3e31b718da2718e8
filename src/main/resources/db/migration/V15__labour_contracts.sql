-- Labour contracts (《劳动合同法》第十四条, 第二十条). Runs on H2 and PostgreSQL alike.
--
-- The kind of a worker's contract is read from contract_end: none means open-ended (无固定期限), a date fixed-term.
-- fixed_term_contracts counts the consecutive fixed-term contracts concluded with the street, for Art. 14's
-- "连续订立二次固定期限劳动合同". Existing workers are read as they are: 1 for a registered contract end, plus 1 for
-- each renewal the change log holds (a CONTRACT_END change whose ground begins with 续订劳动合同); 0 without a
-- contract end.
alter table worker add column fixed_term_contracts integer default 0 not null;
update worker set fixed_term_contracts =
    (case when contract_end is not null then 1 else 0 end)
    + (select count(*) from worker_change c
       where c.worker_id = worker.worker_id and c.attribute = 'CONTRACT_END' and c.reason like '续订劳动合同%');

-- Probation pay as a percentage of the post's pay (Art. 20), set when a worker is registered in probation. Workers
-- already in probation have none recorded (what was agreed with them is not known here), and show no probation pay.
alter table worker add column probation_pay_percent integer;
