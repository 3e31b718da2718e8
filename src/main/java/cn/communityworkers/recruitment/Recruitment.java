package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One open recruitment: its seats count against the county's standard headcount while it is OPEN. */
@Table("recruitment")
record Recruitment(@Id String processInstanceId, String countyCode, String streetCode, String communityCode,
        int positions, int contractYears, BigDecimal writtenWeight, String status, Instant applicationsCloseAt,
        Instant createdAt) {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
}
