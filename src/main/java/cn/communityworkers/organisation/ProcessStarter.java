package cn.communityworkers.organisation;

import java.util.Set;

/**
 * A process that the groups of some unit roles may start (e.g. a street's personnel office starts a
 * secondment). Each process feature declares one; the groups get the engine's permission to start it.
 */
public interface ProcessStarter {

    String processKey();

    Set<UnitRole> startedBy();
}
