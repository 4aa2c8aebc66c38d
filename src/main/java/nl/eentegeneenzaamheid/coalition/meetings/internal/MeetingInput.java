package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Texts;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * What staff and invitees type, checked before anything changes: every refusal names the field and says in Dutch
 * what to correct.
 */
public final class MeetingInput {

    public static final int MAXIMUM_CAPACITY = 10_000;

    public record Times(Instant startsAt, Instant endsAt) {
    }

    public record Where(String place, String onlineUrl) {
    }

    private final Municipalities municipalities;

    public MeetingInput(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** A meeting to schedule, checked field by field in the order the form shows them. */
    public record Plan(String title, Times times, Where where, int capacity, Audience audience, List<String> provinces,
                       List<Meetings.Contact> contacts, String programme, String hosts) {
    }

    /** Checks what staff planned; the first field that is wrong is refused. */
    public Plan plan(Meetings.Schedule request, Instant now) {
        String title = text(request.title(), "title", 200, TEXTS.text("input.title-missing"));
        Times times = times(request.startsAt(), request.endsAt(), now);
        Where where = where(request.place(), request.onlineUrl());
        int capacity = capacity(request.capacity());
        Audience audience = request.audience();
        if (audience == null) {
            throw new InvalidMeetingException("audience", TEXTS.text("input.audience-missing"));
        }
        List<String> provinces = provinces(audience, request.provinces());
        List<Meetings.Contact> contacts = contacts(request.contacts());
        String programme = optional(request.programme(), "programme", 20_000);
        String hosts = optional(request.hosts(), "hosts", 500);
        return new Plan(title, times, where, capacity, audience, provinces, contacts, programme, hosts);
    }

    public static Times times(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null) {
            throw new InvalidMeetingException("startsAt", TEXTS.text("input.start-missing"));
        }
        if (!startsAt.isAfter(now)) {
            throw new InvalidMeetingException("startsAt", TEXTS.text("input.start-past"));
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidMeetingException("endsAt", TEXTS.text("input.end-before-start"));
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidMeetingException("endsAt", TEXTS.text("input.too-long"));
        }
        return new Times(startsAt, endsAt);
    }

    public static Where where(String place, String onlineUrl) {
        String where = optional(place, "place", 300);
        String url = optional(onlineUrl, "onlineUrl", 500);
        if (where == null && url == null) {
            throw new InvalidMeetingException("place", TEXTS.text("input.place-missing"));
        }
        if (url != null) {
            try {
                URI uri = URI.create(url);
                if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidMeetingException("onlineUrl", TEXTS.text("input.online-url"));
            }
        }
        return new Where(where, url);
    }

    public static int capacity(Integer capacity) {
        if (capacity == null || capacity < 1 || capacity > MAXIMUM_CAPACITY) {
            throw new InvalidMeetingException("capacity", TEXTS.text("input.capacity",
                    Map.of("maximum", MAXIMUM_CAPACITY)));
        }
        return capacity;
    }

    public List<String> provinces(Audience audience, List<String> given) {
        if (audience != Audience.PROVINCES) {
            return List.of();
        }
        Set<String> known = municipalities.all().stream().map(Municipality::province)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> provinces = given == null ? List.of() : given.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).distinct().toList();
        if (provinces.isEmpty()) {
            throw new InvalidMeetingException("provinces", TEXTS.text("input.provinces-missing",
                    Map.of("provinces", String.join(", ", known))));
        }
        for (String province : provinces) {
            if (!known.contains(province)) {
                throw new InvalidMeetingException("provinces", TEXTS.text("input.province-unknown",
                        Map.of("province", province, "provinces", String.join(", ", known))));
            }
        }
        return provinces;
    }

    public List<Meetings.Contact> contacts(List<Meetings.Contact> given) {
        List<Meetings.Contact> contacts = new ArrayList<>();
        if (given == null) {
            return contacts;
        }
        for (int i = 0; i < given.size(); i++) {
            Meetings.Contact contact = given.get(i);
            String field = "contacts[" + i + "]";
            if (contact == null || contact.municipalityCode() == null
                    || municipalities.find(contact.municipalityCode().strip()).isEmpty()) {
                throw new InvalidMeetingException(field + ".municipalityCode", contact == null
                        || contact.municipalityCode() == null ? TEXTS.text("input.municipality-unknown")
                        : TEXTS.text("input.municipality-unknown-code", Map.of("code", contact.municipalityCode())));
            }
            String name = text(contact.name(), field + ".name", 200, TEXTS.text("input.contact-name-missing"));
            String address = email(contact.email(), field + ".email");
            contacts.add(new Meetings.Contact(contact.municipalityCode().strip(), name, address));
        }
        return contacts;
    }

    public static String email(String email, String field) {
        if (!Texts.isEmail(email) || email.strip().length() > 254) {
            throw new InvalidMeetingException(field, TEXTS.text("input.email"));
        }
        return email.strip();
    }

    public static String text(String text, String field, int maximum, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingException(field, whenMissing);
        }
        if (text.strip().length() > maximum) {
            throw new InvalidMeetingException(field, TEXTS.text("input.text-too-long", Map.of("maximum", maximum)));
        }
        return text.strip();
    }

    public static String optional(String text, String field, int maximum) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > maximum) {
            throw new InvalidMeetingException(field, TEXTS.text("input.text-too-long", Map.of("maximum", maximum)));
        }
        return text.strip();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
