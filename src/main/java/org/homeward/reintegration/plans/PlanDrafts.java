package org.homeward.reintegration.plans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.CaseCosts;
import org.homeward.funding.Ledger;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationDetails.ItemDetails;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.javamoney.moneta.Money;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads a plan as drafted into a priced {@link Plan}: every field problem reported at once, then
 * each beneficiary's cap taken from the project that pays for their case (funding's {@link
 * Ledger#costsOf}), and each item's cost converted to that project's currency at funding's rate of
 * the day the plan is priced.
 */
@Component
class PlanDrafts {

  static final int MAX_ITEMS = 40;
  static final int MAX_BENEFICIARIES = 30;

  private final ReintegrationScope scope;
  private final CaseQueries registry;
  private final Ledger ledger;
  private final Partners partners;
  private final Clock clock;

  PlanDrafts(
      ReintegrationScope scope,
      CaseQueries registry,
      Ledger ledger,
      Partners partners,
      Clock clock) {
    this.scope = scope;
    this.registry = registry;
    this.ledger = ledger;
    this.partners = partners;
    this.clock = clock;
  }

  /** An item as read, its currency null when it is to be the project's. */
  private record Typed(String description, BigDecimal amount, CurrencyUnit currency) {}

  /**
   * The plan {@code details} describe, made from the case {@code lead}, as a draft by {@code
   * actor}; {@code before} is the draft it replaces, if any.
   *
   * @throws InvalidInputException with every field problem
   * @throws ConflictException {@code no-commitment} when no project pays for a beneficiary; {@code
   *     exchange-rate-missing} when a cost cannot be converted on the pricing day
   */
  Plan read(Opened lead, PlanDetails d, Actor actor, Plan before) {
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    PlanType type = Fields.choice(v, "type", d.type(), PlanType.class);
    List<Plan.Member> people = beneficiaries(v, lead, d.beneficiaries(), type, actor);
    String title = Fields.optionalText(v, "title", d.title(), Fields.SHORT_TEXT);
    LocalDate agreedOn = Fields.optionalDate(v, "agreedOn", d.agreedOn(), today, false);
    LocalDate pricedOn =
        Fields.blank(d.pricedOn())
            ? today
            : Fields.optionalDate(v, "pricedOn", d.pricedOn(), today, false);
    String description = Fields.optionalText(v, "description", d.description(), Fields.LONG_TEXT);

    // the fields of the plan's type
    String sector = Fields.optionalText(v, "sector", d.sector(), Fields.SHORT_TEXT);
    String activity = Fields.optionalText(v, "activity", d.activity(), Fields.SHORT_TEXT);
    String location = Fields.optionalText(v, "location", d.location(), Fields.SHORT_TEXT);
    BigDecimal income =
        Fields.optionalDecimal(v, "expectedMonthlyIncome", d.expectedMonthlyIncome());
    CurrencyUnit incomeCurrency =
        Fields.optionalCurrency(v, "expectedIncomeCurrency", d.expectedIncomeCurrency());
    String businessPlan =
        Fields.optionalText(v, "businessPlan", d.businessPlan(), Fields.LONG_TEXT);
    Partner provider =
        partners.usable(v, "providerPartnerId", d.providerPartnerId(), lead.file().originMission());
    String providerName = Fields.optionalText(v, "provider", d.provider(), Fields.SHORT_TEXT);
    String course = Fields.optionalText(v, "course", d.course(), Fields.SHORT_TEXT);
    Integer weeks = Fields.optionalInteger(v, "durationWeeks", d.durationWeeks(), 1, 260);
    BigDecimal trainingCost = Fields.optionalDecimal(v, "trainingCost", d.trainingCost());
    CurrencyUnit trainingCurrency =
        Fields.optionalCurrency(v, "trainingCostCurrency", d.trainingCostCurrency());
    if (type == PlanType.MICROBUSINESS) {
      required(v, "sector", sector, d.sector());
      required(v, "activity", activity, d.activity());
      required(v, "location", location, d.location());
      required(v, "expectedMonthlyIncome", income, d.expectedMonthlyIncome());
      required(v, "businessPlan", businessPlan, d.businessPlan());
    } else if (type == PlanType.VOCATIONAL_TRAINING) {
      if (provider == null && providerName == null && Fields.blank(d.providerPartnerId())) {
        v.add("provider", "required", "the training's provider: a partner, or its name");
      }
      required(v, "course", course, d.course());
      required(v, "durationWeeks", weeks, d.durationWeeks());
      required(v, "trainingCost", trainingCost, d.trainingCost());
    } else if (type != null) {
      required(v, "description", description, d.description());
    }
    List<Typed> typed = items(v, d.items());
    if (type != null
        && type != PlanType.VOCATIONAL_TRAINING
        && typed.isEmpty()
        && v.list().stream().noneMatch(x -> x.field().startsWith("items"))) {
      v.add("items", "required", "the plan's budget lists at least one item and its cost");
    }
    v.throwIfAny();

    // the caps, in the currency of the project paying for the beneficiaries
    Map<CaseId, CaseCosts> costs = new HashMap<>();
    List<Plan.Member> members = new ArrayList<>();
    CurrencyUnit currency = null;
    for (Plan.Member m : people) {
      CaseCosts c =
          costs.computeIfAbsent(
              m.caseId(),
              id ->
                  ledger
                      .costsOf(id)
                      .orElseThrow(() ->
                          new ConflictException(
                              ProblemCode.NO_COMMITMENT,
                              "no project pays for case "
                                  + m.caseNumber()
                                  + ": it has no reintegration cap to plan within",
                              Map.of("caseId", id.toString()))));
      MonetaryAmount cap =
          c.reintegrationCapOf(m.personId())
              .orElseThrow(() ->
                  new ConflictException(
                      ProblemCode.NO_COMMITMENT,
                      "the project paying for case "
                          + m.caseNumber()
                          + " holds no cap for person "
                          + m.personId(),
                      Map.of("caseId", m.caseId().toString())));
      if (currency == null) {
        currency = cap.getCurrency();
      } else if (!currency.equals(cap.getCurrency())) {
        throw InvalidInputException.of(
            "beneficiaries",
            "inconsistent",
            "the beneficiaries' projects pay in different currencies ("
                + currency.getCurrencyCode()
                + ", "
                + cap.getCurrency().getCurrencyCode()
                + "): a plan has one currency");
      }
      members.add(new Plan.Member(m.personId(), m.caseId(), m.caseNumber(), c.projectCode(), cap));
    }
    MonetaryAmount cap =
        members.stream().map(Plan.Member::cap).reduce(Amounts.zero(currency), MonetaryAmount::add);

    // the budget, priced on pricedOn
    List<Plan.Item> items = new ArrayList<>();
    MonetaryAmount total = Amounts.zero(currency);
    for (Typed t : typed) {
      MonetaryAmount amount = Money.of(t.amount(), t.currency() == null ? currency : t.currency());
      MonetaryAmount converted = ledger.convert(amount, currency, pricedOn);
      items.add(new Plan.Item(t.description(), amount, converted));
      total = total.add(converted);
    }
    Plan.Training training = null;
    if (type == PlanType.VOCATIONAL_TRAINING) {
      MonetaryAmount fee =
          Money.of(trainingCost, trainingCurrency == null ? currency : trainingCurrency);
      MonetaryAmount converted = ledger.convert(fee, currency, pricedOn);
      total = total.add(converted);
      training =
          new Plan.Training(
              provider == null ? null : provider.id(),
              provider == null ? providerName : provider.name(),
              course,
              weeks,
              fee,
              converted);
    }
    Plan.Business business = null;
    if (type == PlanType.MICROBUSINESS
        || (type == PlanType.COLLECTIVE && (sector != null || activity != null))) {
      business =
          new Plan.Business(
              sector,
              activity,
              location,
              income == null
                  ? null
                  : Money.of(income, incomeCurrency == null ? currency : incomeCurrency),
              businessPlan);
    }
    Plan.Scope planScope =
        type == PlanType.COLLECTIVE
            ? Plan.Scope.COLLECTIVE
            : members.size() > 1 && members.size() == lead.household().members().size()
                ? Plan.Scope.HOUSEHOLD
                : Plan.Scope.PERSON;
    Instant now = clock.instant();
    return new Plan(
        before == null ? null : before.id(),
        lead.file().caseId(),
        lead.file().caseNumber(),
        lead.file().originMission(),
        type,
        planScope,
        PlanStatus.DRAFT,
        title != null ? title : defaultTitle(type, activity, course, description, lead, members),
        agreedOn,
        pricedOn,
        currency,
        cap,
        Amounts.cents(total),
        members,
        items,
        business,
        training,
        description,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        before == null ? 0 : before.version(),
        before == null ? now : before.createdAt(),
        before == null ? actor.username() : before.createdBy(),
        now,
        actor.username());
  }

  /**
   * The returnees the plan is for: members of the lead case (all of them when none is named), or,
   * for a collective project, returnees of any case the actor's mission received.
   */
  private List<Plan.Member> beneficiaries(
      Violations v, Opened lead, List<String> typed, PlanType type, Actor actor) {
    List<Plan.Member> members = new ArrayList<>();
    List<String> ids =
        typed == null ? List.of() : typed.stream().filter(t -> !Fields.blank(t)).toList();
    if (ids.isEmpty()) {
      if (type == PlanType.COLLECTIVE) {
        v.add("beneficiaries", "required", "a collective project names the returnees it pools");
        return members;
      }
      for (Person p : lead.household().members()) {
        members.add(member(p.id(), lead));
      }
      return members;
    }
    if (ids.size() > MAX_BENEFICIARIES) {
      v.add("beneficiaries", "too-many", "at most " + MAX_BENEFICIARIES + " returnees");
      return members;
    }
    Map<PersonId, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String field = "beneficiaries[" + i + "]";
      PersonId id = personId(ids.get(i));
      if (id == null) {
        v.add(field, "unknown-member", "not a person id: " + ids.get(i));
        continue;
      }
      if (seen.putIfAbsent(id, i) != null) {
        v.add(field, "duplicate", "named twice");
        continue;
      }
      if (lead.household().members().stream().anyMatch(p -> p.id().equals(id))) {
        members.add(member(id, lead));
        continue;
      }
      if (type != PlanType.COLLECTIVE) {
        v.add(
            field,
            "unknown-member",
            "not a member of case "
                + lead.file().caseNumber()
                + ": only a collective project pools returnees of several households");
        continue;
      }
      Optional<Plan.Member> other = otherReturnee(v, field, id, actor);
      other.ifPresent(members::add);
    }
    if (type == PlanType.COLLECTIVE && members.size() < 2 && seen.size() == ids.size()) {
      v.add("beneficiaries", "out-of-range", "a collective project pools two returnees or more");
    }
    return members;
  }

  private Optional<Plan.Member> otherReturnee(
      Violations v, String field, PersonId id, Actor actor) {
    RegisteredPerson p = registry.findPerson(id, actor).orElse(null);
    if (p == null) {
      v.add(field, "unknown-member", "no returnee you may see has this id");
      return Optional.empty();
    }
    try {
      Opened opened = scope.changeable(p.caseId(), actor);
      return Optional.of(member(id, opened));
    } catch (NotFoundException | AccessDeniedException e) {
      v.add(field, "not-your-mission", "not a returnee your mission received");
    } catch (ConflictException e) {
      v.add(field, "inconsistent", e.getMessage());
    }
    return Optional.empty();
  }

  private static Plan.Member member(PersonId id, Opened opened) {
    // the cap is filled in from funding once every field is read
    return new Plan.Member(
        id, opened.file().caseId(), opened.file().caseNumber(), "", Money.of(0, "USD"));
  }

  private static PersonId personId(String text) {
    try {
      return new PersonId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Typed> items(Violations v, List<ItemDetails> typed) {
    List<Typed> items = new ArrayList<>();
    if (typed == null) {
      return items;
    }
    if (typed.size() > MAX_ITEMS) {
      v.add("items", "too-many", "at most " + MAX_ITEMS + " items");
      return items;
    }
    for (int i = 0; i < typed.size(); i++) {
      ItemDetails item = typed.get(i);
      if (item == null || (Fields.blank(item.description()) && Fields.blank(item.amount()))) {
        continue; // an empty line of the form
      }
      Violations at = v.at("items[" + i + "]");
      String description = Fields.text(at, "description", item.description(), Fields.SHORT_TEXT);
      CurrencyUnit currency = Fields.optionalCurrency(at, "currency", item.currency());
      BigDecimal amount = Fields.optionalDecimal(at, "amount", item.amount());
      if (Fields.blank(item.amount())) {
        at.add("amount", "required", "the item's cost is required");
      } else if (amount != null && amount.signum() == 0) {
        at.add("amount", "out-of-range", "must be greater than zero");
        amount = null;
      }
      if (description != null && amount != null) {
        items.add(new Typed(description, amount, currency));
      }
    }
    return items;
  }

  private static void required(Violations v, String field, Object read, String typed) {
    if (read == null && Fields.blank(typed)) {
      v.add(field, "required", field + " is required for this type of plan");
    }
  }

  private static String defaultTitle(
      PlanType type,
      String activity,
      String course,
      String description,
      Opened lead,
      List<Plan.Member> members) {
    String what =
        switch (type) {
          case MICROBUSINESS -> activity;
          case VOCATIONAL_TRAINING -> course;
          default -> description == null ? null : firstWords(description);
        };
    String name =
        lead.household().members().stream()
            .filter(p -> !members.isEmpty() && p.id().equals(members.getFirst().personId()))
            .map(Person::fullName)
            .findFirst()
            .orElse(lead.file().caseNumber());
    return (what == null ? type.name() : what) + " – " + name;
  }

  private static String firstWords(String text) {
    String line = text.lines().findFirst().orElse(text);
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
