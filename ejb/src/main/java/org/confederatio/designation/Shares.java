package org.confederatio.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.Share;

/**
 * The stored form of a designation's shares: {@code recipient:basis_points} in the taxpayer's
 * order, separated by spaces, e.g. {@code las-indias:6000 canton:4000}.
 */
public final class Shares {

  private Shares() {}

  public static String format(List<Share> shares) {
    return shares.stream()
        .map(s -> s.recipient().id() + ":" + s.basisPoints())
        .collect(Collectors.joining(" "));
  }

  public static List<Share> parse(String stored) {
    List<Share> shares = new ArrayList<>(2);
    for (String part : stored.split(" ")) {
      int colon = part.lastIndexOf(':');
      shares.add(
          new Share(
              Recipient.of(part.substring(0, colon)), Integer.parseInt(part.substring(colon + 1))));
    }
    return shares;
  }

  /**
   * The same parse for a long scan (an allocation run reads a million of them): by hand, and with
   * each recipient validated once and then looked up, since a canton has a few hundred recipients
   * and validating an id each time cost more than the rest of the parse. Not thread-safe: one per
   * scan.
   */
  public static final class Reader implements java.util.function.Function<String, List<Share>> {

    private final java.util.Map<String, Recipient> recipients = new java.util.HashMap<>();

    @Override
    public List<Share> apply(String stored) {
      List<Share> shares = new ArrayList<>(2);
      int n = stored.length();
      int start = 0;
      while (start < n) {
        int end = stored.indexOf(' ', start);
        if (end < 0) {
          end = n;
        }
        int colon = stored.lastIndexOf(':', end - 1);
        if (colon < start) {
          throw new IllegalArgumentException("stored shares without basis points: " + stored);
        }
        int bp = 0;
        for (int i = colon + 1; i < end; i++) {
          int digit = stored.charAt(i) - '0';
          if (digit < 0 || digit > 9 || bp > 100_000) {
            throw new IllegalArgumentException("stored shares with bad basis points: " + stored);
          }
          bp = bp * 10 + digit;
        }
        if (colon + 1 == end) {
          throw new IllegalArgumentException("stored shares without basis points: " + stored);
        }
        shares.add(
            new Share(
                recipients.computeIfAbsent(stored.substring(start, colon), Recipient::of), bp));
        start = end + 1;
      }
      return shares;
    }
  }
}
