package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.eentegeneenzaamheid.coalition.platform.camunda.IdentityBootstrap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the embedded default, refuses to start while any account has a well-known default password (the demo
 * users' among them), and creates the first administrator from configuration when the identity store has none.
 * It runs before the web server opens, so a refused start never serves a request.
 */
@Component
@Profile("!embedded")
public class DefaultPasswordGuard implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DefaultPasswordGuard.class);

    /** Passwords nobody may keep: the demo password and the usual first guesses. */
    static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "changeme", "change-me",
            "camunda", "secret", "welkom", "welkom01", "welkom123", "test", "123456", "12345678", "coalition");
    static final int MINIMUM_LENGTH = 12;

    private final IdentityService identityService;
    private final BootstrapAdmin bootstrapAdmin;
    private final IdentityBootstrap identityBootstrap;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    DefaultPasswordGuard(IdentityService identityService, BootstrapAdmin bootstrapAdmin,
                         IdentityBootstrap identityBootstrap, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.bootstrapAdmin = bootstrapAdmin;
        this.identityBootstrap = identityBootstrap;
    }

    /**
     * The first administrator, created when no user exists yet
     * ({@code coalition.security.bootstrap-admin.id} and {@code .password}, for example from
     * {@code COALITION_SECURITY_BOOTSTRAPADMIN_PASSWORD}).
     */
    @ConfigurationProperties("coalition.security.bootstrap-admin")
    public record BootstrapAdmin(String id, String password) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = check();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
        createBootstrapAdminIfNoUsers();
    }

    /** Everything that stands in the way of a safe start; empty when there is nothing. */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        if (bootstrapAdmin.password() != null && !bootstrapAdmin.password().isEmpty()
                && isWeak(bootstrapAdmin.password())) {
            problems.add("coalition.security.bootstrap-admin.password is a default or shorter than "
                    + MINIMUM_LENGTH + " characters; choose a strong one");
        }
        // compares hashes itself: IdentityService.checkPassword would count each miss as a failed login and lock
        // every account it checks
        PasswordManager passwords = engineConfiguration.getPasswordManager();
        for (User user : identityService.createUserQuery().listPage(0, 10_000)) {
            if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
                continue;
            }
            for (String candidate : DEFAULT_PASSWORDS) {
                if (passwords.check(EncryptionUtil.saltPassword(candidate, entity.getSalt()), entity.getPassword())) {
                    problems.add("user '" + user.getId() + "' has a default password; change it in Camunda Admin "
                            + "or remove the user (demo users belong to the embedded default only)");
                    break;
                }
            }
        }
        return problems;
    }

    static boolean isWeak(String password) {
        return password.length() < MINIMUM_LENGTH || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    private void createBootstrapAdminIfNoUsers() {
        if (identityService.createUserQuery().count() > 0) {
            return;
        }
        identityBootstrap.ensureGroups();
        if (bootstrapAdmin.id() == null || bootstrapAdmin.password() == null || bootstrapAdmin.password().isEmpty()) {
            log.warn("No user exists yet. Set coalition.security.bootstrap-admin.id and .password to create the first "
                    + "administrator; until then nobody can log in.");
            return;
        }
        User admin = identityService.newUser(bootstrapAdmin.id());
        admin.setFirstName("Programma");
        admin.setLastName("Beheerder");
        admin.setPassword(bootstrapAdmin.password());
        identityService.saveUser(admin);
        identityService.createMembership(admin.getId(), Groups.ADMINS);
        identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
        log.info("Created the first administrator '{}'", admin.getId());
    }
}
