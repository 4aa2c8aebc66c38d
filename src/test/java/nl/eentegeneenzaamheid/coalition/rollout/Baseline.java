package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The baseline: the same BPMN, DMN and forms on a bare Camunda engine in this JVM, on its own database on the same
 * PostgreSQL server, with the same history level and job executor, driven through the engine's Java API for the same
 * municipalities, partners and answers as the full run. No HTTP, no security, no outbox, no Kafka, no mail, no
 * documents, seal or audit trail: each delegate only sets the variables the process's gateways read. The
 * difference to the full run is what those layers cost.
 */
final class Baseline {

    static final String DATABASE = "rollout_baseline";

    record Result(int onboardings, double seconds, long userTasks, long messages, String note) {
        static Result failed(Exception e) {
            return new Result(0, Double.NaN, 0, 0, "the baseline failed: " + e.getMessage());
        }

        double perSecond() {
            return onboardings / seconds;
        }
    }

    private Baseline() {
    }

    static Result run(Database database, List<Journey> journeys, int concurrency, PrintStream out)
            throws Exception {
        database.execute("drop database if exists " + DATABASE);
        database.execute("create database " + DATABASE);
        ProcessEngine engine = engine(database.sibling(DATABASE), database.user(), database.password());
        try {
            deploy(engine);
            AtomicLong tasks = new AtomicLong();
            AtomicLong messages = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            long start = System.nanoTime();
            try (Progress progress = new Progress(out, "baseline", journeys.size())) {
                List<Future<?>> running = new ArrayList<>();
                for (Journey journey : journeys) {
                    running.add(pool.submit(() -> {
                        drive(engine, journey, tasks, messages);
                        progress.step();
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey("municipality-onboarding").completed().count();
            if (finished != journeys.size()) {
                throw new IllegalStateException("The baseline finished " + finished + " of " + journeys.size()
                        + " onboardings");
            }
            return new Result(journeys.size(), seconds, tasks.get(), messages.get(),
                    "bare engine, history " + engine.getProcessEngineConfiguration().getHistory()
                            + ", job executor on, database " + DATABASE + " on the same server");
        } finally {
            engine.close();
            ((HikariDataSource) engine.getProcessEngineConfiguration().getDataSource()).close();
            database.execute("drop database if exists " + DATABASE);
        }
    }

    private static void drive(ProcessEngine engine, Journey journey, AtomicLong tasks, AtomicLong messages) {
        String onboardingId = UUID.randomUUID().toString();
        engine.getRuntimeService().startProcessInstanceByKey("municipality-onboarding", onboardingId, Map.of(
                "onboardingId", onboardingId, "municipalityCode", journey.code(), "municipalityName", journey.name(),
                "aldermanName", "Wethouder van " + journey.name()));
        complete(engine, onboardingId, "review-intent", Map.of("reviewDecision", "approve"), tasks);
        int accepted = 0;
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (Journey.Partner partner : journey.partnerList()) {
            String invitationId = UUID.randomUUID().toString();
            ProcessInstance invitation = engine.getRuntimeService().startProcessInstanceByKey("partner-invitation",
                    onboardingId, Map.of("onboardingId", onboardingId, "invitationId", invitationId,
                            "organisationName", partner.name()));
            switch (partner.answer()) {
                case ACCEPT -> {
                    correlate(engine, "invitation-accepted", invitation, messages);
                    accepted++;
                    kinds.add(partner.type());
                }
                case DECLINE -> correlate(engine, "invitation-declined", invitation, messages);
                case EXPIRE -> {
                    Job expiry = engine.getManagementService().createJobQuery().processInstanceId(invitation.getId())
                            .activityId("invitation-expires").singleResult();
                    engine.getManagementService().executeJob(expiry.getId());
                }
            }
        }
        engine.getRuntimeService().createMessageCorrelation("recruitment-completed")
                .processInstanceBusinessKey(onboardingId)
                .processInstanceVariableEquals("onboardingId", onboardingId)
                .setVariable("acceptedPartners", accepted).setVariable("acceptedPartnerTypes", kinds.size())
                .correlate();
        messages.incrementAndGet();
        if (accepted < 3 || kinds.size() < 2) {
            complete(engine, onboardingId, "decide-on-coalition", Map.of("coalitionDecision", "continue"), tasks);
        }
        ProcessInstance signing = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("coalition-signing").processInstanceBusinessKey(onboardingId).singleResult();
        engine.getRuntimeService().createMessageCorrelation("envelope-completed")
                .processInstanceId(signing.getId()).correlate();
        messages.incrementAndGet();
        // the sealing step is asynchronous, as in the full run: the job executor takes it
        await(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId)
                .taskDefinitionKey("assign-adviser").count() == 1, onboardingId);
        complete(engine, onboardingId, "assign-adviser", Map.of("adviser", "Adviseur " + journey.name()), tasks);
        complete(engine, onboardingId, "schedule-kickoff", Map.of("kickoffOn", "2027-01-12",
                "kickoffPlace", "Gemeentehuis " + journey.name()), tasks);
        engine.getRuntimeService().createMessageCorrelation("local-plan-received")
                .processInstanceBusinessKey(onboardingId)
                .processInstanceVariableEquals("onboardingId", onboardingId).correlate();
        messages.incrementAndGet();
    }

    private static void correlate(ProcessEngine engine, String message, ProcessInstance instance, AtomicLong count) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(instance.getId()).correlate();
        count.incrementAndGet();
    }

    private static void complete(ProcessEngine engine, String onboardingId, String taskKey,
                                 Map<String, Object> variables, AtomicLong count) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId)
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("No task " + taskKey + " in the baseline for " + onboardingId);
        }
        engine.getTaskService().claim(task.getId(), "baseline");
        engine.getTaskService().complete(task.getId(), variables);
        count.incrementAndGet();
    }

    private static void await(java.util.function.BooleanSupplier condition, String onboardingId) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long pause = 5;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The baseline's sealing job did not run for " + onboardingId);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = Math.min(pause * 2, 100);
        }
    }

    private static ProcessEngine engine(String url, String user, String password) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("national-rollout-baseline");
        // the application's pool, as the application has it (MyBatis' own pool reclaims connections after 20 s)
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(20);
        pool.setPoolName("national-rollout-baseline");
        configuration.setDataSource(new HikariDataSource(pool));
        // ids as the application makes them (Camunda's Spring Boot default); the standalone default fetches id
        // blocks in a second transaction, and 64 threads holding a connection each then starve the pool
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setHistoryCleanupEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setBeans(beans());
        return configuration.buildProcessEngine();
    }

    /** Every bean the BPMN names, each doing only what a gateway or timer downstream reads. */
    private static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        for (String name : List.of("applySigningDecisionDelegate", "completeOnboardingDelegate",
                "completePaperSigningDelegate", "countPartnersDelegate", "describeSigningSituationListener",
                "expireEnvelopeDelegate", "informationReminderDelegate", "invitationExpiryDelegate",
                "localPlanReminderDelegate", "partnerReminderDelegate", "recordAdviserDelegate",
                "recordAssessmentDelegate", "recordCoalitionDecisionDelegate",
                "recordKickoffDelegate", "recordReviewDelegate", "recruitmentDeadlineDelegate",
                "remindSignersDelegate", "sealAgreementDelegate")) {
            beans.put(name, new Sets(Map.of()));
        }
        beans.put("startSigningDelegate", new Sets(Map.of("signingMethod", "digital")));
        beans.put("prepareEnvelopeDelegate", new Sets(Map.of("signingReminderCycle", "R/P5D")));
        beans.put("completeDigitalSigningDelegate", new Sets(Map.of("signingOutcome", "signed")));
        beans.put("recordAldermanInvitationDelegate", new Sets(Map.of("aldermanInvited", true)));
        return beans;
    }

    /** A delegate or listener that sets fixed variables (and the envelope's term, where the BPMN reads it). */
    private record Sets(Map<String, Object> variables) implements JavaDelegate, ExecutionListener, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariables(variables);
            if (variables.containsKey("signingReminderCycle")) {
                execution.setVariable("envelopeExpiresAt", Date.from(Instant.now().plus(14, ChronoUnit.DAYS)));
            }
        }

        @Override
        public void notify(DelegateExecution execution) {
            execute(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            task.setVariables(variables);
        }
    }

    private static void deploy(ProcessEngine engine) throws IOException {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("national-rollout-baseline");
        for (String pattern : List.of("classpath*:workflows/**/*.bpmn", "classpath*:workflows/**/*.dmn",
                "classpath*:workflows/**/*.form")) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (var in = resource.getInputStream()) {
                    deployment.addInputStream(resource.getFilename(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        deployment.deploy();
    }
}
