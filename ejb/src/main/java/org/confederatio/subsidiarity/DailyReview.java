package org.confederatio.subsidiarity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * Records every canton's review once a day, shortly after midnight in the confederation's time
 * zone: days without any change, and justifications that expired overnight, then show in the trend
 * although nobody changed anything. Each canton is recorded in a transaction of its own, so one
 * that fails does not hold the others back.
 */
@Singleton
@Startup
@DependsOn("StartUp")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReview {

  private static final Logger LOG = Logger.getLogger(DailyReview.class.getName());

  @Resource private ManagedScheduledExecutorService executor;

  @Inject private ReviewTrend trend;
  @Inject private CantonRegistry cantons;
  @Inject private Clock clock;

  private ScheduledFuture<?> daily;

  @PostConstruct
  void schedule() {
    daily =
        executor.schedule(
            this::recordEveryCanton, new CronTrigger(clock.getZone()).hours(0).minutes(5));
  }

  @PreDestroy
  void stop() {
    if (daily != null) {
      daily.cancel(false);
    }
  }

  void recordEveryCanton() {
    for (var canton : cantons.all()) {
      try {
        trend.record(CantonCode.of(canton.code()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Recording the subsidiarity review of " + canton.code(), e);
      }
    }
  }
}
