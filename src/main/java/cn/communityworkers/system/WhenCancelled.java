package cn.communityworkers.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * What a process undoes when an instance is cancelled (an administrator deletes it in Cockpit, or its deployment is
 * deleted): an {@code end} execution listener of the process that acts only on cancellation, so that the registry does
 * not keep what only a finished case may keep (a reserved seat, an assessment counted in its campaign). Subclasses are
 * named after what they undo, ending in {@code WhenCancelled}.
 */
public abstract class WhenCancelled implements ExecutionListener {

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            cancelled(execution);
        }
    }

    /** Undoes what the cancelled instance held in the registry. */
    protected abstract void cancelled(DelegateExecution execution);
}
