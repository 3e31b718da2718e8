package cn.communityworkers.organisation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;

/** The county organisation department sets the approved total (核定总量); the county's changes are read back. */
@RestController
class CountyFiguresController {

    private final CountyFigures figures;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    CountyFiguresController(CountyFigures figures, OrganisationService organisation, CurrentUser currentUser) {
        this.figures = figures;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    record ApprovedTotalRequest(
            @NotNull(message = "核定总量(approvedTotal)必须填写")
            @PositiveOrZero(message = "核定总量(approvedTotal)不能为负数")
            @Max(value = 2_000_000_000L, message = "核定总量(approvedTotal)过大") Long approvedTotal,
            @NotBlank(message = "调整理由(reason)必须填写")
            @Size(max = 500, message = "调整理由(reason)不能超过500字") String reason) {
    }

    @PutMapping("/api/counties/{countyCode}/approved-total")
    CountyChange changeApprovedTotal(@PathVariable String countyCode, @Valid @RequestBody ApprovedTotalRequest request) {
        return figures.changeApprovedTotal(countyCode, request.approvedTotal(), request.reason().strip());
    }

    /** The county's changes of approved total and wage: for its departments, auditors and administrators. */
    @GetMapping("/api/counties/{countyCode}/changes")
    List<CountyChange> changes(@PathVariable String countyCode) {
        organisation.county(countyCode);
        List<String> departments = List.of(UnitGroups.countySocialWork(countyCode),
                UnitGroups.countyOrganization(countyCode), UnitGroups.countyHrss(countyCode));
        if (!currentUser.isAdmin() && !currentUser.isAuditor() && !currentUser.inAnyGroup(departments)) {
            throw new ForbiddenException("只有本县(市、区)的部门、审计人员和管理员可以查看本县核定总量和工资的调整记录");
        }
        return figures.changes(countyCode);
    }
}
