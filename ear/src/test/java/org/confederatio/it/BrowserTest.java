package org.confederatio.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One Chromium per browser test class, each test starting signed out. */
abstract class BrowserTest {

  protected static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.driver.manage().deleteAllCookies();
  }
}
