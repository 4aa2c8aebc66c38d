/**
 * Reference data: the 342 Dutch municipalities (CBS code, name, province) that may join the programme.
 */
package nl.eentegeneenzaamheid.coalition.municipality;
