package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /engine-rest}'s object mapper: one for every call, configured as Camunda configures its own. */
class EngineRestResourcesTest {

    @Test
    void oneObjectMapperReplacesCamundasMapperPerCall() throws Exception {
        EngineRestResources resources = new EngineRestResources();
        resources.afterPropertiesSet();
        assertThat(resources.getClasses()).contains(EngineRestResources.OneObjectMapper.class)
                .doesNotContain(JacksonConfigurator.class);
        EngineRestResources.OneObjectMapper resolver = new EngineRestResources.OneObjectMapper();
        assertThat(resolver.getContext(TaskQueryDto.class)).isSameAs(resolver.getContext(Object.class))
                .isSameAs(new EngineRestResources.OneObjectMapper().getContext(TaskQueryDto.class));
    }

    @Test
    void itWritesAndReadsAsCamundasOwn() throws Exception {
        ObjectMapper ours = new EngineRestResources.OneObjectMapper().getContext(Object.class);
        ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);
        Date moment = new Date(1_796_000_000_123L);
        assertThat(ours.writeValueAsString(moment)).isEqualTo(camundas.writeValueAsString(moment))
                .contains(new java.text.SimpleDateFormat(JacksonConfigurator.DEFAULT_DATE_FORMAT).format(moment));
        String query = "{\"candidateGroup\":\"community990101001001Party\",\"unknownMember\":1,"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        TaskQueryDto read = ours.readValue(query, TaskQueryDto.class);
        assertThat(read.getCandidateGroup()).isEqualTo("community990101001001Party");
        assertThat(read.getSorting()).hasSize(1);
    }
}
