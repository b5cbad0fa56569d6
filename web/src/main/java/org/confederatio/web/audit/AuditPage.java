package org.confederatio.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditFilter;
import org.confederatio.audit.AuditLog;
import org.confederatio.audit.Changes;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Languages;
import org.confederatio.web.language.Messages;

/**
 * The audit log page: the filters as a GET form (so a filtered view is a link), a page of entries
 * newest first, and the same filters as a CSV download.
 */
@Named
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 25;

  @Inject private AuditLog log;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;
  @Inject private org.confederatio.web.designation.RecipientNames recipients;
  @Inject private Languages languages;
  @Inject private FacesContext faces;

  /** The filters as given, by the name of their parameter. */
  private final Map<String, String> given = new LinkedHashMap<>();

  private String page;
  private Caller caller;
  private AuditLog.Page result;
  private final Map<Long, List<ChangeWords.Shown>> changes = new HashMap<>();
  private ChangeWords words;
  private List<Invalid.Violation> problems = List.of();

  /** Runs the query once per request; a refused filter is shown beside its field. */
  public AuditLog.Page getResult() {
    if (result == null) {
      result = new AuditLog.Page(List.of(), 0, PAGE_SIZE, 0);
      try {
        AuditLog.Paging paging = AuditLog.Paging.parse(page, Integer.toString(PAGE_SIZE));
        result = log.page(caller(), filter(), paging);
      } catch (Invalid invalid) {
        problems = invalid.violations().stream().map(this::inWords).toList();
      } catch (Refusal refusal) {
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
      }
    }
    return result;
  }

  private AuditFilter filter() {
    return AuditFilter.parse(
        given.get("actor"),
        given.get("action"),
        given.get("entityType"),
        given.get("entityId"),
        given.get("person"),
        given.get("canton"),
        given.get("from"),
        given.get("to"));
  }

  /**
   * A refused filter said in the reader's language where the bundles hold what the filter takes
   * ({@code audit.refused.FIELD}); the service's own words are English.
   */
  private Invalid.Violation inWords(Invalid.Violation violation) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, languages.getLocale());
    String key = "audit.refused." + violation.field();
    return bundle.containsKey(key)
        ? new Invalid.Violation(violation.field(), bundle.getString(key))
        : violation;
  }

  /** Every refused filter, for the summary at the top. */
  public List<Invalid.Violation> getProblems() {
    getResult();
    return problems;
  }

  /** What is wrong with each refused filter, by parameter name, for the message beside it. */
  public Map<String, String> getErrors() {
    return getProblems().stream()
        .collect(
            Collectors.toMap(Invalid.Violation::field, Invalid.Violation::message, (a, b) -> a));
  }

  /** The time zone the times are shown in: the confederation's. */
  public String getZone() {
    return calendar.zone().getId();
  }

  private Caller caller() {
    if (caller == null) {
      caller = callers.current();
    }
    return caller;
  }

  /** The administrator reads every canton and may filter by one. */
  public boolean isAdmin() {
    return caller().role() == Role.ADMIN;
  }

  public String time(AuditLog.Entry entry) {
    return formats.minute(entry.recordedAt());
  }

  /** What the entry changed, field by field, in the reader's words (not the recorded JSON). */
  public List<ChangeWords.Shown> changes(AuditLog.Entry entry) {
    if (words == null) {
      words =
          new ChangeWords(
              ResourceBundle.getBundle(Messages.BUNDLE, languages.getLocale()),
              formats::minute,
              formats::date,
              formats::decimal,
              recipients::name);
    }
    return changes.computeIfAbsent(
        entry.id(),
        id -> Changes.of(entry.before(), entry.after()).stream().map(words::line).toList());
  }

  /** Who acted: the user name, with the confederation's own start-up named in words. */
  public String actor(String username) {
    return "system".equals(username) ? label("actor", username) : username;
  }

  /** An action or entity type in the reader's words; a code the bundles do not know, as it is. */
  public String label(String kind, String code) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, languages.getLocale());
    String key = "audit." + kind + "." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }

  /** The CSV download of every entry matching the current filters. */
  public String getCsvLink() {
    return faces.getExternalContext().getRequestContextPath() + "/api/audit.csv" + query(null);
  }

  /** This page's address for another page number, keeping the filters. */
  public String pageLink(int number) {
    return faces.getExternalContext().getRequestContextPath() + "/audit.xhtml" + query(number);
  }

  private String query(Integer number) {
    Map<String, String> params = new LinkedHashMap<>();
    given.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            params.put(name, value);
          }
        });
    if (number != null) {
      params.put("page", Integer.toString(number));
    }
    return params.isEmpty()
        ? ""
        : "?"
            + params.entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
  }

  public int getLastPage() {
    long total = getResult().total();
    return total == 0 ? 0 : (int) ((total - 1) / PAGE_SIZE);
  }

  // the view parameters

  public Map<String, String> getGiven() {
    return given;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
