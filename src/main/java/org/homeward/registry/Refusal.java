package org.homeward.registry;

/** Why a guard refused a step: a stable code and a sentence for the user. */
public record Refusal(String code, String reason) {}
