package nl.eentegeneenzaamheid.coalition.embedded;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.platform.StartupNotes;
import nl.eentegeneenzaamheid.coalition.platform.camunda.IdentityBootstrap;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo accounts, all with the password {@value #PASSWORD}. They exist only here: the
 * production jar does not contain this class, and outside the embedded default the application refuses to start
 * while any account has a default password.
 */
@Component
@Profile("embedded")
public class DemoUsers implements SmartInitializingSingleton, StartupNotes {

    public static final String PASSWORD = "demo";

    /** A demo account. */
    public record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
    }

    public static final DemoUser STAFF = new DemoUser("anna", "Anna", "de Vries", "anna@example.org",
            List.of(Groups.STAFF));
    public static final DemoUser ADVISOR = new DemoUser("bram", "Bram", "Jansen", "bram@example.org",
            List.of(Groups.ADVISORS));
    public static final DemoUser ADMIN = new DemoUser("admin", "Programma", "Beheerder", "admin@example.org",
            List.of(Groups.ADMINS, Groups.CAMUNDA_ADMIN, Groups.STAFF, Groups.ADVISORS));
    /** The programme's own integration: acts for every municipality. */
    public static final DemoUser API_CLIENT = new DemoUser("gemeente-api", "API-client", "Gemeente",
            "api@example.org", List.of(Groups.API_CLIENTS, MunicipalityScope.ALL));
    /** Assen's own system: acts for Assen only. */
    public static final DemoUser ASSEN_API_CLIENT = new DemoUser("assen-api", "API-client", "Assen",
            "koppelingen@assen.example.nl", List.of(Groups.API_CLIENTS, MunicipalityScope.groupOf("GM0106")));
    public static final DemoUser AUDITOR = new DemoUser("eva", "Eva", "Bakker", "eva@example.org",
            List.of(Groups.AUDITORS));
    public static final List<DemoUser> ALL = List.of(STAFF, ADVISOR, ADMIN, API_CLIENT, ASSEN_API_CLIENT, AUDITOR);

    private final IdentityService identityService;
    private final IdentityBootstrap identityBootstrap;
    private final Environment environment;

    DemoUsers(IdentityService identityService, IdentityBootstrap identityBootstrap, Environment environment) {
        this.identityService = identityService;
        this.identityBootstrap = identityBootstrap;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        identityBootstrap.ensureGroups();
        for (DemoUser demo : ALL) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
            }
            for (String group : demo.groups()) {
                if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identityService.createMembership(demo.id(), group);
                }
            }
        }
    }

    @Override
    public List<String> lines() {
        return List.of(
                "Embedded default: demo data only, never for real use",
                "Data folder     " + environment.getProperty("coalition.embedded.data-directory", ".data")
                        + "   (stop, then delete it to start fresh)",
                "Demo users (password '" + PASSWORD + "'):",
                "  anna          programme-staff     (Tasklist)",
                "  bram          programme-advisors  (Tasklist, Cockpit)",
                "  admin         programme-admins    (everything)",
                "  gemeente-api  api-clients         (the API, for every municipality)",
                "  assen-api     api-clients         (the API, for Assen (GM0106) only)",
                "  eva           auditors            (envelopes and audit trails)",
                "Mail            every mail sent is kept as .eml in "
                        + environment.getProperty("coalition.embedded.data-directory", ".data") + "/mail",
                "                (SMTP on localhost:" + environment.getProperty("coalition.embedded.smtp-port", "3025")
                        + ", IMAP on localhost:" + environment.getProperty("coalition.embedded.imap-port", "3143")
                        + ", login and password: the address)");
    }
}
