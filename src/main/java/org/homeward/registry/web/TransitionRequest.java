package org.homeward.registry.web;

/**
 * A requested step: the status to move to and, where the step needs one, why. {@code override} is
 * the written justification for asking a guard that allows it to let the step through anyway.
 */
record TransitionRequest(String to, String reason, String override) {}
