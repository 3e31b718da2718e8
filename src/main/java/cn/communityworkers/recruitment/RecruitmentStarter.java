package cn.communityworkers.recruitment;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;

/** A street's personnel office starts the recruitment of its full-time staff. */
@Component
class RecruitmentStarter implements ProcessStarter {

    @Override
    public String processKey() {
        return RecruitmentProcess.KEY;
    }

    @Override
    public Set<UnitRole> startedBy() {
        return Set.of(UnitRole.STREET_HR);
    }
}
