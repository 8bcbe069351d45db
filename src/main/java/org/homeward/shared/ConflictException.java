package org.homeward.shared;

import java.util.Map;
import org.homeward.shared.web.ProblemCode;

/**
 * A request that is well formed but cannot be applied to the record as it stands now (an illegal
 * step, a reused idempotency key). Answered 409 with a stable code and any details a client needs.
 * A controller method that can meet one declares it ({@code throws ConflictException}): the API
 * description then lists the 409 for that operation.
 */
public class ConflictException extends RuntimeException {

  private final ProblemCode code;
  private final Map<String, Object> details;

  public ConflictException(ProblemCode code, String message, Map<String, Object> details) {
    super(message);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  /** The stable code, e.g. {@code consent-withdrawn}. */
  public String code() {
    return code.code();
  }

  public ProblemCode problem() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
