package org.homeward.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homeward.demo.story.MonitoringStory;
import org.homeward.registry.Case;
import org.homeward.registry.Cases;
import org.homeward.reintegration.Reintegration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once the scenario is loaded, the monitoring visits of the households that went home on the
 * earlier charter to Douala. Monitoring opens a household's follow-up when it handles the arrival,
 * after the load is stored; the visits are recorded once every follow-up is open.
 */
@Component
@Order(21)
class DemoFollowUps implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFollowUps.class);
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private final DemoLoader loader;
  private final Cases cases;
  private final Reintegration reintegration;
  private final Clock clock;

  DemoFollowUps(DemoLoader loader, Cases cases, Reintegration reintegration, Clock clock) {
    this.loader = loader;
    this.cases = cases;
    this.reintegration = reintegration;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    if (!loader.loadedNow()) {
      return;
    }
    MonitoringStory story = new MonitoringStory(clock);
    List<Case> households = story.followed(cases);
    Instant until = Instant.now().plus(PATIENCE);
    while (!story.opened(reintegration, households)) {
      if (Instant.now().isAfter(until)) {
        log.warn("demo: monitoring had not opened the follow-ups of {} households", households);
        return;
      }
      Thread.sleep(200);
    }
    int closed = story.load(reintegration, households);
    log.info(
        "demo scenario: {} households home for a year visited at 3, 6 and 12 months, {} closed",
        households.size(),
        closed);
  }
}
