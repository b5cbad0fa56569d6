package org.confederatio.web.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.stream.Collectors;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The server's metrics for the application's administrator, in the Prometheus text format.
 * Liberty's own {@code /metrics} is kept for Liberty's administrator role, which the application's
 * accounts do not have (they live in the application's database, not in a Liberty user registry):
 * this endpoint reads the same registries (base, vendor, application) for role admin, so that a
 * scraper signs in as an application account, and anonymous callers read nothing.
 */
@Path("metrics")
@RequestScoped
@Produces("text/plain;version=0.0.4;charset=utf-8")
@RolesAllowed(Roles.ADMIN)
public class MetricsResource {

  @Inject
  @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
  private MetricRegistry base;

  @Inject
  @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
  private MetricRegistry vendor;

  @Inject private MetricRegistry application;

  @GET
  @Operation(
      summary =
          "Metrics in the Prometheus text format: requests (REST_request), allocation runs"
              + " (confederatio_run_*), imports (confederatio_import*), JVM")
  public String metrics() {
    StringBuilder text = new StringBuilder();
    write(text, "base", base);
    write(text, "vendor", vendor);
    write(text, "application", application);
    return text.toString();
  }

  private static void write(StringBuilder text, String scope, MetricRegistry registry) {
    for (Map.Entry<MetricID, Metric> e : registry.getMetrics().entrySet()) {
      String name = e.getKey().getName().replaceAll("[^A-Za-z0-9_]", "_");
      String tags = tags(scope, e.getKey());
      Metric metric = e.getValue();
      if (metric instanceof Counter counter) {
        line(text, name + "_total", tags, counter.getCount());
      } else if (metric instanceof Gauge<?> gauge) {
        Object value = gauge.getValue();
        if (value instanceof Number number) {
          line(text, name, tags, number);
        }
      } else if (metric instanceof Timer timer) {
        line(text, name + "_seconds_count", tags, timer.getCount());
        line(text, name + "_seconds_sum", tags, timer.getElapsedTime().toNanos() / 1e9);
      } else if (metric instanceof Histogram histogram) {
        line(text, name + "_count", tags, histogram.getCount());
        line(text, name + "_sum", tags, histogram.getSum());
      }
    }
  }

  private static String tags(String scope, MetricID id) {
    return "{mp_scope=\""
        + scope
        + "\""
        + id.getTags().entrySet().stream()
            .map(t -> "," + t.getKey() + "=\"" + escape(t.getValue()) + "\"")
            .collect(Collectors.joining())
        + "}";
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static void line(StringBuilder text, String name, String tags, Number value) {
    text.append(name).append(tags).append(' ').append(value).append('\n');
  }
}
