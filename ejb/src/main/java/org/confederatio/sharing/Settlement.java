package org.confederatio.sharing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.confederatio.allocation.Standing;
import org.confederatio.failure.Conflict;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/**
 * A body's settlement of a fiscal year (C2-C6): a draft until the administrator publishes it, then
 * never changed. Of a body's published settlements of a year one is in force (A12); a correction
 * supersedes it, which marks it with what replaced it and why.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

  /** Where a settlement stands. */
  public enum State {
    DRAFT,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "body_id")
  private OrganizationId body;

  @Column(name = "fiscal_year")
  private FiscalYear year;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "contributions_cents")
  private Money contributions;

  @Column(name = "from_allocations_cents")
  private Money fromAllocations;

  @Column(name = "pot_cents")
  private Money pot;

  @Column(name = "every_member_reached")
  private boolean everyMemberReachedTarget;

  @Column(name = "computed_at")
  private Instant computedAt;

  @Column(name = "computed_by")
  private String computedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  /**
   * Whether it is the one published settlement in force of its body and year (A12): the key on
   * (body, year, in force) refuses a second one, also when two publications race (V10).
   */
  @Embedded private Standing standing = Standing.none();

  /** The standing; JPA reads one whose columns are all NULL (a draft) as no object at all. */
  private Standing standing() {
    if (standing == null) {
      standing = Standing.none();
    }
    return standing;
  }

  /** A publication that raced another one that changed this row first then changes nothing. */
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "settlement_line", joinColumns = @JoinColumn(name = "settlement_id"))
  private List<SettlementLine> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "settlement_run", joinColumns = @JoinColumn(name = "settlement_id"))
  private List<RunShare> runs = new ArrayList<>();

  protected Settlement() {}

  /** A draft: what the rules computed from the members and the runs in force it took from. */
  Settlement(
      FiscalYear year,
      org.confederatio.rules.api.sharing.Settlement computed,
      List<RunShare> runs,
      String by,
      Instant at) {
    this.body = computed.body().id();
    this.year = year;
    this.state = State.DRAFT;
    this.contributions = computed.contributions();
    this.fromAllocations = computed.fromAllocations();
    this.pot = computed.pot();
    this.everyMemberReachedTarget = computed.everyMemberReachedTarget();
    this.computedBy = by;
    this.computedAt = at;
    computed.lines().forEach(l -> lines.add(new SettlementLine(l)));
    this.runs.addAll(runs);
  }

  /** Only a draft is published: a published settlement never changes. */
  void requireDraft() {
    if (state != State.DRAFT) {
      throw new Conflict(
          "Settlement " + id + " is published already; a published settlement never changes.");
    }
  }

  /** A12 — published, and in force for its body and year; a published settlement never changes. */
  void publish(String by, Instant at) {
    requireDraft();
    this.state = State.PUBLISHED;
    this.publishedAt = at;
    this.publishedBy = by;
    standing().enterIntoForce();
  }

  /** A12 — no longer in force: the correction {@code by} replaced it for the stated reason. */
  void supersede(long by, String reason, Instant at) {
    standing().supersede(by, reason, at);
  }

  public long id() {
    return id;
  }

  public OrganizationId body() {
    return body;
  }

  public FiscalYear year() {
    return year;
  }

  public boolean draft() {
    return state == State.DRAFT;
  }

  public boolean inForce() {
    return standing().inForce();
  }

  boolean hasMember(CantonCode canton) {
    return lines.stream().anyMatch(l -> l.canton().equals(canton));
  }

  List<RunShare> runs() {
    return runs.stream().sorted(Comparator.comparingLong(RunShare::run)).toList();
  }

  /** This superseded settlement, as the correction that replaced it names it (A12). */
  Settlements.Correction asReplaced() {
    return new Settlements.Correction(id, standing().supersededAt(), standing().supersededReason());
  }

  Optional<Settlements.Correction> replacedBy() {
    return standing
        .supersededBy()
        .map(
            by ->
                new Settlements.Correction(
                    by, standing().supersededAt(), standing().supersededReason()));
  }

  /** The settlement as shown, given what it replaced and the runs it stands on. */
  Settlements.View view(Settlements.Correction replaces, List<Settlements.RunSource> sources) {
    return new Settlements.View(
        id,
        body.value(),
        year.value(),
        state.name(),
        contributions.toString(),
        fromAllocations.toString(),
        pot.toString(),
        everyMemberReachedTarget,
        computedAt,
        publishedAt,
        inForce(),
        replaces,
        replacedBy().orElse(null),
        sources,
        lines.stream()
            .sorted(Comparator.comparing(l -> l.canton().value()))
            .map(SettlementLine::view)
            .toList());
  }
}
