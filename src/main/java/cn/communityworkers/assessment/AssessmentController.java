package cn.communityworkers.assessment;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;


import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CsvUpload;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.SystemActions;
import cn.communityworkers.system.Violation;

/** A campaign's progress, and the resident-satisfaction survey's results. */
@RestController
class AssessmentController {

    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final SystemActions systemActions;
    private final CsvUpload csv;

    AssessmentController(CampaignService campaigns, OrganisationService organisation, RuntimeService runtimeService,
            CurrentUser currentUser, SystemActions systemActions, CsvUpload csv) {
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.systemActions = systemActions;
        this.csv = csv;
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
            throw new ForbiddenException("只有本县社会工作部门可以上报居民满意度测评结果");
        }
        String campaignId = campaigns.campaignOf(countyCode, year)
                .orElseThrow(() -> new NotFoundException("年度考核", countyCode + "/" + year));
        Map<String, Double> scores = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        csv.checkRows(content, List.of("workerId", "score"), (line, row, problems) -> {
            String workerId = row.getOrDefault("workerId", "").trim();
            String key = AnnualAssessmentProcess.businessKey(year, workerId);
            if (!seen.add(workerId)) {
                problems.add(new Violation(line, "workerId", "unique", "社区工作者" + workerId + " 在文件中出现了两次"));
            } else if (systemActions.run(() -> runtimeService.createExecutionQuery().processInstanceBusinessKey(key)
                    .messageEventSubscriptionName(AnnualAssessmentProcess.MESSAGE_SATISFACTION_REPORTED).count()) == 0
                    || !campaignId.equals(campaigns.campaignOfAssessment(key).orElse(null))) {
                problems.add(new Violation(line, "workerId", "waiting-for-satisfaction",
                        "本次考核中没有社区工作者" + workerId + " 待录入满意度测评得分的考核"));
            } else {
                try {
                    scores.put(key, AnnualAssessmentProcess.SATISFACTION_SCORE.from(row.get("score")).doubleValue());
                } catch (Refusal notAScore) {
                    problems.add(new Violation(line, "score", "range-0-100",
                            "'" + row.get("score") + "' is not a score from 0 to 100"));
                }
            }
        });
        scores.forEach((key, score) -> systemActions.run(() -> runtimeService
                .createMessageCorrelation(AnnualAssessmentProcess.MESSAGE_SATISFACTION_REPORTED).processInstanceBusinessKey(key)
                .setVariable(AnnualAssessmentProcess.SATISFACTION_SCORE.name(), score).correlateWithResult()));
        return new SatisfactionReport(scores.size());
    }

    private void requireCountyReader(String countyCode) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.isAuditor()
                && !currentUser.inAnyGroup(UnitGroups.countyDepartments(countyCode))) {
            throw new ForbiddenException("只有本县的有关部门和审计人员可以查看本县的年度考核进度");
        }
    }
}
