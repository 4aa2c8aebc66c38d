package nl.eentegeneenzaamheid.coalition.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * A small national rollout, so that the simulator keeps working: three municipalities taken through the whole
 * journey on a fresh embedded default of their own (hence an isolated test: it starts a second application), with
 * declines and expiries, the Tasklist query, the baseline and the report. Nothing here asserts a speed: the figures
 * are the benchmark's (docs/performance.md).
 */
class NationalRolloutIsolatedTest {

    @Test
    void three_municipalities_join_through_the_public_surfaces_and_the_report_says_so() throws Exception {
        Path output = Path.of("target/rollout-test");
        RolloutOptions options = RolloutOptions.parse(new String[] {"--municipalities=3", "--min-partners=5",
                "--max-partners=6", "--decline-share=0.2", "--expire-share=0.2", "--concurrency=3",
                "--open-tasks=120", "--query-rounds=10", "--pgbench-seconds=0", "--seed=7",
                "--output=" + output});
        long expectedDeclines = 0;
        long expectedExpiries = 0;
        Random random = new Random(options.seed());
        for (int i = 0; i < options.municipalities(); i++) {
            for (Journey.Partner partner : Journey.partners("GM0000", "Test", options, new Random(random.nextLong()))) {
                expectedDeclines += partner.answer() == Journey.Answer.DECLINE ? 1 : 0;
                expectedExpiries += partner.answer() == Journey.Answer.EXPIRE ? 1 : 0;
            }
        }
        assertThat(expectedDeclines).as("the seed lets partners decline").isPositive();
        assertThat(expectedExpiries).as("the seed lets invitations expire").isPositive();

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RolloutResult result = NationalRollout.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));

        // every municipality joined, by the stage the API reports at the end of its journey
        assertThat(result.failures()).isEmpty();
        assertThat(result.outcomes()).hasSize(3).allSatisfy(outcome -> assertThat(outcome.stage())
                .isEqualTo("JOINED"));
        assertThat(result.outcomes().stream().mapToLong(Journey.Outcome::declined).sum()).isEqualTo(expectedDeclines);
        assertThat(result.outcomes().stream().mapToLong(Journey.Outcome::expired).sum()).isEqualTo(expectedExpiries);
        long signatures = result.outcomes().stream().mapToLong(Journey.Outcome::signers).sum();
        assertThat(result.api().get("POST /api/v1/intents").count()).isEqualTo(3);
        assertThat(result.api().get("POST /api/v1/signing/{token}/sign").count()).isEqualTo(signatures);
        assertThat(result.api().get("mail: " + Mailbox.SUBJECT_CODE).count()).as("every code read from the mail")
                .isEqualTo(signatures);

        // every event the run wrote reached a consumer once, and its commit-to-consumer latency was measured
        assertThat(result.events().written()).isGreaterThan(3 * 20);
        assertThat(result.events().published()).isEqualTo(result.events().written());
        assertThat(result.events().lost()).isZero();
        assertThat(result.events().duplicated()).isZero();
        assertThat(result.pipeline().get(NationalRollout.COMMIT_TO_KAFKA).count())
                .isEqualTo(result.events().written());
        assertThat(result.databaseTransactions()).isPositive();
        assertThat(result.databaseSettings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");

        // Tasklist's query saw the open tasks, as staff member anna; they are gone again afterwards
        assertThat(result.openTasks()).isGreaterThanOrEqualTo(120);
        assertThat(result.taskQuery().get(TaskQueryBenchmark.LIST).count()).isEqualTo(10);
        assertThat(result.tables().get("act_ru_task")).as("no journey task left open").isZero();

        // the baseline drove the same municipalities through the same BPMN
        assertThat(result.baseline().onboardings()).isEqualTo(3);
        assertThat(result.baseline().userTasks()).as("review, adviser, kickoff").isGreaterThanOrEqualTo(3 * 3);
        assertThat(result.memory().heapPeak()).isPositive();

        // the report and its charts
        String report = Files.readString(output.resolve(Report.MARKDOWN));
        assertThat(report).contains("# National rollout: 3 of 3 municipalities joined")
                .contains("| events lost / duplicated | 0 / 0 | 0 lost |")
                .contains("POST /api/v1/signing/{token}/sign").contains("## Baseline");
        for (String chart : new String[] {Report.THROUGHPUT_CHART, Report.LATENCY_CHART}) {
            BufferedImage image = ImageIO.read(output.resolve(chart).toFile());
            assertThat(image).as(chart).isNotNull();
            assertThat(image.getWidth()).as(chart).isGreaterThanOrEqualTo(1000);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("onboardings").contains("3/3");
        assertThat(result.summary()).contains("3 of 3 municipalities joined").contains("0 lost, 0 duplicated");
    }

    @Test
    void options_that_make_no_sense_are_refused_with_a_reason() {
        assertThatThrownBy(() -> RolloutOptions.parse(new String[] {"--municipalities=400"}))
                .hasMessageContaining("--municipalities must be between 1 and 342");
        assertThatThrownBy(() -> RolloutOptions.parse(new String[] {"--decline-share=0.7", "--expire-share=0.5"}))
                .hasMessageContaining("add up to at most 1");
        assertThatThrownBy(() -> RolloutOptions.parse(new String[] {"--url=http://localhost:8080"}))
                .hasMessageContaining("give --jdbc-url, --kafka and --imap too");
        assertThatThrownBy(() -> RolloutOptions.parse(new String[] {"--municipality=3"}))
                .hasMessageContaining("Unknown option --municipality");
        assertThatThrownBy(() -> RolloutOptions.parse(new String[] {"--municipalities=drie"}))
                .hasMessageContaining("Not a number");
    }
}
