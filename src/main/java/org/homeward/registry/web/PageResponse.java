package org.homeward.registry.web;

import java.util.List;

/** A page of a list: {@code page} counts from 0, {@code total} counts every match. */
record PageResponse<T>(List<T> items, int page, int size, long total) {}
