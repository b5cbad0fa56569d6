package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials validated in the last minute, so that a client making many HTTP Basic calls pays the
 * PBKDF2 work (about 180 ms) once a minute rather than on every call. An entry is keyed by an
 * HMAC-SHA256 of the username and password under a key drawn at random when the server starts, so
 * neither the password nor a hash that could be attacked offline is ever held. Only successful
 * validations are kept; a password change drops every entry of its account at once.
 */
@ApplicationScoped
public class CredentialCache {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final int CAPACITY = 10_000;

  private record Entry(String username, CredentialValidationResult result, Instant expires) {}

  private final SecretKeySpec key = randomKey();
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Counts each account's password changes, so a validation begun before one is not kept. */
  private final Map<String, Long> changes = new ConcurrentHashMap<>();

  private final Clock clock;

  /** For the container's proxy only. */
  protected CredentialCache() {
    this(null);
  }

  @Inject
  CredentialCache(Clock clock) {
    this.clock = clock;
  }

  /** The cached result for these credentials, else what {@code validation} says (kept if valid). */
  public CredentialValidationResult validate(
      String username, String password, Supplier<CredentialValidationResult> validation) {
    String id = idOf(username, password);
    Instant now = clock.instant();
    Entry hit = entries.get(id);
    if (hit != null && hit.expires().isAfter(now)) {
      return hit.result();
    }
    long changesBefore = changes.getOrDefault(username, 0L);
    CredentialValidationResult result = validation.get();
    if (result.getStatus() == CredentialValidationResult.Status.VALID && roomFor(now)) {
      entries.put(id, new Entry(username, result, now.plus(LIFETIME)));
      if (changes.getOrDefault(username, 0L) != changesBefore) {
        entries.remove(id); // the password changed while it was being checked
      }
    }
    return result;
  }

  /** Drops every cached validation of the account, e.g. because its password changed. */
  public void forget(String username) {
    changes.merge(username, 1L, Long::sum);
    entries.values().removeIf(e -> e.username().equals(username));
  }

  private boolean roomFor(Instant now) {
    if (entries.size() >= CAPACITY) {
      entries.values().removeIf(e -> !e.expires().isAfter(now));
    }
    return entries.size() < CAPACITY;
  }

  private String idOf(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      // the username's length first, so that no two (username, password) pairs give one input
      mac.update((username.length() + ":" + username).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static SecretKeySpec randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new SecretKeySpec(bytes, "HmacSHA256");
  }
}
