package dev.keyfit.extract;

import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.openxml4j.opc.PackageProperties;

/**
 * The year a file says it was last saved: the later of its creation and modification dates, read
 * from the file's own metadata (never the file system's clock, so a copy reads the same). 0 when
 * the file records neither or the dates cannot be read.
 */
final class SavedYear {

  private SavedYear() {}

  static int of(PDDocumentInformation info) {
    if (info == null) {
      return 0;
    }
    try {
      return Math.max(year(info.getCreationDate()), year(info.getModificationDate()));
    } catch (RuntimeException e) { // a malformed date string is no date
      return 0;
    }
  }

  static int of(PackageProperties properties) {
    if (properties == null) {
      return 0;
    }
    return Math.max(year(properties.getCreatedProperty()), year(properties.getModifiedProperty()));
  }

  static int of(SummaryInformation summary) {
    if (summary == null) {
      return 0;
    }
    return Math.max(year(summary.getCreateDateTime()), year(summary.getLastSaveDateTime()));
  }

  private static int year(Calendar calendar) {
    return calendar == null ? 0 : year(calendar.getTime());
  }

  private static int year(Optional<Date> date) {
    return date.map(SavedYear::year).orElse(0);
  }

  private static int year(Date date) {
    return date == null ? 0 : date.toInstant().atZone(ZoneOffset.UTC).getYear();
  }
}
