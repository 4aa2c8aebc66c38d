package nl.eentegeneenzaamheid.coalition.onboarding;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The next aldermen's meeting (wethoudersbijeenkomst) new municipalities are invited to
 * ({@code coalition.aldermen-meeting.*}).
 */
@ConfigurationProperties("coalition.aldermen-meeting")
public record AldermenMeetingProperties(LocalDate date, String place) {
}
