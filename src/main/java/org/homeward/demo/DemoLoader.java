package org.homeward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.demo.story.FlightStory;
import org.homeward.demo.story.FundingStory;
import org.homeward.demo.story.MovementStory;
import org.homeward.demo.story.ReintegrationStory;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.movement.Flights;
import org.homeward.movement.TravelRecords;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.TransitionResult;
import org.homeward.reintegration.Reintegration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo scenario once, on the first start of an empty database in demo mode. */
@Component
@Order(20)
class DemoLoader implements ApplicationRunner {

  static final String SCENARIO = "morocco-2012";

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final Cases cases;
  private final CaseLifecycle lifecycle;
  private final FundingRecords funding;
  private final Ledger ledger;
  private final TravelRecords travel;
  private final Flights flights;
  private final Reintegration reintegration;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean demo;
  private volatile boolean loaded;

  DemoLoader(
      Cases cases,
      CaseLifecycle lifecycle,
      FundingRecords funding,
      Ledger ledger,
      TravelRecords travel,
      Flights flights,
      Reintegration reintegration,
      JdbcClient jdbc,
      Clock clock,
      @Value("${homeward.demo}") boolean demo) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.funding = funding;
    this.ledger = ledger;
    this.travel = travel;
    this.flights = flights;
    this.reintegration = reintegration;
    this.jdbc = jdbc;
    this.clock = clock;
    this.demo = demo;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo) {
      return;
    }
    int claimed =
        jdbc.sql("INSERT INTO demo_load (scenario, cases) VALUES (?, 0) ON CONFLICT DO NOTHING")
            .param(SCENARIO)
            .update();
    if (claimed == 0) {
      return;
    }
    long started = System.nanoTime();
    // the money first: the cases become eligible through the funding guard
    FundingStory money = new FundingStory(clock);
    money.load(funding, ledger);
    Actor caseworker = new Actor("caseworker.mar", "MAR", java.util.Set.of(Role.CASEWORKER));
    DemoScenario scenario = new DemoScenario(clock);
    // travel documents and fitness before a case can be ready for departure (movement's guard)
    MovementStory movement = new MovementStory(clock, travel);
    int count = 0;
    // a household is BOOKED only on a real flight: the flights' story books them once all are in
    List<Case> toBook = new ArrayList<>();
    List<DemoScenario.Household> households = new ArrayList<>(scenario.households());
    households.addAll(scenario.earlier());
    for (DemoScenario.Household household : households) {
      Case c = cases.register(household.details(), caseworker);
      for (String step : household.steps()) {
        if (step.equals("CONSENT")) {
          LocalDate declared = c.registrationDate().plusDays(2);
          c =
              cases.recordConsent(
                  c.id(),
                  null,
                  scenario.consent(
                      declared.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : declared,
                      c.members().getFirst().languages().getFirst()),
                  caseworker);
          continue;
        }
        CaseStatus to = CaseStatus.valueOf(step);
        if (to == CaseStatus.READY_FOR_DEPARTURE) {
          movement.readyToTravel(c, household.steps().contains(CaseStatus.BOOKED.name()));
        }
        if (to == CaseStatus.BOOKED) {
          if (c.status() == CaseStatus.READY_FOR_DEPARTURE) {
            toBook.add(c);
          }
          continue;
        }
        String reason = to.needsReason() ? reason(to) : null;
        if (lifecycle.transition(c.id(), to, reason, caseworker)
            instanceof TransitionResult.Transitioned moved) {
          c = moved.updated();
        }
      }
      if (c.status() == CaseStatus.ELIGIBLE) {
        movement.waitingForDocuments(c);
      }
      count++;
    }
    movement.sendLists();
    int booked = new FlightStory(clock).load(flights, toBook);
    ReintegrationStory.Told home =
        new ReintegrationStory(clock).load(reintegration, funding, cases);
    jdbc.sql("UPDATE demo_load SET cases = ? WHERE scenario = ?").params(count, SCENARIO).update();
    loaded = true;
    log.info(
        "demo scenario loaded: the money of {}, {} households ({} of them on the {} charters), {}"
            + " travel documents issued and {} waiting at the consulates; in Cameroon {} households"
            + " received, {} plans and {} households waiting for one; in {} ms",
        money.year(),
        count,
        booked,
        FlightStory.CHARTERS.size(),
        movement.documents(),
        movement.waiting(),
        home.received(),
        home.plans(),
        home.waiting(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether this start loaded the scenario (not an earlier one). */
  boolean loadedNow() {
    return loaded;
  }

  private static String reason(CaseStatus to) {
    return switch (to) {
      case INELIGIBLE -> "holds a valid residence permit in Morocco";
      case REFERRED -> "referred to UNHCR for asylum screening";
      case WITHDRAWN -> "decided to stay and look for work in Morocco";
      default -> "demo";
    };
  }
}
