package org.confederatio.web.sharing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.confederatio.sharing.Settlements;

/**
 * A settlement's net positions as an inline SVG bar chart, above or below the zero line; its title
 * and the table beside it carry the same figures for those who cannot see it.
 */
final class NetPositionChart {

  private NetPositionChart() {}

  static String svg(List<Settlements.LineView> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    BigDecimal max =
        lines.stream()
            .map(l -> new BigDecimal(l.net()).abs())
            .max(BigDecimal::compareTo)
            .orElseThrow();
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int bar = 60;
    int half = 80;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg id=\"net\" role=\"img\""
                    + " aria-labelledby=\"net-title\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">"
                    + "<title id=\"net-title\">Net position per canton: received less contributed</title>",
                40 + lines.size() * (bar + 20),
                2 * half + 30));
    for (int i = 0; i < lines.size(); i++) {
      var l = lines.get(i);
      BigDecimal net = new BigDecimal(l.net());
      int h =
          net.abs()
              .multiply(BigDecimal.valueOf(half - 5))
              .divide(max, 0, java.math.RoundingMode.HALF_UP)
              .intValue();
      int x = 30 + i * (bar + 20);
      int y = net.signum() >= 0 ? half - h : half;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                  + "<title>%s: %s</title></rect><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
              x,
              y,
              bar,
              h,
              net.signum() >= 0 ? "#2e7d32" : "#b4461a",
              l.canton(),
              l.net(),
              x,
              2 * half + 20,
              l.canton()));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
            half,
            40 + lines.size() * (bar + 20),
            half));
    return svg.append("</svg>").toString();
  }
}
