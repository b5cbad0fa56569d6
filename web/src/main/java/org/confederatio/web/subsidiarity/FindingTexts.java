package org.confederatio.web.subsidiarity;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.rules.api.subsidiarity.Facts;
import org.confederatio.rules.api.subsidiarity.FindingKind;
import org.confederatio.web.language.Messages;

/**
 * The words of a finding's facts and of what would resolve it, in one language: the rules give each
 * finding as a kind with its values, and the bundles say how they read. The API, its files and the
 * audit speak English; the pages the reader's language.
 */
public final class FindingTexts {

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Function<OrganizationId, String> names;

  /** A page's words: organizations by the names {@code names} gives them. */
  public FindingTexts(Locale locale, Function<OrganizationId, String> names) {
    this(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale, names);
  }

  private FindingTexts(
      ResourceBundle bundle, Locale locale, Function<OrganizationId, String> names) {
    this.bundle = bundle;
    this.locale = locale;
    this.names = names;
  }

  /**
   * English, from the base bundle whatever the server's default locale (which a plain lookup of
   * English would fall back to first).
   */
  public static FindingTexts english() {
    return new FindingTexts(
        ResourceBundle.getBundle(
            Messages.BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
        Locale.ENGLISH,
        OrganizationId::value);
  }

  /**
   * The words of a file in one language: English from the base bundle whatever the server's default
   * locale, another language from its own bundle.
   */
  static ResourceBundle bundle(Locale locale) {
    return locale.getLanguage().equals("en")
        ? ResourceBundle.getBundle(
            Messages.BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        : ResourceBundle.getBundle(Messages.BUNDLE, locale);
  }

  /** A file's words in {@code locale}, organizations by the names {@code names} gives them. */
  static FindingTexts of(Locale locale, Function<OrganizationId, String> names) {
    return new FindingTexts(bundle(locale), locale, names);
  }

  /** What a finding says, as a sentence with its rule as a reference: "... (rule S2)". */
  public String title(FindingKind kind) {
    return format("subsidiarity.kind." + kind.name(), kind.rule);
  }

  public String facts(Facts facts) {
    String key = "subsidiarity.facts." + facts.kind().name();
    if (facts instanceof Facts.CommonsCapable s1) {
      return format(
          key,
          s1.canton()
              .map(c -> format("subsidiarity.facts.runBy.CANTONAL", c.value()))
              .orElseGet(() -> format("subsidiarity.facts.runBy.CONFEDERAL")),
          s1.requiredPrinciples(),
          s1.candidates().stream().map(this::candidate).collect(Collectors.joining("; ")));
    }
    if (facts instanceof Facts.ShouldBeCantonal s2) {
      return format(key, bundle.getString("functions.scope." + s2.scope().name()));
    }
    Facts.NotDelegated s3 = (Facts.NotDelegated) facts;
    return format(
        key,
        s3.canton().value(),
        s3.delegatedBy().isEmpty()
            ? format("subsidiarity.facts.delegatedByNone")
            : codes(s3.delegatedBy()));
  }

  public String resolution(Facts facts) {
    String key = "subsidiarity.resolution." + facts.kind().name();
    return facts instanceof Facts.NotDelegated s3 ? format(key, s3.canton().value()) : format(key);
  }

  /**
   * The values a finding names, by name and in no language, beside the English words in the API: a
   * client in another language words them itself.
   */
  public static Map<String, Object> values(Facts facts) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (facts instanceof Facts.CommonsCapable s1) {
      values.put("runBy", s1.runBy().name());
      s1.canton().ifPresent(c -> values.put("canton", c.value()));
      values.put("requiredPrinciples", s1.requiredPrinciples());
      values.put(
          "candidates",
          s1.candidates().stream()
              .map(
                  c ->
                      Map.of(
                          "organization",
                          c.organization().value(),
                          "met",
                          c.met().stream().map(DesignPrinciple::name).toList()))
              .toList());
    } else if (facts instanceof Facts.ShouldBeCantonal s2) {
      values.put("scope", s2.scope().name());
    } else if (facts instanceof Facts.NotDelegated s3) {
      values.put("canton", s3.canton().value());
      values.put("delegatedBy", s3.delegatedBy().stream().map(CantonCode::value).toList());
    }
    return values;
  }

  private String candidate(Facts.Candidate c) {
    return format(
        "subsidiarity.facts.candidate",
        names.apply(c.organization()),
        c.met().size(),
        DesignPrinciple.values().length,
        c.met().stream()
            .map(p -> bundle.getString("principle." + p.name()))
            .collect(Collectors.joining(", ")));
  }

  private static String codes(List<CantonCode> codes) {
    return codes.stream().map(CantonCode::value).collect(Collectors.joining(", "));
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
