package cn.communityworkers.promotion;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;

/** The county party organisation department runs the secretaries' promotion (§13). */
@Component
class PromotionStarter implements ProcessStarter {

    @Override
    public String processKey() {
        return PromotionProcess.KEY;
    }

    @Override
    public Set<UnitRole> startedBy() {
        return Set.of(UnitRole.COUNTY_ORGANIZATION);
    }
}
