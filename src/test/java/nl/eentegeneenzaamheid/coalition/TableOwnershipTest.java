package nl.eentegeneenzaamheid.coalition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to one module, and only that module's SQL names it: a module that needs another's data asks
 * that module's API or keeps a copy on its own rows (docs/architecture.md). Camunda's own tables belong to the
 * platform. Reads every SQL string in the main sources (the literals that hold a select, insert, update or delete).
 */
class TableOwnershipTest {

    static final Path SOURCES = Path.of("src/main/java/nl/eentegeneenzaamheid/coalition");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    static final Map<String, Set<String>> OWNERS = Map.of(
            "platform", Set.of("login_failure", "login_source", "secret_handover"),
            "events", Set.of("outbox_event"),
            "intake", Set.of("intake_request", "intent"),
            "journey", Set.of("onboarding", "onboarding_timeline"),
            "recruitment", Set.of("partner", "invitation"),
            "signing", Set.of("signing", "envelope", "envelope_signer", "signing_audit"),
            "meetings", Set.of("meeting", "meeting_contact", "meeting_invitation", "meeting_unaddressed",
                    "meeting_waiting_onboarding"),
            "centralteam", Set.of("central_onboarding"));

    static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert\\s+into|update|delete\\s+from)\\b");
    static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void every_table_has_one_owner() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)")
                        .matcher(Files.readString(file));
                while (create.find()) {
                    declared.add(create.group(1).toLowerCase());
                }
            }
        }
        Set<String> owned = new TreeSet<>();
        OWNERS.values().forEach(owned::addAll);
        for (String table : declared) {
            assertThat(owned.contains(table) || table.startsWith("notification_") || table.startsWith("dashboard_"))
                    .as("the table " + table + " has an owner in OWNERS").isTrue();
        }
    }

    @Test
    void no_module_names_another_modules_table_in_its_sql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                violations.addAll(foreignTables(module, Files.readString(file), file));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_check_sees_a_foreign_table_in_a_text_block_and_in_a_string() {
        String planted = """
                class Planted {
                    String a = \"""
                            select s.id from envelope_signer s
                            join partner p on p.id = s.partner_id\""";
                    String b = "update onboarding set stage = ? where id = ?";
                    String prose = "A municipality's journey from intent to joined";
                }
                """;
        assertThat(foreignTables("signing", planted, Path.of("Planted.java")))
                .containsExactly("Planted.java: signing names recruitment's table partner",
                        "Planted.java: signing names journey's table onboarding");
    }

    static List<String> foreignTables(String module, String source, Path file) {
        List<String> violations = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (!SQL.matcher(text).find()) {
                continue;
            }
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                String name = table.group(1).toLowerCase();
                String owner = ownerOf(name);
                if (owner != null && !owner.equals(module)) {
                    violations.add(file + ": " + module + " names " + owner + "'s table " + name);
                }
            }
        }
        return violations;
    }

    static String ownerOf(String table) {
        if (table.startsWith("notification_")) {
            return "notifications";
        }
        if (table.startsWith("dashboard_")) {
            return "dashboard";
        }
        if (table.startsWith("act_")) {
            return "platform";
        }
        return OWNERS.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
