package cn.communityworkers.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.FormValues;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.SystemActions;
import cn.communityworkers.system.UploadedText;
import cn.communityworkers.system.Violation;

/** A campaign's progress, and the resident-satisfaction survey's results. */
@RestController
class AssessmentController {

    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final SystemActions systemActions;
    private final UploadedText text;
    private final CsvMapper csv = new CsvMapper();

    AssessmentController(CampaignService campaigns, OrganisationService organisation, RuntimeService runtimeService,
            CurrentUser currentUser, SystemActions systemActions, UploadedText text) {
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.systemActions = systemActions;
        this.text = text;
    }

    @GetMapping("/api/assessment-campaigns/{countyCode}/{year}")
    CampaignService.Progress progress(@PathVariable String countyCode, @PathVariable int year) {
        requireCountyReader(countyCode);
        return campaigns.progress(countyCode, year);
    }

    record SatisfactionReport(int recorded) {
    }

    /**
     * The survey's results, CSV {@code workerId,score} (UTF-8, header row): each score goes to the worker's
     * assessment, which must be waiting for it; all or nothing, every bad row reported. The body is read as it
     * arrives; its size is limited by {@code security.max-upload-size}.
     */
    @PostMapping(path = "/api/assessment-campaigns/{countyCode}/{year}/satisfaction",
            consumes = {"text/csv", "application/octet-stream"})
    @Transactional
    SatisfactionReport satisfaction(@PathVariable String countyCode, @PathVariable int year, InputStream content) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countySocialWork(countyCode)))) {
            throw new ForbiddenException("only the county's social-work department reports the survey's results");
        }
        String campaignId = campaigns.campaignOf(countyCode, year)
                .orElseThrow(() -> new cn.communityworkers.system.NotFoundException("assessment campaign", countyCode + "/" + year));
        Map<String, Double> scores = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text.reader(content))) {
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                String workerId = row.getOrDefault("workerId", "").trim();
                String key = AnnualAssessmentProcess.businessKey(year, workerId);
                if (!seen.add(workerId)) {
                    violations.add(new Violation(line, "workerId", "unique", "worker '" + workerId + "' appears twice"));
                    continue;
                }
                if (systemActions.run(() -> runtimeService.createExecutionQuery().processInstanceBusinessKey(key)
                        .messageEventSubscriptionName(AnnualAssessmentProcess.MESSAGE_SATISFACTION_REPORTED).count()) == 0
                        || !campaignId.equals(campaigns.campaignOfAssessment(key).orElse(null))) {
                    violations.add(new Violation(line, "workerId", "waiting-for-satisfaction",
                            "no assessment of worker '" + workerId + "' in this campaign is waiting for a satisfaction score"));
                    continue;
                }
                try {
                    BigDecimal score = FormValues.score(row.get("score"), "score", "score");
                    scores.put(key, score.doubleValue());
                } catch (FormFieldValidationException e) {
                    violations.add(new Violation(line, "score", "range-0-100", "'" + row.get("score") + "' is not a score from 0 to 100"));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw RuleViolationException.badRequest("", "csv", "the file is not readable CSV with the columns workerId,score: " + e.getMessage());
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, "no score was recorded: " + violations.size() + " problem(s)", violations);
        }
        scores.forEach((key, score) -> systemActions.run(() -> runtimeService
                .createMessageCorrelation(AnnualAssessmentProcess.MESSAGE_SATISFACTION_REPORTED).processInstanceBusinessKey(key)
                .setVariable(AnnualAssessmentProcess.SATISFACTION_SCORE.name(), score).correlateWithResult()));
        return new SatisfactionReport(scores.size());
    }

    private void requireCountyReader(String countyCode) {
        organisation.county(countyCode);
        List<String> groups = List.of(UnitGroups.countySocialWork(countyCode), UnitGroups.countyOrganization(countyCode),
                UnitGroups.countyHrss(countyCode));
        if (!currentUser.isAdmin() && !currentUser.isAuditor() && !currentUser.inAnyGroup(groups)) {
            throw new ForbiddenException("only the county's departments and auditors follow its assessment campaign");
        }
    }
}
