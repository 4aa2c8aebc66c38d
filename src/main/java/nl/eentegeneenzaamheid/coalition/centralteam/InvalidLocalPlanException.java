package nl.eentegeneenzaamheid.coalition.centralteam;

/** An uploaded local plan that is empty, too large, or not a PDF or Word document. */
public class InvalidLocalPlanException extends RuntimeException {

    public InvalidLocalPlanException(String message) {
        super(message);
    }
}
