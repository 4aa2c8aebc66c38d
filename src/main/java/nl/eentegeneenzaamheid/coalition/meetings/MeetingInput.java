package nl.eentegeneenzaamheid.coalition.meetings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Texts;

/**
 * What staff and invitees type, checked before anything changes: every refusal names the field and says in Dutch
 * what to correct.
 */
final class MeetingInput {

    static final int MAXIMUM_CAPACITY = 10_000;

    record Times(Instant startsAt, Instant endsAt) {
    }

    record Where(String place, String onlineUrl) {
    }

    private final Municipalities municipalities;

    MeetingInput(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    static Times times(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null) {
            throw new InvalidMeetingException("startsAt", "Geef de datum en het begintijdstip van de bijeenkomst.");
        }
        if (!startsAt.isAfter(now)) {
            throw new InvalidMeetingException("startsAt", "De bijeenkomst moet in de toekomst beginnen.");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidMeetingException("endsAt", "De bijeenkomst moet eindigen na het begin.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidMeetingException("endsAt", "Een bijeenkomst duurt hoogstens 24 uur.");
        }
        return new Times(startsAt, endsAt);
    }

    static Where where(String place, String onlineUrl) {
        String where = optional(place, "place", 300);
        String url = optional(onlineUrl, "onlineUrl", 500);
        if (where == null && url == null) {
            throw new InvalidMeetingException("place", "Geef een plaats, een link voor online deelname, of allebei.");
        }
        if (url != null) {
            try {
                URI uri = URI.create(url);
                if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidMeetingException("onlineUrl", "De link voor online deelname moet een https-adres "
                        + "zijn, bijvoorbeeld https://vng.zoom.us/j/123.");
            }
        }
        return new Where(where, url);
    }

    static int capacity(Integer capacity) {
        if (capacity == null || capacity < 1 || capacity > MAXIMUM_CAPACITY) {
            throw new InvalidMeetingException("capacity", "Geef het aantal plaatsen: 1 tot " + MAXIMUM_CAPACITY + ".");
        }
        return capacity;
    }

    List<String> provinces(Audience audience, List<String> given) {
        if (audience != Audience.PROVINCES) {
            return List.of();
        }
        Set<String> known = municipalities.all().stream().map(Municipality::province)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> provinces = given == null ? List.of() : given.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).distinct().toList();
        if (provinces.isEmpty()) {
            throw new InvalidMeetingException("provinces", "Kies een of meer provincies: " + String.join(", ", known)
                    + ".");
        }
        for (String province : provinces) {
            if (!known.contains(province)) {
                throw new InvalidMeetingException("provinces", "'" + province + "' is geen provincie; kies uit "
                        + String.join(", ", known) + ".");
            }
        }
        return provinces;
    }

    List<Meetings.Contact> contacts(List<Meetings.Contact> given) {
        List<Meetings.Contact> contacts = new ArrayList<>();
        if (given == null) {
            return contacts;
        }
        for (int i = 0; i < given.size(); i++) {
            Meetings.Contact contact = given.get(i);
            String field = "contacts[" + i + "]";
            if (contact == null || contact.municipalityCode() == null
                    || municipalities.find(contact.municipalityCode().strip()).isEmpty()) {
                throw new InvalidMeetingException(field + ".municipalityCode", "Onbekende gemeentecode"
                        + (contact == null || contact.municipalityCode() == null ? "" : " '"
                        + contact.municipalityCode() + "'") + ": gebruik de CBS-code, bijvoorbeeld GM0106 (Assen).");
            }
            String name = text(contact.name(), field + ".name", 200, "Vul de naam in van wie de uitnodiging krijgt.");
            String address = email(contact.email(), field + ".email");
            contacts.add(new Meetings.Contact(contact.municipalityCode().strip(), name, address));
        }
        return contacts;
    }

    static String email(String email, String field) {
        if (!Texts.isEmail(email) || email.strip().length() > 254) {
            throw new InvalidMeetingException(field, "Vul een geldig e-mailadres in.");
        }
        return email.strip();
    }

    static String text(String text, String field, int maximum, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingException(field, whenMissing);
        }
        if (text.strip().length() > maximum) {
            throw new InvalidMeetingException(field, "Hoogstens " + maximum + " tekens.");
        }
        return text.strip();
    }

    static String optional(String text, String field, int maximum) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > maximum) {
            throw new InvalidMeetingException(field, "Hoogstens " + maximum + " tekens.");
        }
        return text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Parses Tasklist's address lines, one per municipality: {@code GM0106; Jan Broekema; j.broekema@assen.nl}. */
    static List<Meetings.Contact> parseContacts(String lines) {
        List<Meetings.Contact> contacts = new ArrayList<>();
        if (lines == null) {
            return contacts;
        }
        String[] rows = lines.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(rows[i].split("[;\\t]")).map(String::strip).toArray(String[]::new);
            if (parts.length != 3) {
                throw new InvalidMeetingException("contacts", "Regel " + (i + 1) + " ('" + rows[i].strip()
                        + "'): schrijf gemeentecode; naam; e-mailadres, bijvoorbeeld GM0106; Jan Broekema; "
                        + "j.broekema@assen.nl.");
            }
            contacts.add(new Meetings.Contact(parts[0].toUpperCase(), parts[1], parts[2]));
        }
        return contacts;
    }
}
