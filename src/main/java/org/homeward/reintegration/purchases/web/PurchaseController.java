package org.homeward.reintegration.purchases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationDetails.PurchaseDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseItemDetails;
import org.homeward.reintegration.ReintegrationDetails.ThresholdDetails;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.purchases.PurchaseOrder;
import org.homeward.reintegration.purchases.Purchases;
import org.homeward.reintegration.purchases.Threshold;
import org.homeward.reintegration.purchases.Thresholds;
import org.homeward.reintegration.web.ApprovalResponse;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Purchases in kind",
    description =
        "The tranches of goods and services bought for approved plans, their approval above the"
            + " mission's threshold, and their payment into funding's ledger")
class PurchaseController {

  private final Purchases purchases;
  private final Thresholds thresholds;
  private final Approvals approvals;

  PurchaseController(Purchases purchases, Thresholds thresholds, Approvals approvals) {
    this.purchases = purchases;
    this.thresholds = thresholds;
    this.approvals = approvals;
  }

  record ItemRequest(String description, String quantity, String amount) {}

  record PurchaseRequest(
      String vendorPartnerId,
      String vendor,
      String purchasedOn,
      String currency,
      List<ItemRequest> items) {}

  record PaymentRequest(String paidOn) {}

  record ReasonRequest(String reason) {}

  record ThresholdRequest(String amount, String currency) {}

  record ItemResponse(String description, int quantity, Json.Money amount) {}

  record SpentResponse(UUID caseId, Json.Money amount, long expenditureId) {}

  /**
   * A purchase order: {@code converted} is its amount in the plan's currency at funding's rate of
   * {@code purchasedOn}; {@code expenditures} the ledger's records once paid.
   */
  record PurchaseOrderResponse(
      long id,
      long planId,
      int tranche,
      Long vendorPartnerId,
      String vendor,
      LocalDate purchasedOn,
      Json.Money amount,
      Json.Money converted,
      List<ItemResponse> items,
      boolean needsApproval,
      String status,
      LocalDate paidOn,
      String paidBy,
      String closedReason,
      List<SpentResponse> expenditures,
      List<ApprovalResponse> approvals,
      long version,
      String createdBy,
      Instant createdAt) {}

  record ThresholdResponse(
      String missionCode, Json.Money threshold, long version, String updatedBy, Instant updatedAt) {
    static ThresholdResponse of(Threshold t) {
      return new ThresholdResponse(
          t.missionCode(), Json.Money.of(t.amount()), t.version(), t.updatedBy(), t.updatedAt());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/plans/{planId}/purchase-orders")
  @Operation(
      operationId = "listPurchaseOrders",
      summary = "A plan's purchase orders",
      description = "Its tranches in order, each with its status, approvals and payments.")
  List<PurchaseOrderResponse> ofPlan(@PathVariable String planId, Actor actor) {
    return purchases.ofPlan(Json.planId(planId), actor).stream().map(this::response).toList();
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/plans/{planId}/purchase-orders")
  @Operation(
      operationId = "orderPurchase",
      summary = "Order a tranche of purchases in kind",
      description =
          "{\"vendorPartnerId\":\"12\" or \"vendor\":\"Marché Central, stall 14\","
              + "\"purchasedOn\":\"2026-11-20\",\"currency\":\"XAF\",\"items\":[{\"description\":"
              + "\"Sewing machine\",\"quantity\":\"1\",\"amount\":\"120000\"}]}: the next tranche"
              + " of an APPROVED plan (`plan-status`), its amount the sum of its items in"
              + " `currency` (the plan's when left out), converted to the plan's currency at"
              + " funding's rate of `purchasedOn` (`exchange-rate-missing` when none holds). The"
              + " plan's orders (rejected and cancelled ones aside) stay within its budget"
              + " (`plan-budget-exceeded`). Above the mission's threshold, converted on that day,"
              + " the order is AWAITING_APPROVAL until a second person decides it; otherwise it"
              + " is ORDERED and can be paid.")
  @ApiResponse(responseCode = "201", description = "Ordered")
  ResponseEntity<PurchaseOrderResponse> order(
      @PathVariable String planId, @RequestBody PurchaseRequest r, Actor actor)
      throws ConflictException {
    PurchaseOrder o =
        purchases.order(
            Json.planId(planId),
            new PurchaseDetails(
                r.vendorPartnerId(),
                r.vendor(),
                r.purchasedOn(),
                r.currency(),
                r.items() == null
                    ? List.of()
                    : r.items().stream()
                        .map(i ->
                            i == null
                                ? null
                                : new PurchaseItemDetails(
                                    i.description(), i.quantity(), i.amount()))
                        .toList()),
            actor);
    return ResponseEntity.created(URI.create("/api/v1/reintegration/purchase-orders/" + o.id()))
        .body(response(o));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/purchase-orders/{id}")
  @Operation(
      operationId = "getPurchaseOrder",
      summary = "One purchase order",
      description = "Its vendor, items, amount and conversion, status, approvals and payments.")
  PurchaseOrderResponse get(@PathVariable String id, Actor actor) {
    return response(purchases.get(Json.number("purchase order", id), actor));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/purchase-orders/{id}/payment")
  @Operation(
      operationId = "payPurchaseOrder",
      summary = "Pay a purchase order",
      description =
          "{\"paidOn\":\"…\"} (today when left out): an ORDERED order, or one a second person"
              + " APPROVED (`purchase-status` otherwise). In one transaction it becomes PAID and"
              + " funding's ledger records it on the REINTEGRATION line of each case of the plan"
              + " (a collective project's in the parts of its members' caps), dated its purchase"
              + " day and converted at that day's rate, linked to the order. The ledger's"
              + " `no-commitment` or `exchange-rate-missing` leave it unpaid.")
  PurchaseOrderResponse pay(
      @PathVariable String id, @RequestBody(required = false) PaymentRequest r, Actor actor)
      throws ConflictException {
    return response(
        purchases.pay(Json.number("purchase order", id), r == null ? null : r.paidOn(), actor));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/purchase-orders/{id}/cancellation")
  @Operation(
      operationId = "cancelPurchaseOrder",
      summary = "Cancel a purchase order not paid",
      description =
          "{\"reason\":\"…\"} (required): it no longer counts against the plan's budget; what"
              + " waited for approval is withdrawn. A paid order stays (`purchase-status`).")
  PurchaseOrderResponse cancel(@PathVariable String id, @RequestBody ReasonRequest r, Actor actor)
      throws ConflictException {
    return response(purchases.cancel(Json.number("purchase order", id), r.reason(), actor));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/missions/{missionCode}/threshold")
  @Operation(
      operationId = "getPurchaseThreshold",
      summary = "A mission's purchase threshold",
      description =
          "A purchase above it, converted to its currency on the purchase's day, needs a second"
              + " person's approval; not found while the mission has set none (then every"
              + " purchase is approved twice).")
  ResponseEntity<ThresholdResponse> threshold(@PathVariable String missionCode, Actor actor) {
    Threshold t =
        thresholds
            .of(missionCode, actor)
            .orElseThrow(() -> new NotFoundException("threshold of mission", missionCode));
    return ResponseEntity.ok().eTag(ETags.of(t.version())).body(ThresholdResponse.of(t));
  }

  @Requires(Permission.REINTEGRATION_SETTINGS)
  @PutMapping("/missions/{missionCode}/threshold")
  @Operation(
      operationId = "setPurchaseThreshold",
      summary = "Set a mission's purchase threshold",
      description =
          "{\"amount\":\"100000\",\"currency\":\"XAF\"}: by the mission's chief of mission or an"
              + " administrator; it weighs the purchases ordered from now on. Audited. An"
              + " If-Match naming an older version gets 412.")
  ResponseEntity<ThresholdResponse> setThreshold(
      @PathVariable String missionCode,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ThresholdRequest r,
      Actor actor) {
    OptionalLong expected = ETags.version(ifMatch);
    Threshold t =
        thresholds.set(
            missionCode,
            expected.isPresent() ? expected.getAsLong() : null,
            new ThresholdDetails(r.amount(), r.currency()),
            actor);
    return ResponseEntity.ok().eTag(ETags.of(t.version())).body(ThresholdResponse.of(t));
  }

  private PurchaseOrderResponse response(PurchaseOrder o) {
    return new PurchaseOrderResponse(
        o.id(),
        o.planId().value(),
        o.tranche(),
        o.vendorPartnerId(),
        o.vendor(),
        o.purchasedOn(),
        Json.Money.of(o.amount()),
        Json.Money.of(o.converted()),
        o.items().stream()
            .map(i -> new ItemResponse(i.description(), i.quantity(), Json.Money.of(i.amount())))
            .toList(),
        o.needsApproval(),
        o.status().name(),
        o.paidOn(),
        o.paidBy(),
        o.closedReason(),
        o.expenditures().stream()
            .map(s ->
                new SpentResponse(s.caseId().value(), Json.Money.of(s.amount()), s.expenditureId()))
            .toList(),
        approvals.ofPlan(o.planId()).stream()
            .filter(a -> a.purchaseOrderId() != null && a.purchaseOrderId() == o.id())
            .map(ApprovalResponse::of)
            .toList(),
        o.version(),
        o.createdBy(),
        o.createdAt());
  }
}
