package nl.eentegeneenzaamheid.coalition.rollout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Writes a run's report: {@code report.md} with the figures against the targets, and PNG charts beside it. */
final class Report {

    static final String MARKDOWN = "report.md";
    static final String THROUGHPUT_CHART = "throughput.png";
    static final String LATENCY_CHART = "latency.png";

    private Report() {
    }

    static void write(RolloutResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        throughputChart(result, folder.resolve(THROUGHPUT_CHART));
        latencyChart(result, folder.resolve(LATENCY_CHART));
        Files.writeString(folder.resolve(MARKDOWN), markdown(result), StandardCharsets.UTF_8);
    }

    static String markdown(RolloutResult r) {
        StringBuilder md = new StringBuilder();
        RolloutOptions o = r.options();
        md.append("# National rollout: ").append(r.joined()).append(" of ").append(o.municipalities())
                .append(" municipalities joined\n\n");
        md.append("Run ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                Instant.ofEpochMilli(r.startMillis()).atZone(ZoneId.systemDefault()))).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", against ").append(r.target())
                .append(" (started in ").append(fmt(r.bootSeconds())).append(" s).\n\n");
        md.append("Options: ").append(o.municipalities()).append(" municipalities, ").append(o.minPartners())
                .append("–").append(o.maxPartners()).append(" partners each, ").append(pct(o.declineShare()))
                .append(" decline, ").append(pct(o.expireShare())).append(" let the invitation expire, ")
                .append(o.concurrency()).append(" municipalities at once, seed ").append(o.seed())
                .append(o.app().isEmpty() ? "" : "; application settings " + String.join(", ", o.app()))
                .append(".\n\n");

        md.append("## Against the targets\n\n| what | measured | target |\n|---|---|---|\n");
        md.append("| national rollout, wall time | ").append(fmt(r.wallSeconds())).append(" s (")
                .append(fmt(r.onboardingsPerSecond())).append(" onboardings/s) | ≤ 30 s for 342 |\n");
        Latencies.Summary commit = r.pipeline().get(NationalRollout.COMMIT_TO_KAFKA);
        md.append("| commit → Kafka consumer, p99 | ").append(commit == null ? "not measured"
                : fmt(commit.p99()) + " ms (p50 " + fmt(commit.p50()) + ")").append(" | ≤ 20 ms |\n");
        Latencies.Summary list = r.taskQuery().get(TaskQueryBenchmark.LIST);
        md.append("| Tasklist query (REST, hal+json), p95, ").append(r.openTasks()).append(" open tasks | ")
                .append(list == null ? "not measured" : fmt(list.p95()) + " ms").append(" | ≤ 25 ms at 10,000 |\n");
        if (r.baseline() != null) {
            md.append("| full pipeline / bare-engine baseline | ")
                    .append(fmt(r.onboardingsPerSecond() / r.baseline().perSecond())).append(" | ≥ 0.7 |\n");
        }
        md.append("| database transactions/s / pgbench | ").append(Double.isNaN(r.pgbench().tps()) ? "no pgbench"
                : fmt(r.transactionsPerSecond() / r.pgbench().tps())).append(" | ≥ 0.5 |\n");
        md.append("| events lost / duplicated | ").append(r.events().lost()).append(" / ")
                .append(r.events().duplicated()).append(" | 0 lost |\n\n");

        md.append("![Throughput](").append(THROUGHPUT_CHART).append(")\n\n");
        md.append("## The journeys\n\n");
        long partners = r.outcomes().stream().mapToLong(Journey.Outcome::partners).sum();
        long accepted = r.outcomes().stream().mapToLong(Journey.Outcome::accepted).sum();
        long declined = r.outcomes().stream().mapToLong(Journey.Outcome::declined).sum();
        long expired = r.outcomes().stream().mapToLong(Journey.Outcome::expired).sum();
        long signers = r.outcomes().stream().mapToLong(Journey.Outcome::signers).sum();
        md.append(r.joined()).append(" joined, ").append(r.failures().size()).append(" failed; ").append(partners)
                .append(" partners invited: ").append(accepted).append(" accepted, ").append(declined)
                .append(" declined, ").append(expired).append(" expired; ").append(signers)
                .append(" signatures, each with a code from the mail");
        md.append(r.mailReconnects() > 0 ? "; the mail server dropped " + r.mailReconnects()
                + " IMAP connections and the reader logged in again.\n\n" : ".\n\n");
        r.failures().forEach(f -> md.append("- FAILED ").append(f.name()).append(" (").append(f.code())
                .append("): ").append(f.reason()).append('\n'));

        md.append("\n## API latency per endpoint (as the client saw it)\n\n");
        table(md, r.api());
        md.append("![Latency](").append(LATENCY_CHART).append(")\n\n");

        md.append("## Events\n\n");
        RolloutResult.Events e = r.events();
        md.append("| written (outbox) | published | records consumed | lost | duplicated |\n|---|---|---|---|---|\n")
                .append("| ").append(e.written()).append(" | ").append(e.published()).append(" | ")
                .append(e.consumedRecords()).append(" | ").append(e.lost()).append(" | ").append(e.duplicated())
                .append(" |\n\n");
        md.append(e.commitTimestampsTracked()
                ? "Commit → consumer: from the commit timestamp of the transaction that wrote the outbox row"
                + " (track_commit_timestamp) to the moment a plain consumer of the topic received it.\n\n"
                : "track_commit_timestamp is off on this server: commit → consumer latency not measured.\n\n");
        table(md, r.pipeline());

        md.append("## Database\n\n");
        r.databaseSettings().forEach((name, value) -> md.append("- `").append(name).append("` = ").append(value)
                .append('\n'));
        md.append("\n").append(r.databaseTransactions()).append(" transactions during the run: ")
                .append(fmt(r.transactionsPerSecond())).append(" per second (pg_stat_database).\n");
        md.append("pgbench on the same server: ").append(Double.isNaN(r.pgbench().tps()) ? r.pgbench().note()
                : fmt(r.pgbench().tps()) + " tps, " + r.pgbench().note()).append(".\n\n");
        md.append("Rows afterwards: ");
        r.tables().forEach((table, rows) -> md.append('`').append(table).append("` ").append(rows).append("; "));
        md.append("\n\n## Memory\n\n");
        RolloutResult.Memory m = r.memory();
        md.append("Heap peak ").append(m.heapPeak() >> 20).append(" MiB").append(m.heapMax() > 0
                ? " of " + (m.heapMax() >> 20) + " MiB" : "").append("; resident set peak ")
                .append(m.rssPeak() > 0 ? (m.rssPeak() >> 20) + " MiB" : "not measured")
                .append(m.rssAtEnd() > 0 ? ", " + (m.rssAtEnd() >> 20) + " MiB at the end" : "")
                .append(". With the embedded default the simulator, the application, Kafka and GreenMail share one"
                        + " JVM (PostgreSQL is its own process), so these figures are an upper bound for the"
                        + " application.\n\n");

        md.append("## Tasklist's query with ").append(r.openTasks()).append(" open tasks\n\n");
        md.append("The \"Mijn groep\" filter as staff member `anna`: its first page (15, hal+json, as Tasklist"
                + " asks) and its count, ").append(r.options().queryRounds()).append(" times each.\n\n");
        table(md, r.taskQuery());

        if (r.baseline() != null) {
            Baseline.Result b = r.baseline();
            md.append("## Baseline\n\n").append(b.note()).append(": ").append(b.onboardings())
                    .append(" onboardings in ").append(fmt(b.seconds())).append(" s (").append(fmt(b.perSecond()))
                    .append("/s), ").append(b.userTasks()).append(" user tasks, ").append(b.messages())
                    .append(" messages. The full pipeline reached ").append(fmt(r.onboardingsPerSecond()
                            / b.perSecond())).append(" of it.\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Map<String, Latencies.Summary> latencies) {
        md.append("| what | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        latencies.forEach((name, s) -> md.append("| ").append(name).append(" | ").append(s.count()).append(" | ")
                .append(fmt(s.p50())).append(" | ").append(fmt(s.p95())).append(" | ").append(fmt(s.p99()))
                .append(" | ").append(fmt(s.max())).append(" |\n"));
        md.append('\n');
    }

    private static void throughputChart(RolloutResult r, Path file) throws IOException {
        int seconds = (int) Math.ceil(r.wallSeconds()) + 1;
        int[] perSecond = new int[seconds + 1];
        r.outcomes().forEach(outcome -> perSecond[(int) Math.min(seconds,
                Math.max(0, (outcome.finishedAtMillis() - r.startMillis()) / 1000))]++);
        XYSeries rate = new XYSeries("joined per second");
        XYSeries total = new XYSeries("joined so far");
        int sum = 0;
        for (int s = 0; s <= seconds; s++) {
            sum += perSecond[s];
            rate.add(s, perSecond[s]);
            total.add(s, sum);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Onboardings joined over time", "seconds since start",
                "joined per second", new XYSeriesCollection(rate));
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, new XYSeriesCollection(total));
        NumberAxis cumulative = new NumberAxis("joined so far");
        plot.setRangeAxis(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, false);
        second.setSeriesPaint(0, new Color(0x1f5c99));
        second.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, second);
        plot.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 500);
    }

    private static void latencyChart(RolloutResult r, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Latencies.Summary> latencies : List.of(r.api(), r.pipeline())) {
            latencies.forEach((name, s) -> {
                data.addValue(s.p50(), "p50", name);
                data.addValue(s.p95(), "p95", name);
                data.addValue(s.p99(), "p99", name);
            });
        }
        JFreeChart chart = ChartFactory.createBarChart("Latency percentiles (ms)", "", "milliseconds", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, Math.max(400, 40 * data.getColumnCount() + 120));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
