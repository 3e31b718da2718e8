/**
 * The workforce: the registry of community workers ({@link WorkerRegistry}: register, import, look up, show, and who
 * may see or change which worker) and the changes to their careers ({@link CareerChanges}: status, grade, pay, role,
 * contract, qualification, disciplinary actions, investigation), with grading, pay runs and labour-contract rules.
 * <p>
 * <b>Persistence.</b> Every table is read and written with Spring's {@code JdbcClient} and SQL in text blocks, one
 * small class per table or group of tables: {@link WorkerRepository} (the {@link Worker} aggregate with its secretary
 * terms and assessment records), {@link ChangeLog}, {@link CareerRecords}, {@link DisciplinaryActions},
 * {@link PayRunService}. No Spring Data repository interfaces, no {@code JdbcTemplate}. Why: most of the package
 * already wrote SQL, the SQL is what runs (on H2 and PostgreSQL alike), and the writes that matter are set-based and
 * guarded (a status move only from the status expected, a pay run's batch only at the version it read), which derived
 * queries do not express. Every write to {@code worker} moves the row's {@code version} on, so a worker saved after
 * someone else changed it is refused.
 * <p>
 * <b>How a change is logged.</b> Every change to a worker is written by {@link ChangeLog}, and nothing else writes
 * {@code worker_change}: in the same transaction as the change itself, with the attribute, the old and new values, the
 * day it takes effect, the ground (the article or rule it follows, in Chinese), the process instance and the decision
 * that caused it where there are any, what the decision was given, and who made it when. A STATUS change that takes the
 * worker out of the headcount also keeps why they left ({@link LeavingCause}), which {@link CareerChanges} requires.
 */
package cn.communityworkers.workforce;
