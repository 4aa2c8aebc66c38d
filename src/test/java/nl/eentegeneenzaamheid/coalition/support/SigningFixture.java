package nl.eentegeneenzaamheid.coalition.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A municipality whose coalition is formed and whose agreement is being signed digitally: the intent approved,
 * three partners of two kinds accepted (each with its own signer address), recruitment complete. Every person has an
 * address of their own, so their mailbox holds only their mail.
 */
public final class SigningFixture {

    private final ProcessEngine engine;
    private final IntakeService intake;
    private final Partners partners;
    private final Invitations invitations;
    private final Recruitment recruitment;
    private final GreenMail mail;

    public SigningFixture(ProcessEngine engine, IntakeService intake, Partners partners, Invitations invitations,
                          Recruitment recruitment, GreenMail mail) {
        this.engine = engine;
        this.intake = intake;
        this.partners = partners;
        this.invitations = invitations;
        this.recruitment = recruitment;
        this.mail = mail;
    }

    /** A coalition in signing. */
    public record Coalition(UUID onboardingId, ProcessInstance process, Mailbox alderman, List<Mailbox> partners,
                            Mailbox contact, List<String> signerAddresses) {

        /** Everyone who signs: the alderman first, then the partners. */
        public List<Mailbox> signers() {
            List<Mailbox> all = new ArrayList<>();
            all.add(alderman);
            all.addAll(partners);
            return all;
        }
    }

    public Coalition signing(String municipalityCode) {
        return signing(municipalityCode, "Anne de Wethouder", "Ondertekenaar 1");
    }

    /** A coalition in signing whose alderman and first partner's signer have the given names. */
    public Coalition signing(String municipalityCode, String aldermanName, String firstSignerName) {
        String prefix = municipalityCode.toLowerCase(Locale.ROOT);
        String alderman = "wethouder." + prefix + "@example.nl";
        String contact = "contact." + prefix + "@example.nl";
        UUID onboardingId = intake.registerIntent(new RegisterIntent(municipalityCode,
                        new RegisterIntent.Person(aldermanName, alderman, null),
                        new RegisterIntent.Person("Bert Beleid", contact, null), true, "Wij doen mee."),
                null, Channel.API, "gemeente-api").onboardingId();
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(onboardingId.toString())
                .processDefinitionKey(OnboardingProcess.KEY).singleResult();
        String review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(IntentReviewProcess.TASK_REVIEW_INTENT).singleResult().getId();
        Staff.complete(engine, review, Map.of(OnboardingProcess.VAR_REVIEW_DECISION, "approve"));
        List<Mailbox> partnerBoxes = new ArrayList<>();
        List<String> addresses = new ArrayList<>(List.of(alderman));
        String[][] organisations = {{"Welzijn Súdwest", "WELFARE"}, {"Woonstichting 's-Hertogenbosch", "HOUSING"},
                {"Basisschool De Linde", "EDUCATION"}};
        for (int i = 0; i < organisations.length; i++) {
            String signer = "partner" + (i + 1) + "." + prefix + "@example.nl";
            Partners.Proposal proposal = partners.propose(onboardingId, new ProposePartner(organisations[i][0],
                    PartnerType.valueOf(organisations[i][1]), null, "Contactpersoon", "info" + (i + 1) + "." + prefix
                            + "@example.nl"), "gemeente-api");
            invitations.accept(proposal.invitation().token(), i == 0 ? firstSignerName : "Ondertekenaar " + (i + 1),
                    "directeur", signer);
            partnerBoxes.add(new Mailbox(mail, signer));
            addresses.add(signer);
        }
        recruitment.complete(onboardingId, "gemeente-api");
        return new Coalition(onboardingId, process, new Mailbox(mail, alderman), partnerBoxes,
                new Mailbox(mail, contact), addresses);
    }
}
