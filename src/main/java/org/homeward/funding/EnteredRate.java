package org.homeward.funding;

import java.time.Instant;
import org.homeward.funding.engine.ExchangeRate;

/** An exchange rate as entered, by whom and when, and whether it came in a CSV file. */
public record EnteredRate(
    long id, ExchangeRate rate, String enteredBy, Instant enteredAt, boolean uploaded) {}
