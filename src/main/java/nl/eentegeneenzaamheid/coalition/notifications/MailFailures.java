package nl.eentegeneenzaamheid.coalition.notifications;

import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;

/**
 * Whether sending again can help. A mail that cannot be built, and an address or message the mail server refuses for
 * good (an SMTP 5xx reply), fail the same way every time: they are not retried. A server that is away, refuses a
 * login, or answers 4xx (try later) is retried.
 */
final class MailFailures {

    private MailFailures() {
    }

    static boolean isPermanent(RuntimeException failure) {
        if (failure instanceof MailPreparationException || !(failure instanceof MailException)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException send) {
                return send.getReturnCode() >= 500;
            }
            if (cause instanceof SendFailedException sent && sent.getInvalidAddresses() != null
                    && sent.getInvalidAddresses().length > 0 && sent.getNextException() == null) {
                return true;
            }
        }
        return false;
    }
}
