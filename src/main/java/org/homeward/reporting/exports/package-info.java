/**
 * Exports: the case lists a reader sees, whole, as CSV or XLSX with an optional row of HXL
 * hashtags, and the monthly operational report of a mission as PDF. Every export is audited.
 */
package org.homeward.reporting.exports;
