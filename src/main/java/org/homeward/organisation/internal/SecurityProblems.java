package org.homeward.organisation.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.homeward.shared.web.RequestIdFilter;

/**
 * Problem responses written by the security filters, which answer before Spring MVC (and its one
 * place for problems) is reached; same shape and codes as everywhere else.
 */
final class SecurityProblems {

  private SecurityProblems() {}

  static void write(
      HttpServletResponse response, int status, String code, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // the request id is a plain token (RequestIdFilter checks it), safe inside a JSON string
    String requestId = RequestIdFilter.current();
    response
        .getWriter()
        .write(
            "{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"%s}"
                .formatted(
                    code,
                    title,
                    status,
                    detail,
                    code,
                    requestId == null ? "" : ",\"requestId\":\"" + requestId + "\""));
  }
}
