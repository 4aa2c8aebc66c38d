/**
 * The coalition workflow application; each sub-package is one capability, its root package the public face.
 */
package nl.eentegeneenzaamheid.coalition;
