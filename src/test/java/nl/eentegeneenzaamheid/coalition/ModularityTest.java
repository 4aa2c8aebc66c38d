package nl.eentegeneenzaamheid.coalition;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the modules: each top-level package is a module, its root package is its API, its
 * sub-packages are its own. Fails on a cycle between modules or on a reach into another module's sub-packages.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CoalitionApplication.class);

    @Test
    void the_modules_keep_to_their_boundaries() {
        MODULES.verify();
    }
}
