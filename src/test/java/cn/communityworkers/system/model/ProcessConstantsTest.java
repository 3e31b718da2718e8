package cn.communityworkers.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.communityworkers.assessment.AnnualAssessmentProcess;
import cn.communityworkers.assessment.AssessmentCampaignProcess;
import cn.communityworkers.dismissal.DismissalProcess;
import cn.communityworkers.election.ElectionProcess;
import cn.communityworkers.probation.ProbationProcess;
import cn.communityworkers.promotion.PromotionProcess;
import cn.communityworkers.recruitment.RecruitmentProcess;
import cn.communityworkers.contractexpiry.ContractExpiryProcess;
import cn.communityworkers.resignation.ResignationProcess;
import cn.communityworkers.secondment.SecondmentProcess;
import cn.communityworkers.training.TrainingCheckProcess;
import cn.communityworkers.transfer.TransferArrivalProcess;
import cn.communityworkers.transfer.TransferProcess;
import cn.communityworkers.workforce.PayAdjustmentProcess;

/**
 * Each process class holds the ids of its models' elements (tasks, gateways, events, flows, sub-processes) and the
 * keys of its processes as constants, so that Java never repeats a model's literal. This test reads every such
 * constant and finds it in the models beside it ({@code processes/<the class's package>/*.bpmn}): a model changed
 * without its class (an element renamed or removed) fails the build here, not at run time.
 */
class ProcessConstantsTest {

    /** Values that name a BPMN element by the project's id convention (type prefix, underscore, PascalCase). */
    static final Pattern ELEMENT_ID = Pattern.compile(
            "(Task|Gateway|Event|StartEvent|EndEvent|Timer|Flow|SubProcess|Boundary|Message)_[A-Z][A-Za-z0-9]*");

    @ParameterizedTest
    @ValueSource(classes = {SecondmentProcess.class, RecruitmentProcess.class, ProbationProcess.class,
        AssessmentCampaignProcess.class, AnnualAssessmentProcess.class, PromotionProcess.class, PayAdjustmentProcess.class,
        TrainingCheckProcess.class,
        TransferProcess.class, TransferArrivalProcess.class, ContractExpiryProcess.class,
        ResignationProcess.class, DismissalProcess.class, ElectionProcess.class})
    void everyIdAndKeyOfAProcessClassIsInItsModels(Class<?> processClass) throws IOException {
        List<BpmnModelInstance> models = modelsOf(processClass);
        assertThat(models).as("models of " + processClass.getSimpleName()).isNotEmpty();
        assertThat(checkedConstants(processClass)).as("constants checked in " + processClass.getSimpleName())
                .isNotEmpty();
        assertThat(staleConstants(processClass, models)).as("constants of " + processClass.getSimpleName()
                + " that name no element or process of processes/" + packageName(processClass)).isEmpty();
    }

    /** A planted stale id: the check finds it (and only it), so that it cannot pass by finding nothing. */
    @Test
    void aStaleIdIsFound() throws IOException {
        assertThat(staleConstants(StaleSecondmentIds.class, modelsOf(SecondmentProcess.class)))
                .containsExactlyInAnyOrder("TASK_GONE = Task_ApproveAtProvince", "GONE_KEY = secondmentAbroad");
    }

    /** A copy of a few of {@link SecondmentProcess}'s constants, two of them naming nothing in its model. */
    static final class StaleSecondmentIds {
        static final String KEY = SecondmentProcess.KEY;
        static final String GONE_KEY = "secondmentAbroad";
        static final String TASK_GONE = "Task_ApproveAtProvince";
        static final String NOT_AN_ID = "approvedByCounty";
    }

    static List<String> staleConstants(Class<?> processClass, List<BpmnModelInstance> models) {
        List<String> stale = new ArrayList<>();
        for (Field field : checkedConstants(processClass)) {
            String value = value(field);
            boolean found = field.getName().endsWith("KEY")
                    ? models.stream().anyMatch(model -> model.getModelElementById(value) instanceof Process)
                    : models.stream().anyMatch(model -> model.getModelElementById(value) != null);
            if (!found) {
                stale.add(field.getName() + " = " + value);
            }
        }
        return stale;
    }

    /** The static String constants that are process keys (name ending in KEY) or element ids by the convention. */
    static List<Field> checkedConstants(Class<?> processClass) {
        List<Field> checked = new ArrayList<>();
        for (Field field : processClass.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class) {
                continue;
            }
            String value = value(field);
            if (field.getName().endsWith("KEY") || ELEMENT_ID.matcher(value).matches()) {
                checked.add(field);
            }
        }
        return checked;
    }

    static List<BpmnModelInstance> modelsOf(Class<?> processClass) throws IOException {
        Path folder = Path.of("processes", packageName(processClass));
        List<BpmnModelInstance> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    models.add(Bpmn.readModelFromStream(in));
                }
            }
        }
        return models;
    }

    /** The folder of the class's package: its name, or its words joined by hyphens (contract-expiry for contractexpiry). */
    private static String packageName(Class<?> processClass) throws IOException {
        String name = processClass.getPackageName();
        String last = name.substring(name.lastIndexOf('.') + 1);
        try (Stream<Path> folders = Files.list(Path.of("processes"))) {
            return folders.map(folder -> folder.getFileName().toString())
                    .filter(folder -> folder.replace("-", "").equals(last)).findFirst().orElse(last);
        }
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.toString(), e);
        }
    }
}
