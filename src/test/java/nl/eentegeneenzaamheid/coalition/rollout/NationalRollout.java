package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The national rollout: takes N municipalities (all 342 by default) through the whole journey at once, through the
 * real system's public surfaces only, and measures it. Run with {@code ./mvnw -Prollout verify} (see
 * docs/performance.md); options as {@code -Drollout.args="--municipalities=50 --concurrency=8"}.
 */
public final class NationalRollout {

    static final String COMMIT_TO_KAFKA = "commit → Kafka consumer";

    private NationalRollout() {
    }

    /**
     * The command line: {@code EmbeddedCoalitionApplication rollout --name=value ...} (the Maven profile
     * {@code rollout} calls it). Returns the exit code: 0 when every municipality joined and no event was lost, 1
     * otherwise, 2 for options that make no sense.
     */
    public static int cli(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        RolloutOptions options;
        try {
            options = RolloutOptions.parse(args.length == 1 && args[0].contains(" ") ? args[0].trim().split("\\s+")
                    : args);
        } catch (IllegalArgumentException e) {
            System.err.println("national-rollout: " + e.getMessage());
            return 2;
        }
        RolloutResult result = run(options, System.out);
        System.out.println();
        System.out.println(result.summary());
        System.out.println("Report: " + options.output().resolve("report.md").toAbsolutePath());
        return result.failures().isEmpty() && result.lostEvents() == 0 ? 0 : 1;
    }

    public static RolloutResult run(RolloutOptions options, PrintStream out) throws Exception {
        java.nio.file.Files.createDirectories(options.output());
        out.println("National rollout: " + options.municipalities() + " municipalities, " + options.minPartners()
                + "-" + options.maxPartners() + " partners each, concurrency " + options.concurrency());
        long bootStart = System.nanoTime();
        try (Target target = Target.open(options)) {
            double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
            out.println("Driving " + target.description + " (" + target.url + ")");
            Latencies api = new Latencies();
            Http http = new Http(target.url, options.accounts(), api);
            Mail mail = new Mail(target.imap, Duration.ofMinutes(3), api);
            Database database = new Database(target.jdbcUrl, target.dbUser, target.dbPassword);

            List<String[]> municipalities = pick(http, options.municipalities(), options.accounts().staff());
            scheduleAldermenMeeting(http, options.accounts().staff());
            long transactionsBefore = database.transactions();
            RolloutResult.Memory memory = new RolloutResult.Memory();
            List<RolloutResult.Failure> failures = Collections.synchronizedList(new ArrayList<>());
            List<Journey.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

            try (EventWatcher watcher = new EventWatcher(target.kafka);
                 Sampler sampler = new Sampler(target, http, memory)) {
                // read only now that the watcher is positioned at the topic's end: an event committed after this
                // head cannot have reached Kafka before the watcher, so a missing one is really lost
                long outboxHead = database.outboxHead();
                Random random = new Random(options.seed());
                List<Journey> journeys = new ArrayList<>();
                for (String[] municipality : municipalities) {
                    journeys.add(new Journey(http, mail, municipality[0], municipality[1], options,
                            new Random(random.nextLong())));
                }
                long start = System.currentTimeMillis();
                ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
                try (Progress progress = new Progress(out, "onboardings", journeys.size())) {
                    List<Future<?>> running = new ArrayList<>();
                    for (int i = 0; i < journeys.size(); i++) {
                        Journey journey = journeys.get(i);
                        String[] municipality = municipalities.get(i);
                        running.add(pool.submit(() -> {
                            try {
                                outcomes.add(journey.run());
                                progress.step();
                            } catch (RuntimeException e) {
                                failures.add(new RolloutResult.Failure(municipality[0], municipality[1],
                                        e.getMessage()));
                                out.println("\nFAILED " + municipality[1] + " (" + municipality[0] + "): "
                                        + e.getMessage());
                                progress.fail();
                            }
                        }));
                    }
                    for (Future<?> future : running) {
                        future.get();
                    }
                } finally {
                    pool.shutdown();
                }
                long end = System.currentTimeMillis();

                Latencies pipeline = new Latencies();
                RolloutResult.Events events = events(database, watcher, outboxHead, pipeline);
                Thread.sleep(1100); // the server's statistics are flushed about once a second
                long transactions = database.transactions() - transactionsBefore;
                sampler.sampleNow();
                Map<String, Long> tables = Map.of(
                        "outbox_event", database.count("outbox_event"),
                        "act_hi_actinst", database.count("act_hi_actinst"),
                        "act_hi_varinst", database.count("act_hi_varinst"),
                        "act_ru_task", database.count("act_ru_task"));

                Latencies taskQuery = new Latencies();
                long openTasks = 0;
                if (options.openTasks() > 0) {
                    try (Progress progress = new Progress(out, "open tasks", options.openTasks())) {
                        openTasks = new TaskQueryBenchmark(new Http(target.url, options.accounts(), taskQuery),
                                target.engine()).run(options.openTasks(), options.queryRounds(), options.accounts().staff(), progress);
                    }
                }
                Database.PgbenchResult pgbench;
                try {
                    pgbench = options.pgbenchSeconds() > 0
                            ? database.pgbench(options.pgbenchSeconds(), options.municipalities() >= 100 ? 10 : 1, 8)
                            : new Database.PgbenchResult(Double.NaN, "not run (--pgbench-seconds=0)");
                } catch (RuntimeException e) {
                    pgbench = new Database.PgbenchResult(Double.NaN, "failed: " + e.getMessage());
                }
                Baseline.Result baseline = null;
                if (options.baseline()) {
                    try {
                        baseline = Baseline.run(database, journeys, options.concurrency(), out);
                    } catch (Exception e) {
                        // the run's own figures stand; the report says why there is no baseline
                        out.println("\nThe baseline failed: " + e);
                        baseline = Baseline.Result.failed(e);
                    }
                }

                RolloutResult result = new RolloutResult(options, target.description, bootSeconds, start, end,
                        List.copyOf(outcomes), List.copyOf(failures), api.summaries(), pipeline.summaries(),
                        taskQuery.summaries(), openTasks, events, transactions, pgbench, memory, database.settings(),
                        tables, baseline, mail.reconnects());
                Report.write(result, options.output());
                return result;
            }
        }
    }

    /**
     * Every event the run wrote (the outbox rows after {@code outboxHead}) against what the watcher received, once
     * the relay has published the last ones (a minute at most); records each one's commit-to-receipt time.
     */
    private static RolloutResult.Events events(Database database, EventWatcher watcher, long outboxHead,
                                               Latencies pipeline) throws InterruptedException {
        Instant settleDeadline = Instant.now().plusSeconds(60);
        List<Database.OutboxRow> rows = database.outboxSince(outboxHead);
        while (Instant.now().isBefore(settleDeadline) && (database.unpublishedSince(outboxHead) > 0
                || rows.stream().anyMatch(row -> !watcher.received(row.eventId())))) {
            Thread.sleep(200);
            rows = database.outboxSince(outboxHead);
        }
        long lost = 0;
        long published = 0;
        for (Database.OutboxRow row : rows) {
            published += row.published() ? 1 : 0;
            Instant received = watcher.firstReceipts().get(row.eventId());
            if (received == null) {
                lost++;
            } else if (row.committedAt() != null) {
                pipeline.record(COMMIT_TO_KAFKA, Duration.between(row.committedAt(), received).toNanos());
            }
        }
        return new RolloutResult.Events(rows.size(), published, watcher.records(), lost, watcher.duplicated(),
                database.tracksCommitTimestamps());
    }

    /** The first {@code n} municipalities that have not started yet, spread over the list (and so the country). */
    /**
     * Staff plan an aldermen's meeting for every municipality that has not joined, as the programme does before a
     * rollout: each journey's last step invites its alderman to it (without one, the journeys would wait).
     */
    static void scheduleAldermenMeeting(Http http, String staff) {
        Instant start = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.HOURS);
        String meetingId = http.post("POST /api/v1/meetings", "/api/v1/meetings", staff, """
                {"title": "Samen aan de slag tegen eenzaamheid", "startsAt": "%s", "endsAt": "%s",
                 "place": "Den Haag", "capacity": 400, "audience": "NOT_JOINED"}""".formatted(start,
                start.plus(Duration.ofHours(3)))).expect(201).body().path("id").asText();
        // before their intents nobody can be reached at the municipalities: staff add no addresses (each journey
        // invites its alderman at its end), so the address task is done
        JsonNode tasks = http.get("GET /engine-rest/task", "/engine-rest/task?processInstanceBusinessKey=" + meetingId
                + "&taskDefinitionKey=complete-addresses", staff).expect(200).body();
        for (JsonNode task : tasks) {
            String taskId = task.path("id").asText();
            http.post("POST /engine-rest/task/{id}/claim", "/engine-rest/task/" + taskId + "/claim", staff,
                    "{\"userId\": \"" + staff + "\"}").expect(204);
            http.post("POST /engine-rest/task/{id}/complete", "/engine-rest/task/" + taskId + "/complete", staff,
                    "{\"variables\": {\"contacts\": {\"value\": \"\"}}}").expect(204);
        }
    }

    private static List<String[]> pick(Http http, int n, String staff) {
        List<String[]> free = new ArrayList<>();
        for (JsonNode municipality : http.get("GET /api/v1/municipalities", "/api/v1/municipalities", staff)
                .expect(200).body()) {
            if (municipality.path("stage").isMissingNode() || municipality.path("stage").isNull()) {
                free.add(new String[] {municipality.path("code").asText(), municipality.path("name").asText()});
            }
        }
        if (free.size() < n) {
            throw new IllegalStateException("Only " + free.size() + " municipalities have not started their journey"
                    + " yet; asked for " + n + ". Start the instance fresh (rm -rf .data) or ask for fewer.");
        }
        List<String[]> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(free.get((int) ((long) i * free.size() / n)));
        }
        return picked;
    }

    /** Samples heap and resident memory while the run lasts. */
    static final class Sampler implements AutoCloseable {
        private final Target target;
        private final Http http;
        private final RolloutResult.Memory memory;
        private final Thread thread;
        private volatile boolean running = true;

        Sampler(Target target, Http http, RolloutResult.Memory memory) {
            this.target = target;
            this.http = http;
            this.memory = memory;
            thread = new Thread(() -> {
                while (running) {
                    sampleNow();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rollout-memory");
            thread.setDaemon(true);
            thread.start();
        }

        void sampleNow() {
            if (target.inThisJvm()) {
                memory.heap(Target.heapUsed(), Target.heapMax());
                Target.residentBytes("VmRSS").ifPresent(memory::rss);
                Target.residentBytes("VmHWM").ifPresent(memory::rssPeak);
            } else {
                Http.Response metrics = http.get("GET /actuator/prometheus", "/actuator/prometheus", null,
                        "text/plain;version=0.0.4");
                if (metrics.status() != 200) {
                    return; // no figure rather than a wrong one
                }
                String text = metrics.text();
                long heap = 0;
                for (String line : text.split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                memory.heap(heap, -1);
            }
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
