package org.confederatio.web.subsidiarity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.web.designation.RecipientNames;

/**
 * The administrator's read-only view of the register of public functions: one canton's register at
 * a time, its own functions with the confederation's. The administrator registers confederal
 * functions through the API ({@code POST /api/cantons/{canton}/functions}); a canton's policy
 * officers register its own on their page.
 */
@Named
@RequestScoped
public class FunctionRegisterPage {

  @Inject private FunctionRegister register;
  @Inject private CantonRegistry cantons;
  @Inject private RecipientNames recipients;

  private String canton;
  private List<Canton.Summary> all;
  private List<FunctionRegister.Summary> functions;

  @PostConstruct
  void load() {
    all = cantons.all();
  }

  public List<Canton.Summary> getCantons() {
    return all;
  }

  /** The shown canton's register; the first canton's when none is chosen or it is unknown. */
  public List<FunctionRegister.Summary> getFunctions() {
    if (functions == null) {
      functions = List.of();
      if (all.stream().noneMatch(c -> c.code().equals(canton))) {
        canton = all.isEmpty() ? null : all.get(0).code();
      }
      if (canton != null) {
        functions = register.of(CantonCode.of(canton));
      }
    }
    return functions;
  }

  /** A commons operator by its registered name, not its id. */
  public String operator(String organization) {
    return recipients.organization(organization);
  }

  /** A canton by its name and code. */
  public String cantonName(String code) {
    return all.stream()
        .filter(c -> c.code().equals(code))
        .map(c -> c.name() + " (" + c.code() + ")")
        .findFirst()
        .orElse(code == null ? "" : code);
  }

  /** The canton whose register is shown: the chosen one, or the first when none is chosen. */
  public String getShown() {
    getFunctions();
    return canton;
  }

  public String getCanton() {
    return canton;
  }

  public void setCanton(String canton) {
    this.canton = canton;
  }
}
