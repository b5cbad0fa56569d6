package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per account and per client address: after 5 failed sign-ins of an
 * account within 15 minutes (20 from one address, which may be an office behind one router),
 * further attempts are refused for a delay that starts at {@code confederatio.signin.backoff} (15 s
 * by default) and doubles with each further failure, up to 15 minutes. A refused attempt checks no
 * password and counts as nothing. A success clears the account's failures, never the address's
 * (else one valid login would let its owner guess others' passwords freely). An unknown username is
 * throttled exactly like a known one, so the answer does not tell which usernames exist.
 *
 * <p>The state lives in this server's memory: a restart forgets it, and several servers each keep
 * their own. The address is {@code HttpServletRequest.getRemoteAddr()}, which Liberty's {@code
 * remoteIp} sets from {@code X-Forwarded-For} when the server is behind a trusted proxy.
 */
@ApplicationScoped
public class SignInThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LONGEST = Duration.ofMinutes(15);
  private static final int ACCOUNT_FAILURES = 5;
  private static final int ADDRESS_FAILURES = 20;
  private static final int CAPACITY = 100_000;
  private static final int LONGEST_USERNAME = 64;

  private final Clock clock;
  private final Backoff.Policy perAccount;
  private final Backoff.Policy perAddress;
  private final Map<String, Backoff> accounts = new ConcurrentHashMap<>();
  private final Map<String, Backoff> addresses = new ConcurrentHashMap<>();

  /** For the container's proxy only. */
  protected SignInThrottle() {
    this(null, "PT15S");
  }

  /** {@code firstDelay} is an ISO-8601 duration such as {@code PT15S}. */
  @Inject
  SignInThrottle(
      Clock clock,
      @ConfigProperty(name = "confederatio.signin.backoff", defaultValue = "PT15S")
          String firstDelay) {
    this.clock = clock;
    Duration first = Duration.parse(firstDelay);
    perAccount = new Backoff.Policy(ACCOUNT_FAILURES, WINDOW, first, LONGEST);
    perAddress = new Backoff.Policy(ADDRESS_FAILURES, WINDOW, first, LONGEST);
  }

  /** How long this attempt must wait, if its account or its address is being refused. */
  public Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    Duration account = remaining(accounts, accountKey(username), now);
    Duration client = remaining(addresses, address, now);
    Duration longer = account.compareTo(client) >= 0 ? account : client;
    return longer.isZero() ? Optional.empty() : Optional.of(longer);
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    backoff(accounts, accountKey(username), now).fail(now, perAccount);
    backoff(addresses, address, now).fail(now, perAddress);
  }

  public void succeeded(String username) {
    accounts.remove(accountKey(username));
  }

  private static Duration remaining(Map<String, Backoff> map, String key, Instant now) {
    Backoff backoff = key == null ? null : map.get(key);
    return backoff == null ? Duration.ZERO : backoff.remaining(now);
  }

  /** The key's backoff; when the map is full of live entries, a new key goes untracked. */
  private static Backoff backoff(Map<String, Backoff> map, String key, Instant now) {
    if (key == null) {
      return new Backoff();
    }
    if (!map.containsKey(key) && map.size() >= CAPACITY) {
      map.values().removeIf(b -> b.idle(now, WINDOW));
      if (map.size() >= CAPACITY) {
        return new Backoff();
      }
    }
    return map.computeIfAbsent(key, k -> new Backoff());
  }

  /** No account has a longer username; longer ones share a key, which costs nobody anything. */
  private static String accountKey(String username) {
    if (username == null) {
      return null;
    }
    return username.length() > LONGEST_USERNAME
        ? username.substring(0, LONGEST_USERNAME) + "…"
        : username;
  }
}
