package org.confederatio.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.confederatio.rules.api.allocation.Share;

/**
 * One designation as it was made, never changed: a correction is a newer record, so the history of
 * a taxpayer's choices stays (A2: the latest valid one counts).
 */
@Entity
@Table(name = "designation")
public class DesignationRecord {

  /** How the designation reached the register. */
  public enum Channel {
    CITIZEN,
    CLERK,
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "canton_code")
  private String canton;

  @Column(name = "fiscal_year")
  private int year;

  @Column(name = "person_id")
  private String person;

  @Column(name = "made_on")
  private LocalDate madeOn;

  private String shares;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  protected DesignationRecord() {}

  DesignationRecord(
      Assessment.Key key,
      LocalDate madeOn,
      List<Share> shares,
      String recordedBy,
      Instant recordedAt,
      Channel channel) {
    this.canton = key.canton();
    this.year = key.year();
    this.person = key.person();
    this.madeOn = madeOn;
    this.shares = Shares.format(shares);
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.channel = channel;
  }

  public long id() {
    return id;
  }

  public String taxpayer() {
    return person;
  }

  public LocalDate madeOn() {
    return madeOn;
  }

  public List<Share> shares() {
    return Shares.parse(shares);
  }

  public Channel channel() {
    return channel;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** One recipient and its share as shown: basis points and the percentage they make. */
  public record ShareView(String recipient, int basisPoints) implements Serializable {
    /** The share as a percentage, e.g. {@code 60} or {@code 33.33}. */
    public String percent() {
      return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
  }

  /** A designation as shown. {@code version} is what a change must quote to replace it. */
  public record Summary(
      long version,
      String canton,
      int year,
      String taxpayer,
      LocalDate madeOn,
      List<ShareView> shares,
      Instant recordedAt,
      String recordedBy,
      Channel channel)
      implements Serializable {}

  /**
   * What the audit log keeps of a designation: which version, how it came and the day it was made,
   * never the organizations chosen (special-category data).
   */
  public record Trace(long version, LocalDate madeOn, Channel channel) {}

  public Trace trace() {
    return new Trace(id, madeOn, channel);
  }

  public Summary summary() {
    return new Summary(
        id,
        canton,
        year,
        person,
        madeOn,
        shares().stream().map(s -> new ShareView(s.recipient().id(), s.basisPoints())).toList(),
        recordedAt,
        recordedBy,
        channel);
  }
}
