package cn.communityworkers.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The street's proposal keeps EXCELLENT within the quota by rank, and says why wherever it departs from the rules'. */
class StreetProposalTest {

    private static CampaignService.StreetRating line(String id, String total, String rating, String reason) {
        return new CampaignService.StreetRating("A-" + id, id, "人员" + id, "春晖社区", null, null, null,
                total == null ? null : new BigDecimal(total), rating, reason, null, null);
    }

    @Test
    void excellentBeyondTheQuotaIsProposedQualifiedWithItsRank() {
        List<CampaignService.StreetRating> proposed = StreetProposal.of(List.of(
                line("W1", "95", "EXCELLENT", null), line("W2", "93", "EXCELLENT", null),
                line("W3", "91", "EXCELLENT", null), line("W4", "80", "QUALIFIED", null)), 2);
        assertThat(proposed).extracting(CampaignService.StreetRating::proposedRating)
                .containsExactly("EXCELLENT", "EXCELLENT", "QUALIFIED", "QUALIFIED");
        assertThat(proposed.get(0).proposalReason()).isNull();
        assertThat(proposed.get(2).proposalReason()).isEqualTo("总分 91 达到优秀分数线,排第 3 名,超出本街道优秀名额 2 个");
        assertThat(proposed.get(3).proposalReason()).isNull();
    }

    @Test
    void aTieAtTheBoundaryIsLeftToTheCommitteeWithTheReason() {
        // Quota 3: 95 takes the first place; 92, 92 and 92 tie for the second with two places left.
        List<CampaignService.StreetRating> proposed = StreetProposal.of(List.of(
                line("W1", "95", "EXCELLENT", null), line("W2", "92", "EXCELLENT", null),
                line("W3", "92.00", "EXCELLENT", null), line("W4", "92", "EXCELLENT", null),
                line("W5", "90.5", "EXCELLENT", null)), 3);
        assertThat(proposed).extracting(CampaignService.StreetRating::proposedRating)
                .containsExactly("EXCELLENT", "QUALIFIED", "QUALIFIED", "QUALIFIED", "QUALIFIED");
        assertThat(proposed.subList(1, 4)).extracting(CampaignService.StreetRating::proposalReason).containsOnly(
                "总分 92 与另 2 人并列优秀第 2 名,优秀名额只余 2 个(共 3 个):由考核委员会在并列人员中确定,改为优秀须写明理由");
        assertThat(proposed.get(4).proposalReason()).isEqualTo("总分 90.5 达到优秀分数线,排第 5 名,超出本街道优秀名额 3 个");
    }

    @Test
    void aTieThatFitsTheQuotaIsExcellentAndOtherRatingsKeepTheirReasons() {
        List<CampaignService.StreetRating> proposed = StreetProposal.of(List.of(
                line("W1", "92", "EXCELLENT", null), line("W2", "92", "EXCELLENT", null),
                line("W3", "85.6", "UNQUALIFIED", "受处分期间,不论得分定为不合格"),
                line("W4", null, "NOT_RATED", "试用期内,不定等次")), 2);
        assertThat(proposed).extracting(CampaignService.StreetRating::proposedRating)
                .containsExactly("EXCELLENT", "EXCELLENT", "UNQUALIFIED", "NOT_RATED");
        assertThat(proposed).extracting(CampaignService.StreetRating::proposalReason)
                .containsExactly(null, null, "受处分期间,不论得分定为不合格", "试用期内,不定等次");
    }

    @Test
    void neverMoreExcellentThanTheQuota() {
        for (int quota = 0; quota <= 6; quota++) {
            List<CampaignService.StreetRating> lines = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lines.add(line("W" + i, String.valueOf(99 - i / 2), "EXCELLENT", null));   // pairs of equal totals
            }
            int q = quota;
            assertThat(StreetProposal.of(lines, quota).stream().filter(r -> r.proposedRating().equals("EXCELLENT")).count())
                    .as("quota %s", quota).isLessThanOrEqualTo(q).isGreaterThanOrEqualTo(q - 1);
        }
    }
}
