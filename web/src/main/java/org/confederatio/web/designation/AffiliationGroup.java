package org.confederatio.web.designation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.canton.OrganizationKind;

/**
 * The organizations of one kind a citizen may identify with, and those they chose: the affiliations
 * form shows one group per kind, so that fifty organizations are a few headings, not fifty stops.
 */
public class AffiliationGroup implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OrganizationKind kind;
  private final List<Organization.Summary> organizations;
  private List<String> chosen;

  AffiliationGroup(
      OrganizationKind kind, List<Organization.Summary> organizations, List<String> chosen) {
    this.kind = kind;
    this.organizations = List.copyOf(organizations);
    this.chosen = new ArrayList<>(chosen);
  }

  /** The choosable organizations by kind, in the kinds' order, each group by name. */
  static List<AffiliationGroup> of(List<Organization.Summary> choosable, List<String> affiliated) {
    Map<OrganizationKind, List<Organization.Summary>> byKind = new LinkedHashMap<>();
    choosable.stream()
        .sorted(
            Comparator.comparing(Organization.Summary::kind)
                .thenComparing(Organization.Summary::name))
        .forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
    List<AffiliationGroup> groups = new ArrayList<>();
    byKind.forEach(
        (kind, organizations) ->
            groups.add(
                new AffiliationGroup(
                    kind,
                    organizations,
                    organizations.stream()
                        .map(Organization.Summary::id)
                        .filter(affiliated::contains)
                        .toList())));
    return groups;
  }

  /** Every organization chosen in any group. */
  static List<String> chosen(List<AffiliationGroup> groups) {
    return groups.stream().flatMap(g -> g.getChosen().stream()).toList();
  }

  public String getKind() {
    return kind.name();
  }

  public List<Organization.Summary> getOrganizations() {
    return organizations;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
