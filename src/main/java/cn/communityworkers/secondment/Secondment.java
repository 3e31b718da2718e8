package cn.communityworkers.secondment;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An approved secondment: ACTIVE while the worker is away, ENDED once the return is confirmed. */
@Table("secondment")
record Secondment(@Id Long id, String workerId, String processInstanceId, String borrowingOrganization,
        String borrowingOrgLevel, String borrowingOrgType, LocalDate startDate, LocalDate endDate, String purpose,
        String status, LocalDate returnedOn) {

    static final String ACTIVE = "ACTIVE";
    static final String ENDED = "ENDED";

    Secondment ended(LocalDate on) {
        return new Secondment(id, workerId, processInstanceId, borrowingOrganization, borrowingOrgLevel,
                borrowingOrgType, startDate, endDate, purpose, ENDED, on);
    }
}
