package org.homeward.funding.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.EnteredRate;
import org.homeward.funding.RateUpload;
import org.homeward.funding.engine.ExchangeRate;
import org.homeward.funding.engine.ExchangeRates;
import org.homeward.funding.engine.MissingRateException;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated exchange rates a finance officer enters, one by one or as a CSV file. A rate is never
 * changed once entered, so that every conversion made with it can be made again; a new rate of the
 * same pair takes over from its own date.
 */
@Service
public class ExchangeRateTable {

  static final String SUBJECT = "exchange-rate";

  /** The header line of an upload, and of the table as a file. */
  public static final String CSV_HEADER = "date,from,to,rate";

  /** More lines than a finance officer uploads; keeps a wrong file from filling the heap. */
  static final int MAX_CSV_LINES = 20_000;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ExchangeRateTable(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every stored rate, newest date first, optionally of one currency (as from or to). */
  @Transactional(readOnly = true)
  public List<EnteredRate> list(String currency, Actor actor) {
    actor.require(Permission.FUNDING_READ);
    if (currency == null) {
      return jdbc.sql(
              "SELECT * FROM funding_exchange_rate ORDER BY rate_date DESC, from_currency,"
                  + " to_currency")
          .query(ExchangeRateTable::stored)
          .list();
    }
    return jdbc.sql(
            "SELECT * FROM funding_exchange_rate WHERE from_currency = ? OR to_currency = ?"
                + " ORDER BY rate_date DESC, from_currency, to_currency")
        .params(currency, currency)
        .query(ExchangeRateTable::stored)
        .list();
  }

  /** The rates as the position engine uses them. */
  ExchangeRates rates() {
    return new ExchangeRates(
        jdbc
            .sql("SELECT * FROM funding_exchange_rate")
            .query(ExchangeRateTable::stored)
            .list()
            .stream()
            .map(EnteredRate::rate)
            .toList());
  }

  /**
   * {@code amount} in {@code to} at the rate valid on {@code date}, rounded to the cent as the
   * ledger converts every amount (see {@link ExchangeRates#convert}).
   *
   * @throws ConflictException {@code exchange-rate-missing} when no rate of the pair (nor of its
   *     inverse) is dated on or before {@code date}
   */
  @Transactional(readOnly = true)
  public MonetaryAmount convert(MonetaryAmount amount, CurrencyUnit to, LocalDate date) {
    try {
      return rates().convert(amount, to, date);
    } catch (MissingRateException e) {
      throw missing(e);
    }
  }

  /**
   * The rate of {@code from -> to} valid on {@code date} (1 for a currency to itself).
   *
   * @throws ConflictException {@code exchange-rate-missing} as {@link #convert}
   */
  @Transactional(readOnly = true)
  public BigDecimal rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    try {
      return rates().rate(from, to, date);
    } catch (MissingRateException e) {
      throw missing(e);
    }
  }

  /** The conflict a conversion without a rate answers, naming the pair and the date. */
  static ConflictException missing(MissingRateException e) {
    return new ConflictException(
        ProblemCode.EXCHANGE_RATE_MISSING,
        e.getMessage(),
        Map.of(
            "from",
            e.from().getCurrencyCode(),
            "to",
            e.to().getCurrencyCode(),
            "date",
            e.date().toString()));
  }

  @Transactional
  public EnteredRate add(ExchangeRate rate, Actor actor) {
    actor.require(Permission.FUNDING_MANAGE);
    Optional<EnteredRate> existing = find(rate);
    if (existing.isPresent()) {
      throw new ConflictException(
          ProblemCode.RATE_EXISTS,
          "a rate "
              + pair(rate)
              + " dated "
              + rate.date()
              + " is already entered ("
              + existing.get().rate().rate().toPlainString()
              + "); a rate is never changed, enter one dated the day the new rate holds from",
          Map.of(
              "rateId", existing.get().id(), "rate", existing.get().rate().rate().toPlainString()));
    }
    EnteredRate stored = insert(rate, actor, false);
    requireLedgerUnchanged();
    audit.record(
        AuditRecord.of(actor.username(), "funding.rate-entered", SUBJECT, "" + stored.id())
            .withDetails(
                Map.of("pair", pair(rate), "date", rate.date().toString(), "rate", plain(rate))));
    return stored;
  }

  /**
   * Adds the rates of a CSV file ({@code date,from,to,rate}, a header line first). Every problem of
   * every line is reported before anything is stored, each under {@code lines[n].field}, n being
   * the line of the file (the header is line 1). A line equal to a stored rate is left as is, so
   * the same file can be uploaded twice; a line that gives another rate for a stored pair and date
   * is a problem.
   */
  @Transactional
  public RateUpload upload(String csv, Actor actor) {
    actor.require(Permission.FUNDING_MANAGE);
    Violations violations = new Violations();
    List<String> lines = csv == null ? List.of() : csv.lines().toList();
    if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
      violations.add("csv", "required", "the file is empty; its first line is " + CSV_HEADER);
      violations.throwIfAny();
    }
    if (lines.size() > MAX_CSV_LINES) {
      violations.add("csv", "too-many", "at most " + MAX_CSV_LINES + " lines in one file");
      violations.throwIfAny();
    }
    String header = lines.getFirst().strip().replace("\uFEFF", "").replace(" ", "");
    if (!header.equalsIgnoreCase(CSV_HEADER)) {
      violations.add(
          "lines[1]",
          "malformed",
          "the first line is the header " + CSV_HEADER + ", not " + header);
      violations.throwIfAny();
    }
    List<ExchangeRate> toAdd = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    int unchanged = 0;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      Violations at = violations.at("lines[" + number + "]");
      String[] cells = line.split(",", -1);
      if (cells.length != 4) {
        at.add("", "malformed", "a line has 4 values (" + CSV_HEADER + "), not " + cells.length);
        continue;
      }
      LocalDate date = Fields.date(at, "date", cells[0]);
      CurrencyUnit from = Fields.currency(at, "from", cells[1]);
      CurrencyUnit to = Fields.currency(at, "to", cells[2]);
      BigDecimal value = Fields.rate(at, "rate", cells[3]);
      if (from != null && from.equals(to)) {
        at.add("to", "inconsistent", "from and to are both " + from.getCurrencyCode());
        continue;
      }
      if (date == null || from == null || to == null || value == null) {
        continue;
      }
      ExchangeRate rate = new ExchangeRate(date, from, to, value);
      Integer first = seen.putIfAbsent(List.of(from, to, date), number);
      if (first != null) {
        at.add(
            "",
            "duplicate",
            "a second rate "
                + pair(rate)
                + " dated "
                + date
                + " (the first is line "
                + first
                + ")");
        continue;
      }
      Optional<EnteredRate> existing = find(rate);
      if (existing.isPresent()) {
        if (existing.get().rate().rate().compareTo(value) == 0) {
          unchanged++;
        } else {
          at.add(
              "rate",
              "duplicate",
              "a rate "
                  + pair(rate)
                  + " dated "
                  + date
                  + " is already entered ("
                  + existing.get().rate().rate().toPlainString()
                  + "); a rate is never changed");
        }
        continue;
      }
      toAdd.add(rate);
    }
    violations.throwIfAny();
    List<EnteredRate> added = new ArrayList<>();
    for (ExchangeRate rate : toAdd) {
      added.add(insert(rate, actor, true));
    }
    requireLedgerUnchanged();
    audit.record(
        AuditRecord.of(actor.username(), "funding.rates-uploaded", SUBJECT, "upload")
            .withDetails(Map.of("added", added.size(), "unchanged", unchanged)));
    return new RateUpload(added, unchanged);
  }

  /**
   * Refuses (undoing the transaction) a new rate that would change an amount already in the ledger:
   * every expenditure in another currency than its project's was converted once, with the rate
   * valid on its date, and that conversion must stay what it was.
   */
  private void requireLedgerUnchanged() {
    ExchangeRates rates = rates();
    jdbc.sql(
            """
            SELECT e.id, e.amount, e.currency, e.spent_on, e.project_amount, p.currency AS to_currency
            FROM funding_expenditure e JOIN funding_project p ON p.id = e.project_id
            WHERE e.currency <> p.currency
            """)
        .query(rs -> {
          CurrencyUnit to = Amounts.currency(rs, "to_currency");
          LocalDate date = rs.getObject("spent_on", LocalDate.class);
          MonetaryAmount amount = Amounts.money(rs, "amount", Amounts.currency(rs, "currency"));
          BigDecimal now = Amounts.decimal(rates.convert(amount, to, date));
          if (now.compareTo(rs.getBigDecimal("project_amount")) != 0) {
            throw new ConflictException(
                ProblemCode.RATE_CHANGES_LEDGER,
                "the rate would change expenditure "
                    + rs.getLong("id")
                    + " of "
                    + date
                    + ", converted to "
                    + rs.getBigDecimal("project_amount").toPlainString()
                    + " "
                    + to.getCurrencyCode()
                    + " when it was recorded, to "
                    + now.toPlainString()
                    + "; date the rate after it",
                Map.of("expenditureId", rs.getLong("id"), "spentOn", date.toString()));
          }
        });
  }

  private Optional<EnteredRate> find(ExchangeRate rate) {
    return jdbc.sql(
            "SELECT * FROM funding_exchange_rate WHERE from_currency = ? AND to_currency = ?"
                + " AND rate_date = ?")
        .params(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.date())
        .query(ExchangeRateTable::stored)
        .optional();
  }

  private EnteredRate insert(ExchangeRate rate, Actor actor, boolean uploaded) {
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_exchange_rate (rate_date, from_currency, to_currency, rate,
                  entered_by, entered_at, uploaded)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                rate.date(),
                rate.from().getCurrencyCode(),
                rate.to().getCurrencyCode(),
                rate.rate(),
                actor.username(),
                Timestamp.from(now),
                uploaded)
            .query(Long.class)
            .single();
    return new EnteredRate(id, rate, actor.username(), now, uploaded);
  }

  private static String pair(ExchangeRate rate) {
    return rate.from().getCurrencyCode() + "->" + rate.to().getCurrencyCode();
  }

  private static String plain(ExchangeRate rate) {
    return rate.rate().stripTrailingZeros().toPlainString();
  }

  private static EnteredRate stored(ResultSet rs, int row) throws SQLException {
    return new EnteredRate(
        rs.getLong("id"),
        new ExchangeRate(
            rs.getObject("rate_date", LocalDate.class),
            Amounts.currency(rs, "from_currency"),
            Amounts.currency(rs, "to_currency"),
            rs.getBigDecimal("rate").stripTrailingZeros()),
        rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant(),
        rs.getBoolean("uploaded"));
  }
}
