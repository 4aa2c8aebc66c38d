/**
 * The offline verifier: checks a sealed agreement and an exported audit trail with nothing but the files, no database
 * and no server ({@code java -jar coalition-workflow.jar verify ...}).
 */
package nl.eentegeneenzaamheid.coalition.signing.verify;
