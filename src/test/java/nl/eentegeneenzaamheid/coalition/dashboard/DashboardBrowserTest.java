package nl.eentegeneenzaamheid.coalition.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.support.Browser;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser on a phone-sized screen: it loads, listens, and when an intent is registered its
 * number changes within seconds, without a reload.
 */
@IntegrationTest
class DashboardBrowserTest {

    @LocalServerPort int port;
    @Autowired IntakeService intake;

    WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_numbers_change_live_when_a_municipality_declares_its_intent() {
        browser = Browser.start(390, 844);
        browser.get("http://localhost:" + port + "/dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Eén tegen eenzaamheid: hoe ver is Nederland?");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(driver -> driver.findElement(By.id("status")).getText().equals("Live bijgewerkt"));
        By reviewing = By.cssSelector("#stage-INTENT_REVIEW .count");
        int before = Integer.parseInt(browser.findElement(reviewing).getText());
        Object page = ((JavascriptExecutor) browser).executeScript("window.notReloaded = true; return 1;");
        assertThat(page).isEqualTo(1L);

        intake.registerIntent(new RegisterIntent("GM0317", new RegisterIntent.Person("Wethouder Eemnes",
                        "wethouder@eemnes.example.nl", null), new RegisterIntent.Person("Contact Eemnes",
                        "contact@eemnes.example.nl", null), true, "Eemnes doet mee."), null, Channel.API,
                "gemeente-api");

        wait.until(driver -> Integer.parseInt(driver.findElement(reviewing).getText()) == before + 1);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .as("the same page, not reloaded").isEqualTo(true);
        wait.until(driver -> driver.findElement(By.id("milestones")).getText().contains("Eemnes verklaart"));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "dashboard-phone");
    }
}
