package cn.communityworkers.secondment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.communityworkers.organisation.UnitRole;

/**
 * @param approvingBody which county party department approves a secondment: the social-work department
 *                      (default, §17) or the organisation department (as one transcription of §17 reads)
 */
@ConfigurationProperties("secondment")
public record SecondmentProperties(@DefaultValue("SOCIAL_WORK") ApprovingBody approvingBody) {

    public enum ApprovingBody {
        SOCIAL_WORK(UnitRole.COUNTY_SOCIAL_WORK), ORGANIZATION(UnitRole.COUNTY_ORGANIZATION);

        private final UnitRole role;

        ApprovingBody(UnitRole role) {
            this.role = role;
        }

        /** The county role whose group approves. */
        public UnitRole role() {
            return role;
        }
    }
}
