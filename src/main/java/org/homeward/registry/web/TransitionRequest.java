package org.homeward.registry.web;

/** A requested step: the status to move to and, where the step needs one, why. */
record TransitionRequest(String to, String reason) {}
