package cn.communityworkers.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An approver's answer to a user task, checked and recorded when the task ends: the {@code end} execution listener of
 * the task. A missing or wrong answer is refused with a {@link Refusal} (the completion rolls back, the task stays
 * open, Tasklist shows the message; {@code /engine-rest} answers 400 naming the field). An execution listener rather
 * than a task listener because the engine passes its exception to the caller as it is.
 * <p>
 * A task that ends because its instance is cancelled (in Cockpit, with its deployment, by a message that ends the
 * case) carries no answer and is not checked: this class holds that guard, so no subclass repeats it. Subclasses are
 * named after what they check, ending in {@code Answer}.
 */
public abstract class TaskAnswer implements ExecutionListener {

    @Override
    public final void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            check(execution);
        }
    }

    /** Reads the answer through the process class's variables, refuses what is wrong and records what it decides. */
    protected abstract void check(DelegateExecution execution);
}
