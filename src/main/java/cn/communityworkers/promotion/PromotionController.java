package cn.communityworkers.promotion;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;

/**
 * Why each secretary of a county was, or was not, on the list of a year's promotion; objections received during the
 * public notice.
 */
@RestController
class PromotionController {

    private final PromotionService promotions;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    PromotionController(PromotionService promotions, OrganisationService organisation, CurrentUser currentUser) {
        this.promotions = promotions;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/promotions/{countyCode}/{year}/eligibility")
    List<PromotionService.Eligibility> eligibility(@PathVariable String countyCode, @PathVariable int year) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.isAuditor()
                && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(countyCode)))) {
            throw new ForbiddenException("只有本县党委组织部门和审计人员可以查看本县书记的选拔资格");
        }
        return promotions.eligibility(countyCode, year);
    }

    record ObjectionRequest(@NotBlank String workerId, @NotBlank @Size(max = 2000) String objection) {
    }

    /**
     * An objection to a secretary on public notice, as received by the county organisation department: it opens the
     * investigation. 409 when the secretary is not on notice or the notice is over.
     */
    @PostMapping("/api/promotions/{countyCode}/{year}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    PromotionService.ObjectionReceipt objection(@PathVariable String countyCode, @PathVariable int year,
            @Valid @RequestBody ObjectionRequest request) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(countyCode)))) {
            throw new ForbiddenException("只有本县党委组织部门可以受理对本次选拔的异议");
        }
        return promotions.object(countyCode, year, request.workerId(), request.objection());
    }
}
