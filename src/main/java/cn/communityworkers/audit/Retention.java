package cn.communityworkers.audit;

import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.EnginePlugins;

/**
 * {@code audit.history-time-to-live} governs how long the history of every process and decision is kept: each process
 * deployed gets it whatever its model says, and at every start every deployed process and decision definition is set
 * to it. (The models say {@code P10950D} as well, so that a model deployed elsewhere keeps 30 years.) The sealed
 * trails are not part of the engine's history: the cleanup never removes them.
 */
@Component
class Retention extends AbstractProcessEnginePlugin {

    private final AuditProperties properties;
    private final ObjectProvider<RepositoryService> repositoryService;

    Retention(AuditProperties properties, ObjectProvider<RepositoryService> repositoryService) {
        this.properties = properties;
        this.repositoryService = repositoryService;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(properties.historyTimeToLiveDays());
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    public void applyToDeployedDefinitions() {
        RepositoryService repository = repositoryService.getObject();
        Integer days = properties.historyTimeToLiveDays();
        repository.createProcessDefinitionQuery().list().stream()
                .filter(definition -> !Objects.equals(definition.getHistoryTimeToLive(), days))
                .forEach(definition -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
        repository.createDecisionDefinitionQuery().list().stream()
                .filter(definition -> !Objects.equals(definition.getHistoryTimeToLive(), days))
                .forEach(definition -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
    }
}
