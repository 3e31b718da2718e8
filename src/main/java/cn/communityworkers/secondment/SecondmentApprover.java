package cn.communityworkers.secondment;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.CountyApprover;
import cn.communityworkers.organisation.UnitRole;

/**
 * The county department that approves a secondment (§17): {@code secondment.approving-body}, read when the task is
 * created.
 */
@Component
class SecondmentApprover implements CountyApprover {

    private final SecondmentProperties properties;

    SecondmentApprover(SecondmentProperties properties) {
        this.properties = properties;
    }

    @Override
    public String processKey() {
        return SecondmentProcess.KEY;
    }

    @Override
    public UnitRole approver() {
        return properties.approvingBody().role();
    }
}
