package cn.communityworkers.contractexpiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.ContractDecisionsUnderway;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The daily check ({@link ContractExpirySchedule}): opens one {@value ContractExpiryProcess#KEY} decision for each
 * fixed-term contract of a worker in the headcount that ends within {@code workforce.contract-expiry.lead} (60 days)
 * or has ended already, unless one was opened for that contract end (table {@code contract_expiry}) or another process
 * is deciding that worker's contract now ({@link ContractDecisionsUnderway}: the annual assessment's renewal).
 * <p>
 * Nothing is missed across restarts or outages: the first check after a start opens whatever fell due meanwhile,
 * contracts past their end included. Each contract is opened in a transaction of its own, which reads the table
 * before it writes: of two nodes opening the same contract at once, the primary key lets one commit, the other's
 * transaction (and its instance) rolls back, and a failure is tried again by the next check.
 */
@Component
public class ContractExpiryCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ContractExpiryCheck.class);

    private final JdbcClient jdbc;
    private final ContractExpiries expiries;
    private final OrganisationService organisation;
    private final RuntimeService runtimeService;
    private final Cases cases;
    private final List<ContractDecisionsUnderway> elsewhere;
    private final ContractExpiryProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContractExpiryCheck(JdbcClient jdbc, ContractExpiries expiries, OrganisationService organisation,
            RuntimeService runtimeService, Cases cases, List<ContractDecisionsUnderway> elsewhere,
            ContractExpiryProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.expiries = expiries;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.cases = cases;
        // another process's decisions only: a renewed contract gets its own decision even while the last one is open
        this.elsewhere = elsewhere.stream().filter(process -> !(process instanceof ContractExpiriesUnderway)).toList();
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A registered fixed-term contract due for a decision. */
    record Due(String workerId, LocalDate contractEnd, String communityCode) {
    }

    /** The check as of today. */
    public int openDue() {
        return openDue(LocalDate.now(clock));
    }

    /**
     * Opens a decision for every contract due on {@code today} that has none.
     *
     * @return how many this call opened (not those another node opened meanwhile)
     */
    public int openDue(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select w.worker_id, w.contract_end, w.community_code from worker w
                 where w.status in (:statuses) and w.contract_end is not null and w.contract_end <= :horizon
                   and not exists (select 1 from contract_expiry e
                                    where e.worker_id = w.worker_id and e.contract_end = w.contract_end)
                 order by w.contract_end, w.worker_id""")
                .param("statuses", WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList())
                .param("horizon", today.plus(properties.lead())).query(Due.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        int opened = 0;
        for (Due contract : due) {
            if (elsewhere.stream().anyMatch(process -> process.isDeciding(contract.workerId()))) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> open(contract)))) {
                    opened++;
                }
            } catch (DuplicateKeyException openedElsewhere) {
                LOG.debug("the contract expiry of worker {} ending {} was opened by another node meanwhile",
                        contract.workerId(), contract.contractEnd());
            } catch (RuntimeException e) {
                LOG.warn("opening the contract expiry of worker {} ending {} failed, to be tried again by the next"
                        + " check: {}", contract.workerId(), contract.contractEnd(), e.toString());
            }
        }
        if (opened > 0) {
            LOG.info("opened {} contract expiry decision(s)", opened);
        }
        return opened;
    }

    private boolean open(Due contract) {
        if (expiries.opened(contract.workerId(), contract.contractEnd())) {
            return false; // opened by another node since the query
        }
        OrgUnit unit = organisation.findUnitOfCommunity(contract.communityCode()).orElseThrow();
        String instance = ContractExpiryProcess.start(runtimeService, cases, contract.workerId(),
                contract.contractEnd(), new Case.Units(unit.countyCode(), unit.streetCode(), unit.communityCode()))
                .getId();
        expiries.recordOpened(contract.workerId(), contract.contractEnd(), instance);
        return true;
    }
}
