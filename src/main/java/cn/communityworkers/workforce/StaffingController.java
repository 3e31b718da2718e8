package cn.communityworkers.workforce;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;

/** The county's staffing standard (每万城镇常住人口18人) against its headcount. */
@RestController
class StaffingController {

    private final OrganisationService organisation;
    private final WorkerService workers;

    StaffingController(OrganisationService organisation, WorkerService workers) {
        this.organisation = organisation;
        this.workers = workers;
    }

    record Staffing(long urbanResidentPopulation, long standardHeadcount, long headcount, long vacancies) {
    }

    @GetMapping("/api/counties/{countyCode}/staffing")
    Staffing staffing(@PathVariable String countyCode) {
        County county = organisation.county(countyCode);
        long headcount = workers.headcount(countyCode);
        return new Staffing(county.urbanResidentPopulation(), county.standardHeadcount(), headcount,
                Math.max(0, county.standardHeadcount() - headcount));
    }
}
