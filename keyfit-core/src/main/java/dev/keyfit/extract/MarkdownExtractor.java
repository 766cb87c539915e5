package dev.keyfit.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown as Markdown (CommonMark with GitHub tables): emphasis and links become their text,
 * headings become heading lines, list items bullet lines ({@code "• "}), table rows one line each
 * with the cells separated by {@code "; "}; images are counted, not read; YAML front matter is read
 * for its text ({@link FrontMatter}). The bytes are decoded as plain text is, and the text is
 * capped before it is parsed. Stateless and thread-safe.
 */
final class MarkdownExtractor implements Extractor {

  /** Between the cells of a table row: punctuation, so no term is matched across two cells. */
  static final String CELL_SEPARATOR = "; ";

  /**
   * Nesting beyond these depths (a hostile {@code >>>>…} or {@code [[[[…}) is read as text: no
   * resume nests deeper, and the parser's cost grows with the depth.
   */
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .maxOpenBlockParsers(32)
          .maxInlineNesting(16)
          .build();

  @Override
  public DocumentFormat format() {
    return DocumentFormat.MARKDOWN;
  }

  @Override
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    byte[] bytes = PlainTextExtractor.readBounded(source, limits.maxFileBytes());
    if (bytes.length == 0) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty (0 bytes)");
    }
    List<String> notes = new ArrayList<>();
    String raw = PlainTextExtractor.decode(bytes, notes);
    // Cap before parsing: the marks dropped below mostly shorten the text, so twice the cap still
    // leaves the normaliser enough to cut exactly (and say so).
    String capped =
        raw.length() > 2L * limits.maxChars() ? raw.substring(0, 2 * limits.maxChars()) : raw;
    Lines lines = new Lines();
    FrontMatter.Split split = FrontMatter.split(capped);
    String markdown =
        split.yaml() == null ? capped : FrontMatter.asMarkdown(split.yaml()) + split.body();
    lines.walk(PARSER.parse(markdown));
    String text = TextNormalizer.normalize(lines.out.toString(), limits.maxChars(), notes);
    LayoutSignals layout =
        new LayoutSignals(
            0,
            LayoutSignals.countWords(text),
            lines.images,
            0,
            0,
            lines.tables,
            0,
            TextNormalizer.countUnusual(raw),
            notes);
    return new ExtractedDocument(source.name(), format(), text, layout);
  }

  /**
   * Writes a parsed document as lines, walking the tree with a stack of its own (a deep tree cannot
   * overflow the thread's stack). A line's prefix (a bullet) and a cell separator wait until the
   * line gets text, so empty items and cells leave nothing behind.
   */
  static final class Lines {
    final StringBuilder out = new StringBuilder();
    int images;
    int tables;
    private boolean lineHasText;
    private String pending = "";

    /** A marker pushed under a node's children: the node is left when it is popped. */
    private record Exit(Node node) {}

    void walk(Node root) {
      Deque<Object> stack = new ArrayDeque<>();
      stack.push(root);
      while (!stack.isEmpty()) {
        Object top = stack.pop();
        if (top instanceof Exit exit) {
          leave(exit.node());
          continue;
        }
        Node node = (Node) top;
        if (enter(node)) {
          stack.push(new Exit(node));
          List<Node> children = new ArrayList<>();
          for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
          }
          for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
          }
        }
      }
    }

    /** Starts a node; true when its children are to be read. */
    private boolean enter(Node node) {
      if (node instanceof Block && !(node instanceof Document)) {
        newLine();
        if (node.getParent() instanceof Document && out.length() > 0) {
          blankLine(); // top-level blocks stay apart, as in the source; a blank line ends a part
        }
      }
      if (node instanceof Text t) {
        write(t.getLiteral());
      } else if (node instanceof Code c) {
        write(c.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        newLine(); // keep the source's lines: the line joiner rebuilds wrapped sentences
      } else if (node instanceof ListItem) {
        pending = TextNormalizer.BULLET;
      } else if (node instanceof TableBlock) {
        tables++;
      } else if (node instanceof TableCell) {
        if (lineHasText) {
          pending = CELL_SEPARATOR;
        }
      } else if (node instanceof Image) {
        images++;
        return false; // an ATS reads no text from a picture; nor does keyfit from its alt text
      } else if (node instanceof FencedCodeBlock f) {
        writeLines(f.getLiteral());
      } else if (node instanceof IndentedCodeBlock i) {
        writeLines(i.getLiteral());
      } else if (node instanceof HtmlBlock h) {
        writeLines(withoutTags(h.getLiteral()));
      } else if (node instanceof HtmlInline h) {
        if (h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
          newLine();
        }
      } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
        return false;
      }
      return true;
    }

    /**
     * Ends a node: a block ends its line; a link adds its address when its text does not show it.
     */
    private void leave(Node node) {
      if (node instanceof Link link) {
        String shown = address(link.getDestination());
        if (!shown.isEmpty() && !textOf(link).contains(shown)) {
          write(" (" + shown + ")");
        }
      } else if (node instanceof TableRow || node instanceof Block) {
        newLine();
      }
    }

    /** A web or mail address as a reader sees it; "" for a relative link or an anchor. */
    private static String address(String destination) {
      String d = destination == null ? "" : destination.strip();
      if (d.regionMatches(true, 0, "mailto:", 0, 7)) {
        return d.substring(7);
      }
      return d.regionMatches(true, 0, "http://", 0, 7) || d.regionMatches(true, 0, "https://", 0, 8)
          ? d
          : "";
    }

    private static String textOf(Node node) {
      StringBuilder sb = new StringBuilder();
      Deque<Node> stack = new ArrayDeque<>();
      stack.push(node);
      while (!stack.isEmpty()) {
        Node n = stack.pop();
        if (n instanceof Text t) {
          sb.append(t.getLiteral());
        } else if (n instanceof Code c) {
          sb.append(c.getLiteral());
        }
        for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
          stack.push(c);
        }
      }
      return sb.toString();
    }

    private void write(String s) {
      if (s.isEmpty()) {
        return;
      }
      out.append(pending).append(s);
      pending = "";
      lineHasText = true;
    }

    private void writeLines(String literal) {
      int start = 0;
      for (int nl = literal.indexOf('\n'); nl >= 0; nl = literal.indexOf('\n', start)) {
        write(literal.substring(start, nl));
        newLine();
        start = nl + 1;
      }
      write(literal.substring(start));
    }

    /** Ends the line if it has text (a prefix waiting on an empty line stays for its text). */
    private void newLine() {
      if (lineHasText) {
        out.append('\n');
        lineHasText = false;
        pending = "";
      }
    }

    private void blankLine() {
      if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
        out.append('\n');
      }
    }

    /** The text of an HTML block: tags dropped in one pass, each a space, no two spaces running. */
    static String withoutTags(String html) {
      StringBuilder sb = new StringBuilder(html.length());
      boolean inTag = false;
      for (int i = 0; i < html.length(); i++) {
        char c = html.charAt(i);
        boolean afterSpace = sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ';
        if (inTag) {
          inTag = c != '>';
        } else if (c == '<' && i + 1 < html.length() && isTagStart(html.charAt(i + 1))) {
          inTag = true;
          if (!afterSpace) {
            sb.append(' '); // "<b>Agile</b>coach" is two words
          }
        } else if (c != ' ' || !afterSpace) {
          sb.append(c);
        }
      }
      return sb.toString();
    }

    private static boolean isTagStart(char c) {
      return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }
  }
}
