package org.homeward.registry;

import java.time.LocalDate;

/** An identity document: its type, number, the issuing country (ISO alpha-3) and expiry. */
public record IdentityDocument(
    DocumentType type, String number, String issuingCountry, LocalDate expiresOn) {}
