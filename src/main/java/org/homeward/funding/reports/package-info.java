/**
 * The files funding hands out: the IATI activity file ({@link
 * org.homeward.funding.reports.IatiActivities}), the donor report per project and period as a
 * spreadsheet and as a PDF in French, English or Arabic ({@link
 * org.homeward.funding.reports.DonorReportXlsx}, {@link
 * org.homeward.funding.reports.DonorReportPdf}) and the appeal figures as CSV ({@link
 * org.homeward.funding.reports.AppealCsv}).
 *
 * <p>Each renderer takes plain records and writes to a stream: no database, no Spring. The module
 * fills the records from its tables; the renderers only lay them out, and compute every total
 * themselves from the rows they print, in exact decimals, so what a donor reads adds up to the
 * cent.
 */
package org.homeward.funding.reports;
