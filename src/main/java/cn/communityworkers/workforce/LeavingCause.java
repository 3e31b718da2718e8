package cn.communityworkers.workforce;

/**
 * Why a worker left the headcount, kept with the STATUS change that made them leave ({@code worker_change.cause}) so
 * that the statistics (《意见》第16条) count leavers by cause without reading the grounds' text.
 */
public enum LeavingCause {
    /** The worker's written notice (《劳动合同法》第三十七条). */
    RESIGNATION("辞职"),
    /** Dismissal for cause (《劳动合同法》第三十九条第(二)至(六)项). */
    DISMISSAL("过失性解除"),
    /** Not meeting the hiring conditions in probation (《劳动合同法》第三十九条第(一)项). */
    PROBATION_NOT_CONFIRMED("试用期不符合录用条件"),
    /** Incompetent after training or another post (《劳动合同法》第四十条第(二)项; annual assessment). */
    INCOMPETENCE("考核不胜任解除"),
    /** The fixed term ended and was not renewed (《劳动合同法》第四十四条第(一)项). */
    CONTRACT_EXPIRY("劳动合同期满终止"),
    /** Hired as public-institution staff (《意见》第13条). */
    PUBLIC_INSTITUTION("聘为事业单位工作人员"),
    /** Any other or unrecorded cause (changes logged before causes were kept). */
    OTHER("其他");

    private final String label;

    LeavingCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
