package nl.eentegeneenzaamheid.coalition.notifications;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which mail failures can pass and which never will, as Spring and Jakarta Mail report them. */
class MailFailuresTest {

    @Test
    void a_mail_server_that_refuses_an_address_for_good_is_permanent_and_one_that_says_later_is_not() throws Exception {
        assertThat(MailFailures.isPermanent(refused(550))).as("550 no such user").isTrue();
        assertThat(MailFailures.isPermanent(refused(451))).as("451 try again later").isFalse();
        SMTPSendFailedException message = new SMTPSendFailedException("DATA", 554, "554 message refused", null, null,
                null, null);
        assertThat(MailFailures.isPermanent(new MailSendException(Map.of("mail", message)))).isTrue();
    }

    @Test
    void a_mail_server_that_is_away_or_refuses_the_login_can_pass() {
        assertThat(MailFailures.isPermanent(new MailSendException("Mail server connection failed",
                new MessagingException("connect", new ConnectException("Connection refused"))))).isFalse();
        assertThat(MailFailures.isPermanent(new MailAuthenticationException("535 authentication failed"))).isFalse();
    }

    @Test
    void a_mail_that_cannot_be_built_and_anything_else_than_mail_is_permanent() {
        assertThat(MailFailures.isPermanent(new MailPreparationException("template"))).isTrue();
        assertThat(MailFailures.isPermanent(new IllegalStateException("calendar"))).isTrue();
    }

    /** As Spring reports a refusal of one message: no cause, the refusal among the message exceptions. */
    private static MailSendException refused(int code) throws Exception {
        SMTPAddressFailedException address = new SMTPAddressFailedException(new InternetAddress("wie@example.nl"),
                "RCPT TO", code, code + " mailbox");
        SendFailedException send = new SendFailedException("Invalid Addresses", address);
        return new MailSendException(Map.of("mail", send));
    }
}
