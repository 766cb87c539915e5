package dev.keyfit.batch;

import dev.keyfit.extract.Extractors;
import java.util.List;

/**
 * The extraction worker of {@code --isolate} ({@link WorkerPool#extract}): a child JVM that
 * extracts each requested file with the standard extractors and answers with the document, over
 * {@link WorkerProtocol}. Tools that analyze in the worker too start their own main over the same
 * protocol ({@link WorkerPool#analyze}).
 */
public final class ExtractionWorker {

  /** Loads the parser libraries up front, so that JVM start-up is not charged to the first file. */
  public static void preload() {
    for (String name :
        List.of(
            "org.apache.pdfbox.Loader",
            "org.apache.pdfbox.text.PDFTextStripper",
            "org.apache.poi.openxml4j.opc.OPCPackage",
            "org.apache.poi.xwpf.usermodel.XWPFDocument",
            "org.apache.poi.hwpf.HWPFDocument")) {
      try {
        Class.forName(name, true, ExtractionWorker.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // not fatal: the first file of that format pays for it
      }
    }
  }

  private ExtractionWorker() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.setProperty("java.awt.headless", "true");
    if (System.getProperty("pdfbox.fontcache")
        == null) { // never the user's home (the parent passes its folder)
      System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
    }
    dev.keyfit.LibrarySettings.apply(); // this JVM is keyfit's own: it owns the library settings
    WorkerProtocol.serve(
        () -> {
          Extractors extractors = Extractors.standard();
          preload();
          return request ->
              new WorkerProtocol.Response(
                  extractors.extract(request.file(), request.limits()), null, null, null);
        });
  }
}
