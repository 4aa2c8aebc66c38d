package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands tests municipality codes nobody uses: real CBS codes (the API accepts no others) that have no onboarding in
 * the shared database, that no test names by hand, and that were not handed out before in this JVM.
 */
public final class TestMunicipalities {

    private static final Pattern CODE = Pattern.compile("GM\\d{4}");
    private static final Set<String> HANDED_OUT = new HashSet<>();
    private static final java.util.Map<String, String> PROVINCES = new java.util.HashMap<>();
    private static final List<String> ALL = readAll();
    private static final Set<String> NAMED_IN_TESTS = namedInTests();

    private final JdbcTemplate jdbc;

    public TestMunicipalities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A code no test uses, from the end of the list (the national-rollout simulator takes from the start). */
    public String unused() {
        Set<String> taken = new HashSet<>(jdbc.queryForList("select distinct municipality_code from onboarding",
                String.class));
        synchronized (HANDED_OUT) {
            for (int i = ALL.size() - 1; i >= 0; i--) {
                String code = ALL.get(i);
                if (!taken.contains(code) && !NAMED_IN_TESTS.contains(code) && HANDED_OUT.add(code)) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("No unused municipality code is left");
    }

    /** The municipality's province, as the CBS list has it. */
    public static String provinceOf(String code) {
        return PROVINCES.get(code);
    }

    private static List<String> readAll() {
        try {
            List<String> codes = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/reference/gemeenten-2025.csv"),
                    StandardCharsets.UTF_8)) {
                Matcher matcher = CODE.matcher(line);
                if (matcher.lookingAt()) {
                    codes.add(matcher.group());
                    PROVINCES.put(matcher.group(), line.substring(line.lastIndexOf(',') + 1).strip());
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> namedInTests() {
        Set<String> named = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    named.add(matcher.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }
}
