/**
 * Onboarding with the programme's central team after signing: an adviser, a kickoff, the local plan, and an
 * invitation to the aldermen's meeting (wethoudersbijeenkomst). Then the municipality has joined.
 */
package nl.eentegeneenzaamheid.coalition.centralteam;
