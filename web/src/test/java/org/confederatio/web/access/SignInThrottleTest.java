package org.confederatio.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final String HOME = "192.0.2.1";
  private final SettableClock clock = new SettableClock();
  private final SignInThrottle throttle = new SignInThrottle(clock, "PT15S");

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  @Test
  void theFifthFailureOfAnAccountRefusesItFifteenSecondsThenTwiceAsLongEachTime() {
    fail("ana", HOME, 4);
    assertEquals(Optional.empty(), throttle.refusal("ana", HOME));

    fail("ana", HOME, 1);
    assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.refusal("ana", HOME));
    assertEquals(
        Optional.of(Duration.ofSeconds(15)),
        throttle.refusal("ana", "198.51.100.7"),
        "from any address");

    clock.advance(Duration.ofSeconds(15));
    assertEquals(Optional.empty(), throttle.refusal("ana", HOME), "lapsed");
    fail("ana", HOME, 1);
    assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.refusal("ana", HOME));
  }

  @Test
  void theDelayStopsGrowingAtFifteenMinutes() {
    for (int i = 0; i < 12; i++) {
      fail("ana", "192.0.2." + (10 + i), 1);
      clock.advance(Duration.ofSeconds(1));
    }

    Duration wait = throttle.refusal("ana", HOME).orElseThrow();
    assertTrue(wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
    assertTrue(wait.compareTo(Duration.ofMinutes(14)) > 0, wait.toString());
  }

  @Test
  void failuresOlderThanFifteenMinutesAreForgotten() {
    fail("ana", HOME, 4);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    fail("ana", HOME, 1);

    assertEquals(Optional.empty(), throttle.refusal("ana", HOME));
  }

  @Test
  void aSuccessClearsTheAccountNotTheAddress() {
    fail("ana", HOME, 4);
    throttle.succeeded("ana");
    fail("ana", HOME, 4);
    assertEquals(Optional.empty(), throttle.refusal("ana", HOME));

    for (int i = 0; i < 12; i++) {
      fail("guess-" + i, HOME, 1);
    }
    assertTrue(throttle.refusal("someone-new", HOME).isPresent(), "20 failures from one address");
    assertEquals(Optional.empty(), throttle.refusal("someone-new", "192.0.2.99"));
  }

  @Test
  void theLongerOfTheTwoWaitsWins() {
    fail("ana", HOME, 5);
    clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 20; i++) {
      fail("guess-" + i, "192.0.2.50", 1);
    }

    assertEquals(Optional.of(Duration.ofSeconds(5)), throttle.refusal("ana", HOME));
    assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.refusal("ana", "192.0.2.50"));
  }

  @Test
  void anOverlongUsernameIsThrottledWithoutBeingKeptWhole() {
    String huge = "x".repeat(5000);
    fail(huge, HOME, 5);

    assertTrue(throttle.refusal(huge, HOME).isPresent());
  }
}
