package cn.communityworkers.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The county's decision on the plan: a decision is required, and a rejection needs a comment. */
@Component("planDecisionAnswer")
class PlanDecisionAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        boolean approved = RecruitmentProcess.PLAN_APPROVED.read(execution);
        RecruitmentProcess.COMMENT.readRequiredWhen(execution, !approved, "不批准招聘计划");
    }
}
