package nl.eentegeneenzaamheid.coalition.embedded;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded default ({@code --coalition.demo-data.enabled=true}): a handful of municipalities in
 * different stages, Assen among them recruiting with the seven partners that signed there, and Súdwest-Fryslân signing
 * its agreement digitally (the signers' mails, with their links, are in the mail folder). Everything goes through
 * the real services and the real process, as staff and municipalities would do it; a municipality that already has
 * an open onboarding is left alone, so a restart adds nothing twice.
 */
@Component
@Profile("embedded")
@ConditionalOnProperty("coalition.demo-data.enabled")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IntakeService intake;
    private final IntentReview review;
    private final Partners partners;
    private final Journeys journeys;
    private final Invitations invitations;
    private final Recruitment recruitment;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Meetings meetings;
    private java.util.Set<String> started = java.util.Set.of();

    DemoData(IntakeService intake, IntentReview review, Partners partners, Journeys journeys, Invitations invitations,
             Recruitment recruitment, TaskService taskService, IdentityService identityService, Meetings meetings) {
        this.intake = intake;
        this.review = review;
        this.partners = partners;
        this.journeys = journeys;
        this.invitations = invitations;
        this.recruitment = recruitment;
        this.taskService = taskService;
        this.identityService = identityService;
        this.meetings = meetings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        started = journeys.latestPerMunicipality().keySet();
        int loaded = 0;
        UUID assen = intent("GM0106", "Jan Broekema", "Assen");
        if (assen != null) {
            decide(assen, "approve", null);
            assenPartners().forEach(partner -> partners.propose(assen, partner, "gemeente-api"));
            // the partners have their links; the embedded default has no mail yet, so they answer nothing
            loaded++;
        }
        UUID sudwest = intent("GM1900", "Wethouder Súdwest-Fryslân", "Súdwest-Fryslân");
        if (sudwest != null) {
            decide(sudwest, "approve", null);
            String[][] coalition = {{"Humanitas Súdwest-Fryslân", "WELFARE", "humanitas"},
                    {"Woonstichting Elkien", "HOUSING", "elkien"}, {"CSG Bogerman", "EDUCATION", "bogerman"}};
            for (String[] partner : coalition) {
                Partners.Proposal proposal = partners.propose(sudwest, new ProposePartner(partner[0],
                        PartnerType.valueOf(partner[1]), null, "Contact " + partner[0], "info@" + partner[2]
                        + ".example.nl"), "gemeente-api");
                invitations.accept(proposal.invitation().token(), "Bestuurder " + partner[0], "directeur-bestuurder",
                        "bestuur@" + partner[2] + ".example.nl");
            }
            // ready: the agreement goes out for digital signing; the links are in the mail folder
            recruitment.complete(sudwest, "gemeente-api");
            loaded++;
        }
        if (intent("GM0080", "Wethouder Leeuwarden", "Leeuwarden") != null) {
            loaded++; // waits for the staff's review
        }
        UUID denHaag = intent("GM0518", "Wethouder Den Haag", "Den Haag");
        if (denHaag != null) {
            decide(denHaag, "request-information", "Welke partners heeft u al benaderd, en wie trekt de coalitie?");
            loaded++;
        }
        UUID amstelveen = intent("GM0362", "Wethouder Amstelveen", "Amstelveen");
        if (amstelveen != null) {
            decide(amstelveen, "request-information", "Staat eenzaamheid in het collegeprogramma?");
            review.provideInformation(amstelveen, "Ja, als speerpunt 'Samen leven in de wijk'.", "gemeente-api");
            loaded++; // answered: back in review
        }
        UUID almere = intent("GM0034", "Wethouder Almere", "Almere");
        if (almere != null) {
            decide(almere, "reject", "Er is nog geen wethouder met eenzaamheid in de portefeuille; dien de intentie "
                    + "opnieuw in zodra dat zo is.");
            loaded++;
        }
        if (meetings.list(false).isEmpty()) {
            // an aldermen's meeting for the north: the demo municipalities there are invited (their mails, with the
            // links, are in the mail folder); staff get the task to add addresses for the others
            Instant start = LocalDate.now().plusDays(60).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
                    .atTime(14, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
            meetings.schedule(new Meetings.Schedule("Samen aan de slag tegen eenzaamheid in het Noorden", start,
                    start.plus(Duration.ofMinutes(150)), "Provinciehuis Leeuwarden", null, 60,
                    "14.00 Welkom door de minister van VWS\n14.20 Wat werkt in de wijk: ervaringen van collega's\n"
                            + "15.15 Tafelgesprekken met landelijke partners\n16.15 Afsluiting en borrel",
                    "de minister van VWS en de directeur van de VNG", Audience.PROVINCES,
                    List.of("Drenthe", "Fryslân"), List.of()), "anna");
            log.info("Demo data: an aldermen's meeting for Drenthe and Fryslân on {}", start);
        }
        if (loaded > 0) {
            log.info("Demo data: {} municipalities in different stages (Assen recruits with its seven partners; "
                    + "Súdwest-Fryslân signs: its signers' links are in the mail folder)", loaded);
        }
    }

    /** Registers the intent, unless the municipality has an onboarding already; returns its id, or null. */
    private UUID intent(String code, String alderman, String place) {
        if (started.contains(code)) {
            return null;
        }
        String domain = place.toLowerCase().replace(' ', '-') + ".example.nl";
        return intake.registerIntent(new RegisterIntent(code,
                new RegisterIntent.Person(alderman, "wethouder@" + domain, null),
                new RegisterIntent.Person("Programmaregisseur " + place, "eenzaamheid@" + domain, "088 123 45 67"),
                true, "De gemeente " + place + " wil met lokale partners eenzaamheid eerder signaleren en doorbreken."),
                "demo:" + code, Channel.API, "gemeente-api").onboardingId();
    }

    /** As a staff member in Tasklist. */
    private void decide(UUID onboardingId, String decision, String note) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(onboardingId.toString())
                .taskDefinitionKey(IntentReviewProcess.TASK_REVIEW_INTENT).singleResult().getId();
        identityService.setAuthentication(DemoUsers.STAFF.id(), List.of(Groups.STAFF));
        try {
            taskService.claim(taskId, DemoUsers.STAFF.id());
            taskService.complete(taskId, note == null
                    ? Map.of(OnboardingProcess.VAR_REVIEW_DECISION, decision)
                    : Map.of(OnboardingProcess.VAR_REVIEW_DECISION, decision, IntentReviewProcess.VAR_REVIEW_NOTE, note));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The partners that signed Assen's coalition (../shared/context/assen-ondertekening.txt). */
    static List<ProposePartner> assenPartners() {
        return List.of(
                new ProposePartner("Humanitas Assen", PartnerType.WELFARE, null, "Coördinator Humanitas",
                        "assen@humanitas.example.nl"),
                new ProposePartner("Actium", PartnerType.HOUSING, null, "Wijkconsulent Actium",
                        "wijken@actium.example.nl"),
                new ProposePartner("Vaart Welzijn", PartnerType.WELFARE, null, "Opbouwwerker Vaart Welzijn",
                        "info@vaartwelzijn.example.nl"),
                new ProposePartner("Stichting Zorg1plus5", PartnerType.CARE, null, "Bestuurder Zorg1plus5",
                        "info@zorg1plus5.example.nl"),
                new ProposePartner("Diaconaal Platform Assen", PartnerType.FAITH, null, "Voorzitter Diaconaal Platform",
                        "diaconaal.platform@example.nl"),
                new ProposePartner("Wijkcentrum de Schulp", PartnerType.COMMUNITY_CENTRE, null,
                        "Beheerder de Schulp", "deschulp@example.nl"),
                new ProposePartner("Dr. Nassau College", PartnerType.EDUCATION, null, "Teamleider Dr. Nassau College",
                        "info@nassaucollege.example.nl"));
    }
}
