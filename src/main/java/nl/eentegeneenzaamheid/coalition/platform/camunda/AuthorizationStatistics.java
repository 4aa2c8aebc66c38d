package nl.eentegeneenzaamheid.coalition.platform.camunda;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL estimate Camunda's authorization checks. Every query Tasklist makes joins the engine's
 * authorizations on {@code PERMS_ & <permission> = <permission>}; without statistics on those expressions the planner
 * guesses 0.5 % of the rows match, and with 10,000 open tasks (one authorization each) it chose a nested loop over
 * 100 million pairs: 4 s for a count (docs/performance.md). Extended statistics on the permission bits (PostgreSQL 14
 * and newer) make it probe the index instead. Created once, after the engine has made its tables.
 */
@Component
class AuthorizationStatistics implements SmartInitializingSingleton {

    static final String NAME = "act_ru_authorization_perms";
    /** READ, UPDATE, READ_TASK, READ_INSTANCE: the bits Tasklist's and Cockpit's queries check. */
    static final String STATEMENT = "create statistics if not exists " + NAME + " on (perms_ & 2), (perms_ & 4),"
            + " (perms_ & 64), (perms_ & 512) from act_ru_authorization";
    private static final Logger log = LoggerFactory.getLogger(AuthorizationStatistics.class);

    private final JdbcTemplate jdbc;

    AuthorizationStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
        if (version == null || version < 140000) {
            log.warn("PostgreSQL {} has no statistics on expressions: Tasklist's queries slow down with many open tasks",
                    version);
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?",
                Integer.class, NAME);
        if (existing != null && existing > 0) {
            return;
        }
        try {
            jdbc.execute(STATEMENT);
            jdbc.execute("analyze act_ru_authorization");
            log.info("Created statistics {} on Camunda's authorizations", NAME);
        } catch (DataAccessException e) {
            // where a DBA owns Camunda's tables, this user may not: the application still starts, the DBA can
            log.warn("Could not create statistics on Camunda's authorizations ({}); Tasklist's queries slow down with"
                    + " many open tasks until the table's owner runs: {}; analyze act_ru_authorization",
                    e.getMostSpecificCause().getMessage(), STATEMENT);
        }
    }
}
