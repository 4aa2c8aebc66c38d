package nl.eentegeneenzaamheid.coalition.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON document a mapping failed, as a person reads it: {@code alderman.email}, {@code contacts[2]}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
