package cn.communityworkers.workforce;

/** What a {@link WorkerChange} changed. */
public enum ChangeAttribute {
    GRADE, PAY, STATUS, CONTRACT_END, QUALIFICATION,
    /** The kind of labour contract ({@link ContractKind}). */
    CONTRACT_KIND,
    /** The number of consecutive fixed-term contracts (《劳动合同法》第十四条). */
    FIXED_TERM_CONTRACTS,
    /** The role, and with it the post category (三岗). */
    ROLE,
    /** A disciplinary action recorded (new value: its type; effective date: the day it was decided). */
    DISCIPLINARY_ACTION,
    /** Put under investigation (立案审查调查) or released from it (new value: true or false). */
    INVESTIGATION,
    /** The community, and with it the street: a transfer (统筹调配, 《意见》第3条); values are community codes. */
    COMMUNITY,
    /** Years of community work elsewhere in the province credited (《意见》第4条); the source is a credited period. */
    CREDITED_YEARS,
    /** A term as community party secretary started (new value: its start) or ended (new value: start to end). */
    SECRETARY_TERM,
    /** The identity number of a worker registered before numbers were kept, recorded (new value: masked). */
    ID_CARD_NUMBER
}
