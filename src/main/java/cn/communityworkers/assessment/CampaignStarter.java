package cn.communityworkers.assessment;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;

/** The county party social-work department issues the annual assessment (§10). */
@Component
class CampaignStarter implements ProcessStarter {

    @Override
    public String processKey() {
        return AssessmentProcess.CAMPAIGN_KEY;
    }

    @Override
    public Set<UnitRole> startedBy() {
        return Set.of(UnitRole.COUNTY_SOCIAL_WORK);
    }
}
