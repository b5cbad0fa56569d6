package org.confederatio.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Import throughput for the operators (MicroProfile Metrics, application scope): imports done, rows
 * they imported, and how long they took. Refused and interrupted imports count nowhere here.
 */
@ApplicationScoped
public class ImportMetrics {

  @Inject private MetricRegistry registry;

  void imported(int rows, long nanos) {
    registry
        .counter(
            Metadata.builder()
                .withName("confederatio.imports")
                .withDescription("bulk imports done (register, assessments, designations)")
                .build())
        .inc();
    registry
        .counter(
            Metadata.builder()
                .withName("confederatio.import.rows")
                .withDescription("rows written by bulk imports done")
                .build())
        .inc(rows);
    registry
        .timer(
            Metadata.builder()
                .withName("confederatio.import.duration")
                .withDescription("how long a bulk import took, from checking to commit")
                .withUnit(MetricUnits.NANOSECONDS)
                .build())
        .update(Duration.ofNanos(nanos));
  }
}
