package cn.communityworkers.assessment;

import org.springframework.stereotype.Component;

import cn.communityworkers.system.StartDefault;

/** The campaign's start form proposes the configured share of EXCELLENT ratings ({@code assessment.excellent-quota-percent}). */
@Component
class ExcellentQuotaDefault implements StartDefault {

    private final AssessmentProperties properties;

    ExcellentQuotaDefault(AssessmentProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return AssessmentCampaignProcess.EXCELLENT_QUOTA_PERCENT.name();
    }

    @Override
    public Object value() {
        return properties.excellentQuotaPercent();
    }
}
