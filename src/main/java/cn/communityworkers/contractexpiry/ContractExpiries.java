package cn.communityworkers.contractexpiry;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Severance;
import cn.communityworkers.workforce.Severances;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The decisions on expiring fixed-term contracts, one row of {@code contract_expiry} per contract end: which contract
 * a decision is about, and, when it ends without a renewal, the day it ends and the severance it carries
 * (《劳动合同法》第四十四条第(一)项, 第四十六条第(五)项, 第四十七条). What the model waits for is read from here
 * ({@code ${contractExpiries.endsAt(execution)}}), never from a process variable.
 */
@Service("contractExpiries")
public class ContractExpiries {

    static final String EXPIRY = "劳动合同期满终止(《劳动合同法》第四十四条第(一)项)";

    private final JdbcClient jdbc;
    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final ContractRenewals renewals;
    private final Severances severances;
    private final ContractExpiryProperties properties;
    private final Clock clock;

    ContractExpiries(JdbcClient jdbc, WorkerRegistry workers, CareerChanges changes, ContractRenewals renewals,
            Severances severances, ContractExpiryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.changes = changes;
        this.renewals = renewals;
        this.severances = severances;
        this.properties = properties;
        this.clock = clock;
    }

    /** A decision as recorded; the fields of the end are null until the day is fixed. */
    record Expiry(String workerId, LocalDate contractEnd, String processInstanceId, Timestamp openedAt,
            LocalDate endsOn, Boolean renewalRefused, LocalDate noticeServedOn, BigDecimal severanceMonths,
            BigDecimal severanceWageBase, BigDecimal severanceAmount, String endGround) {
    }

    /** Whether a decision was opened for the worker's contract ending on {@code contractEnd}. */
    boolean opened(String workerId, LocalDate contractEnd) {
        return jdbc.sql("select count(*) from contract_expiry where worker_id = :worker and contract_end = :end")
                .param("worker", workerId).param("end", contractEnd).query(Long.class).single() > 0;
    }

    void recordOpened(String workerId, LocalDate contractEnd, String processInstanceId) {
        jdbc.sql("""
                insert into contract_expiry (worker_id, contract_end, process_instance_id, opened_at)
                values (:worker, :end, :process, :at)""")
                .param("worker", workerId).param("end", contractEnd).param("process", processInstanceId)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    Optional<Expiry> find(String processInstanceId) {
        return jdbc.sql("select * from contract_expiry where process_instance_id = :process")
                .param("process", processInstanceId).query(Expiry.class).optional();
    }

    Expiry of(String processInstanceId) {
        return find(processInstanceId).orElseThrow(() -> new IllegalStateException("contract expiry "
                + processInstanceId + " is not recorded"));
    }

    /** The worker whose contract the decision is about, still with that contract end (else the step fails). */
    Worker worker(Expiry expiry) {
        Worker worker = workers.find(expiry.workerId()).orElseThrow();
        if (!expiry.contractEnd().equals(worker.getContractEnd())) {
            throw new IllegalStateException("the contract of worker " + expiry.workerId() + " ending on "
                    + expiry.contractEnd() + " was changed meanwhile (now: " + worker.getContractEnd()
                    + "): this decision no longer applies");
        }
        return worker;
    }

    /** A date given for something done already: not after today, not before the decision was opened. */
    LocalDate doneSinceOpened(String processInstanceId, Variable<LocalDate> field,
            LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = of(processInstanceId).openedAt().toInstant().atZone(ClockConfiguration.CHINA).toLocalDate();
        if (date.isAfter(today) || date.isBefore(opened)) {
            throw field.refusal("须在本次到期处理开始之日(" + opened + ")至今天(" + today + ")之间,填写的是:" + date);
        }
        return date;
    }

    /**
     * Renews the contract as the street decided, approved and the worker accepted, recorded with the ground of the
     * table {@value ContractRenewals#CONTRACT_RENEWAL}.
     */
    @Transactional
    void renew(String processInstanceId, ContractKind kind, LocalDate newEnd, boolean workerRequestedFixedTerm,
            String kindField) {
        Expiry expiry = of(processInstanceId);
        worker(expiry);
        ContractRenewals.Proposal proposal = renewals.decided(processInstanceId);
        String ground = proposal.groundOf(kind, workerRequestedFixedTerm, kindField)
                + "。经街道党工委同意,劳动者同意续订。";
        changes.renewContract(expiry.workerId(), kind, kind == ContractKind.FIXED_TERM ? newEnd : null, ground,
                processInstanceId, proposal.decisionInstanceId());
    }

    /**
     * Fixes the day the contract ends and its severance. The worker refused a renewal on the terms of the contract
     * (post and pay unchanged: the renewal changes neither): it ends on its end, or today if that is past, without
     * severance (第四十六条第(五)项). The street did not renew: it ends on its end, but not before the notice
     * ({@code workforce.contract-expiry.notice}) served on {@code noticeServedOn} runs out, with the severance of
     * 第四十七条.
     *
     * @return the ground it ends on, as the change log and the outcome give it
     */
    @Transactional
    String fixEnd(String processInstanceId, boolean renewalRefused, LocalDate noticeServedOn, String reason) {
        Expiry expiry = of(processInstanceId);
        Worker worker = worker(expiry);
        LocalDate today = LocalDate.now(clock);
        LocalDate endsOn;
        Severance severance = null;
        String ground;
        if (renewalRefused) {
            endsOn = later(expiry.contractEnd(), today);
            ground = "用人单位维持劳动合同约定条件(岗位、等级和工资不变)续订劳动合同,劳动者不同意续订," + EXPIRY + ",于"
                    + endsOn + "终止;依第四十六条第(五)项,不支付经济补偿。";
        } else {
            LocalDate noticeRunsOut = noticeServedOn.plus(properties.notice());
            endsOn = later(expiry.contractEnd(), noticeRunsOut);
            severance = severances.at(worker, endsOn);
            ground = "街道决定不再续订劳动合同(理由:" + reason + ")," + EXPIRY + ";" + noticeServedOn + "送达书面通知"
                    + (endsOn.isAfter(expiry.contractEnd()) ? ",不足" + properties.notice().getDays()
                            + "日,劳动合同顺延至通知期满之日" + endsOn + "终止" : ",于" + endsOn + "终止")
                    + ";依第四十六条第(五)项、第四十七条支付经济补偿" + severance.months().toPlainString() + "个月工资,共"
                    + severance.amount().toPlainString() + "元"
                    + (severance.capped() ? "(月工资高于当地职工月平均工资三倍,按三倍、最多十二年计)" : "") + "。";
        }
        int updated = jdbc.sql("""
                update contract_expiry set ends_on = :ends, renewal_refused = :refused, notice_served_on = :notice,
                       severance_months = :months, severance_wage_base = :base, severance_amount = :amount,
                       end_ground = :ground
                 where process_instance_id = :process and ends_on is null""")
                .param("process", processInstanceId).param("ends", endsOn).param("refused", renewalRefused).param("ground", ground)
                .param("notice", noticeServedOn, Types.DATE)
                .param("months", severance == null ? null : severance.months(), Types.NUMERIC)
                .param("base", severance == null ? null : severance.wageBase(), Types.NUMERIC)
                .param("amount", severance == null ? null : severance.amount(), Types.NUMERIC).update();
        if (updated != 1) {
            throw new IllegalStateException("the end of contract expiry " + processInstanceId + " is fixed already");
        }
        return ground;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** When the worker leaves: 00:00 China time of the day the contract ends, as fixed. */
    public Date endsAt(DelegateExecution execution) {
        LocalDate endsOn = of(execution.getProcessInstanceId()).endsOn();
        if (endsOn == null) {
            throw new IllegalStateException("contract expiry " + execution.getProcessInstanceId()
                    + " has no end fixed yet");
        }
        return Date.from(endsOn.atStartOfDay(ClockConfiguration.CHINA).toInstant());
    }

    /** The contract ends on the day fixed: TERMINATED, with the ground and what it rests on, in the change log. */
    @Transactional
    void endContract(String processInstanceId) {
        Expiry expiry = of(processInstanceId);
        worker(expiry);
        String details = "contractEnd=" + expiry.contractEnd() + ", endsOn=" + expiry.endsOn() + ", renewalRefused="
                + expiry.renewalRefused() + (expiry.noticeServedOn() == null ? ""
                        : ", noticeServedOn=" + expiry.noticeServedOn() + ", notice=" + properties.notice())
                + (expiry.severanceAmount() == null ? ", severance=none"
                        : ", severanceMonths=" + expiry.severanceMonths().toPlainString() + ", wageBase="
                                + expiry.severanceWageBase().toPlainString() + ", severance="
                                + expiry.severanceAmount().toPlainString());
        changes.endContract(expiry.workerId(), expiry.endsOn(), LeavingCause.CONTRACT_EXPIRY, expiry.endGround(),
                details, processInstanceId);
    }
}
