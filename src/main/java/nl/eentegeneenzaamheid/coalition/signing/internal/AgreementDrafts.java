package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.signing.SignerRole;
import nl.eentegeneenzaamheid.coalition.signing.document.Agreement;
import nl.eentegeneenzaamheid.coalition.signing.document.AgreementPdf;
import org.springframework.stereotype.Component;

/** Who signs a coalition's agreement, and the agreement rendered for one version of an envelope. */
@Component
public class AgreementDrafts {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final IntakeService intake;
    private final Invitations invitations;
    private final AgreementPdf pdf;
    private final Clock clock;

    AgreementDrafts(IntakeService intake, Invitations invitations, AgreementPdf pdf, Clock clock) {
        this.intake = intake;
        this.invitations = invitations;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The alderman, then every accepted partner's signer. */
    public List<Party> everyone(Onboarding onboarding) {
        RegisterIntent.Person alderman = intake.aldermanOf(onboarding.id());
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(SignerRole.ALDERMAN, alderman.name(),
                SigningTexts.TEXTS.text("signatory.alderman-title"), SigningTexts.TEXTS.text("signatory.municipality",
                Map.of("municipality", onboarding.municipality().name())), alderman.email(), null, null));
        invitations.signers(onboarding.id()).forEach(signer -> parties.add(new Party(SignerRole.PARTNER,
                signer.name(), signer.role(), signer.organisationName(), signer.email(), signer.partnerId(),
                signer.partnerType().name())));
        return parties;
    }

    /** The agreement for these parties, dated today, as the envelope's document. */
    public byte[] render(UUID envelopeId, int version, Onboarding onboarding, List<Party> parties) {
        Party alderman = parties.stream().filter(p -> p.role() == SignerRole.ALDERMAN).findFirst().orElseThrow();
        List<Agreement.Party> partners = parties.stream().filter(p -> p.role() == SignerRole.PARTNER)
                .map(p -> new Agreement.Party(p.organisation(), PartnerType.valueOf(p.partnerType()).label(), p.name(),
                        p.title())).toList();
        return pdf.agreement(new Agreement(envelopeId, version, onboarding.municipality().name(),
                onboarding.municipality().province(), alderman.name(), partners,
                LocalDate.now(clock.withZone(NETHERLANDS))));
    }
}
