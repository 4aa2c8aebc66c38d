package nl.eentegeneenzaamheid.coalition.platform;

/**
 * What a person or system sent does not meet a service's own rule (a missing or overlong text, say): their mistake,
 * answered with 400 and the message; never a bug. An {@link IllegalArgumentException}, so that the engine's form
 * checks treat it as a refused form too.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }
}
