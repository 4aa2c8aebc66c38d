package nl.eentegeneenzaamheid.coalition.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail server: GreenMail's SMTP server on localhost, which keeps every message (tests read
 * them), and a sender that also writes each message as an {@code .eml} file in the data folder, where a person opens
 * it with any mail program.
 */
public final class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final Path mailFolder;

    private EmbeddedMailServer(GreenMail greenMail, Path mailFolder) {
        this.greenMail = greenMail;
        this.mailFolder = mailFolder;
    }

    /**
     * Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort} (0: a free port). Every recipient gets a mailbox
     * on first delivery; its IMAP login and password are the address.
     */
    public static EmbeddedMailServer start(int smtpPort, int imapPort, Path mailFolder) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {smtpPort == 0 ? smtp.dynamicPort() : smtp,
                imapPort == 0 ? imap.dynamicPort() : imap});
        greenMail.start();
        try {
            Files.createDirectories(mailFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMailServer(greenMail, mailFolder);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public Path mailFolder() {
        return mailFolder;
    }

    /** A sender to this server that also keeps a copy of every message in {@link #mailFolder()}. */
    public JavaMailSenderImpl sender() {
        AtomicInteger counter = new AtomicInteger();
        JavaMailSenderImpl sender = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
                super.doSend(messages, originals);
                for (MimeMessage message : messages) {
                    keep(message, counter.incrementAndGet());
                }
            }
        };
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    private void keep(MimeMessage message, int number) {
        try {
            String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                    + number + "-" + String.valueOf(message.getAllRecipients()[0]).replaceAll("[^A-Za-z0-9@.-]", "_")
                    + ".eml";
            Path file = mailFolder.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            log.info("Mail to {} (a copy in {})", message.getAllRecipients()[0], file);
        } catch (IOException | MessagingException e) {
            throw new MailPreparationException("Could not keep a copy of the mail", e);
        }
    }

    public void stop() {
        greenMail.stop();
    }
}
