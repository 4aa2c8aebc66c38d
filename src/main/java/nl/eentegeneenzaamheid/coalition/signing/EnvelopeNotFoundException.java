package nl.eentegeneenzaamheid.coalition.signing;

import java.util.UUID;

public class EnvelopeNotFoundException extends RuntimeException {

    public EnvelopeNotFoundException(UUID id) {
        super("There is no envelope " + id);
    }

    public EnvelopeNotFoundException(String message) {
        super(message);
    }
}
