/**
 * The embedded default: a real PostgreSQL and a real Kafka broker (KRaft) inside or beside this JVM, for
 * {@code ./mvnw spring-boot:test-run} and for the tests. Lives in the test sources, so the production jar holds
 * neither the servers nor the demo users.
 */
package nl.eentegeneenzaamheid.coalition.embedded;
