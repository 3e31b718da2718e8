package cn.communityworkers.workforce;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;

/** The pay runs of a county and how far each is: for the county's departments, auditors and administrators. */
@RestController
class PayAdjustmentController {

    private final PayRunService payRuns;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    PayAdjustmentController(PayRunService payRuns, OrganisationService organisation, CurrentUser currentUser) {
        this.payRuns = payRuns;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/pay-adjustments/{processInstanceId}")
    PayRunService.Progress progress(@PathVariable String processInstanceId) {
        PayRunService.Progress progress = payRuns.progress(processInstanceId);
        requireCountyReader(progress.run().countyCode());
        return progress;
    }

    @GetMapping("/api/counties/{countyCode}/pay-adjustments")
    List<PayRunService.Progress> runs(@PathVariable String countyCode) {
        organisation.county(countyCode);
        requireCountyReader(countyCode);
        return payRuns.runsOf(countyCode);
    }

    private void requireCountyReader(String countyCode) {
        if (!currentUser.isAdmin() && !currentUser.isAuditor()
                && !currentUser.inAnyGroup(UnitGroups.countyDepartments(countyCode))) {
            throw new ForbiddenException("只有本县(市、区)的部门、审计人员和管理员可以查看本县的薪酬调整");
        }
    }
}
