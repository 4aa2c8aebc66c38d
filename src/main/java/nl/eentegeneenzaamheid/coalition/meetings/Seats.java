package nl.eentegeneenzaamheid.coalition.meetings;

/**
 * The seats of a meeting and its waiting list: a registration gets a seat while one is free, otherwise a place at the
 * end of the waiting list; a seat that comes free goes to the first on the list; the capacity never drops below the
 * registrations already made.
 */
public record Seats(int capacity, int registered, int waitlisted) {

    public Seats {
        if (capacity < 0 || registered < 0 || waitlisted < 0) {
            throw new IllegalArgumentException("Seats are counted from zero: " + capacity + "/" + registered + "/"
                    + waitlisted);
        }
    }

    /** What a new registration gets. */
    public RegistrationStatus placeForNewcomer() {
        return registered < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    }

    /** After a newcomer took the place {@link #placeForNewcomer()} gave. */
    public Seats withNewcomer() {
        return placeForNewcomer() == RegistrationStatus.REGISTERED
                ? new Seats(capacity, registered + 1, waitlisted) : new Seats(capacity, registered, waitlisted + 1);
    }

    /** How many of the waiting list move up now: as many as there are free seats, at most the whole list. */
    public int toPromote() {
        return Math.min(waitlisted, Math.max(0, capacity - registered));
    }

    /** Whether the capacity may change to this: never below the registrations already made. */
    public boolean allowsCapacity(int newCapacity) {
        return newCapacity >= registered;
    }
}
