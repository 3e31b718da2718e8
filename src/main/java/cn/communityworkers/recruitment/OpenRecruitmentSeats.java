package cn.communityworkers.recruitment;

import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.ReservedSeats;

/** The seats the county's open recruitments hold, for the staffing view. */
@Component
class OpenRecruitmentSeats implements ReservedSeats {

    private final RecruitmentRepository recruitments;

    OpenRecruitmentSeats(RecruitmentRepository recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public int reservedSeats(String countyCode) {
        return recruitments.reservedSeats(countyCode);
    }
}
