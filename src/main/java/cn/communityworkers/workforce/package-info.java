/**
 * The workforce: the registry of community workers ({@link cn.communityworkers.workforce.WorkerRegistry}: register,
 * import, look up, show, and who may see or change which worker) and the changes to their careers
 * ({@link cn.communityworkers.workforce.CareerChanges}: status, grade, pay, role, contract, qualification, disciplinary
 * actions, investigation), with grading, pay runs and labour-contract rules.
 * <p>
 * <b>Persistence.</b> Tables are read and written with Spring's {@code JdbcClient} and SQL in text blocks, one small
 * class per table or group of tables ({@link cn.communityworkers.workforce.ChangeLog},
 * {@link cn.communityworkers.workforce.CareerRecords}, {@link cn.communityworkers.workforce.DisciplinaryActions},
 * {@link cn.communityworkers.workforce.PayRunService}): the SQL is what runs, on H2 and PostgreSQL alike, and
 * set-based updates (a pay run's batch, a status move guarded by the old status) need no entity loaded. The one
 * exception is the {@link cn.communityworkers.workforce.Worker} aggregate itself, loaded and saved whole through
 * {@code WorkerRepository} (Spring Data JDBC) with its secretary terms, its assessment records and its optimistic
 * {@code version}; a set-based write to the {@code worker} table bumps that version itself.
 * <p>
 * <b>How a change is logged.</b> Every change to a worker is written by {@link cn.communityworkers.workforce.ChangeLog}
 * and nothing else writes {@code worker_change}: in the same transaction as the change itself, with the attribute, the
 * old and new values, the day it takes effect, the ground (the article or rule it follows, in Chinese), the process
 * instance and decision that caused it where there are any, what the decision was given, and who made it when.
 */
package cn.communityworkers.workforce;
