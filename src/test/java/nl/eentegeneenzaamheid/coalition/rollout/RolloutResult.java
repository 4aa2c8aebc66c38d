package nl.eentegeneenzaamheid.coalition.rollout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Everything one run measured: the report is written from this, and the test asserts on it. */
public record RolloutResult(RolloutOptions options, String target, double bootSeconds, long startMillis,
                            long endMillis, List<Journey.Outcome> outcomes, List<Failure> failures,
                            Map<String, Latencies.Summary> api, Map<String, Latencies.Summary> pipeline,
                            Map<String, Latencies.Summary> taskQuery, long openTasks, Events events,
                            long databaseTransactions, Database.PgbenchResult pgbench, Memory memory,
                            Map<String, String> databaseSettings, Map<String, Long> tables,
                            Baseline.Result baseline, long mailReconnects) {

    /** A municipality whose journey did not finish, and why. */
    public record Failure(String code, String name, String reason) {
    }

    /**
     * The events the run wrote (outbox rows), how many the relay published, how many records the consumer read,
     * and how many of the written events never arrived or arrived more than once.
     */
    public record Events(long written, long published, long consumedRecords, long lost, long duplicated,
                         boolean commitTimestampsTracked) {
    }

    /** Heap and resident memory, the highest seen while the run lasted. */
    public static final class Memory {
        private final AtomicLong heapPeak = new AtomicLong();
        private final AtomicLong heapMax = new AtomicLong(-1);
        private final AtomicLong rssPeak = new AtomicLong(-1);
        private final AtomicLong rssLast = new AtomicLong(-1);

        void heap(long used, long max) {
            heapPeak.accumulateAndGet(used, Math::max);
            heapMax.set(max);
        }

        void rss(long bytes) {
            rssLast.set(bytes);
        }

        void rssPeak(long bytes) {
            rssPeak.accumulateAndGet(bytes, Math::max);
        }

        public long heapPeak() {
            return heapPeak.get();
        }

        public long heapMax() {
            return heapMax.get();
        }

        public long rssPeak() {
            return rssPeak.get();
        }

        public long rssAtEnd() {
            return rssLast.get();
        }
    }

    public double wallSeconds() {
        return (endMillis - startMillis) / 1000.0;
    }

    public long joined() {
        return outcomes.stream().filter(outcome -> "JOINED".equals(outcome.stage())).count();
    }

    public double onboardingsPerSecond() {
        return joined() / wallSeconds();
    }

    public double transactionsPerSecond() {
        return databaseTransactions / wallSeconds();
    }

    public long lostEvents() {
        return events.lost();
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d of %d municipalities joined in %.1f s (%.2f onboardings/s)%n", joined(),
                options.municipalities(), wallSeconds(), onboardingsPerSecond()));
        text.append(String.format("events: %d written, %d published, %d lost, %d duplicated%n", events.written(),
                events.published(), events.lost(), events.duplicated()));
        Latencies.Summary commit = pipeline.get(NationalRollout.COMMIT_TO_KAFKA);
        if (commit != null) {
            text.append(String.format("commit -> Kafka consumer: p50 %.1f ms, p99 %.1f ms%n", commit.p50(),
                    commit.p99()));
        }
        text.append(String.format("database: %.0f transactions/s during the run; pgbench %s%n",
                transactionsPerSecond(), Double.isNaN(pgbench.tps()) ? pgbench.note()
                        : String.format("%.0f tps", pgbench.tps())));
        Latencies.Summary list = taskQuery.get(TaskQueryBenchmark.LIST);
        if (list != null) {
            text.append(String.format("Tasklist query with %d open tasks: p95 %.1f ms%n", openTasks, list.p95()));
        }
        if (baseline != null) {
            text.append(String.format("baseline (bare engine): %.2f onboardings/s; full pipeline at %.2f of it%n",
                    baseline.perSecond(), onboardingsPerSecond() / baseline.perSecond()));
        }
        if (memory.heapPeak() > 0) {
            text.append(String.format("heap peak %d MiB; RSS peak %s%n", memory.heapPeak() >> 20,
                    memory.rssPeak() > 0 ? (memory.rssPeak() >> 20) + " MiB" : "not measured"));
        }
        failures.forEach(failure -> text.append("FAILED ").append(failure.name()).append(" (")
                .append(failure.code()).append("): ").append(failure.reason()).append('\n'));
        return text.toString().trim();
    }
}
