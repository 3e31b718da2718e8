package cn.communityworkers.dismissal;

import java.time.LocalDate;

import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.LeavingCause;

/**
 * The model {@code processes/dismissal/dismissal.bpmn}, 解除劳动合同(过失性辞退): the street's personnel office proposes
 * to end a worker's labour contract for cause (Labour Contract Law Art. 39), records the worker's statement, the
 * street's trade union gives its opinion (Art. 43) and the street party working committee decides. Its key, element
 * ids and variables, so that Java never repeats a string of the model.
 */
public final class DismissalProcess {

    private DismissalProcess() {
    }

    public static final String KEY = "dismissal";

    public static final String START_EVENT = "StartEvent_DismissalProposed";
    public static final String TASK_VERIFY_PROPOSAL = "Task_VerifyProposal";
    public static final String TASK_RECORD_STATEMENT = "Task_RecordStatement";
    public static final String TASK_GIVE_UNION_OPINION = "Task_GiveUnionOpinion";
    public static final String TASK_DECIDE_DISMISSAL = "Task_DecideDismissal";
    public static final String TASK_END_CONTRACT = "Task_EndContract";
    public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";
    public static final String END_NOT_DISMISSED = "EndEvent_NotDismissed";

    /** The six grounds of Labour Contract Law Art. 39, in the article's words. */
    public enum Ground {
        PROBATION_UNFIT("(一)", "在试用期间被证明不符合录用条件"),
        SERIOUS_BREACH_OF_RULES("(二)", "严重违反用人单位的规章制度"),
        SERIOUS_DERELICTION("(三)", "严重失职,营私舞弊,给用人单位造成重大损害"),
        OTHER_EMPLOYMENT("(四)", "同时与其他用人单位建立劳动关系,对完成本单位的工作任务造成严重影响,或者经用人单位提出,拒不改正"),
        CONTRACT_VOID("(五)", "因本法第二十六条第一款第一项规定的情形致使劳动合同无效"),
        CRIMINAL_LIABILITY("(六)", "被依法追究刑事责任");

        private final String item;
        private final String wording;

        Ground(String item, String wording) {
            this.item = item;
            this.wording = wording;
        }

        /** "《劳动合同法》第三十九条第(二)项:严重违反用人单位的规章制度". */
        public String citation() {
            return "《劳动合同法》第三十九条第" + item + "项:" + wording;
        }

        /** Why a worker dismissed on this ground left: not confirmed in probation (item 1), else dismissed. */
        public LeavingCause cause() {
            return this == PROBATION_UNFIT ? LeavingCause.PROBATION_NOT_CONFIRMED : LeavingCause.DISMISSAL;
        }
    }

    /** How the worker's statement (陈述、申辩) was recorded. */
    public enum StatementKind {
        /** The worker stated their case; what they said is recorded. */
        STATED,
        /** Told of the proposal and of the right to state their case, the worker declined in writing. */
        DECLINED
    }

    // The proposal (start form or REST).
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "社区工作者", 40);
    public static final Variable<Ground> GROUND = Variable.choice("ground", "解除依据", Ground.class);
    public static final Variable<String> FACTS = Variable.text("facts", "事实", 2000);
    public static final Variable<String> EVIDENCE = Variable.text("evidence", "证据", 2000);

    // The worker's statement, recorded by the street's personnel office.
    public static final Variable<StatementKind> STATEMENT_KIND = Variable.choice("statementKind", "申辩情况",
            StatementKind.class);
    public static final Variable<LocalDate> STATEMENT_ON = Variable.date("statementOn", "申辩或书面放弃申辩日期");
    public static final Variable<String> STATEMENT = Variable.text("statement", "申辩内容或放弃申辩的书面记录", 2000);

    // The street trade union's opinion (Art. 43).
    public static final Variable<Boolean> UNION_AGREES = Variable.yesOrNo("unionAgrees", "工会意见");
    public static final Variable<String> UNION_OPINION = Variable.text("unionOpinion", "工会的意见和理由", 2000);

    // The street party working committee's decision.
    public static final Variable<Boolean> DISMISS = Variable.yesOrNo("dismiss", "是否解除劳动合同");
    public static final Variable<String> DECISION_OPINION = Variable.text("decisionOpinion", "决定理由", 1000);
    public static final Variable<String> REPLY_TO_UNION = Variable.text("replyToUnion", "对工会意见的书面答复", 2000);

    /** Business key of a dismissal of a worker proposed on a day. */
    public static String businessKey(String workerId, LocalDate proposedOn) {
        return "D-" + workerId + "-" + proposedOn;
    }

    /** The prefix of every business key of a worker's dismissals. */
    static String businessKeysOf(String workerId) {
        return "D-" + workerId + "-";
    }
}
