package nl.eentegeneenzaamheid.coalition.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every event the code can emit has its JSON Schema in docs/events/, so other teams can build on it.
 */
class EventCatalogueTest {

    @Test
    void every_event_type_has_a_schema() {
        List<JavaClass> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.eentegeneenzaamheid.coalition").stream()
                .filter(type -> type.isAnnotatedWith(EventType.class)).toList();

        assertThat(events).hasSizeGreaterThanOrEqualTo(13);
        for (JavaClass event : events) {
            EventType type = event.getAnnotationOfType(EventType.class);
            Path schema = Path.of("docs", "events", type.name() + ".v" + type.version() + ".schema.json");
            assertThat(Files.exists(schema)).as(event.getSimpleName() + " has " + schema).isTrue();
        }
    }
}
