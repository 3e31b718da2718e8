package cn.communityworkers.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The start form a person is served (Tasklist's 发起流程, {@code GET …/deployed-start-form}), filled in for that person:
 * a select whose {@code valuesKey} names {@link StartChoices} lists the options offered to the person's groups (a
 * single one chosen already), and a field whose custom property {@code defaultFrom} names a {@link StartDefault} has
 * that value as its default. Tasklist passes a Camunda Form start form no variables at all, so this is the only way
 * options reach it. What a start may then submit is checked by {@link EngineWriteGuard} against the same choices.
 */
@Component
class StartForms extends AbstractProcessEnginePlugin {

    /** The custom property (form-js "Custom properties") naming a field's default. */
    static final String DEFAULT_FROM = "defaultFrom";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StartChoices> choices;
    private final Map<String, StartDefault> defaults;

    StartForms(List<StartChoices> choices, List<StartDefault> defaults) {
        this.choices = choices.stream().collect(Collectors.toMap(StartChoices::name, Function.identity()));
        this.defaults = defaults.stream().collect(Collectors.toMap(StartDefault::name, Function.identity()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addCommandInterceptor(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
                    Authentication person = configuration.getIdentityService().getCurrentAuthentication();
                    @SuppressWarnings("unchecked")
                    T filled = (T) filled(form, person == null || person.getGroupIds() == null
                            ? List.of() : person.getGroupIds());
                    return filled;
                }
                return result;
            }
        });
    }

    /** The options of a start form's choice for a person in these groups; null when the form names no such list. */
    List<StartChoices.Choice> offered(String valuesKey, Collection<String> groups) {
        StartChoices named = choices.get(valuesKey);
        return named == null ? null : named.offered(groups);
    }

    InputStream filled(InputStream deployed, Collection<String> groups) {
        byte[] bytes;
        try (deployed) {
            bytes = deployed.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode schema;
        try {
            schema = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return new ByteArrayInputStream(bytes); // an embedded (HTML) form: served as deployed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (schema == null || !schema.path("components").isArray()) {
            return new ByteArrayInputStream(bytes);
        }
        fill(schema.path("components"), groups);
        try {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("start form not writable as JSON", e);
        }
    }

    private void fill(JsonNode components, Collection<String> groups) {
        for (JsonNode node : components) {
            if (!(node instanceof ObjectNode component)) {
                continue;
            }
            List<StartChoices.Choice> offered = offered(component.path("valuesKey").asText(""), groups);
            if (offered != null) {
                ArrayNode values = component.putArray("values");
                offered.forEach(choice -> values.addObject().put("label", choice.label()).put("value", choice.value()));
                component.remove("valuesKey");
                if (offered.size() == 1 && !component.has("defaultValue")) {
                    component.put("defaultValue", offered.get(0).value());
                }
            }
            StartDefault named = defaults.get(component.path("properties").path(DEFAULT_FROM).asText(""));
            if (named != null && named.value() != null) {
                component.set("defaultValue", JSON.valueToTree(named.value()));
            }
            if (component.path("components").isArray()) {
                fill(component.path("components"), groups);
            }
        }
    }
}
