package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.homeward.funding.EnteredRate;
import org.homeward.funding.RateUpload;
import org.homeward.funding.engine.ExchangeRate;
import org.homeward.funding.internal.ExchangeRateTable;
import org.homeward.funding.internal.Fields;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding/exchange-rates")
@Tag(name = "Exchange rates", description = "Dated rates, one by one or as a CSV file")
class ExchangeRateController {

  private final ExchangeRateTable rates;

  ExchangeRateController(ExchangeRateTable rates) {
    this.rates = rates;
  }

  record RateRequest(String date, String from, String to, String rate) {}

  record RateResponse(
      long id,
      LocalDate date,
      String from,
      String to,
      String rate,
      String enteredBy,
      Instant enteredAt,
      boolean uploaded) {

    static RateResponse of(EnteredRate r) {
      return new RateResponse(
          r.id(),
          r.rate().date(),
          r.rate().from().getCurrencyCode(),
          r.rate().to().getCurrencyCode(),
          r.rate().rate().toPlainString(),
          r.enteredBy(),
          r.enteredAt(),
          r.uploaded());
    }
  }

  record UploadResponse(int added, int unchanged, List<RateResponse> rates) {}

  @Requires(Permission.FUNDING_READ)
  @GetMapping
  @Operation(
      operationId = "listExchangeRates",
      summary = "The exchange rates entered",
      description =
          "Newest date first. On `date`, one unit of `from` is worth `rate` units of `to`, until"
              + " the next rate of the pair; a conversion uses the latest rate of its pair dated"
              + " on or before its own date, or 1/rate of the inverse pair when the pair has none.")
  List<RateResponse> list(
      @Parameter(description = "only the rates to or from this ISO 4217 currency")
          @RequestParam(required = false)
          String currency,
      Actor actor) {
    String code = null;
    if (!Fields.blank(currency)) {
      Violations v = new Violations();
      CurrencyUnit unit = Fields.currency(v, "currency", currency);
      v.throwIfAny();
      code = unit.getCurrencyCode();
    }
    return rates.list(code, actor).stream().map(RateResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping
  @Operation(
      operationId = "createExchangeRate",
      summary = "Enter a rate",
      description =
          "{\"date\":\"2012-04-01\",\"from\":\"CHF\",\"to\":\"USD\",\"rate\":\"1.0750\"}: the"
              + " rate is a decimal string greater than zero. A rate is never changed once"
              + " entered: a second rate of the pair on the same date is a conflict"
              + " (`rate-exists`), and so is a rate that would change an expenditure already"
              + " converted (`rate-changes-ledger`).")
  @ApiResponse(responseCode = "201", description = "Entered")
  ResponseEntity<RateResponse> create(@RequestBody RateRequest request, Actor actor)
      throws ConflictException {
    Violations v = new Violations();
    LocalDate date = Fields.date(v, "date", request.date());
    CurrencyUnit from = Fields.currency(v, "from", request.from());
    CurrencyUnit to = Fields.currency(v, "to", request.to());
    BigDecimal rate = Fields.rate(v, "rate", request.rate());
    if (from != null && from.equals(to)) {
      v.add("to", "inconsistent", "from and to are both " + from.getCurrencyCode());
    }
    v.throwIfAny();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(RateResponse.of(rates.add(new ExchangeRate(date, from, to, rate), actor)));
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping(path = "/upload", consumes = "text/csv")
  @Operation(
      operationId = "uploadExchangeRates",
      summary = "Enter rates from a CSV file",
      description =
          "The file's first line is `date,from,to,rate`, then one rate a line"
              + " (`2012-04-01,CHF,USD,1.0750`). Every problem of every line is reported before"
              + " anything is stored, each as `lines[n].field` where n is the line of the file"
              + " (the header is line 1). A line equal to a rate already entered is left as is,"
              + " so a file can be sent twice; one that gives another rate for an entered pair"
              + " and date is a problem.")
  @ApiResponse(responseCode = "201", description = "Entered: the rates added")
  ResponseEntity<UploadResponse> upload(@RequestBody String csv, Actor actor)
      throws ConflictException {
    RateUpload upload = rates.upload(csv, actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new UploadResponse(
                upload.added().size(),
                upload.unchanged(),
                upload.added().stream().map(RateResponse::of).toList()));
  }
}
