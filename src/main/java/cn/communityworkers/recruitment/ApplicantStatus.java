package cn.communityworkers.recruitment;

/** Where an applicant stands; the order follows the recruitment. */
enum ApplicantStatus {
    /** applied, eligibility not yet reviewed */
    APPLIED,
    INELIGIBLE,
    /** eligible, waiting for exam scores */
    ELIGIBLE,
    SCORED,
    /** ranked within the number of positions: a provisional hire */
    PROVISIONAL,
    /** ranked below the number of positions: the reserve list (递补) */
    RESERVE,
    /** taken for a seat, in vetting and medical examination */
    CANDIDATE,
    VETTING_FAILED,
    MEDICAL_FAILED,
    /** passed vetting and medical examination, on public notice */
    SELECTED,
    OBJECTION_UPHELD,
    HIRED
}
