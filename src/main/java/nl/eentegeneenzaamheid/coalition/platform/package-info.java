/**
 * Cross-cutting configuration that every module relies on: security, Camunda, Kafka, HTTP errors, the start-up report.
 * An open module: the shared kernel whose sub-packages every module may use (ModularityTest).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.eentegeneenzaamheid.coalition.platform;

import org.springframework.modulith.ApplicationModule;
