package cn.communityworkers.recruitment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.CsvUpload;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.Variable;
import cn.communityworkers.system.Violation;

/**
 * Exam scores of a large recruitment in one CSV ({@code applicantId,writtenScore,interviewScore}, UTF-8, header
 * row): completes every listed applicant's open score task, as the uploading user, all or nothing.
 */
@Component
class ExamScoreUpload {

    private static final List<Variable<BigDecimal>> SCORES = List.of(RecruitmentProcess.WRITTEN_SCORE,
            RecruitmentProcess.INTERVIEW_SCORE);
    static final List<String> COLUMNS = List.of(RecruitmentProcess.APPLICANT_ID.name(),
            RecruitmentProcess.WRITTEN_SCORE.name(), RecruitmentProcess.INTERVIEW_SCORE.name());

    private final TaskService taskService;
    private final CsvUpload upload;

    ExamScoreUpload(TaskService taskService, CsvUpload upload) {
        this.taskService = taskService;
        this.upload = upload;
    }

    @Transactional
    int complete(String processInstanceId, InputStream content) {
        Map<String, String> openTasks = new HashMap<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(RecruitmentProcess.TASK_RECORD_EXAM_SCORES).list()) {
            openTasks.put(RecruitmentProcess.APPLICANT_ID.from(taskService.getVariable(task.getId(),
                    RecruitmentProcess.APPLICANT_ID.name())), task.getId());
        }
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        upload.checkRows(content, COLUMNS, (line, row, problems) -> {
            String applicantId = row.getOrDefault(RecruitmentProcess.APPLICANT_ID.name(), "").trim();
            if (!openTasks.containsKey(applicantId)) {
                problems.add(new Violation(line, RecruitmentProcess.APPLICANT_ID.name(), "open-score-task",
                        "报名人" + applicantId + " 在本次招聘中没有待录入的成绩"));
                return;
            }
            if (!seen.add(applicantId)) {
                problems.add(new Violation(line, RecruitmentProcess.APPLICANT_ID.name(), "unique",
                        "报名人" + applicantId + " 在文件中出现了两次"));
                return;
            }
            Map<String, Object> values = new HashMap<>();
            for (Variable<BigDecimal> score : SCORES) {
                String given = row.get(score.name());
                try {
                    score.put(values, score.from(given));
                } catch (Refusal e) {
                    problems.add(new Violation(line, score.name(), "range-0-100", "“" + given
                            + "”不是 0 至 100 之间的分数"));
                }
            }
            scores.put(applicantId, values);
        });
        scores.forEach((applicantId, values) -> taskService.complete(openTasks.get(applicantId), values));
        return scores.size();
    }
}
