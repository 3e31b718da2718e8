package cn.communityworkers.organisation;

/**
 * Which county department approves a process's cases, where configuration chooses it rather than the model (the
 * secondment's {@code secondment.approving-body}). A process feature declares one; {@link Route#countyApprover}
 * uses it.
 */
public interface CountyApprover {

    /** The process whose county approval this is. */
    String processKey();

    /** The role of the case's county whose group approves. */
    UnitRole approver();
}
