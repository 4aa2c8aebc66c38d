package nl.eentegeneenzaamheid.coalition.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** Dead-lettering with a reason a person can read, in the header {@value #REASON_HEADER}. */
public final class DeadLetters {

    /** Why, in words, a message was dead-lettered. */
    public static final String REASON_HEADER = "coalition-dlt-reason";

    private DeadLetters() {
    }

    /** Publishes a failed record, unchanged, to {@code topic} with its reason. */
    public static DeadLetterPublishingRecoverer to(KafkaOperations<String, String> kafka,
                                                   Function<String, String> topic) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(topic.apply(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))}));
        return recoverer;
    }

    /** The message of the outermost {@link ExplainedFailure} in the chain, else the innermost cause. */
    static String reason(Exception exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && !(cause instanceof ExplainedFailure)) {
            cause = cause.getCause();
        }
        return cause instanceof ExplainedFailure ? cause.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
