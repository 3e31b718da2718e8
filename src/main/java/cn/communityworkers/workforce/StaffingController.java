package cn.communityworkers.workforce;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;

/**
 * The county's staffing: the standard (每万城镇常住人口18人), the approved total (核定总量) set from it, the headcount,
 * the seats reserved by open recruitments, and the vacancies left for new recruitments.
 */
@RestController
class StaffingController {

    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final WorkerRegistry workers;
    private final ReservedSeats reservedSeats;

    StaffingController(OrganisationService organisation, CountyFigures figures, WorkerRegistry workers,
            ReservedSeats reservedSeats) {
        this.organisation = organisation;
        this.figures = figures;
        this.workers = workers;
        this.reservedSeats = reservedSeats;
    }

    /**
     * @param approvedTotalSet whether the organisation department has set the approved total (false: it is the
     *                         standard)
     * @param vacancies        approved total − headcount − reserved seats, at least 0
     */
    record Staffing(long urbanResidentPopulation, int workersPerTenThousand, long standardHeadcount,
            long approvedTotal, boolean approvedTotalSet, long headcount, long reservedSeats, long vacancies) {
    }

    @GetMapping("/api/counties/{countyCode}/staffing")
    Staffing staffing(@PathVariable String countyCode) {
        County county = organisation.county(countyCode);
        long headcount = workers.headcount(countyCode);
        long reserved = reservedSeats.reservedSeats(countyCode);
        long approvedTotal = figures.approvedTotal(county);
        return new Staffing(county.urbanResidentPopulation(), figures.workersPerTenThousand(),
                figures.standardHeadcount(county), approvedTotal, county.approvedTotal() != null, headcount, reserved,
                Math.max(0, approvedTotal - headcount - reserved));
    }
}
