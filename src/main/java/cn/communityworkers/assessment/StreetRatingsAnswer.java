package cn.communityworkers.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.TaskAnswer;

/**
 * When the street committee confirms: every worker of the lane's street (one recorded with the campaign) once, a
 * valid rating each, a written reason for every change of the street's proposal ({@link StreetProposal}: the rules'
 * proposal within the quota; 容错纠错, kept for audit), and EXCELLENT within the quota. Refused with a
 * readable message otherwise; the task stays open.
 */
@Component("streetRatingsAnswer")
class StreetRatingsAnswer extends TaskAnswer {

    static final Set<String> RATINGS = Set.of("EXCELLENT", "QUALIFIED", "BASICALLY_QUALIFIED", "UNQUALIFIED");
    static final String NOT_RATED = "NOT_RATED";

    private final CampaignService campaigns;
    private final Cases cases;

    StreetRatingsAnswer(CampaignService campaigns, Cases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    protected void check(DelegateExecution execution) {
        String campaignId = execution.getProcessInstanceId();
        String streetCode = cases.street(execution);
        List<CampaignService.StreetRating> ranked = campaigns.streetRatings(campaignId, streetCode);
        int rated = (int) ranked.stream().filter(r -> !NOT_RATED.equals(r.proposedRating())).count();
        int quota = campaigns.excellentQuota(campaignId, rated);
        Map<String, CampaignService.StreetRating> street = new HashMap<>();
        StreetProposal.of(ranked, quota).forEach(r -> street.put(r.workerId(), r));
        List<String> withdrawn = campaigns.withdrawnWorkers(campaignId, streetCode);
        List<StreetRatingsForm.Line> lines = StreetRatingsForm.read(
                AssessmentCampaignProcess.RATINGS.readIfGiven(execution).orElse(null));
        List<CampaignService.StreetRating> confirmed = new ArrayList<>();
        int excellent = 0;
        for (StreetRatingsForm.Line line : lines) {
            if (withdrawn.contains(line.workerId())) {
                continue;    // deleted after the form was opened: the form cannot drop its line
            }
            CampaignService.StreetRating proposal = street.remove(line.workerId());
            if (proposal == null) {
                throw refuse("编号 " + line.workerId() + " 的人员不在本街道本次考核中,或重复出现");
            }
            boolean probationer = NOT_RATED.equals(proposal.proposedRating());
            if (probationer ? !NOT_RATED.equals(line.rating()) : !RATINGS.contains(line.rating())) {
                throw refuse(proposal.workerName() + "的确定等次不正确:" + (probationer
                        ? "试用期人员不定等次" : "须为优秀、合格、基本合格或不合格"));
            }
            boolean changed = !line.rating().equals(proposal.proposedRating());
            if (changed && line.overrideReason() == null) {
                throw refuse("调整" + proposal.workerName() + "的建议等次(" + StreetProposal.label(proposal.proposedRating())
                        + " → " + StreetProposal.label(line.rating()) + ")必须写明调整理由");
            }
            excellent += "EXCELLENT".equals(line.rating()) ? 1 : 0;
            confirmed.add(proposal.confirming(line.rating(), changed ? line.overrideReason() : null));
        }
        if (!street.isEmpty()) {
            throw refuse("还有 " + street.size() + " 人没有确定等次,例如 " + street.values().iterator().next().workerName());
        }
        if (excellent > quota) {
            throw refuse("优秀等次 " + excellent + " 人,超过本街道名额 " + quota + " 人(参加定等次 " + rated + " 人的"
                    + campaigns.excellentQuotaPercent(campaignId) + "%)");
        }
        campaigns.confirm(confirmed);
    }

    private static Refusal refuse(String message) {
        return Refusal.of(AssessmentCampaignProcess.RATINGS.name(), message);
    }
}
