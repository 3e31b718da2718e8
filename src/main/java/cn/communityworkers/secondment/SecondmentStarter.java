package cn.communityworkers.secondment;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;

/** A street (its party working committee or personnel office) requests a secondment of one of its workers. */
@Component
class SecondmentStarter implements ProcessStarter {

    @Override
    public String processKey() {
        return SecondmentProcess.KEY;
    }

    @Override
    public Set<UnitRole> startedBy() {
        return Set.of(UnitRole.STREET_PARTY, UnitRole.STREET_HR);
    }
}
