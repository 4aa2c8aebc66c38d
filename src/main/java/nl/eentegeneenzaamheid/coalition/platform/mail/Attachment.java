package nl.eentegeneenzaamheid.coalition.platform.mail;

/** A PDF sent with a mail, such as the sealed agreement. */
public record Attachment(String filename, byte[] content) {
}
