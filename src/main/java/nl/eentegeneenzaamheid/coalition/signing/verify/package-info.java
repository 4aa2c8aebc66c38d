/**
 * The offline verifier: checks a sealed agreement and an exported audit trail with nothing but the files, no database
 * and no server ({@code java -jar coalition-workflow.jar verify ...}). A named interface of the signing module: the
 * application's entry point hands the command line to it.
 */
@NamedInterface("verify")
package nl.eentegeneenzaamheid.coalition.signing.verify;

import org.springframework.modulith.NamedInterface;
