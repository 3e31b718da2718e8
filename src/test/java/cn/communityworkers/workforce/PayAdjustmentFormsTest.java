package cn.communityworkers.workforce;

import static cn.communityworkers.workforce.PayAdjustmentProcess.*;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** The pay run's start form submits exactly what its first step reads. */
class PayAdjustmentFormsTest {

    @Test
    void theStartForm() throws IOException {
        FormContract.check("processes/workforce/pay-adjustment.bpmn", "forms/workforce", Map.of(
                "StartEvent_PayAdjustmentRequested", Set.of(COUNTY_CODE.name(), AVERAGE_MONTHLY_WAGE.name(), EFFECTIVE_DATE.name(), GROUND.name())),
                Map.of("StartEvent_PayAdjustmentRequested", Set.of()));
    }
}
