package nl.eentegeneenzaamheid.coalition.notifications;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

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
        // a refusal of one message has no cause: Spring keeps it among the send's message exceptions
        if (failure instanceof MailSendException send) {
            for (Exception exception : send.getMessageExceptions()) {
                if (refusedForGood(exception)) {
                    return true;
                }
            }
        }
        return refusedForGood(failure);
    }

    /** An SMTP 5xx reply anywhere in the chain (the server's "no": no such address, message refused). */
    private static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException send) {
                return send.getReturnCode() >= 500;
            }
        }
        return false;
    }

    /** The next cause, following Jakarta Mail's own chain of nested exceptions too. */
    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
