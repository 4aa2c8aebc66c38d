package nl.eentegeneenzaamheid.coalition.signing;

/**
 * Who did something to an envelope, from where, and how we know it was them: recorded in the audit trail.
 *
 * @param id           {@code system}, {@code staff:<user>} or {@code signer:<id> <name>}
 * @param ipAddress    the client's address, when it came over HTTP
 * @param userAgent    the client's user agent, when it came over HTTP
 * @param verification {@code system}, {@code login}, {@code link} or {@code link+code}
 */
public record Actor(String id, String ipAddress, String userAgent, String verification) {

    /** As the audit trail keeps them: an address of at most 64 characters, a user agent of at most 500. */
    public Actor {
        ipAddress = truncate(ipAddress, 64);
        userAgent = truncate(userAgent, 500);
    }

    public static final Actor SYSTEM = new Actor("system", null, null, "system");

    /** A part of the system other than the signing, such as the notifications mailing the sealed document. */
    public static Actor system(String component) {
        return new Actor("system:" + component, null, null, "system");
    }

    /** A programme staff member, logged in (Tasklist or the API). */
    public static Actor staff(String user, String ipAddress, String userAgent) {
        return new Actor("staff:" + user, ipAddress, userAgent, "login");
    }

    /** A staff member acting through the engine (a Tasklist form), where the request is not at hand. */
    public static Actor staff(String user) {
        return new Actor("staff:" + user, null, null, "login");
    }

    /** Whoever holds a signing link: the client's address and user agent, the link as verification. */
    public static Actor link(String ipAddress, String userAgent) {
        return new Actor("link", ipAddress, userAgent, "link");
    }

    Actor as(String signerId, String verification) {
        return new Actor(signerId, ipAddress, userAgent, verification);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
