package dev.keyfit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyfit.advise.Advice;
import dev.keyfit.advise.Check;
import dev.keyfit.advise.MissingTerm;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.score.CategoryScore;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import dev.keyfit.score.TermPoints;
import java.util.Collection;
import java.util.function.Function;

/**
 * Maps a report to the JSON contract (schemaVersion 1, documented in the README and in the JSON
 * Schema {@code src/main/resources/dev/keyfit/report/keyfit-report.schema.json}, which ships in the
 * jar). Field order is fixed, so the same report always gives the same bytes.
 */
public final class JsonReport {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonReport() {}

  /** The report as a JSON tree. */
  public static ObjectNode tree(Report report) {
    ObjectNode root = F.objectNode();
    root.put("schemaVersion", Report.SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", report.tool().name());
    tool.put("version", report.tool().version());
    tool.put("dictionary", report.tool().dictionary());
    root.set("source", source(report.source()));
    root.set("roles", array(report.assessment().roles(), JsonReport::role));
    root.put("bestFit", report.assessment().bestFit().map(r -> r.id()).orElse("none"));
    root.set("matches", array(report.assessment().matches(), JsonReport::match));
    Advice advice = report.advice();
    root.put("adviceFor", advice.target() == null ? null : advice.target().id());
    root.set("missing", array(advice.missing(), JsonReport::missing));
    root.set("checks", array(advice.checks(), JsonReport::check));
    root.set("rewrites", array(advice.rewrites(), JsonReport::rewrite));
    if (report.assessment().jobMatch() != null) {
      root.set("jobMatch", jobMatch(report.assessment().jobMatch()));
    }
    return root;
  }

  /**
   * A generator that prints as {@link #text} does, for writing a long list entry by entry; it does
   * not close {@code out}. Its text lacks {@link #text}'s final newline. It writes characters to
   * {@code out} (UTF-8 through a writer), so that any character encodes as {@link #text}'s string
   * does.
   */
  public static com.fasterxml.jackson.core.JsonGenerator prettyGenerator(java.io.Writer out)
      throws java.io.IOException {
    return MAPPER
        .writerWithDefaultPrettyPrinter()
        .createGenerator(out)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Reads back a tree written by {@link #compact}. */
  public static ObjectNode read(byte[] json) throws java.io.IOException {
    return (ObjectNode) MAPPER.readTree(json);
  }

  /**
   * A tree as compact JSON bytes, for spooling: {@link #read} gives back a tree that prints to the
   * same text (numbers are ints, longs and doubles, whose text reads back to the same value).
   */
  public static byte[] compact(JsonNode tree) throws java.io.IOException {
    return MAPPER.writeValueAsBytes(tree);
  }

  /** The report as pretty-printed JSON text, ending with a newline. */
  public static String text(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode source(Report.Source s) {
    ObjectNode node = F.objectNode();
    LayoutSignals l = s.layout();
    node.put("file", s.file());
    node.put("format", s.format().id());
    node.put("pages", l.pages());
    node.put("words", l.words());
    ObjectNode layout = node.putObject("layout");
    layout.put("images", l.images());
    layout.put("textlessPages", l.textlessPages());
    layout.put("multiColumnPages", l.multiColumnPages());
    layout.put("tables", l.tables());
    layout.put("textBoxes", l.textBoxes());
    layout.put("unusualCharacters", l.unusualCharacters());
    layout.set("notes", array(l.notes(), F::textNode));
    return node;
  }

  private static ObjectNode role(RoleScore r) {
    ObjectNode node = F.objectNode();
    node.put("role", r.role().id());
    node.put("title", r.role().title());
    node.put("score", r.score());
    if (r.core() != null) {
      ObjectNode core = node.putObject("core");
      core.set("categories", array(r.core().categories(), F::textNode));
      core.put("coverage", r.core().coverage());
      core.put("required", r.core().required());
      core.put("factor", r.core().factor());
      if (r.core().titleCredit() > 0) {
        core.put("titleCredit", r.core().titleCredit());
      }
    }
    if (r.experience() != null) {
      node.set("experience", experience(r.experience(), r.score()));
    }
    node.set("categories", array(r.categories(), JsonReport::category));
    return node;
  }

  /** The career part of a role score: titles held, years, seniority, and what they add. */
  private static ObjectNode experience(RoleScore.Experience e, int score) {
    ObjectNode node = F.objectNode();
    node.set(
        "titles",
        array(
            e.titles(),
            t -> {
              ObjectNode title = F.objectNode();
              title.put("title", t.title());
              title.put("line", t.line());
              if (t.from() != null) {
                title.put("from", t.from());
                title.put("to", t.to());
              }
              if (t.statedYears() > 0) {
                title.put("statedYears", t.statedYears());
              }
              title.put("related", t.related());
              if (t.current()) {
                title.put("current", true); // the job held now: the role fits at a lower score
              }
              if (t.lapsed()) {
                title.put("lapsed", true); // left long before the last job: no lower fit bar
              }
              return title;
            }));
    node.put("years", e.years());
    node.put("senior", e.senior());
    node.set("managedProjectsLines", array(e.managedProjects(), F::numberNode));
    node.put("share", e.share());
    node.put("value", e.value());
    node.put("factor", e.factor());
    if (score >= e.ceiling()) {
      node.put("ceiling", e.ceiling()); // shown where the career bounds the score
    }
    return node;
  }

  private static ObjectNode category(CategoryScore c) {
    ObjectNode node = F.objectNode();
    node.put("category", c.category().id());
    node.put("title", c.category().title());
    node.put("score", c.score());
    node.put("earned", c.earned());
    node.put("possible", c.possible());
    node.put("weight", c.weight());
    node.set("terms", array(c.terms(), JsonReport::points));
    return node;
  }

  private static ObjectNode points(TermPoints t) {
    ObjectNode node = F.objectNode();
    node.put("id", t.term().id());
    node.put("term", t.term().name());
    node.put("weight", t.weight());
    node.put("credit", t.credit());
    node.put("points", Math.round(t.points() * 100) / 100.0);
    node.put("basis", t.basis());
    return node;
  }

  private static ObjectNode match(Match m) {
    ObjectNode node = F.objectNode();
    node.put("id", m.id());
    node.put("term", m.term().name());
    node.put("category", m.term().category().id());
    node.put("count", m.count());
    node.put("kind", m.kind().id());
    node.set("words", array(m.words(), F::textNode));
    node.set("evidence", array(m.evidence(), JsonReport::evidence));
    return node;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode node = F.objectNode();
    node.put("text", e.text());
    node.put("section", e.section().id());
    node.put("line", e.line());
    node.put("measurable", e.measurable());
    node.put("words", e.words());
    return node;
  }

  private static ObjectNode missing(MissingTerm m) {
    ObjectNode node = F.objectNode();
    node.put("id", m.term().id());
    node.put("term", m.term().name());
    node.put("category", m.term().category().id());
    node.put("weight", m.weight());
    node.put("gain", m.gain());
    node.set("statements", array(m.statements(), F::textNode));
    return node;
  }

  private static ObjectNode check(Check c) {
    ObjectNode node = F.objectNode();
    node.put("id", c.id());
    node.put("status", c.status().id());
    node.put("message", c.message());
    node.put("fix", c.fix());
    return node;
  }

  private static ObjectNode rewrite(Advice.Rewrite r) {
    ObjectNode node = F.objectNode();
    node.put("line", r.line());
    node.put("text", r.text());
    node.put("problem", r.problem());
    node.put("suggestion", r.suggestion());
    return node;
  }

  private static ObjectNode jobMatch(JobMatch j) {
    ObjectNode node = F.objectNode();
    node.put("file", j.file());
    node.put("title", j.title());
    node.put("titleInResume", j.titleInResume());
    node.put("matchRate", j.matchRate());
    node.set(
        "terms",
        array(
            j.terms(),
            t -> {
              ObjectNode n = F.objectNode();
              n.put("id", t.term().id());
              n.put("term", t.term().name());
              n.put("category", t.term().category().id());
              n.put("postingCount", t.postingCount());
              n.put("resumeCount", t.resumeCount());
              n.put("weight", Math.round(t.weight() * 100) / 100.0);
              n.put("required", t.required());
              n.put("credit", t.credit());
              n.put("status", t.status());
              if (t.kind() != null) {
                n.put("kind", t.kind().id());
              }
              n.set("resumeWords", array(t.resumeWords(), F::textNode));
              n.set("postingWords", array(t.postingWords(), F::textNode));
              n.put("literalInResume", t.literalInResume());
              if (t.alternativeTo() != null) {
                ObjectNode a = F.objectNode();
                a.put("id", t.alternativeTo().id());
                a.put("term", t.alternativeTo().name());
                n.set("alternativeTo", a);
              }
              n.set(
                  "related",
                  array(
                      t.related(),
                      r -> {
                        ObjectNode rn = F.objectNode();
                        rn.put("id", r.term().id());
                        rn.put("term", r.term().name());
                        rn.set("words", array(r.words(), F::textNode));
                        return rn;
                      }));
              return n;
            }));
    node.set(
        "unknownTerms",
        array(
            j.unknownTerms(),
            u -> {
              ObjectNode n = F.objectNode();
              n.put("term", u.term());
              n.put("postingCount", u.postingCount());
              n.put("resumeCount", u.resumeCount());
              n.put("weight", Math.round(u.weight() * 100) / 100.0);
              n.put("required", u.required());
              n.put("credit", u.credit());
              n.put("status", u.status());
              n.put("literalInResume", u.literalInResume());
              return n;
            }));
    return node;
  }

  private static <T> ArrayNode array(Collection<T> items, Function<T, ? extends JsonNode> map) {
    ArrayNode array = F.arrayNode();
    items.forEach(i -> array.add(map.apply(i)));
    return array;
  }
}
