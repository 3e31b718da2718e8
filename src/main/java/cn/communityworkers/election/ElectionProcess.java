package cn.communityworkers.election;

import java.time.LocalDate;
import java.util.List;

import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.AuditConclusion;

/**
 * The model {@code processes/election/community-election.bpmn}: the two committees' election (换届) of a community as
 * its street registers it, the new secretary's filing with the county organisation department and the
 * economic-responsibility audit of each outgoing secretary or director (《意见》第1、9、11条).
 */
public final class ElectionProcess {

    private ElectionProcess() {
    }

    public static final String KEY = "community-election";

    public static final String START = "StartEvent_ElectionHeld";
    public static final String TASK_VERIFY = "Task_VerifyElectionResult";
    public static final String TASK_REGISTER = "Task_RegisterElectionResult";
    public static final String TASK_FILE_SECRETARY = "Task_FileSecretary";
    public static final String TASK_RECORD_FILING = "Task_RecordSecretaryFiling";
    public static final String TASK_SUPPLEMENT_FILING = "Task_SupplementFiling";
    public static final String SUBPROCESS_AUDIT = "SubProcess_EconomicAudit";
    public static final String TASK_AUDIT = "Task_AuditOutgoingLeader";
    public static final String TASK_RECORD_AUDIT = "Task_RecordEconomicAudit";
    public static final String END_FILED = "EndEvent_ElectionFiled";

    // The result as the street registers it (start form or REST).
    public static final Variable<String> COMMUNITY_CODE = Variable.text("communityCode", "社区", 20);
    public static final Variable<LocalDate> ELECTION_DATE = Variable.date("electionDate", "选举日期");
    public static final Variable<String> SECRETARY_ID = Variable.text("secretaryId", "社区党组织书记", 40);
    public static final Variable<String> DIRECTOR_ID = Variable.text("directorId", "居民委员会主任", 40);
    public static final Variable<List<String>> DEPUTY_IDS = Variable.ids("deputyIds", "副书记、副主任");
    public static final Variable<List<String>> MEMBER_IDS = Variable.ids("memberIds", "“两委”委员");
    public static final Variable<String> ELECTION_NOTE = Variable.text("electionNote", "选举情况说明", 1000);

    // Written by the process for the forms and Tasklist.
    public static final Variable<String> SECRETARY_NAME = Variable.of("secretaryName", String.class);
    public static final Variable<String> DIRECTOR_NAME = Variable.of("directorName", String.class);
    public static final Variable<Boolean> ONE_PERSON = Variable.of("onePerson", Boolean.class);
    public static final Variable<String> RESULT_SUMMARY = Variable.of("resultSummary", String.class);

    // The county organisation department's filing (备案).
    public static final Variable<Boolean> FILING_ACCEPTED = Variable.yesOrNo("filingAccepted", "备案意见");
    public static final Variable<String> FILING_OPINION = Variable.text("filingOpinion", "退回理由", 1000);
    // The street's answer to a filing sent back.
    public static final Variable<String> SUPPLEMENT_NOTE = Variable.text("supplementNote", "补正说明", 1000);

    // The economic-responsibility audit of one outgoing leader (a branch per leader, element variable).
    public static final Variable<String> AUDITED_WORKER_ID = Variable.text("auditedWorkerId", "被审计人", 40);
    public static final Variable<String> AUDITED_WORKER_NAME = Variable.of("auditedWorkerName", String.class);
    public static final Variable<String> AUDITED_POSTS = Variable.of("auditedPosts", String.class);
    public static final Variable<LocalDate> PERIOD_START = Variable.date("periodStart", "审计期间起");
    public static final Variable<LocalDate> PERIOD_END = Variable.date("periodEnd", "审计期间止");
    public static final Variable<String> FINDINGS = Variable.text("findings", "审计发现的主要问题和评价", 2000);
    public static final Variable<AuditConclusion> CONCLUSION = Variable.choice("conclusion", "审计结论",
            AuditConclusion.class);
    public static final Variable<LocalDate> AUDITED_ON = Variable.date("auditedOn", "审计报告日期");

    /** Business key of a community's election on a day. */
    public static String businessKey(String communityCode, LocalDate electionDate) {
        return "E-" + communityCode + "-" + electionDate;
    }
}
