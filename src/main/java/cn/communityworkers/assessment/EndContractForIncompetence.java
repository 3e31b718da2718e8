package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The labour contract of the case's worker ends (Labour Contract Law Art. 40(2)) as the street decided and recorded:
 * TERMINATED on the day the 30 days' notice runs out or, with a month's pay in lieu, on the day the notice was served,
 * with the severance of Art. 47 computed and recorded ({@link ConsequenceService#endContract}); the rating is the one
 * the campaign recorded. Nothing is read from process variables.
 */
@Component("endContractForIncompetence")
class EndContractForIncompetence implements JavaDelegate {

    private final ConsequenceService consequences;
    private final CampaignService campaigns;

    EndContractForIncompetence(ConsequenceService consequences, CampaignService campaigns) {
        this.consequences = consequences;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consequences.endContract(execution.getProcessInstanceId(),
                campaigns.confirmedRating(execution.getProcessBusinessKey()));
    }
}
