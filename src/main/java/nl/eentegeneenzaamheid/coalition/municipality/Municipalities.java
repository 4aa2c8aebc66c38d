package nl.eentegeneenzaamheid.coalition.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The current Dutch municipalities, read once from the CBS list on the classpath
 * ({@code reference/gemeenten-2025.csv}). The reference against which every municipality code is validated.
 */
@Component
public class Municipalities {

    static final String RESOURCE = "reference/gemeenten-2025.csv";

    private final Map<String, Municipality> byCode;

    public Municipalities() {
        this(new ClassPathResource(RESOURCE));
    }

    Municipalities(Resource csv) {
        this.byCode = Collections.unmodifiableMap(read(csv));
    }

    /** All municipalities, ordered by CBS code. */
    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Municipality> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase()));
    }

    /** The municipality with this code, or an {@link UnknownMunicipalityException} that names the code. */
    public Municipality require(String code) {
        return find(code).orElseThrow(() -> new UnknownMunicipalityException(code));
    }

    private static Map<String, Municipality> read(Resource csv) {
        Map<String, Municipality> result = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"code,name,province".equals(header)) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = splitCsvLine(line);
                if (fields.size() != 3) {
                    throw new IllegalStateException(RESOURCE + " has a malformed line: " + line);
                }
                Municipality municipality = new Municipality(fields.get(0), fields.get(1), fields.get(2));
                result.put(municipality.code(), municipality);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return result;
    }

    /** RFC 4180 fields: a quoted field may hold commas and doubled quotes. */
    static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
