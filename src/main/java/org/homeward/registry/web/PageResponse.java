package org.homeward.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of a list: {@code page} counts from 0, {@code total} counts every match when {@code
 * totalExact}; otherwise more than {@code total} match (a common name among very many cases), and
 * {@code total} is at least one more than the matches up to the end of this page.
 */
record PageResponse<T>(
    List<T> items,
    int page,
    int size,
    @Schema(
            description =
                "every match when totalExact; otherwise a lower bound, past the end of this page")
        long total,
    @Schema(description = "false when total only says there are more matches than it")
        boolean totalExact) {}
