package nl.eentegeneenzaamheid.coalition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string literals of Java sources, comments left out: for the tests that read what the main code says
 * ({@link PeopleFacingTextsTest}). A small scanner, not a parser: it knows line and block comments, character
 * literals, string literals with their escapes and text blocks, which is all it needs to tell a literal from a comment.
 */
final class JavaLiterals {

    static final Path SOURCES = Path.of("src/main/java/nl/eentegeneenzaamheid/coalition");

    /** A string literal's content as written (escapes not resolved), its line and its offsets in the source. */
    record Literal(Path file, int line, String text, int start, int end) {

        @Override
        public String toString() {
            return SOURCES.relativize(file) + ":" + line + ": \"" + text + "\"";
        }
    }

    private JavaLiterals() {
    }

    /** Every main source file. */
    static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's string literals, in order. */
    static List<Literal> of(Path file) {
        return of(file, read(file));
    }

    /** The source's string literals, in order; {@code start} and {@code end} are offsets into the source. */
    static List<Literal> of(Path file, String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                line += count(source, i, stop);
                i = stop;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                int stop = close < 0 ? n : close + 3;
                literals.add(new Literal(file, line, source.substring(i + 3, Math.max(i + 3, stop - 3)), i, stop));
                line += count(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(file, line, source.substring(i + 1, Math.min(j, n)), i, j + 1));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < source.length(); k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
