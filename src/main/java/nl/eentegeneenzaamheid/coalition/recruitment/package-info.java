/**
 * Partner recruitment: the local organisations a municipality proposes for its coalition, and their invitations.
 */
package nl.eentegeneenzaamheid.coalition.recruitment;
