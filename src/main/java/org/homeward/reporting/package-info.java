/**
 * Reporting: the operation at a glance, for those who run it, pay for it, or want to know what it
 * does. It only reads: the published queries and events of every module below it. It keeps its own
 * read models, summary tables kept current by those events, so that a dashboard or a public page
 * never scans the registry.
 *
 * <p>Its parts: the staff dashboards (pipeline and panels, filtered by mission, project, period and
 * nationality, each chart with its table and its CSV); the exports of case lists (CSV and XLSX,
 * with an optional HXL hashtag row) and the monthly operational report of a mission (PDF); and the
 * public pages, open without signing in, which carry no personal data: the appeal's progress and
 * the anonymised statistics of returns and reintegration, with small cells suppressed.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {
      "shared",
      "organisation",
      "audit",
      "registry",
      "funding",
      "funding :: engine",
      "movement",
      "reintegration"
    })
package org.homeward.reporting;
