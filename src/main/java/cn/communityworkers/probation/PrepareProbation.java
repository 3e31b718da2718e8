package cn.communityworkers.probation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * First step of a probation: the worker must be registered and in PROBATION until the given
 * {@code probationEnd}; otherwise nothing starts. Records the case (the worker and units as registered: the tasks are
 * routed and the outcome is registered from it) and sets whom the screening concerns and its two moments, the
 * evaluation and the end of the probation.
 */
@Component("prepareProbation")
class PrepareProbation implements JavaDelegate {

    private final ProbationService probation;
    private final Cases cases;

    PrepareProbation(ProbationService probation, Cases cases) {
        this.probation = probation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object workerId = execution.getVariable(ProbationProcess.WORKER_ID);
        if (!(workerId instanceof String id) || id.isBlank()) {
            throw new FormFieldValidationException(ProbationProcess.WORKER_ID, "社区工作者编号(workerId)必须填写");
        }
        LocalDate probationEnd = probationEnd(execution.getVariable(ProbationProcess.PROBATION_END));
        ProbationService.Probationer probationer = probation.probationer(id)
                .orElseThrow(() -> new FormFieldValidationException(ProbationProcess.WORKER_ID,
                        "找不到编号为 " + id + " 的社区工作者"));
        if (probationer.status() != WorkerStatus.PROBATION) {
            throw new FormFieldValidationException(ProbationProcess.WORKER_ID,
                    "社区工作者 " + id + " 不在试用期(当前状态 " + probationer.status() + "),不能开始试用期筛选");
        }
        if (!probationEnd.equals(probationer.probationEnd())) {
            throw new FormFieldValidationException(ProbationProcess.PROBATION_END, "试用期满日期(probationEnd)"
                    + probationEnd + " 与登记的 " + probationer.probationEnd() + " 不一致");
        }
        ProbationService.Schedule schedule = probation.schedule(probationEnd);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(ProbationProcess.WORKER_ID, id);
        request.put(ProbationProcess.PROBATION_END, probationEnd.toString());
        cases.record(execution, ProbationProcess.KEY, new Case.Units(probationer.unit().countyCode(),
                probationer.unit().streetCode(), probationer.unit().communityCode()), id, request);
        execution.setVariable(ProbationProcess.WORKER_NAME, probationer.workerName());
        execution.setVariable(ProbationProcess.COMMUNITY_NAME, probationer.unit().communityName());
        execution.setVariable(ProbationProcess.STREET_NAME, probationer.unit().streetName());
        execution.setVariable(ProbationProcess.EVALUATION_DUE_AT,
                schedule.evaluationDueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        execution.setVariable(ProbationProcess.PROBATION_ENDS_AT,
                schedule.probationEndsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static LocalDate probationEnd(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException(ProbationProcess.PROBATION_END,
                    "试用期满日期(probationEnd)必须填写,格式为 yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(ProbationProcess.PROBATION_END,
                    "试用期满日期(probationEnd)'" + text + "'不是 yyyy-MM-dd 格式的有效日期", e);
        }
    }
}
