package org.confederatio.canton;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.confederatio.rules.api.canton.CantonCode;

/** An autonomous local government with fiscal sovereignty. */
@Entity
@Table(name = "canton")
public class Canton {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected Canton() {}

  public Canton(CantonCode code, String name, Instant registeredAt) {
    this.code = code.value();
    this.name = name;
    this.registeredAt = registeredAt;
  }

  public CantonCode code() {
    return new CantonCode(code);
  }

  public String name() {
    return name;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /** What the audit log and the API show of a canton. */
  public Summary summary() {
    return new Summary(code, name);
  }

  /** A canton as listed: its code and name. */
  public record Summary(String code, String name) {}
}
