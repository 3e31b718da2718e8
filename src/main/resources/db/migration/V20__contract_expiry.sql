-- One decision per expiring fixed-term labour contract (Labour Contract Law Art. 44(1)): the daily check of the
-- contract expiry opens a contract-expiry instance for a worker's contract end only when no row names that end, so a
-- contract gets exactly one decision, whatever restarts or nodes there are (the primary key refuses a second).
-- When the contract ends without a renewal, the step that fixes the day records it with the severance it carries
-- (Art. 46(5), 47); the status change itself is in worker_change.
create table contract_expiry (
    worker_id            varchar(40)   not null references worker (worker_id),
    contract_end         date          not null,
    process_instance_id  varchar(64)   not null unique,
    opened_at            timestamp     not null,
    ends_on              date,
    renewal_refused      boolean,
    notice_served_on     date,
    severance_months     numeric(5, 1),
    severance_wage_base  numeric(12, 2),
    severance_amount     numeric(14, 2),
    end_ground           varchar(1000),
    primary key (worker_id, contract_end)
);
