package nl.eentegeneenzaamheid.coalition.platform;

import java.util.List;

/** More lines for the start-up report on the console. */
public interface StartupNotes {

    List<String> lines();
}
