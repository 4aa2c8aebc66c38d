package nl.eentegeneenzaamheid.coalition.notifications;

import nl.eentegeneenzaamheid.coalition.notifications.internal.MailTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff's digest's subject names what there is to tell and leaves out what there is none of. */
class StaffDigestSubjectTest {

    private final MailTexts texts = new MailTexts();

    @Test
    void the_subject_counts_overdue_tasks_and_undelivered_mails() {
        assertThat(StaffDigest.subject(texts, 3, 0)).isEqualTo("3 taken over de termijn in Tasklist");
        assertThat(StaffDigest.subject(texts, 0, 2)).isEqualTo("2 e-mails niet aangekomen");
        assertThat(StaffDigest.subject(texts, 1000, 1)).isEqualTo("1000 taken over de termijn in Tasklist, "
                + "1 e-mails niet aangekomen");
    }
}
