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
}
