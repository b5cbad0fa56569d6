package org.confederatio.policy;

import java.io.Serializable;

/** The key of a policy version: its canton and the fiscal year it takes effect. */
public record PolicyVersionKey(String canton, int validFrom) implements Serializable {

  public PolicyVersionKey() {
    this(null, 0);
  }
}
