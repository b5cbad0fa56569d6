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
import org.confederatio.failure.Refusal;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.subsidiarity.Candidacies;
import org.confederatio.subsidiarity.FunctionRegister;
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

  private String canton = "LAC";
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
   * An official's own canton; for a foundation the canton it asked for. That one is read from the
   * request, which the offer form posts back with it: the list of functions it chose from is
   * checked before the view parameter reaches this bean.
   */
  private String cantonOfCaller() {
    Caller caller = callers.current();
    return caller
        .canton()
        .map(c -> c.value())
        .orElseGet(
            () ->
                faces.getExternalContext().getRequestParameterMap().getOrDefault("canton", canton));
  }

  public List<FunctionRegister.Summary> getFunctions() {
    return register.of(CantonCode.of(cantonOfCaller()));
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
      info("functions.registered", id);
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
      info("functions.submitted", function);
    } catch (Refusal refusal) {
      Refusals.show(faces, null, refusal);
    }
  }

  /** Accepts the principles ticked, rejects the others; the text is the comment. */
  public void review() {
    try {
      candidacies.review(
          callers.current(),
          candidacy,
          claims.stream()
              .map(c -> new Candidacies.Verdict(c.principle.name(), c.met, c.text))
              .toList());
      info("functions.reviewed", String.valueOf(candidacy));
    } catch (Refusal refusal) {
      Refusals.show(faces, null, refusal);
    }
  }

  private void info(String key, String argument) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, argument), null));
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
