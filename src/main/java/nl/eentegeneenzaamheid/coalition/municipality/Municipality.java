package nl.eentegeneenzaamheid.coalition.municipality;

/**
 * A Dutch municipality as CBS lists it.
 *
 * @param code     the CBS code, {@code GM} and four digits (GM0106 is Assen)
 * @param name     the CBS spelling of its name
 * @param province the Dutch name of its province
 */
public record Municipality(String code, String name, String province) {
}
