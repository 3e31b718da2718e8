package cn.communityworkers.secondment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;

/** The county's secondment ledger (借调台账). */
@RestController
class SecondmentController {

    private final SecondmentService secondments;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    SecondmentController(SecondmentService secondments, OrganisationService organisation, CurrentUser currentUser) {
        this.secondments = secondments;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/secondments")
    List<SecondmentService.LedgerEntry> ledger(
            @RequestParam @NotBlank String countyCode,
            @RequestParam(defaultValue = "ACTIVE") @Pattern(regexp = "ACTIVE|ENDED",
                    message = "须为 ACTIVE(借调中)或 ENDED(已结束)") String status) {
        organisation.county(countyCode);
        List<String> countyGroups = List.of(UnitGroups.countySocialWork(countyCode),
                UnitGroups.countyOrganization(countyCode), UnitGroups.countyHrss(countyCode));
        if (!currentUser.isAdmin() && !currentUser.isAuditor() && !currentUser.inAnyGroup(countyGroups)) {
            throw new ForbiddenException("只有本县的有关部门和审计人员可以查阅本县的借调台账");
        }
        return secondments.ledger(countyCode, status);
    }
}
