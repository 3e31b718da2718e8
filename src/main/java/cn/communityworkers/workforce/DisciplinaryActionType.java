package cn.communityworkers.workforce;

/**
 * The types of disciplinary action (处分) recorded against a community worker, in ascending severity.
 * <p>
 * The list is the one of 《中华人民共和国公职人员政务处分法》第七条, which applies to the managing staff of grassroots
 * mass self-governing organisations (第二条第五项: the residents' committee members among community workers) and which
 * streets follow for their full-time staff in their work rules: 警告, 记过, 记大过, 降级, 撤职. 开除 (dismissal) is not
 * a type here: it ends the employment, which the registry records as a status with its ground, not as an action
 * with a period of effect. Party discipline (党纪处分) is the party organisation's record, not this one.
 * <p>
 * How long an action has effect and what it does to the year's rating is the decision {@code disciplinaryActionEffect}
 * ({@code processes/assessment/assessment-rating.dmn}), a table a policy office changes; the order here (by law's
 * severity) only says which of several actions in effect is the strongest.
 */
public enum DisciplinaryActionType {
    WARNING("警告"),
    DEMERIT("记过"),
    MAJOR_DEMERIT("记大过"),
    DEMOTION("降级"),
    REMOVAL("撤职");

    private final String label;

    DisciplinaryActionType(String label) {
        this.label = label;
    }

    /** The Chinese name, as decisions and the change log write it. */
    public String label() {
        return label;
    }
}
