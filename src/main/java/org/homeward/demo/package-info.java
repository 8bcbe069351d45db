/**
 * The reference scenario as demo data: the mission in Morocco and its stranded migrants from
 * Cameroon, Nigeria, Senegal, Côte d'Ivoire and neighbouring countries, households and the most
 * vulnerable among them, and the money of the story: the Swiss and Belgian projects that ran dry,
 * the appeal that followed and the contributions to it, the rates, and the commitments the funding
 * guard reserves as the cases become eligible, the travel documents and fitness checks the ready
 * cases hold and the laissez-passer waiting at the consulates, and the charters of the host
 * government home, with the households booked, gone and arrived on them, and their reintegration in
 * Cameroon (partners in Douala, households received, plans approved, paid and waiting for approval,
 * and households waiting for a plan). Loaded once, through the other modules' public services, on
 * the first start of an empty database in demo mode ({@code HOMEWARD_DEMO=true}, the default). The
 * households are {@code DemoScenario}; the money, the travel documents, the charters and the
 * reintegration are stories of their own, in {@code story}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "shared",
      "organisation",
      "registry",
      "registry :: generate",
      "funding",
      "funding :: engine",
      "movement",
      "reintegration"
    })
package org.homeward.demo;
