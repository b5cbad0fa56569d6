package org.confederatio.rules.api.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.confederatio.rules.api.allocation.Line;

/**
 * The digest of a run (A11): the SHA-256 of the published AGGREGATES.json exactly as downloaded,
 * followed by one line {@code recipient:amount} per line in recipient order. Anyone holding the
 * aggregates can recompute the lines and then this digest, so it is part of the stored formats and
 * not of the server.
 */
public final class RunDigest {

  private RunDigest() {}

  /** The digest in 64 lowercase hexadecimal digits. */
  public static String of(String aggregatesJson, List<Line> lines) {
    StringBuilder text = new StringBuilder(aggregatesJson);
    lines.stream()
        .sorted(Comparator.comparing(Line::recipient))
        .forEach(l -> text.append(l.recipient().id()).append(':').append(l.amount()).append('\n'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
