package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestModels;

/** A refusal of bad input (a value, a password) is not an error in the log; anything else that ends a command still is. */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest {

    static final String PROBE = "refusalLoggingProbe";
    static final String ENGINE_ERROR = "ENGINE-16004";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        TestModels.deploy(repositoryService, Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Check").camundaClass(Check.class.getName()).endEvent().done());
    }

    /** Refuses the field {@code score} when it is above 100, and fails outright without it. */
    public static class Check implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Object score = execution.getVariable("score");
            if (score == null) {
                throw new IllegalStateException("no score: a fault, not a refusal");
            }
            if ((Integer) score > 100) {
                throw new FormFieldValidationException("score", "分数不能超过 100");
            }
        }
    }

    @Test
    void aRefusedValueIsNotLoggedAsAnError(CapturedOutput output) {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBE, Map.of("score", 101)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("分数不能超过 100");
        assertThat(output.getAll()).doesNotContain(ENGINE_ERROR);
    }

    @Test
    void aPasswordThePolicyRefusesIsNotLoggedAsAnError(CapturedOutput output) {
        // Camunda's default policy is on for this one save, whatever the profile has (the demo's is off).
        boolean enabled = configuration.isEnablePasswordPolicy();
        PasswordPolicy policy = configuration.getPasswordPolicy();
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
        try {
            User user = identityService.newUser("policyprobe");
            user.setPassword("weak");
            assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("密码不符合密码策略");
        } finally {
            configuration.setEnablePasswordPolicy(enabled);
            configuration.setPasswordPolicy(policy);
        }
        assertThat(output.getAll()).doesNotContain(ENGINE_ERROR);
    }

    @Test
    void aFaultIsStillLoggedAsAnErrorWithItsCause(CapturedOutput output) {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBE, Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(output.getAll()).contains(ENGINE_ERROR).contains("no score: a fault, not a refusal");
    }
}
