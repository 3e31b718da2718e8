package cn.communityworkers.organisation;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A county (or county-level city/district): the unit whose staffing standard caps the headcount. */
@Table("county")
public record County(@Id String code, String name, long urbanResidentPopulation,
        BigDecimal averageMonthlyWage, @Version Long version) {

    /** Community workers per 10,000 urban residents (§3 of the Opinions). */
    public static final int WORKERS_PER_TEN_THOUSAND = 18;

    public long standardHeadcount() {
        return urbanResidentPopulation * WORKERS_PER_TEN_THOUSAND / 10_000;
    }
}
