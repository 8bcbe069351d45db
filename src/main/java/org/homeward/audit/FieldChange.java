package org.homeward.audit;

/** One field's value before and after a change; {@code null} where there was or is none. */
public record FieldChange(String field, Object before, Object after) {}
