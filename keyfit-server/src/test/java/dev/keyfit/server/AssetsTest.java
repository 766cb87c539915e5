package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AssetsTest {

  @Test
  void filePickersAcceptEveryReadableFormatFromTheOneList() {
    List<String> want = new ArrayList<>();
    DocumentFormat.readable().forEach(f -> f.extensions().forEach(e -> want.add("." + e)));
    assertEquals(String.join(",", want), Assets.accept());

    String page = page();
    Matcher accept = Pattern.compile("accept=\"([^\"]*)\"").matcher(page);
    int pickers = 0;
    while (accept.find()) {
      pickers++;
      assertTrue(accept.group(1).startsWith(Assets.accept()), accept.group(1));
    }
    assertEquals(4, pickers, "resume, posting, batch files, batch posting");
  }

  @Test
  void pageNamesTheFormatsAndLeavesNoPlaceholder() {
    String page = page();
    assertTrue(page.contains(DocumentFormat.namesProse() + ". Choose it"), page);
    assertTrue(
        page.contains("name=\"keyfit-formats\" content=\"" + DocumentFormat.namesProse() + "\""));
    assertFalse(page.contains("{{"), "an unfilled placeholder");
  }

  private static String page() {
    return new Assets(new Guard(() -> 8080)).page();
  }
}
