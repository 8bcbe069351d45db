/**
 * Missions and offices, users and their roles, and the one {@link
 * org.homeward.organisation.AccessPolicy} every other module asks before it shows or changes a
 * record. Publishes {@link org.homeward.organisation.Actor}, the signed-in user as the rest of the
 * application sees it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Organisation",
    allowedDependencies = {"shared"})
package org.homeward.organisation;
