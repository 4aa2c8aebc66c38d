package nl.eentegeneenzaamheid.coalition.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL knows how many of Camunda's authorizations grant a permission, so that Tasklist's queries with many
 * open tasks probe the index instead of comparing every task with every authorization (docs/performance.md).
 */
@IntegrationTest
class AuthorizationStatisticsIntegrationTest {

    private static final String CHECK = "select * from act_ru_authorization a where a.type_ < 2"
            + " and a.resource_type_ = 7 and a.perms_ & 2 = 2";

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTasks() {
        created.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void the_planner_estimates_the_authorization_check_of_many_open_tasks() throws Exception {
        // given many open tasks of a group: the engine writes one authorization per task
        for (int i = 0; i < 400; i++) {
            Task task = tasks.newTask("statistics-" + i);
            task.setName("Open taak " + i);
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), "programme-staff");
            created.add(task.getId());
        }
        jdbc.execute("analyze act_ru_authorization");

        long actual = jdbc.queryForObject("select count(*) from (" + CHECK + ") matching", Long.class);
        JsonNode plan = new ObjectMapper().readTree(jdbc.queryForObject("explain (format json) " + CHECK,
                String.class)).get(0).path("Plan");

        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
                AuthorizationStatistics.NAME)).isEqualTo(1);
        assertThat(actual).isGreaterThanOrEqualTo(400);
        assertThat(plan.path("Plan Rows").asLong()).as("the planner's estimate of %d matching rows", actual)
                .isGreaterThan(actual / 2);
    }

    @Test
    void a_database_user_that_does_not_own_camundas_tables_still_starts_the_application() {
        // as where a DBA owns the ACT_* tables: the statistics cannot be made, and that must not stop a start
        jdbc.execute("drop statistics if exists " + AuthorizationStatistics.NAME);
        jdbc.execute("drop role if exists statistics_test_user");
        jdbc.execute("create role statistics_test_user login");
        try {
            DriverManagerDataSource notOwner = new DriverManagerDataSource(
                    jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL()),
                    "statistics_test_user", "");
            new AuthorizationStatistics(new JdbcTemplate(notOwner)).afterSingletonsInstantiated();

            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
                    AuthorizationStatistics.NAME)).as("only the table's owner can make them").isZero();
        } finally {
            jdbc.execute("drop role statistics_test_user");
            new AuthorizationStatistics(jdbc).afterSingletonsInstantiated();
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
                AuthorizationStatistics.NAME)).as("made again by the owner").isEqualTo(1);
    }

    @Test
    void every_statement_is_planned_for_its_values_not_from_a_generic_plan() {
        // a generic plan cannot use the statistics above: PERMS_ & ? = ? with the values unknown
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
}
