package nl.eentegeneenzaamheid.coalition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The house rules that keep the modules small and the engine swappable.
 */
class ArchitectureTest {

    static final String BASE = "nl.eentegeneenzaamheid.coalition";
    static final Set<String> SHARED = Set.of("platform");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void modules_use_only_each_others_root_package() {
        ArchRule rule = noClasses().should(new ArchCondition<>("reach into another module's internals") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String targetPackage = target.getPackageName();
                    String to = module(targetPackage);
                    if (to == null || to.equals(from) || SHARED.contains(to)) {
                        return;
                    }
                    if (!targetPackage.equals(BASE + "." + to)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        });
        rule.check(CLASSES);
    }

    @Test
    void modules_do_not_depend_on_each_other_in_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void only_workflow_adapters_and_the_platform_talk_to_the_engine() {
        noClasses().that().resideOutsideOfPackages("..workflow..", BASE + ".platform..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    @Test
    void only_messaging_adapters_the_outbox_and_the_platform_talk_to_kafka() {
        noClasses().that().resideOutsideOfPackages("..messaging..", BASE + ".events.internal..",
                        BASE + ".platform..")
                .should().dependOnClassesThat(DescribedPredicate.describe("Kafka or Spring for Apache Kafka",
                        (JavaClass c) -> c.getPackageName().startsWith("org.apache.kafka")
                                || c.getPackageName().startsWith("org.springframework.kafka")))
                .check(CLASSES);
    }

    private static String module(String packageName) {
        if (!packageName.startsWith(BASE + ".")) {
            return null;
        }
        String rest = packageName.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
