package cn.communityworkers.workforce;

import java.util.Optional;

/** Tells the registry about a worker's current secondment; the secondment feature provides it. */
public interface SecondmentLookup {

    Optional<WorkerView.CurrentSecondment> currentSecondment(String workerId);
}
