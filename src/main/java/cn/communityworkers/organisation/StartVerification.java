package cn.communityworkers.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/**
 * The first step of a process that people start, and the declaration of who may start it (a {@link ProcessStarter}:
 * the engine grants the groups of these roles the start; this step checks it again for the very unit of the request).
 * In one transaction with the start:
 * <ol>
 * <li>the subclass reads and checks the request ({@link #verify}), refusing bad input with a
 * {@link cn.communityworkers.system.Refusal} that names the field;</li>
 * <li>the current user must hold one of the starting roles in the request's unit (or be an administrator), else
 * {@link AuthorizationException} (403): another street's personnel office cannot start a case of this street;</li>
 * <li>the business key is set and the case is recorded ({@link Cases#record}): routing and registry writes go by it,
 * never by variables;</li>
 * <li>the subclass registers what the start creates and writes the variables its model and forms read
 * ({@link #started}, given what {@link #verify} found, so that nothing is looked up twice); it may still refuse (a
 * second campaign for the year), which rolls all of it back.</li>
 * </ol>
 * A refused start starts nothing and leaves nothing.
 *
 * @param <F> what checking the request found (the county, the worker and units) that the start goes on with
 */
public abstract class StartVerification<F> implements JavaDelegate, ProcessStarter {

    /**
     * What a checked request starts.
     *
     * @param units       the units the case belongs to (the starting roles are checked in the unit of their level)
     * @param unitName    the name of the unit whose departments may start it, for the refusal (东城街道, 示范县)
     * @param workerId    the worker the case is about, or null
     * @param businessKey the instance's business key, built by the process class
     * @param request     the request's fields as checked, by variable name (texts, numbers, booleans): the case
     * @param found       what checking found, handed to {@link #started}
     */
    public record Start<F>(Case.Units units, String unitName, String workerId, String businessKey,
            Map<String, Object> request, F found) {
    }

    private final String processKey;
    private final Set<UnitRole> startedBy;
    private final String action;
    private final Cases cases;
    private final CurrentUser currentUser;

    /**
     * @param action what starting it does, after "只有…可以": {@code 发起本街道的招聘}
     */
    protected StartVerification(String processKey, Set<UnitRole> startedBy, String action, Cases cases,
            CurrentUser currentUser) {
        this.processKey = processKey;
        this.startedBy = Set.copyOf(startedBy);
        this.action = action;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    public final String processKey() {
        return processKey;
    }

    @Override
    public final Set<UnitRole> startedBy() {
        return startedBy;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        Start<F> start = verify(execution);
        requireStarter(start);
        execution.setProcessBusinessKey(start.businessKey());
        Case recorded = cases.record(execution, processKey, start.units(), start.workerId(), start.request());
        started(execution, recorded, start.found());
    }

    /** Reads and checks the request in the start's variables; refuses what is missing or wrong. */
    protected abstract Start<F> verify(DelegateExecution execution);

    /**
     * After the case is recorded: registers what the start creates and sets the variables the model, its forms and
     * Tasklist read, from the recorded case and what {@link #verify} found. May refuse; the whole start rolls back.
     */
    protected abstract void started(DelegateExecution execution, Case recorded, F found);

    private void requireStarter(Start<?> start) {
        if (currentUser.isAdmin()) {
            return;
        }
        boolean starter = currentUser.inAnyGroup(startedBy.stream().map(role -> role.group(start.units()))
                .flatMap(Optional::stream).toList());
        if (!starter) {
            throw new AuthorizationException("只有" + startedBy.stream().sorted()
                    .map(role -> role.title(start.unitName())).collect(Collectors.joining("或")) + "可以" + action);
        }
    }
}
