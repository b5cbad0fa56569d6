package org.confederatio.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private static final CredentialValidationResult VALID =
      new CredentialValidationResult("ana", Set.of("citizen"));

  private final SettableClock clock = new SettableClock();
  private final CredentialCache cache = new CredentialCache(clock);
  private final AtomicInteger checks = new AtomicInteger();

  private Supplier<CredentialValidationResult> checking(CredentialValidationResult result) {
    return () -> {
      checks.incrementAndGet();
      return result;
    };
  }

  private CredentialValidationResult.Status validate(String username, String password) {
    return cache.validate(username, password, checking(VALID)).getStatus();
  }

  @Test
  void aValidationIsReusedForOneMinute() {
    validate("ana", "secret");
    clock.advance(Duration.ofSeconds(59));
    validate("ana", "secret");
    assertEquals(1, checks.get());

    clock.advance(Duration.ofSeconds(1));
    validate("ana", "secret");
    assertEquals(2, checks.get(), "a minute later the password is checked again");
  }

  @Test
  void aRefusalIsNeverKept() {
    cache.validate("ana", "guess", checking(CredentialValidationResult.INVALID_RESULT));
    cache.validate("ana", "guess", checking(CredentialValidationResult.INVALID_RESULT));

    assertEquals(2, checks.get());
  }

  @Test
  void otherCredentialsAreCheckedThemselves() {
    validate("ana", "secret");
    validate("ana", "secret2");
    validate("an", "asecret");
    validate("ana:", "secret");

    assertEquals(4, checks.get());
  }

  @Test
  void forgettingAnAccountDropsOnlyItsEntries() {
    validate("ana", "secret");
    validate("bea", "secret");

    cache.forget("ana");
    validate("ana", "secret");
    validate("bea", "secret");

    assertEquals(3, checks.get());
  }

  @Test
  void aValidationBegunBeforeAPasswordChangeIsNotKept() {
    cache.validate(
        "ana",
        "old",
        () -> {
          checks.incrementAndGet();
          cache.forget("ana"); // the change commits while the old password is being checked
          return VALID;
        });

    validate("ana", "old");

    assertEquals(2, checks.get());
  }
}
