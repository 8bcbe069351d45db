package org.homeward.reporting.exports;

import java.util.Locale;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.files.Csv;

/** The file formats of a case-list export. */
public enum ExportFormat {
  CSV("csv", Csv.MEDIA_TYPE),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** {@code csv} or {@code xlsx}, in any case; CSV when left out. */
  public static ExportFormat parse(String format) {
    if (format == null || format.isBlank()) {
      return CSV;
    }
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "xlsx" -> XLSX;
      default -> throw InvalidInputException.of("format", "unknown-value", "csv or xlsx");
    };
  }

  /** {@code true} or {@code false}; false when left out. */
  public static boolean parseHxl(String hxl) {
    if (hxl == null || hxl.isBlank()) {
      return false;
    }
    return switch (hxl.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInputException.of("hxl", "unknown-value", "true or false");
    };
  }
}
