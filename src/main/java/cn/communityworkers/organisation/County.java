package cn.communityworkers.organisation;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A county (or county-level city/district): the unit whose approved total (核定总量) caps the headcount.
 *
 * @param averageMonthlyWage the local average monthly wage, or null for {@code workforce.pay.default-average-monthly-wage}
 * @param approvedTotal      the approved total set by the county organisation department, or null for the standard
 *                           (see {@link CountyFigures})
 */
@Table("county")
public record County(@Id String code, String name, long urbanResidentPopulation,
        BigDecimal averageMonthlyWage, Long approvedTotal, @Version Long version) {
}
