package org.confederatio.subsidiarity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.rules.api.subsidiarity.PublicFunction;
import org.confederatio.rules.api.subsidiarity.Scope;
import org.confederatio.schema.ValueConverters;

/**
 * A public function in the register: who runs it (the confederation with the cantons that delegated
 * it, a canton, or a commons organization of a canton), how far it reaches and whether it needs
 * coercive authority. The rules' {@link PublicFunction} checks that these fit together before a row
 * is written.
 */
@Entity
@Table(name = "public_function")
@NamedQuery(
    name = RegisteredFunction.REGISTER_OF,
    query =
        "SELECT DISTINCT f FROM RegisteredFunction f LEFT JOIN FETCH f.delegatedBy"
            + " WHERE f.canton = :canton OR f.level = org.confederatio.rules.api.subsidiarity.Level.CONFEDERAL"
            + " ORDER BY f.id")
public class RegisteredFunction {

  /** A canton's register: its own functions and the confederation's, by id ({@code :canton}). */
  static final String REGISTER_OF = "RegisteredFunction.registerOf";

  @Id private String id;

  @Column(nullable = false)
  private String name;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Level level;

  @Column(name = "canton_code", updatable = false)
  private CantonCode canton;

  @Column(name = "operator_id")
  private OrganizationId operator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Scope scope;

  @Column(nullable = false)
  private boolean coercive;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @ElementCollection
  @CollectionTable(name = "function_delegation", joinColumns = @JoinColumn(name = "function_id"))
  @Column(name = "canton_code")
  // named: EclipseLink applies no automatic converter to a collection's elements
  @Convert(converter = ValueConverters.CantonCodes.class)
  private Set<CantonCode> delegatedBy = new HashSet<>();

  protected RegisteredFunction() {}

  /**
   * A function as the rules accept it, with its description, recorded by whom and when; throws
   * {@link IllegalArgumentException} for a combination the rules refuse.
   */
  RegisteredFunction(PublicFunction f, String description, Instant at, String by) {
    this.id = f.id();
    this.name = f.name();
    this.description = description;
    this.level = f.level();
    this.canton = f.canton().orElse(null);
    this.operator = f.operator().orElse(null);
    this.scope = f.scope();
    this.coercive = f.coercive();
    this.recordedAt = at;
    this.recordedBy = by;
    delegatedBy.addAll(f.delegatedBy());
  }

  public String id() {
    return id;
  }

  public Level level() {
    return level;
  }

  /** The canton whose register holds it; none for a confederal function. */
  public Optional<CantonCode> canton() {
    return Optional.ofNullable(canton);
  }

  public SortedSet<CantonCode> delegatedBy() {
    return new TreeSet<>(delegatedBy);
  }

  public PublicFunction toRules() {
    return new PublicFunction(
        id, name, level, canton(), Optional.ofNullable(operator), scope, coercive, delegatedBy());
  }

  /** What the API, the pages and the audit log show of it. */
  public FunctionRegister.Summary summary() {
    return new FunctionRegister.Summary(
        id,
        name,
        description,
        level,
        canton == null ? null : canton.value(),
        operator == null ? null : operator.value(),
        scope,
        coercive,
        delegatedBy().stream().map(CantonCode::value).toList());
  }
}
