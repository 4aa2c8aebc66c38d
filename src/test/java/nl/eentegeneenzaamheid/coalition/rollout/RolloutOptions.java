package nl.eentegeneenzaamheid.coalition.rollout;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one run of the national rollout does. Parsed from {@code --name=value} arguments; every option has a default,
 * so a run without arguments takes all 342 municipalities through the embedded default.
 *
 * @param municipalities  how many municipalities (the first N of the CBS list, spread over the provinces)
 * @param minPartners     the fewest partners a municipality proposes
 * @param maxPartners     the most
 * @param declineShare    the share of partners that decline their invitation
 * @param expireShare     the share of partners that let their invitation expire
 * @param concurrency     municipalities under way at once
 * @param url             the instance to drive; empty: start the embedded default in this JVM
 * @param jdbcUrl         its database (for the outbox, pg_stat_database and pgbench); empty with the embedded default
 * @param dbUser          the database user (with the embedded default: postgres)
 * @param dbPassword      its password (PGPASSWORD for pgbench too)
 * @param kafka           its Kafka bootstrap servers; empty with the embedded default
 * @param imap            its mail server's IMAP host:port, where every recipient's mail is read
 * @param accounts        whom the simulator acts as ({@code --staff}, {@code --adviser}, {@code --admin},
 *                        {@code --api-client}) and their passwords ({@code --password}, and {@code --admin-password}
 *                        for the administrator when it differs): by default the embedded default's demo users
 * @param openTasks       open tasks for the Tasklist query measurement (0: skip it)
 * @param queryRounds     how often the Tasklist query is measured
 * @param pgbenchSeconds  how long pgbench's TPC-B run lasts (0: skip it)
 * @param baseline        also run the bare-engine baseline
 * @param app             Spring properties for the embedded default, comma-separated ({@code --app=a=1,b=2}):
 *                        the tuning experiments of docs/performance.md
 * @param output          where the report and charts go
 * @param seed            the random seed (partner counts, types, who declines)
 */
public record RolloutOptions(int municipalities, int minPartners, int maxPartners, double declineShare,
                             double expireShare, int concurrency, String url, String jdbcUrl, String dbUser,
                             String dbPassword, String kafka,
                             String imap, Accounts accounts, int openTasks, int queryRounds, int pgbenchSeconds, boolean baseline,
                             java.util.List<String> app, Path output, long seed) {

    private static final Set<String> NAMES = Set.of("municipalities", "min-partners", "max-partners",
            "decline-share", "expire-share", "concurrency", "url", "jdbc-url", "db-user", "db-password", "kafka", "imap", "password",
            "admin-password", "staff", "adviser", "admin", "api-client",
            "open-tasks", "query-rounds", "pgbench-seconds", "baseline", "app", "output", "seed");

    public RolloutOptions {
        require(municipalities >= 1 && municipalities <= 342, "--municipalities must be between 1 and 342");
        require(minPartners >= 1 && maxPartners >= minPartners && maxPartners <= 20,
                "--min-partners and --max-partners must satisfy 1 <= min <= max <= 20");
        require(declineShare >= 0 && expireShare >= 0 && declineShare + expireShare <= 1,
                "--decline-share and --expire-share must be shares (0..1) that add up to at most 1");
        require(concurrency >= 1 && concurrency <= 200, "--concurrency must be between 1 and 200");
        require(openTasks >= 0, "--open-tasks must not be negative");
        require(queryRounds >= 1, "--query-rounds must be at least 1");
        require(pgbenchSeconds >= 0, "--pgbench-seconds must not be negative");
        require(app.isEmpty() || url.isEmpty(), "--app sets the embedded default's properties; not with --url");
        require(url.isEmpty() || (!jdbcUrl.isEmpty() && !kafka.isEmpty() && !imap.isEmpty()),
                "with --url, give --jdbc-url, --kafka and --imap too");
    }

    public static RolloutOptions defaults() {
        return parse(new String[0]);
    }

    public static RolloutOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + NAMES);
            }
            given.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        try {
            return new RolloutOptions(
                    Integer.parseInt(given.getOrDefault("municipalities", "342")),
                    Integer.parseInt(given.getOrDefault("min-partners", "5")),
                    Integer.parseInt(given.getOrDefault("max-partners", "9")),
                    Double.parseDouble(given.getOrDefault("decline-share", "0.10")),
                    Double.parseDouble(given.getOrDefault("expire-share", "0.05")),
                    Integer.parseInt(given.getOrDefault("concurrency", "64")),
                    given.getOrDefault("url", ""),
                    given.getOrDefault("jdbc-url", ""),
                    given.getOrDefault("db-user", "postgres"),
                    given.getOrDefault("db-password", ""),
                    given.getOrDefault("kafka", ""),
                    given.getOrDefault("imap", ""),
                    new Accounts(given.getOrDefault("staff", "anna"), given.getOrDefault("adviser", "bram"),
                            given.getOrDefault("admin", "admin"), given.getOrDefault("api-client", "gemeente-api"),
                            given.getOrDefault("password", "demo"),
                            given.getOrDefault("admin-password", given.getOrDefault("password", "demo"))),
                    Integer.parseInt(given.getOrDefault("open-tasks", "10000")),
                    Integer.parseInt(given.getOrDefault("query-rounds", "100")),
                    Integer.parseInt(given.getOrDefault("pgbench-seconds", "20")),
                    Boolean.parseBoolean(given.getOrDefault("baseline", "true")),
                    given.getOrDefault("app", "").isBlank() ? java.util.List.of()
                            : java.util.List.of(given.get("app").split(",")),
                    Path.of(given.getOrDefault("output", "target/rollout")),
                    Long.parseLong(given.getOrDefault("seed", "2026")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number: " + e.getMessage(), e);
        }
    }

    boolean embedded() {
        return url.isEmpty();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
