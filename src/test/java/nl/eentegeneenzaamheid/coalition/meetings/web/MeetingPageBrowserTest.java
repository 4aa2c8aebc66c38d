package nl.eentegeneenzaamheid.coalition.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import nl.eentegeneenzaamheid.coalition.support.Browser;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alderman in a real browser (headless Chromium, see {@link Browser}): opens the link from the invitation mail,
 * registers, then sends a colleague in their place; another declines; the replaced link says so.
 */
@IntegrationTest
class MeetingPageBrowserTest {

    @LocalServerPort int port;
    @Autowired Meetings meetings;
    @Autowired EmbeddedMailServer mail;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1024, 1200);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_alderman_registers_on_the_page_then_sends_a_colleague_and_another_declines() {
        Instant start = Instant.now().plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.HOURS);
        UUID meetingId = meetings.schedule(new Meetings.Schedule("Gelderse wethouders tegen eenzaamheid", start,
                start.plus(Duration.ofHours(2)), "Huis der Provincie, Arnhem", "https://vng.example.nl/live/gld", 30,
                "14.00 Welkom\n14.30 Tafelgesprekken", "de gedeputeerde", Audience.PROVINCES, List.of("Gelderland"),
                List.of(new Meetings.Contact("GM0203", "Wethouder Barneveld", "w@barneveld.test.nl"),
                        new Meetings.Contact("GM0209", "Wethouder Beuningen", "w@beuningen.test.nl"))), "anna");
        Mailbox barneveld = new Mailbox(mail.greenMail(), "w@barneveld.test.nl");
        String page = "http://localhost:" + port + "/bijeenkomst/" + meetingId + "/" + barneveld.meetingToken(
                meetingId.toString());

        browser.get(page);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Gelderse wethouders tegen eenzaamheid");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Huis der Provincie, Arnhem")
                .contains("https://vng.example.nl/live/gld").contains("Met de gedeputeerde")
                .contains("14.30 Tafelgesprekken");
        assertThat(browser.findElement(By.id("status")).getText()).contains("U bent uitgenodigd namens Barneveld");
        Browser.screenshot(browser, "meeting-page");

        browser.findElement(By.id("aanmelden-knop")).click();
        assertThat(waitFor(By.id("status")).getText()).contains("Wethouder Barneveld is aangemeld namens Barneveld");
        assertThat(browser.findElements(By.id("aanmelden-knop"))).as("no second registration").isEmpty();

        browser.findElement(By.cssSelector("#collega summary")).click();
        fill("name", "Petra de Boer");
        fill("email", "p.deboer@barneveld.test.nl");
        browser.findElement(By.id("collega-knop")).click();
        assertThat(waitFor(By.id("reden")).getText()).contains("Petra de Boer is in uw plaats aangemeld");
        assertThat(meetings.invitations(meetingId)).anyMatch(invitation -> invitation.attendeeName()
                .equals("Petra de Boer") && invitation.status() == RegistrationStatus.REGISTERED);
        new Mailbox(mail.greenMail(), "p.deboer@barneveld.test.nl").meetingToken(meetingId.toString());

        browser.get(page);
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("ongeldig of vervangen");

        Mailbox beuningen = new Mailbox(mail.greenMail(), "w@beuningen.test.nl");
        browser.get("http://localhost:" + port + "/bijeenkomst/" + meetingId + "/" + beuningen.meetingToken(
                meetingId.toString()));
        browser.findElement(By.cssSelector("#niet-komen summary")).click();
        fill("reason", "Raadsvergadering");
        browser.findElement(By.id("niet-komen-knop")).click();
        assertThat(waitFor(By.id("status")).getText()).contains("U heeft laten weten niet te komen");
        assertThat(browser.findElement(By.id("aanmelden-knop")).getText()).as("one can still change one's mind")
                .contains("Ik kom");
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
