package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/** The address lines staff type in Tasklist's forms, one per municipality. */
public final class ContactLines {

    private ContactLines() {
    }

    /** Parses Tasklist's address lines, one per municipality: {@code GM0106; Jan Broekema; j.broekema@assen.nl}. */
    public static List<Meetings.Contact> parse(String lines) {
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
                throw new InvalidMeetingException("contacts", TEXTS.text("input.contact-line",
                        Map.of("line", i + 1, "text", rows[i].strip())));
            }
            contacts.add(new Meetings.Contact(parts[0].toUpperCase(), parts[1], parts[2]));
        }
        return contacts;
    }
}
