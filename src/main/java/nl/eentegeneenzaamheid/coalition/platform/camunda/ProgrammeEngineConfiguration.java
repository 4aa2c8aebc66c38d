package nl.eentegeneenzaamheid.coalition.platform.camunda;

import java.util.ArrayList;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class ProgrammeEngineConfiguration {

    /** Members of {@code programme-admins} are engine administrators, as {@code camunda-admin}'s are. */
    @Bean
    @Order(Ordering.DEFAULT_ORDER + 1)
    AbstractCamundaConfiguration programmeAdministrators() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<String> adminGroups = new ArrayList<>();
                if (configuration.getAdminGroups() != null) {
                    adminGroups.addAll(configuration.getAdminGroups());
                }
                for (String group : List.of(Groups.CAMUNDA_ADMIN, Groups.ADMINS)) {
                    if (!adminGroups.contains(group)) {
                        adminGroups.add(group);
                    }
                }
                configuration.setAdminGroups(adminGroups);
            }
        };
    }
}
