package nl.eentegeneenzaamheid.coalition.signing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.support.Browser;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signer in a real browser: headless Chromium, driven by Selenium through Debian's chromedriver, opens the link from
 * the mail, asks for a code, reads it from the mail, mistypes it once, signs, and sees the confirmation; another
 * signer declines. Without JavaScript frameworks: plain forms.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}: see {@link Browser}.
 */
@IntegrationTest
class SigningPageBrowserTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired EmbeddedMailServer mail;
    @Autowired Envelopes envelopes;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1024, 1400);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_signer_opens_the_link_asks_for_the_code_signs_and_sees_the_confirmation() {
        SigningFixture.Coalition coalition = new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail()).signing("GM0189");
        Mailbox signer = coalition.partners().get(0);
        String link = "http://localhost:" + port + "/ondertekenen/" + signer.signingToken(1);

        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Intentieverklaring lokale coalitie Eén tegen eenzaamheid: Wierden");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        String sha256 = envelopes.current(coalition.onboardingId()).orElseThrow().documentSha256();
        assertThat(browser.getPageSource()).contains(sha256).contains("Download de verklaring (PDF)");
        assertThat(browser.findElement(By.cssSelector("label[for=consent]")).getText()).contains("ik onderteken deze verklaring elektronisch");

        screenshot("signing-page");
        browser.findElement(By.id("code-aanvragen")).click();
        assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("code van zes cijfers");
        String code = signer.code(1);

        fill("fullName", "Ondertekenaar 1");
        browser.findElement(By.id("consent")).click();
        fill("code", code.equals("000000") ? "111111" : "000000");
        browser.findElement(By.id("ondertekenen-knop")).click();
        assertThat(waitFor(By.id("fout")).getText()).contains("Onjuiste code").contains("nog 4 keer");
        assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).as("the name is kept")
                .isEqualTo("Ondertekenaar 1");

        browser.findElement(By.id("consent")).click();
        fill("code", code);
        browser.findElement(By.id("ondertekenen-knop")).click();

        assertThat(waitFor(By.id("bevestiging")).getText()).contains("Bedankt, u heeft ondertekend")
                .contains("Welzijn Súdwest");
        assertThat(browser.findElements(By.id("ondertekenen-knop"))).as("no form to sign again").isEmpty();
        screenshot("signing-confirmed");
        assertThat(envelopes.current(coalition.onboardingId()).orElseThrow().signers().get(1).status())
                .isEqualTo(SignerStatus.SIGNED);

        // another signer declines with a reason
        browser.get("http://localhost:" + port + "/ondertekenen/" + coalition.partners().get(1).signingToken(1));
        browser.findElement(By.cssSelector("#weigeren summary")).click();
        fill("reason", "Ons bestuur vergadert pas in maart.");
        browser.findElement(By.id("weigeren-knop")).click();
        assertThat(waitFor(By.id("geweigerd")).getText()).contains("U ondertekent niet");

        // a forged link gets a page that says what to do
        browser.get("http://localhost:" + port + "/ondertekenen/" + "x".repeat(43));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Gebruik de link uit de meest recente e-mail");
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, name);
    }

    private void fill(String id, String value) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private org.openqa.selenium.WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not found: " + locator + " on " + browser.getCurrentUrl() + ":\n"
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }
}
