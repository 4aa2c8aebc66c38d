package nl.eentegeneenzaamheid.coalition.rollout;

import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;

/**
 * One municipality's way from intent to joined, through the surfaces its people have: the municipality's system
 * calls the API, partners and signers follow the links and codes in their mail, and staff work their tasks through
 * the engine's REST API as Tasklist does. Partners decline or let their invitation expire in the configured shares.
 */
final class Journey {

    /** The kinds of local partner, with how such an organisation is typically called. */
    private static final String[][] PARTNER_KINDS = {
            {"WELFARE", "Stichting Welzijn %s"}, {"HOUSING", "Woonstichting %s"}, {"CARE", "Thuiszorg %s"},
            {"EDUCATION", "Openbare Bibliotheek %s"}, {"FAITH", "Protestantse Gemeente %s"},
            {"COMMUNITY_CENTRE", "Buurthuis De Schakel %s"}, {"SPORT_AND_CULTURE", "Sportvereniging %s"},
            {"BUSINESS", "Ondernemersvereniging %s"}, {"WELFARE", "Humanitas afdeling %s"},
            {"HOUSING", "Huurdersvereniging %s"}, {"CARE", "GGD-team %s"}, {"OTHER", "Vrijwilligerscentrale %s"}};


    enum Answer { ACCEPT, DECLINE, EXPIRE }

    record Partner(String name, String type, String contactEmail, String signerEmail, Answer answer) {
    }

    /** What happened, for the report. */
    record Outcome(String code, String name, int partners, int accepted, int declined, int expired, int signers,
                   String stage, long startedAtMillis, long finishedAtMillis) {
    }

    private final Http http;
    private final Mail mail;
    private final String staff;
    private final String adviser;
    private final String admin;
    private final String municipality;
    private java.util.function.Consumer<String> afterLastSignature = onboardingId -> { };
    private final String code;
    private final String name;
    private final List<Partner> partners;

    Journey(Http http, Mail mail, String code, String name, RolloutOptions options, Random random) {
        this.http = http;
        this.mail = mail;
        this.staff = options.accounts().staff();
        this.adviser = options.accounts().adviser();
        this.admin = options.accounts().admin();
        this.municipality = options.accounts().apiClient();
        this.code = code;
        this.name = name;
        this.partners = partners(code, name, options, random);
    }

    static List<Partner> partners(String code, String name, RolloutOptions options, Random random) {
        int count = options.minPartners() + random.nextInt(options.maxPartners() - options.minPartners() + 1);
        List<Partner> partners = new ArrayList<>();
        int first = random.nextInt(PARTNER_KINDS.length);
        for (int i = 0; i < count; i++) {
            String[] kind = PARTNER_KINDS[(first + i) % PARTNER_KINDS.length];
            String organisation = kind[1].formatted(name) + (i >= PARTNER_KINDS.length ? " " + (i + 1) : "");
            String domain = "p" + (i + 1) + "." + code.toLowerCase(Locale.ROOT) + ".rollout.example.nl";
            double roll = random.nextDouble();
            Answer answer = roll < options.declineShare() ? Answer.DECLINE
                    : roll < options.declineShare() + options.expireShare() ? Answer.EXPIRE : Answer.ACCEPT;
            partners.add(new Partner(organisation, kind[0], "contact@" + domain, "bestuur@" + domain, answer));
        }
        return partners;
    }

    /** Something to do once everyone has signed, before the journey goes on (a crash, in a test). */
    Journey afterLastSignature(java.util.function.Consumer<String> action) {
        this.afterLastSignature = action;
        return this;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    List<Partner> partnerList() {
        return partners;
    }

    Outcome run() {
        long started = System.currentTimeMillis();
        String domain = code.toLowerCase(Locale.ROOT) + ".rollout.example.nl";
        String alderman = "wethouder@" + domain;

        // the municipality declares its intent; staff approve it in Tasklist
        String onboardingId = http.post("POST /api/v1/intents", "/api/v1/intents", municipality, """
                {"municipalityCode": "%s",
                 "alderman": {"name": "Wethouder van %s", "email": "%s"},
                 "contact": {"name": "Coalitieregisseur %s", "email": "coalitie@%s", "phone": "088 123 4567"},
                 "inCollegeProgramme": true,
                 "motivation": "In %s willen we samen met onze partners eenzaamheid eerder signaleren en doorbreken."}
                """.formatted(code, json(name), alderman, json(name), domain, json(name))).expect(201)
                .body().path("onboardingId").asText();
        completeTask(onboardingId, "review-intent", staff, "{\"reviewDecision\": {\"value\": \"approve\"}}");

        // it proposes its partners; each answers the invitation in its mail
        for (Partner partner : partners) {
            http.post("POST /api/v1/onboardings/{id}/partners", "/api/v1/onboardings/" + onboardingId + "/partners",
                    municipality, """
                            {"organisationName": "%s", "type": "%s", "contactName": "Contactpersoon",
                             "contactEmail": "%s"}""".formatted(json(partner.name()), partner.type(),
                            partner.contactEmail())).expect(201);
        }
        List<String> signers = new ArrayList<>(List.of(alderman));
        Set<String> acceptedKinds = new HashSet<>();
        for (Partner partner : partners) {
            String token = mail.await(partner.contactEmail(), Mailbox.SUBJECT_INVITATION, 1, Mailbox.INVITATION_LINK);
            http.get("GET /api/v1/invitations/{token}", "/api/v1/invitations/" + token, null).expect(200);
            switch (partner.answer()) {
                case ACCEPT -> {
                    http.post("POST /api/v1/invitations/{token}/accept", "/api/v1/invitations/" + token + "/accept",
                            null, """
                                    {"signerName": "Bestuurder %s", "signerRole": "bestuurder",
                                     "signerEmail": "%s"}""".formatted(json(partner.name()), partner.signerEmail()))
                            .expect(200);
                    signers.add(partner.signerEmail());
                    acceptedKinds.add(partner.type());
                }
                case DECLINE -> http.post("POST /api/v1/invitations/{token}/decline",
                        "/api/v1/invitations/" + token + "/decline", null,
                        "{\"reason\": \"Wij hebben dit jaar geen ruimte om mee te doen.\"}").expect(200);
                case EXPIRE -> expire(onboardingId, partner);
            }
        }
        http.post("POST /api/v1/onboardings/{id}/recruitment/complete",
                "/api/v1/onboardings/" + onboardingId + "/recruitment/complete", municipality, "").expect(204);
        int accepted = signers.size() - 1;
        if (accepted < 3 || acceptedKinds.size() < 2) {
            // not ready by the programme's rule: staff decide to go on with the partners that are there
            completeTask(onboardingId, "decide-on-coalition", staff,
                    "{\"coalitionDecision\": {\"value\": \"continue\"}}");
        }

        // everyone signs: the link from the mail, a code from the mail, name and consent
        for (String signer : signers) {
            String token = mail.await(signer, Mailbox.SUBJECT_SIGNING, 1, Mailbox.SIGNING_LINK);
            JsonNode view = http.get("GET /api/v1/signing/{token}", "/api/v1/signing/" + token, null).expect(200)
                    .body();
            http.post("POST /api/v1/signing/{token}/code", "/api/v1/signing/" + token + "/code", null, "")
                    .expect(202);
            String oneTimeCode = mail.await(signer, Mailbox.SUBJECT_CODE, 1, Mailbox.CODE);
            http.post("POST /api/v1/signing/{token}/sign", "/api/v1/signing/" + token + "/sign", null, """
                    {"fullName": "%s", "consent": true, "code": "%s"}""".formatted(json(view.path("name").asText()),
                    oneTimeCode)).expect(200);
        }

        afterLastSignature.accept(onboardingId);

        // the sealed agreement goes out; the central team onboards the municipality
        completeTask(onboardingId, "assign-adviser", adviser, "{\"adviser\": {\"value\": \"Adviseur " + json(name)
                + "\"}}");
        completeTask(onboardingId, "schedule-kickoff", adviser, "{\"kickoffOn\": {\"value\": \""
                + LocalDate.now().plusWeeks(3) + "\"}, \"kickoffPlace\": {\"value\": \"Gemeentehuis " + json(name)
                + "\"}}");
        http.upload("POST /api/v1/onboardings/{id}/local-plan", "/api/v1/onboardings/" + onboardingId
                        + "/local-plan", municipality, "lokaal-plan.pdf", "application/pdf",
                TestDocuments.pdf("Lokaal plan tegen eenzaamheid " + name))
                .expect(204);
        // the alderman is invited to the aldermen's meeting the run scheduled first: the municipality has joined
        String stage = http.get("GET /api/v1/onboardings/{id}", "/api/v1/onboardings/" + onboardingId, staff)
                .expect(200).body().path("stage").asText();
        int declined = (int) partners.stream().filter(p -> p.answer() == Answer.DECLINE).count();
        return new Outcome(code, name, partners.size(), accepted, declined, partners.size() - accepted - declined,
                signers.size(), stage, started, System.currentTimeMillis());
    }

    /** The partner lets the invitation lapse: an administrator moves its clock past the 21 days. */
    private void expire(String onboardingId, Partner partner) {
        JsonNode instances = http.post("POST /engine-rest/process-instance", "/engine-rest/process-instance", admin, """
                {"processDefinitionKey": "partner-invitation", "businessKey": "%s",
                 "variables": [{"name": "organisationName", "operator": "eq", "value": "%s"}]}"""
                .formatted(onboardingId, json(partner.name()))).expect(200).body();
        if (instances.size() != 1) {
            throw new IllegalStateException("Expected one invitation process for " + partner.name() + ", found "
                    + instances.size());
        }
        JsonNode jobs = http.get("GET /engine-rest/job", "/engine-rest/job?processInstanceId="
                + instances.get(0).path("id").asText() + "&activityId=invitation-expires", admin).expect(200).body();
        if (jobs.size() != 1) {
            throw new IllegalStateException("No expiry timer for the invitation of " + partner.name());
        }
        http.post("POST /engine-rest/job/{id}/execute", "/engine-rest/job/" + jobs.get(0).path("id").asText()
                + "/execute", admin, "").expect(204);
    }

    /** As Tasklist does: wait for the task to appear in the user's list, claim it, complete it with the form. */
    private void completeTask(String onboardingId, String taskKey, String user, String variables) {
        String taskId = awaitTask(onboardingId, taskKey, user);
        http.post("POST /engine-rest/task/{id}/claim", "/engine-rest/task/" + taskId + "/claim", user,
                "{\"userId\": \"" + user + "\"}").expect(204);
        http.post("POST /engine-rest/task/{id}/complete", "/engine-rest/task/" + taskId + "/complete", user,
                "{\"variables\": " + variables + "}").expect(204);
    }

    private String awaitTask(String onboardingId, String taskKey, String user) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long pause = 20;
        while (true) {
            JsonNode tasks = http.get("GET /engine-rest/task", "/engine-rest/task?processInstanceBusinessKey="
                    + onboardingId + "&taskDefinitionKey=" + taskKey, user).expect(200).body();
            if (tasks.size() == 1) {
                return tasks.get(0).path("id").asText();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No task " + taskKey + " for " + name + " within 120 s");
            }
            sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
