package org.confederatio.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh canton codes, so that tests never collide with each other or with an earlier run's data.
 */
final class Codes {

  private Codes() {}

  static String fresh() {
    StringBuilder code = new StringBuilder("T");
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }
}
