package cn.communityworkers.workforce;

import java.time.LocalDate;

/** The kind of a labour contract: with an end (固定期限) or without (无固定期限, 《劳动合同法》第十四条). */
public enum ContractKind {
    FIXED_TERM("固定期限劳动合同"), OPEN_ENDED("无固定期限劳动合同");

    private final String label;

    ContractKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The registry keeps no end for an open-ended contract. */
    public static ContractKind of(LocalDate contractEnd) {
        return contractEnd == null ? OPEN_ENDED : FIXED_TERM;
    }
}
