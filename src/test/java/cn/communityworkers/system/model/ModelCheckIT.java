package cn.communityworkers.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.communityworkers.support.IntegrationTest;

/**
 * The project's own models, element templates and forms pass the model check, with delegate beans looked up in the
 * application: every template names a bean of it, and every service task applies a template.
 */
@IntegrationTest
class ModelCheckIT {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");

    @Autowired
    ApplicationContext context;

    @Test
    void theProjectsModelsHaveNoDefects() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            assertThat(files.filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn")))
                    .as("models found under processes/").isNotEmpty();
        }
        try (Stream<Path> files = Files.walk(PROCESSES.resolve(ModelChecker.TEMPLATES_FOLDER))) {
            assertThat(files.filter(file -> file.toString().endsWith(".json")))
                    .as("element templates found under processes/" + ModelChecker.TEMPLATES_FOLDER).isNotEmpty();
        }
        assertThat(new ModelChecker(context::containsBean).check(PROCESSES, FORMS)).isEmpty();
    }
}
