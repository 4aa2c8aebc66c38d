/**
 * The national rollout: a simulator and benchmark that takes Dutch municipalities through the whole journey using
 * only the surfaces a real user has, and measures where the time goes (docs/performance.md).
 */
package nl.eentegeneenzaamheid.coalition.rollout;
