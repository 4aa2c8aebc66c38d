package nl.eentegeneenzaamheid.coalition.centralteam;

/** The local plan was received before; a new version goes to the adviser directly. */
public class LocalPlanAlreadyReceivedException extends RuntimeException {

    public LocalPlanAlreadyReceivedException() {
        super("The local plan has already been received; send later versions to your adviser");
    }
}
