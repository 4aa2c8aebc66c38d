package nl.eentegeneenzaamheid.coalition.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link DomainEvent} in the event catalogue. The CloudEvent type becomes
 * {@code nl.eentegeneenzaamheid.coalition.<name>.v<version>}, for example
 * {@code nl.eentegeneenzaamheid.coalition.intent-registered.v1}. Additive changes keep the version; a change that
 * would break a consumer publishes a new version beside the old one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The event's name in kebab case, for example {@code intent-registered}. */
    String name();

    /** The schema version, 1 for a new event. */
    int version() default 1;

    /**
     * The AsyncAPI channel (docs/events/asyncapi.yaml) the event goes to: {@value #EVENTS}, the journey's events, or
     * {@value #SIGNING_AUDIT}, the witness of the signing audit trails.
     */
    String channel() default EVENTS;

    String EVENTS = "events";
    String SIGNING_AUDIT = "signingAudit";
}
