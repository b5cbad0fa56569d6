package org.confederatio.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.confederatio.rules.api.money.BasisPoints;
import org.confederatio.time.FiscalCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Numbers, money, shares and moments as a reader of the page's language writes them: the one place
 * a page turns a value into text. Files and the API never come here; they keep plain {@code
 * 1234.56}, basis points and ISO instants, which is what their readers parse.
 *
 * <p>Money carries the confederation's currency ({@code confederatio.currency}, a server variable,
 * default CHF). Shares are percentages with up to two decimals, because a share is stored in basis
 * points (1 bp = 0.01 %) and Java's default percent format would round Spain's 0.7 % to "1 %".
 * Moments are shown to the minute in the confederation's time zone.
 */
@Named
@RequestScoped
public class Formats {

  @Inject private Languages languages;
  @Inject private FiscalCalendar calendar;

  @Inject
  @ConfigProperty(name = "confederatio.currency", defaultValue = "CHF")
  private String currency;

  /** The reader's locale; Esperanto has no country, so its numbers follow CLDR's "eo". */
  public Locale locale() {
    return languages.getLocale();
  }

  /** An exact decimal amount (never a double) with the currency, in the reader's locale. */
  public String decimalMoney(BigDecimal amount) {
    return moneyIn(locale(), currency, amount);
  }

  /**
   * The one money format of every page and document: the locale's currency pattern, exact (at least
   * two decimals, never rounded), with a no-break space between a currency code and the figure,
   * which English would otherwise write against it ("CHF25.00").
   */
  public static String moneyIn(Locale locale, String currency, BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currency));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(Math.max(2, amount.stripTrailingZeros().scale()));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount).replaceAll("(\\p{Lu}{3})(?=[-\\d])", "$1\u00a0");
  }

  /** The currency's code, for a column heading ("Amount (CHF)"). */
  public String currency() {
    return currency;
  }

  /**
   * An exact decimal of no known unit, every recorded digit kept: {@code 1,000.00}, {@code
   * 1.000,00}.
   */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(value);
  }

  /** A whole count with the locale's grouping: {@code 12,345}, {@code 12.345}. */
  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** A share in basis points as a percentage with up to two decimals: 70 bp is {@code 0.7 %}. */
  public String share(BasisPoints share) {
    return share == null ? "" : percentOfDecimal(BigDecimal.valueOf(share.value(), 2));
  }

  /** A rate already written as a decimal fraction of one ({@code 0.007}). */
  public String decimalRate(BigDecimal rate) {
    return rate == null ? "" : percentOfDecimal(rate.movePointRight(2));
  }

  private String percentOfDecimal(BigDecimal percent) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(Math.max(2, percent.stripTrailingZeros().scale()));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    // a no-break space keeps "0,7 %" on one line; English writes the sign without one
    String sign = locale().getLanguage().equals("en") ? "%" : "\u00a0%";
    return format.format(percent) + sign;
  }

  /** A day as the reader's locale writes it: {@code 31 Dec 2026}, {@code 31 dic 2026}. */
  public String date(LocalDate day) {
    return dateIn(locale(), day);
  }

  /** The one date format of every page and document. */
  public static String dateIn(Locale locale, LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  /**
   * A moment to the minute in the confederation's time zone, as the reader's locale writes it. A
   * page never shows a raw {@code Instant}: nanoseconds and a 'Z' mean nothing to a clerk, and UTC
   * is not the hour on their clock.
   */
  public String minute(Instant moment) {
    if (moment == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .format(moment.atZone(calendar.zone()));
  }

  /** The ISO-8601 form, for a {@code <time datetime>} attribute. */
  public String iso(Instant moment) {
    return moment == null ? "" : moment.toString();
  }
}
