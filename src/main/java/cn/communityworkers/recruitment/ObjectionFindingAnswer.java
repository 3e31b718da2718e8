package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The county's investigation of an objection: a conclusion and its finding are required. */
@Component("objectionFindingAnswer")
class ObjectionFindingAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        RecruitmentProcess.OBJECTION_UPHELD.read(execution);
        RecruitmentProcess.FINDING.read(execution);
    }
}
