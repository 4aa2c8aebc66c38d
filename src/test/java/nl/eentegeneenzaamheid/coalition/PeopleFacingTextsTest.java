package nl.eentegeneenzaamheid.coalition;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People-facing Dutch texts live in the message bundles ({@code src/main/resources/messages/*.properties}) and the
 * Thymeleaf templates, never in Java string literals (docs/architecture.md, "Texts"). Reads the main sources' literals
 * and the bundles:
 * <ul>
 *   <li>no literal reads as Dutch (it holds a common Dutch function word), except the few technical ones allowed
 *   below;</li>
 *   <li>every bundle is valid UTF-8 and every text in it renders with its placeholders filled;</li>
 *   <li>every key the code asks for by name is in its bundle, with a value for each of its placeholders, and every
 *   key in a module's bundle is named somewhere in the code that reads that bundle.</li>
 * </ul>
 */
class PeopleFacingTextsTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");

    /**
     * Common Dutch words that English and technical text does not use (not "die", "is", "we", "in", "an", "of",
     * "been", "over": English has them too).
     */
    static final Set<String> DUTCH = Set.of("de", "het", "een", "niet", "uw", "u", "voor", "deze", "geen", "wordt",
            "kan", "bent", "heeft", "naar", "aan", "op", "bij", "zijn", "wij", "van", "en", "met", "om", "te",
            "dat", "nog", "ook", "er", "wie", "ons", "onze", "hebben", "worden", "zich", "dan", "tot", "uur", "hij",
            "zij", "wat", "waar", "al", "mag", "moet", "gemeente", "ondertekening", "herinnering", "bijeenkomst",
            "uitnodiging", "verlopen", "ondertekend", "getekend", "gestopt", "afgewezen", "ingetrokken");
    /** A word; "U+0007" is a code point, not "u". */
    static final Pattern WORD = Pattern.compile("\\p{L}+(?!\\+)");

    /**
     * Literals that hold one of those words and still are no text for people: the development seal's certificate
     * name, the Dutch way of writing a period (Texts.period, used in the mails' texts) and a moment (a date pattern), an
     * example in the API's documentation, the names of the files people download. Each with the file it is in. Keep it short.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "signing/seal/SealKeyStore.java", Set.of("CN=Eén tegen eenzaamheid (ONTWIKKELZEGEL - niet voor "
                    + "productie), "),
            "platform/Texts.java", Set.of(" tot ", " uur"),
            "recruitment/ProposePartner.java", Set.of("Sanne de Boer"),
            "signing/Envelopes.java", Set.of("-ondertekend"),
            "signing/Signing.java", Set.of("ondertekening.pdf", "ondertekening."),
            "signing/web/SigningPageController.java", Set.of("d MMMM yyyy 'om' HH:mm"));

    /** Bundles whose keys are partly composed at run time, so "every key is named in the code" cannot hold. */
    static final Set<String> COMPOSED_KEYS = Set.of("notifications");

    @Test
    void no_java_literal_reads_as_dutch() {
        List<String> dutch = new ArrayList<>();
        for (Path file : JavaLiterals.sources()) {
            Set<String> allowed = ALLOWED.getOrDefault(relative(file), Set.of());
            for (JavaLiterals.Literal literal : JavaLiterals.of(file)) {
                if (readsAsDutch(literal.text()) && !allowed.contains(literal.text())) {
                    dutch.add(literal.toString());
                }
            }
        }
        assertThat(dutch).as("Dutch text in Java literals: move it to the module's bundle in "
                + "src/main/resources/messages (see docs/architecture.md)").isEmpty();
    }

    @Test
    void the_scan_finds_a_dutch_literal_and_leaves_english_comments_and_identifiers_alone() {
        String source = """
                class Planted {
                    // Deze opmerking is geen tekst voor mensen
                    /* en deze ook niet */
                    String refusal = "Deze link is verlopen";
                    String api = "The link has expired: ask for a new one";
                    String url = "https://example.org"; char quote = '"'; String after = "Na de adresregel";
                    String page = "redirect:/bijeenkomst/" + "U+0007" + "\\u2400";
                    String block = \"""
                            Gebruik de link uit de e-mail\""";
                }
                """;
        List<String> dutch = JavaLiterals.of(Path.of("Planted.java"), source).stream()
                .map(JavaLiterals.Literal::text).filter(PeopleFacingTextsTest::readsAsDutch).toList();
        assertThat(dutch).containsExactly("Deze link is verlopen", "Na de adresregel",
                "\n            Gebruik de link uit de e-mail");
    }

    @Test
    void every_bundle_is_utf8_and_every_text_renders_with_its_placeholders_filled() {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles.keySet()).contains("agreement", "errors", "meetings", "notifications", "recruitment",
                "signing", "tasklist");
        bundles.forEach((name, texts) -> {
            TextBundle bundle = new TextBundle("messages/" + name);
            for (String key : texts.stringPropertyNames()) {
                Map<String, Object> values = new HashMap<>();
                placeholders(texts.getProperty(key)).forEach(p -> values.put(p, "<" + p + ">"));
                assertThat(bundle.text(key, values)).as(name + ": " + key).isNotBlank().doesNotContain("{")
                        .doesNotContain("}").doesNotContain("\uFFFD").doesNotContain("Ã");
            }
        });
    }

    /**
     * The keys a call names ({@code TEXTS.text("key", ...)}, also both keys of {@code cond ? "a" : "b"}) are in the
     * bundle the call reads, and the call gives a value for each of the text's placeholders when it gives them in
     * place ({@code Map.of("name", …)}). Every key of a module's bundle is named in a literal of the code that reads
     * it.
     */
    @Test
    void every_key_named_in_the_code_is_in_its_bundle_with_its_placeholders_and_every_key_is_used() {
        Map<String, Properties> bundles = bundles();
        Map<String, String> holders = holders();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> named = new TreeMap<>();
        int calls = 0;
        for (Path file : JavaLiterals.sources()) {
            String source = JavaLiterals.read(file);
            Set<String> read = new TreeSet<>();
            String own = holders.get(simpleName(file));
            if (own != null) {
                read.add(own);
            }
            for (Call call : calls(source)) {
                String bundle = call.bundle(source, holders);
                if (bundle == null || !bundles.containsKey(bundle)) {
                    problems.add(relative(file) + ": a call to " + call.receiver() + " reads no bundle");
                    continue;
                }
                read.add(bundle);
                calls++;
                for (String key : call.keys()) {
                    String text = bundles.get(bundle).getProperty(key);
                    if (text == null) {
                        problems.add(relative(file) + ": " + key + " is not in messages/" + bundle + ".properties");
                    } else if (call.values() != null && !call.values().containsAll(placeholders(text))) {
                        problems.add(relative(file) + ": " + key + " needs " + placeholders(text) + ", the call gives "
                                + call.values());
                    }
                }
            }
            for (String bundle : read) {
                JavaLiterals.of(file, source).forEach(l -> named.computeIfAbsent(bundle, b -> new TreeSet<>())
                        .add(l.text()));
            }
        }
        bundles.forEach((bundle, texts) -> {
            if (COMPOSED_KEYS.contains(bundle)) {
                return;
            }
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                if (!named.getOrDefault(bundle, Set.of()).contains(key)) {
                    problems.add("messages/" + bundle + ".properties: " + key + " is named nowhere in the code");
                }
            }
        });
        assertThat(calls).isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    static boolean readsAsDutch(String literal) {
        if (literal.startsWith("/") || literal.startsWith("redirect:/") || literal.startsWith("#")) {
            return false; // a page's path or a place on it: /bijeenkomst/…, /uitnodiging/…, #niet-meedoen
        }
        Matcher words = WORD.matcher(literal.replaceAll("\\\\(u[0-9a-fA-F]{4}|.)", " "));
        while (words.find()) {
            if (DUTCH.contains(words.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path file) {
        return JavaLiterals.SOURCES.relativize(file).toString().replace('\\', '/');
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TextBundle.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Every bundle by name, read as strict UTF-8 (a byte that is not UTF-8 fails). */
    static Map<String, Properties> bundles() {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                Properties properties = new Properties();
                properties.load(new StringReader(text));
                bundles.put(file.getFileName().toString().replace(".properties", ""), properties);
            }
        } catch (CharacterCodingException e) {
            throw new AssertionError("A bundle in " + BUNDLES + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }

    private static final Pattern BUNDLE_NAME = Pattern.compile("new TextBundle\\(\"messages/([a-z-]+)\"\\)");

    /** The classes that hold a bundle ({@code SigningTexts}, {@code AgreementPdf}, {@code MailTexts} …) by name. */
    private static Map<String, String> holders() {
        Map<String, String> holders = new HashMap<>();
        for (Path file : JavaLiterals.sources()) {
            Matcher matcher = BUNDLE_NAME.matcher(JavaLiterals.read(file));
            if (matcher.find()) {
                holders.put(simpleName(file), matcher.group(1));
            }
        }
        return holders;
    }

    private static String simpleName(Path file) {
        return file.getFileName().toString().replace(".java", "");
    }

    /**
     * A call that names its keys: {@code qualifier} is the class before the receiver ({@code AgreementPdf.TEXTS}), if
     * any; {@code values} are the placeholder names it gives in place, null when they are not in the call.
     */
    record Call(String qualifier, String receiver, List<String> keys, Set<String> values) {

        /**
         * The bundle it reads: its qualifier's, the one the receiver is made from in this source, the one of the
         * class the receiver is imported from, or the mails' for {@code texts.get}.
         */
        String bundle(String source, Map<String, String> holders) {
            if (receiver.equals("texts")) {
                return "notifications";
            }
            if (qualifier != null) {
                return holders.get(qualifier);
            }
            Matcher made = Pattern.compile("TextBundle " + receiver + " = new TextBundle\\(\"messages/([a-z-]+)\"")
                    .matcher(source);
            if (made.find()) {
                return made.group(1);
            }
            Matcher imported = Pattern.compile("import static [\\w.]+\\.(\\w+)\\." + receiver + ";").matcher(source);
            return imported.find() ? holders.get(imported.group(1)) : null;
        }
    }

    private static final Pattern CALL = Pattern.compile(
            "\\b(?:(\\w+)\\.)?(TEXTS|PAGES|TASKLIST)\\.text\\(|\\b(texts)\\.get\\(");
    private static final Pattern KEY = Pattern.compile("\\s*\"([^\"]+)\"\\s*");
    private static final Pattern CHOICE = Pattern.compile("[^\"?]*\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"\\s*",
            Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");

    /** The calls in a source, with their keys where they are literals. */
    static List<Call> calls(String source) {
        List<Call> calls = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            String arguments = arguments(source, call.end());
            int comma = topLevelComma(arguments);
            String first = comma < 0 ? arguments : arguments.substring(0, comma);
            List<String> keys = new ArrayList<>();
            Matcher key = KEY.matcher(first);
            Matcher choice = CHOICE.matcher(first);
            if (key.matches()) {
                keys.add(key.group(1));
            } else if (choice.matches()) {
                keys.add(choice.group(1));
                keys.add(choice.group(2));
            } // else a key from a variable or a map: the call still says which bundle the source reads
            Set<String> values = null;
            if (comma < 0) {
                values = Set.of();
            } else if (arguments.substring(comma + 1).strip().startsWith("Map.of(")) {
                values = new TreeSet<>();
                Matcher name = NAME.matcher(arguments.substring(comma + 1));
                while (name.find()) {
                    values.add(name.group(1));
                }
            }
            String receiver = call.group(2) != null ? call.group(2) : call.group(3);
            calls.add(new Call(call.group(1), receiver, keys, values));
        }
        return calls;
    }

    /** The text between the call's parentheses, from just after the opening one. */
    private static String arguments(String source, int from) {
        int close = outside(source, from, ')');
        if (close < 0) {
            throw new IllegalStateException("An unclosed call at " + from);
        }
        return source.substring(from, close);
    }

    private static int topLevelComma(String arguments) {
        return outside(arguments, 0, ',');
    }

    /** Where {@code stop} first stands outside quotes and brackets opened after {@code from}; -1 when nowhere. */
    private static int outside(String text, int from, char stop) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == stop && depth == 0) {
                return i;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return -1;
    }
}
