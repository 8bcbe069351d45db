package org.homeward.funding;

import org.homeward.registry.Sex;

/**
 * One person a project pays for, as a donor report counts them: never a name, a case or an id.
 *
 * @param nationality ISO 3166-1 alpha-3 (or a stateless code)
 * @param sex null when not recorded
 * @param category the reintegration cap they get: a minor's, a vulnerable person's or the standard
 */
public record AssistedPerson(
    String nationality, Sex sex, AgeGroup ageGroup, BeneficiaryCategory category) {}
