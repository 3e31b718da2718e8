package cn.communityworkers.organisation;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A county (or county-level city/district): the unit whose approved total (核定总量) caps the headcount.
 *
 * @param cityCode           the city the county belongs to ({@link City}), or null for a county of no city
 * @param averageMonthlyWage the local average monthly wage, or null for {@code workforce.pay.default-average-monthly-wage}
 * @param approvedTotal      the approved total set by the county organisation department, or null for the standard
 *                           (see {@link CountyFigures})
 */
@Table("county")
public record County(@Id String code, String name, String cityCode, long urbanResidentPopulation,
        BigDecimal averageMonthlyWage, Long approvedTotal, @Version Long version) {

    /** The county with another average monthly wage. */
    public County withAverageMonthlyWage(BigDecimal wage) {
        return new County(code, name, cityCode, urbanResidentPopulation, wage, approvedTotal, version);
    }

    /** The county with another approved total. */
    County withApprovedTotal(Long total) {
        return new County(code, name, cityCode, urbanResidentPopulation, averageMonthlyWage, total, version);
    }
}
