package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;

/** The severance ({@link Severance}, Art. 47) of a registered worker whose contract ends on a given day. */
@Service
public class Severances {

    private final OrganisationService organisation;
    private final PayProperties pay;

    Severances(OrganisationService organisation, PayProperties pay) {
        this.organisation = organisation;
        this.pay = pay;
    }

    /**
     * For service from the worker's {@code communityWorkSince} to {@code contractEnd}, at the registered monthly pay
     * and the average monthly wage of the worker's county.
     */
    public Severance at(Worker worker, LocalDate contractEnd) {
        return Severance.of(worker.getCommunityWorkSince(), contractEnd, worker.getMonthlyPay(),
                averageMonthlyWage(worker.getCommunityCode()));
    }

    /** The area's average monthly wage: the county's, else {@code workforce.pay.default-average-monthly-wage}. */
    private BigDecimal averageMonthlyWage(String communityCode) {
        County county = organisation.county(organisation.findUnitOfCommunity(communityCode).orElseThrow().countyCode());
        return county.averageMonthlyWage() != null ? county.averageMonthlyWage() : pay.defaultAverageMonthlyWage();
    }
}
