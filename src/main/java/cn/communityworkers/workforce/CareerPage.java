package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.SystemActions;

/**
 * A worker's whole career ({@code GET /api/workers/{workerId}/career}, the page {@code /career/}): the sections given
 * by every {@link CareerSection} bean, in their order, and all their entries as one timeline, newest first, each with
 * the name of the process behind it. Whoever may see the worker (their units, auditors, administrators) may see it;
 * the identity number as {@link WorkerRegistry#view} shows it (whole to the personnel offices only).
 */
@Service
public class CareerPage {

    /** A worker's career: the worker as the registry shows them, the sections, the timeline. */
    public record Career(WorkerView worker, List<Section> sections, List<Event> timeline) {
    }

    public record Section(String key, String title, List<Event> entries) {
    }

    /** An entry of a section, with the section and the name of its process (from the engine's history). */
    public record Event(LocalDate date, String section, String sectionTitle, String summary, String detail,
            String processInstanceId, String processName) {
    }

    private final WorkerRegistry registry;
    private final List<CareerSection> sections;
    private final HistoryService history;
    private final SystemActions systemActions;

    CareerPage(WorkerRegistry registry, List<CareerSection> sections, HistoryService history,
            SystemActions systemActions) {
        this.registry = registry;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CareerSection::order)).toList();
        this.history = history;
        this.systemActions = systemActions;
        Set<String> keys = new HashSet<>();
        sections.forEach(section -> {
            if (!keys.add(section.key())) {
                throw new IllegalStateException("two career sections have the key '" + section.key() + "'");
            }
        });
    }

    /** The worker's career, for those who may see the worker (403 otherwise, 404 for no such worker). */
    @Transactional(readOnly = true)
    public Career of(String workerId) {
        WorkerView worker = registry.view(workerId);
        Map<CareerSection, List<CareerSection.Entry>> entries = new HashMap<>();
        sections.forEach(section -> entries.put(section, section.entries(workerId)));
        Map<String, String> processNames = processNames(entries.values().stream().flatMap(List::stream)
                .map(CareerSection.Entry::processInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Section> shown = new ArrayList<>();
        List<Event> timeline = new ArrayList<>();
        for (CareerSection section : sections) {
            List<Event> events = entries.get(section).stream().map(entry -> new Event(entry.date(), section.key(),
                    section.title(), entry.summary(), entry.detail(), entry.processInstanceId(),
                    entry.processInstanceId() == null ? null : processNames.get(entry.processInstanceId()))).toList();
            shown.add(new Section(section.key(), section.title(), events));
            timeline.addAll(events);
        }
        timeline.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Career(worker, shown, timeline);
    }

    /** The processes' names as deployed, by instance (read as the system: the caller may not read the history). */
    private Map<String, String> processNames(Set<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return systemActions.run(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, instance -> Objects.requireNonNullElse(
                        instance.getProcessDefinitionName(), instance.getProcessDefinitionKey()))));
    }
}
