package org.homeward.registry;

import java.util.List;

/**
 * A disclosure of a case's personal data to a third party: the recipient (a consulate, an agency),
 * the purpose, and which data went.
 */
public record Disclosure(String recipient, String purpose, List<String> data) {}
