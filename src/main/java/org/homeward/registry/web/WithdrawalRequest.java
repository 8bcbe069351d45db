package org.homeward.registry.web;

/** The migrant withdraws consent; the reason is required. */
record WithdrawalRequest(String reason) {}
