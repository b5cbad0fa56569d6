package org.confederatio.web.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The failed sign-ins of one account or one client address within the window, and until when
 * further attempts are refused: once the failures reach the threshold, each one refuses the next
 * attempts for twice as long as the one before, up to a ceiling.
 */
final class Backoff {

  /** More failures than this add nothing: the delay has long reached its ceiling. */
  private static final int REMEMBERED = 64;

  private final Deque<Instant> failures = new ArrayDeque<>();
  private Instant refusedUntil = Instant.MIN;

  /** How long attempts are still refused; zero when they are not. */
  synchronized Duration remaining(Instant now) {
    return refusedUntil.isAfter(now) ? Duration.between(now, refusedUntil) : Duration.ZERO;
  }

  synchronized void fail(Instant now, Policy policy) {
    forgetBefore(now.minus(policy.window()));
    failures.addLast(now);
    if (failures.size() > REMEMBERED) {
      failures.removeFirst();
    }
    int beyond = failures.size() - policy.threshold();
    if (beyond >= 0) {
      Duration delay = policy.first().multipliedBy(1L << Math.min(beyond, 30));
      refusedUntil = now.plus(delay.compareTo(policy.longest()) > 0 ? policy.longest() : delay);
    }
  }

  /** Nothing left to remember: no failure within the window and no refusal running. */
  synchronized boolean idle(Instant now, Duration window) {
    forgetBefore(now.minus(window));
    return failures.isEmpty() && !refusedUntil.isAfter(now);
  }

  private void forgetBefore(Instant start) {
    while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
      failures.removeFirst();
    }
  }

  /** After {@code threshold} failures within {@code window}, refuse for {@code first}, doubling. */
  record Policy(int threshold, Duration window, Duration first, Duration longest) {}
}
