package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What staff and invitees type about a meeting, checked without a database: each refusal names its field. */
class MeetingInputTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Instant START = NOW.plus(Duration.ofDays(10));
    static final Municipalities MUNICIPALITIES = new Municipalities();
    static final MeetingInput INPUT = new MeetingInput(MUNICIPALITIES);

    static void refused(Executable input, String field, String message) {
        assertThatThrownBy(input::execute).isInstanceOfSatisfying(InvalidMeetingException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessage(message);
    }

    static Meetings.Schedule schedule(String title, Instant startsAt, String place, Integer capacity,
                                      Audience audience, List<String> provinces) {
        return new Meetings.Schedule(title, startsAt, startsAt == null ? null : startsAt.plus(Duration.ofHours(2)),
                place, null, capacity, null, null, audience, provinces, List.of());
    }

    @Test
    void a_meeting_begins_in_the_future_ends_after_it_begins_and_lasts_at_most_a_day() {
        refused(() -> MeetingInput.times(null, START, NOW), "startsAt",
                "Geef de datum en het begintijdstip van de bijeenkomst.");
        refused(() -> MeetingInput.times(NOW, START, NOW), "startsAt", "De bijeenkomst moet in de toekomst beginnen.");
        refused(() -> MeetingInput.times(START, START, NOW), "endsAt", "De bijeenkomst moet eindigen na het begin.");
        refused(() -> MeetingInput.times(START, null, NOW), "endsAt", "De bijeenkomst moet eindigen na het begin.");
        refused(() -> MeetingInput.times(START, START.plus(Duration.ofHours(24)).plusSeconds(1), NOW), "endsAt",
                "Een bijeenkomst duurt hoogstens 24 uur.");
        assertThat(MeetingInput.times(START, START.plus(Duration.ofHours(24)), NOW))
                .isEqualTo(new MeetingInput.Times(START, START.plus(Duration.ofHours(24))));
    }

    @Test
    void a_meeting_has_a_place_or_an_https_link_or_both() {
        refused(() -> MeetingInput.where(" ", null), "place",
                "Geef een plaats, een link voor online deelname, of allebei.");
        for (String link : List.of("http://vng.zoom.us/j/1", "https://", "javascript:alert(1)", "https://a b")) {
            refused(() -> MeetingInput.where(null, link), "onlineUrl", "De link voor online deelname moet een "
                    + "https-adres zijn, bijvoorbeeld https://vng.zoom.us/j/123.");
        }
        assertThat(MeetingInput.where(" Stadhuis ", " https://vng.zoom.us/j/1 "))
                .isEqualTo(new MeetingInput.Where("Stadhuis", "https://vng.zoom.us/j/1"));
        refused(() -> MeetingInput.where("x".repeat(301), null), "place", "Hoogstens 300 tekens.");
    }

    @Test
    void the_capacity_is_one_to_ten_thousand() {
        for (Integer capacity : new Integer[] {null, 0, -1, 10_001}) {
            refused(() -> MeetingInput.capacity(capacity), "capacity", "Geef het aantal plaatsen: 1 tot 10000.");
        }
        assertThat(MeetingInput.capacity(1)).isEqualTo(1);
        assertThat(MeetingInput.capacity(10_000)).isEqualTo(10_000);
    }

    @Test
    void provinces_are_asked_only_for_a_provinces_audience_and_must_exist() {
        assertThat(INPUT.provinces(Audience.ALL, List.of("Atlantis"))).isEmpty();
        assertThat(INPUT.provinces(Audience.PROVINCES, List.of(" Drenthe", "Drenthe", "", "Limburg")))
                .containsExactly("Drenthe", "Limburg");
        assertThatThrownBy(() -> INPUT.provinces(Audience.PROVINCES, List.of())).isInstanceOf(
                InvalidMeetingException.class).hasMessageStartingWith("Kies een of meer provincies: Drenthe, ");
        assertThatThrownBy(() -> INPUT.provinces(Audience.PROVINCES, List.of("Atlantis")))
                .hasMessageStartingWith("'Atlantis' is geen provincie; kies uit ");
    }

    @Test
    void contacts_name_a_known_municipality_a_name_and_an_address() {
        assertThat(INPUT.contacts(null)).isEmpty();
        assertThat(INPUT.contacts(List.of(new Meetings.Contact(" GM0106 ", " Jan ", " jan@assen.nl "))))
                .containsExactly(new Meetings.Contact("GM0106", "Jan", "jan@assen.nl"));
        refused(() -> INPUT.contacts(List.of(new Meetings.Contact("GM9999", "Jan", "jan@assen.nl"))),
                "contacts[0].municipalityCode", "Onbekende gemeentecode 'GM9999': gebruik de CBS-code, "
                        + "bijvoorbeeld GM0106 (Assen).");
        refused(() -> INPUT.contacts(List.of(new Meetings.Contact("GM0106", "Jan", "jan@assen.nl"),
                new Meetings.Contact("GM0106", "Jan", "geen adres"))), "contacts[1].email",
                "Vul een geldig e-mailadres in.");
        refused(() -> INPUT.contacts(List.of(new Meetings.Contact("GM0106", " ", "jan@assen.nl"))),
                "contacts[0].name", "Vul de naam in van wie de uitnodiging krijgt.");
    }

    @Test
    void a_plan_is_refused_at_its_first_wrong_field_in_the_form_order() {
        refused(() -> INPUT.plan(schedule(null, null, null, null, null, null), NOW), "title",
                "Geef de bijeenkomst een titel.");
        refused(() -> INPUT.plan(schedule("Titel", null, null, null, null, null), NOW), "startsAt",
                "Geef de datum en het begintijdstip van de bijeenkomst.");
        refused(() -> INPUT.plan(schedule("Titel", START, null, null, null, null), NOW), "place",
                "Geef een plaats, een link voor online deelname, of allebei.");
        refused(() -> INPUT.plan(schedule("Titel", START, "Assen", null, null, null), NOW), "capacity",
                "Geef het aantal plaatsen: 1 tot 10000.");
        refused(() -> INPUT.plan(schedule("Titel", START, "Assen", 10, null, null), NOW), "audience",
                "Kies wie u uitnodigt: ALL (alle gemeenten), PROVINCES (gemeenten in de gekozen provincies) of "
                        + "NOT_JOINED (gemeenten die nog niet meedoen).");
        MeetingInput.Plan plan = INPUT.plan(schedule(" Titel ", START, "Assen", 10, Audience.PROVINCES,
                List.of("Drenthe")), NOW);
        assertThat(plan.title()).isEqualTo("Titel");
        assertThat(plan.provinces()).containsExactly("Drenthe");
        assertThat(plan.times().endsAt()).isEqualTo(START.plus(Duration.ofHours(2)));
    }

    @Test
    void tasklist_address_lines_are_code_name_and_address_separated_by_semicolons_or_tabs() {
        assertThat(ContactLines.parse(null)).isEmpty();
        assertThat(ContactLines.parse("gm0106; Jan Broekema; j.broekema@assen.nl\n\nGM0114\tPiet\tp@emmen.nl"))
                .containsExactly(new Meetings.Contact("GM0106", "Jan Broekema", "j.broekema@assen.nl"),
                        new Meetings.Contact("GM0114", "Piet", "p@emmen.nl"));
        refused(() -> ContactLines.parse("GM0106; Jan Broekema"), "contacts", "Regel 1 ('GM0106; Jan Broekema'): "
                + "schrijf gemeentecode; naam; e-mailadres, bijvoorbeeld GM0106; Jan Broekema; j.broekema@assen.nl.");
    }
}
