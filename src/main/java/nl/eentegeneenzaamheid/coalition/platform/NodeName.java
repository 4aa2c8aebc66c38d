package nl.eentegeneenzaamheid.coalition.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code coalition.node-name}: which node this is, for operators (the Kafka clients' ids, so that a consumer group's
 * description says which node holds which partitions). The host's name and the process id, unless set
 * ({@code COALITION_NODENAME}, a pod's name, say).
 */
public class NodeName implements EnvironmentPostProcessor {

    static final String PROPERTY = "coalition.node-name";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        environment.getPropertySources().addLast(new MapPropertySource("coalition-node-name",
                Map.of(PROPERTY, host + "-" + ProcessHandle.current().pid())));
    }
}
