package cn.communityworkers.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The proposal a street committee confirms: each worker's rating as the rules proposed it
 * ({@code assessment-rating.dmn}), with EXCELLENT only within the street's quota, by rank of total score among the
 * workers the rules found excellent. A worker ranked beyond the quota is proposed QUALIFIED, the band below; workers
 * tied at the quota's boundary (the places left are fewer than they are) are all proposed QUALIFIED, so that the
 * committee chooses among them (a departure, with its written reason). Every proposal that is not the plain band of
 * the total says why.
 */
final class StreetProposal {

    static final String EXCELLENT = "EXCELLENT";
    static final String BELOW_EXCELLENT = "QUALIFIED";

    /** How an approver reads each rating. */
    static final Map<String, String> LABELS = Map.of(EXCELLENT, "优秀", "QUALIFIED", "合格",
            "BASICALLY_QUALIFIED", "基本合格", "UNQUALIFIED", "不合格", StreetRatingsAnswer.NOT_RATED, "不定等次(试用期)");

    private StreetProposal() {
    }

    static String label(String rating) {
        return rating == null ? "未定" : LABELS.getOrDefault(rating, rating);
    }

    /** The street's lines (ranked by total score, as the campaign lists them) with the street's proposal. */
    static List<CampaignService.StreetRating> of(List<CampaignService.StreetRating> ranked, int quota) {
        List<BigDecimal> excellentTotals = ranked.stream().filter(r -> EXCELLENT.equals(r.proposedRating()))
                .map(CampaignService.StreetRating::totalScore).toList();
        List<CampaignService.StreetRating> proposed = new ArrayList<>();
        for (CampaignService.StreetRating line : ranked) {
            if (!EXCELLENT.equals(line.proposedRating())) {
                proposed.add(line);
                continue;
            }
            BigDecimal total = line.totalScore();
            int rank = 1 + (int) excellentTotals.stream().filter(t -> t.compareTo(total) > 0).count();
            int tied = (int) excellentTotals.stream().filter(t -> t.compareTo(total) == 0).count();
            if (rank + tied - 1 <= quota) {
                proposed.add(line);
            } else if (rank <= quota) {
                int left = quota - rank + 1;
                proposed.add(line.proposing(BELOW_EXCELLENT, "总分 " + total.stripTrailingZeros().toPlainString()
                        + " 与另 " + (tied - 1) + " 人并列优秀第 " + rank + " 名,优秀名额只余 " + left + " 个(共 " + quota
                        + " 个):由考核委员会在并列人员中确定,改为优秀须写明理由"));
            } else {
                proposed.add(line.proposing(BELOW_EXCELLENT, "总分 " + total.stripTrailingZeros().toPlainString()
                        + " 达到优秀分数线,排第 " + rank + " 名,超出本街道优秀名额 " + quota + " 个"));
            }
        }
        return proposed;
    }
}
