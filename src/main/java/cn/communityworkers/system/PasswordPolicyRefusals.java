package cn.communityworkers.system;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A password that the engine's password policy ({@code enablePasswordPolicy}, on outside the demo profile) refuses is
 * bad input: the engine throws a plain {@code ProcessEngineException("Password does not match policy")}, which the
 * REST API ({@code /engine-rest/user/create}, {@code …/credentials}, and the Admin webapp's calls) answered with 500.
 * Here it becomes a {@link BadUserRequestException} (400) whose message also lists, in Chinese, what the policy asks.
 */
@Component
class PasswordPolicyRefusals extends AbstractProcessEnginePlugin {

    /** The engine's message for a password refused by its policy ({@code SaveUserCmd}). */
    static final String POLICY_MESSAGE = "Password does not match policy";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addCommandInterceptor(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } catch (ProcessEngineException e) {
                    if (command instanceof SaveUserCmd && isPolicyRefusal(e)) {
                        throw new BadUserRequestException(POLICY_MESSAGE + ": 密码不符合密码策略:"
                                + describe(configuration.getPasswordPolicy()), e);
                    }
                    throw e;
                }
            }
        });
    }

    /** Whether the engine refused a password because of its policy. */
    static boolean isPolicyRefusal(Throwable exception) {
        return exception.getClass() == ProcessEngineException.class && POLICY_MESSAGE.equals(exception.getMessage());
    }

    /** The rules of the policy in Chinese, e.g. 至少 10 个字符;至少 1 个小写字母;…;不得包含用户名、姓名或电子邮箱. */
    static String describe(PasswordPolicy policy) {
        return policy.getRules().stream().map(PasswordPolicyRefusals::describe).collect(Collectors.joining(";"));
    }

    private static String describe(PasswordPolicyRule rule) {
        Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少 " + parameters.get("minLength") + " 个字符";
            case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + parameters.get("minLowerCase") + " 个小写字母";
            case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + parameters.get("minUpperCase") + " 个大写字母";
            case "PASSWORD_POLICY_DIGIT" -> "至少 " + parameters.get("minDigit") + " 个数字";
            case "PASSWORD_POLICY_SPECIAL" -> "至少 " + parameters.get("minSpecial") + " 个特殊字符";
            case "PASSWORD_POLICY_USER_DATA" -> "不得包含用户名、姓名或电子邮箱";
            default -> rule.getPlaceholder() + " " + parameters;
        };
    }
}
