package org.homeward.reintegration.purchases;

import java.time.Instant;
import javax.money.MonetaryAmount;

/**
 * A mission's purchase threshold: a purchase whose amount, converted to the threshold's currency on
 * the purchase's day, passes it needs a second person's approval.
 */
public record Threshold(
    String missionCode, MonetaryAmount amount, long version, Instant updatedAt, String updatedBy) {}
