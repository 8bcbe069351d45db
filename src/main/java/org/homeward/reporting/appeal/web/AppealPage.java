package org.homeward.reporting.appeal.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.math.RoundingMode;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.homeward.organisation.PublicEndpoint;
import org.homeward.reporting.appeal.AppealSummary;
import org.homeward.reporting.appeal.PublicAppeal;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The appeal, open to anyone: its target, what was received, the people assisted, a contact. */
@PageController("reportingAppealPage")
class AppealPage {

  private final PublicAppeal appeal;
  private final Formats formats;

  AppealPage(PublicAppeal appeal, Formats formats) {
    this.appeal = appeal;
    this.formats = formats;
  }

  /** The appeal's figures written out in the reader's language. */
  record View(
      AppealSummary appeal,
      String target,
      String targetPeople,
      String received,
      String stillNeeded,
      int percent,
      int bar,
      String peopleAssisted,
      String peopleBefore,
      String peopleReturned,
      String dialable) {}

  @GetMapping("/public/appeal")
  @PublicEndpoint
  @Hidden
  String page(Model model) {
    model.addAttribute("appeal", appeal.current().map(this::view).orElse(null));
    return "reporting/appeal";
  }

  private View view(AppealSummary a) {
    String phone = a.contact() == null ? null : a.contact().phone();
    return new View(
        a,
        money(a.target()),
        formats.number(a.targetPeople()),
        money(a.received()),
        money(a.gap()),
        a.receivedPercent(),
        Math.min(100, a.receivedPercent()),
        formats.number(a.peopleAssisted()),
        formats.number(a.peopleAssistedBefore()),
        formats.number(a.peopleReturned()),
        phone == null ? null : phone.replaceAll("[^+0-9]", ""));
  }

  /** Whole units and the currency's code: {@code USD 800,000}. */
  private String money(MonetaryAmount amount) {
    long whole =
        amount
            .getNumber()
            .numberValue(java.math.BigDecimal.class)
            .setScale(0, RoundingMode.DOWN)
            .longValueExact();
    return amount.getCurrency().getCurrencyCode().toUpperCase(Locale.ROOT)
        + "\u00a0"
        + formats.number(whole);
  }
}
