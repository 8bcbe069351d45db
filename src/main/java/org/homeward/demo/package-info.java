/**
 * The reference scenario as demo data: the mission in Morocco and its stranded migrants from
 * Cameroon, Nigeria, Senegal, Côte d'Ivoire and neighbouring countries, households and the most
 * vulnerable among them. Loaded once, through the other modules' public services, on the first
 * start of an empty database in demo mode ({@code HOMEWARD_DEMO=true}, the default).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"shared", "organisation", "registry", "registry :: generate"})
package org.homeward.demo;
