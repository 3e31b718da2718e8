package cn.communityworkers.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** What the project's engine plugins add to the engine's configuration, each after those already there. */
public final class EnginePlugins {

    private EnginePlugins() {
    }

    /** A command interceptor running before the engine's own, inside its transaction. */
    public static void addCommandInterceptor(ProcessEngineConfigurationImpl configuration,
            CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(interceptor);
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** A history event handler, after the engine's and those already there. */
    public static void addHistoryEventHandler(ProcessEngineConfigurationImpl configuration, HistoryEventHandler handler) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** A BPMN parse listener running after the engine's own parsing of each element. */
    public static void addParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
