package org.confederatio.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.UndesignatedReason;

/**
 * Which of a taxpayer's designations counts. The rules pick the latest valid one by the day it was
 * made (A2); the register also knows the order they were recorded in, so of several made on one day
 * only the last recorded is a choice at all: a correction replaces what it corrects.
 */
public final class Counting {

  private Counting() {}

  /** Of records in the order they were recorded, the last of each day, in the same order. */
  public static <T> List<T> lastOfEachDay(
      List<T> recorded, java.util.function.Function<T, LocalDate> madeOn) {
    Map<LocalDate, T> byDay = new LinkedHashMap<>();
    for (T record : recorded) {
      byDay.remove(madeOn.apply(record));
      byDay.put(madeOn.apply(record), record);
    }
    return new ArrayList<>(byDay.values());
  }

  /** The designation that counts, or why none does. */
  public record Standing(Optional<DesignationRecord> counted, Optional<UndesignatedReason> reason) {
    public String describe() {
      return counted.isPresent() ? "COUNTS" : reason.map(Enum::name).orElse("NONE");
    }
  }

  /**
   * A2 over a taxpayer's records (oldest recorded first), for a taxpayer with or without
   * assessment.
   */
  public static Standing of(
      List<DesignationRecord> recorded,
      AllocationPolicy policy,
      RecipientTable table,
      boolean assessed) {
    List<DesignationRecord> choices = lastOfEachDay(recorded, DesignationRecord::madeOn);
    if (choices.isEmpty()) {
      return new Standing(Optional.empty(), Optional.of(UndesignatedReason.NONE));
    }
    DesignationRecord counted = null;
    DesignationRecord latest = null;
    Optional<UndesignatedReason> latestDefect = Optional.empty();
    for (DesignationRecord record : choices) {
      Designation d = table.designation(record.madeOn(), record.shares());
      Optional<UndesignatedReason> defect = d.defect(policy);
      if (defect.isEmpty() && (counted == null || !record.madeOn().isBefore(counted.madeOn()))) {
        counted = record;
      }
      if (latest == null || !record.madeOn().isBefore(latest.madeOn())) {
        latest = record;
        latestDefect = defect;
      }
    }
    if (!assessed) {
      return new Standing(Optional.empty(), Optional.of(UndesignatedReason.NO_ASSESSMENT));
    }
    return counted != null
        ? new Standing(Optional.of(counted), Optional.empty())
        : new Standing(Optional.empty(), latestDefect);
  }
}
