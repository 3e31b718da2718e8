package cn.communityworkers.workforce;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.ProcessStarter;
import cn.communityworkers.organisation.UnitRole;

/**
 * The county's human resources and social security bureau adjusts the workers' pay (§12): wages are its remit (工资收入
 * 分配), and the average wage of all urban employees is the figure it already applies (e.g. to social-insurance bases).
 */
@Component
class PayAdjustmentStarter implements ProcessStarter {

    @Override
    public String processKey() {
        return PayAdjustmentProcess.KEY;
    }

    @Override
    public Set<UnitRole> startedBy() {
        return Set.of(UnitRole.COUNTY_HRSS);
    }
}
