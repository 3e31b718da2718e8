package cn.communityworkers.workforce;

/** A worker's sex, as the identity-card number says it (the parity of its sequence digits: odd male). */
public enum Sex {
    MALE("男"), FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
