package nl.eentegeneenzaamheid.coalition.platform.camunda;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on an empty database take turns creating Camunda's tables. Camunda creates its schema
 * while its engine is built, without a lock: two nodes started at the same moment both tried, and one died on a
 * duplicate key. This holds a PostgreSQL advisory lock from the start of the engine's build until it is built, so the
 * second node waits and then finds the tables there. (Flyway locks its own migrations.)
 */
@Component
class SchemaCreationLock extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaCreationLock.class);
    /** The advisory-lock namespace of this lock (the outbox uses 0x0C0A1 and 0x0C0A2). */
    private static final int NAMESPACE = 0x0C0A3;

    private final DataSource dataSource;
    private Connection held;

    SchemaCreationLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + NAMESPACE + ", 1)");
            }
            held = connection;
        } catch (SQLException e) {
            log.warn("Could not take the lock for creating Camunda's tables; building the engine without it: {}",
                    e.getMessage());
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + NAMESPACE + ", 1)");
        } catch (SQLException e) {
            log.debug("Releasing the schema lock failed (the connection closes anyway)", e);
        } finally {
            held = null;
        }
    }
}
