package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;

/**
 * Reads a person's mail from the mail server over IMAP, as their mail program would (the embedded default's
 * mail server gives each recipient a mailbox whose login and password are the address), and finds in it what a
 * person would act on, as {@link Mailbox} reads it from the server in tests: an invitation link, a signing link,
 * a one-time code.
 */
final class Mail {

    private final String host;
    private final int port;
    private final Duration timeout;
    private final Latencies latencies;
    private final Session session;
    private final java.util.concurrent.atomic.AtomicLong reconnects = new java.util.concurrent.atomic.AtomicLong();

    Mail(String hostAndPort, Duration timeout, Latencies latencies) {
        this.host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
        this.port = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        this.timeout = timeout;
        this.latencies = latencies;
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    /**
     * Waits for the {@code n}th mail to {@code address} whose subject contains {@code subject} and returns the first
     * group of {@code pattern} in its text. The time from the call to the mail's arrival is recorded as
     * {@code mail: <subject>}.
     */
    String await(String address, String subject, int n, Pattern pattern) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Store store = null;
        Folder inbox = null;
        long pause = 25;
        int seen = -1;
        try {
            while (true) {
                try {
                    if (store == null) {
                        store = connect(address);
                        if (store != null) {
                            inbox = store.getFolder("INBOX");
                            inbox.open(Folder.READ_ONLY);
                        }
                    }
                    // an open folder's message count comes with the server's answer to a NOOP: cheap to ask often
                    int count = inbox == null ? -1 : inbox.getMessageCount();
                    if (inbox != null && count != seen) {
                        seen = count;
                        Message[] matching = inbox.search(new SubjectTerm(subject));
                        if (matching.length >= n) {
                            latencies.record("mail: " + subject, System.nanoTime() - start);
                            String text = Mailbox.text(matching[n - 1]);
                            Matcher matcher = pattern.matcher(text == null ? "" : text);
                            if (!matcher.find()) {
                                throw new IllegalStateException("No " + pattern + " in the mail '" + subject
                                        + "' to " + address);
                            }
                            return matcher.group(1);
                        }
                    }
                } catch (MessagingException | IOException dropped) {
                    // as a mail program does when the server drops the connection: log in again
                    reconnects.incrementAndGet();
                    close(store, inbox);
                    store = null;
                    inbox = null;
                    seen = -1;
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Cannot read the mail of " + address + ": "
                                + dropped.getMessage(), dropped);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("No mail '" + subject + "' (" + n + ") for " + address
                            + " within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for mail", e);
        } finally {
            close(store, inbox);
        }
    }

    /** How often the mail server dropped a connection and the reader logged in again. */
    long reconnects() {
        return reconnects.get();
    }

    private static void close(Store store, Folder inbox) {
        try {
            if (inbox != null && inbox.isOpen()) {
                inbox.close(false);
            }
            if (store != null) {
                store.close();
            }
        } catch (MessagingException ignored) {
            // the connection is gone either way
        }
    }

    /** An open store, or null while the mailbox does not exist yet (nothing was delivered to it). */
    private Store connect(String address) throws MessagingException {
        Store store = session.getStore("imap");
        try {
            store.connect(host, port, address, address);
            return store;
        } catch (AuthenticationFailedException notYet) {
            return null;
        }
    }
}
