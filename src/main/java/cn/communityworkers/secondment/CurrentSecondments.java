package cn.communityworkers.secondment;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.SecondmentLookup;
import cn.communityworkers.workforce.WorkerView;

/** Shows a worker's current secondment in the workforce registry. */
@Component
class CurrentSecondments implements SecondmentLookup {

    private final SecondmentRepository secondments;

    CurrentSecondments(SecondmentRepository secondments) {
        this.secondments = secondments;
    }

    @Override
    public Optional<WorkerView.CurrentSecondment> currentSecondment(String workerId) {
        return secondments.findFirstByWorkerIdAndStatus(workerId, Secondment.ACTIVE)
                .map(s -> new WorkerView.CurrentSecondment(s.borrowingOrganization(), s.borrowingOrgLevel(),
                        s.borrowingOrgType(), s.startDate(), s.endDate(), s.purpose(), s.processInstanceId()));
    }
}
