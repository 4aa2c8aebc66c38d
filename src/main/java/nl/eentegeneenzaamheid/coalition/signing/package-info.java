/**
 * Signing the coalition agreement. Today the paper path: staff record a signing that happened on paper or at a
 * (digital) meeting, with its scan; digital signing will be the default path beside it.
 */
package nl.eentegeneenzaamheid.coalition.signing;
