package nl.eentegeneenzaamheid.coalition.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event exists if and only if the transaction that caused it commits.
 */
@IntegrationTest
class OutboxIntegrationTest {

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_event_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.append(new OutboxProbe("GM0106", "no-transaction", 0)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void an_event_of_a_rolled_back_transaction_never_exists() {
        String run = "rolled-back-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            outbox.append(new OutboxProbe("GM0106", run, 0));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where payload like ?", Integer.class,
                "%" + run + "%")).isZero();
    }
}
