package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A posted view state that cannot even be decoded (not base64: MyFaces throws
 * IllegalArgumentException while restoring the view) is a foreign view state like any other: the
 * expired page in the reader's language, never the 500 page.
 */
class UnreadableViewStateIT extends BrowserTest {

  @Test
  void aViewStateThatIsNotBase64EndsOnTheExpiredPageInEsperanto() {
    browser.open("/login.xhtml");
    browser.clickAndWait(By.cssSelector("input[lang='eo']")).checkAccessibility();
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.getElementsByName('jakarta.faces.ViewState')"
                + ".forEach(function (i) { i.value = 'stale-0123456789'; });");

    browser.clickAndWait(By.id("signIn:submit")).checkAccessibility();

    assertEquals("/error/expired.xhtml", browser.path());
    assertEquals("Ĉi tiu paĝo eksvalidiĝis", browser.text("error-title"));
    String page = browser.driver.getPageSource();
    assertFalse(
        page.matches("(?s).*(Exception|jakarta\\.faces\\.application|\\bat org\\.|java\\.lang).*"),
        page);
  }
}
