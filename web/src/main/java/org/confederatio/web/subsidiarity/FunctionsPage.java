package org.confederatio.web.subsidiarity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.subsidiarity.Candidacies;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.web.designation.RecipientNames;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/**
 * The register of public functions and its candidacies: a policy officer registers the canton's
 * functions and reviews candidacies; a foundation offers its organization for a function.
 */
@Named
@RequestScoped
public class FunctionsPage {

  @Inject private FunctionRegister register;
  @Inject private Candidacies candidacies;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private CantonRegistry cantons;
  @Inject private RecipientNames recipients;

  private List<Canton.Summary> cantonList;
  private List<FunctionRegister.Summary> functionList;

  private String canton;
  private String id;
  private String name;
  private String level = "CANTONAL";
  private String scope = "LOCAL";
  private boolean coercive;
  private String operator;
  private String function;
  private Long candidacy;
  private final List<Claim> claims =
      new ArrayList<>(Arrays.stream(DesignPrinciple.values()).map(Claim::new).toList());

  /** One principle in the foundation's form, or in the policy officer's review. */
  public static final class Claim {
    private final DesignPrinciple principle;
    private boolean met;
    private String text = "";

    Claim(DesignPrinciple principle) {
      this.principle = principle;
    }

    public DesignPrinciple getPrinciple() {
      return principle;
    }

    public boolean isMet() {
      return met;
    }

    public void setMet(boolean met) {
      this.met = met;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /**
   * An official's own canton; for a foundation the canton it chose, any registered one (the first
   * until it chooses). That one is read from the request, which the offer form posts back with it:
   * the list of functions it chose from is checked before the view parameter reaches this bean.
   */
  private String cantonOfCaller() {
    Caller caller = callers.current();
    return caller
        .canton()
        .map(c -> c.value())
        .orElseGet(
            () -> {
              String asked =
                  faces
                      .getExternalContext()
                      .getRequestParameterMap()
                      .getOrDefault("canton", canton);
              if (asked != null && !asked.isBlank()) {
                return asked;
              }
              return getCantons().isEmpty() ? "LAC" : getCantons().get(0).code();
            });
  }

  /** Every registered canton, for a foundation to choose whose functions it offers to run. */
  public List<Canton.Summary> getCantons() {
    if (cantonList == null) {
      cantonList = cantons.all();
    }
    return cantonList;
  }

  /** The canton whose register the page shows. */
  public String getShown() {
    return cantonOfCaller();
  }

  /** The shown canton's name, as registered. */
  public String getShownName() {
    String code = cantonOfCaller();
    return getCantons().stream()
        .filter(c -> c.code().equals(code))
        .map(Canton.Summary::name)
        .findFirst()
        .orElse(code);
  }

  /** An organization by its registered name; its id only if none is registered under it. */
  public String organizationName(String id) {
    return recipients.organization(id);
  }

  /** A function of the shown register by its name; its id if it is not in that register. */
  public String functionName(String id) {
    return getFunctions().stream()
        .filter(f -> f.id().equals(id))
        .map(FunctionRegister.Summary::name)
        .findFirst()
        .orElse(id);
  }

  public List<FunctionRegister.Summary> getFunctions() {
    if (functionList == null) {
      functionList = register.of(CantonCode.of(cantonOfCaller()));
    }
    return functionList;
  }

  public List<Candidacies.View> getCandidacies() {
    return candidacies.forCanton(CantonCode.of(cantonOfCaller()));
  }

  public void registerFunction() {
    try {
      register.register(
          callers.current(),
          CantonCode.of(cantonOfCaller()),
          new FunctionRegister.NewFunction(
              id,
              name,
              null,
              level,
              scope,
              coercive,
              operator == null || operator.isBlank() ? null : operator,
              List.of()));
      functionList = null;
      info("functions.registered", name);
    } catch (Refusal refusal) {
      Refusals.show(faces, "function", refusal);
    }
  }

  public void submit() {
    try {
      candidacies.submit(
          callers.current(),
          function,
          claims.stream()
              .map(c -> new Candidacies.Claim(c.principle.name(), c.met, c.text))
              .toList());
      info("functions.submitted", functionName(function));
    } catch (Refusal refusal) {
      Refusals.show(faces, null, refusal);
    }
  }

  /** Accepts the principles ticked, rejects the others; the text is the comment. */
  public void review() {
    try {
      Candidacies.View reviewed =
          candidacies.review(
              callers.current(),
              candidacy,
              claims.stream()
                  .map(c -> new Candidacies.Verdict(c.principle.name(), c.met, c.text))
                  .toList());
      info(
          "functions.reviewed",
          organizationName(reviewed.organization()),
          functionName(reviewed.function()));
    } catch (Refusal refusal) {
      Refusals.show(faces, null, refusal);
    }
  }

  private void info(String key, Object... arguments) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, arguments), null));
  }

  public List<Claim> getClaims() {
    return claims;
  }

  public String getCanton() {
    return canton;
  }

  public void setCanton(String canton) {
    this.canton = canton;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public boolean isCoercive() {
    return coercive;
  }

  public void setCoercive(boolean coercive) {
    this.coercive = coercive;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getFunction() {
    return function;
  }

  public void setFunction(String function) {
    this.function = function;
  }

  public Long getCandidacy() {
    return candidacy;
  }

  public void setCandidacy(Long candidacy) {
    this.candidacy = candidacy;
  }
}
