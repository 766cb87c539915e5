package dev.keyfit.keywords;

import dev.keyfit.nlp.Section;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in dictionary, validated and written in a compact binary form at build time, so that a
 * single scan does not pay for parsing YAML (about 640 parser classes and their JIT time, over half
 * a second of a cold start). The YAML under {@code keywords/} stays the source of truth: the build
 * regenerates this file from it on every {@code mvn package}, and a test checks that both load to
 * the same dictionary. A user's {@code --keywords} directory always goes through the YAML loader,
 * with its line-numbered errors. The file also carries the forms' {@link Spellings} (their words
 * and stems, which the matcher would otherwise compute per process), computed by the same tokenizer
 * as a user's dictionary has them computed at run time.
 */
public final class CompiledDictionary {

  /** Where the build puts the compiled dictionary, inside the jar. */
  static final String RESOURCE = "/keywords/dictionary.bin";

  /**
   * The file's first four bytes, the same for every format version: "KFDC". (Format 3 and older had
   * no version field and put the version in the magic: "KFD1" to "KFD3".)
   */
  static final int MAGIC = 0x4b464443;

  /**
   * The layout of what follows the header. Bump it with any change to {@link #write}: a jar or an
   * executor then refuses a stale {@code dictionary.bin} with a clear error instead of misreading
   * it. 4: families, match modes and notNear guards, behind a versioned header. 5: the {@code verb}
   * match mode (a format-4 reader cannot read it). 6: the section subheadings after the headings.
   * 7: the {@link Spellings} of the forms (their words and match keys), after the word lists. 8:
   * notWritten guards, after notNear.
   */
  public static final int FORMAT_VERSION = 8;

  /** The magic of the unversioned formats, "KFD" and one digit. */
  private static final int LEGACY_MAGIC_PREFIX = 0x4b464400;

  /**
   * What a compiled dictionary's header says.
   *
   * @param formatVersion the layout of the file ({@link #FORMAT_VERSION} for this keyfit)
   * @param dictionaryVersion the dictionary's own version, as {@code keywords/manifest.properties}
   *     gives it
   */
  public record Header(int formatVersion, String dictionaryVersion) {}

  private CompiledDictionary() {}

  /** The compiled built-in dictionary, or null when this build has none (e.g. run from an IDE). */
  static Dictionary read() {
    try (InputStream raw = CompiledDictionary.class.getResourceAsStream(RESOURCE)) {
      return raw == null ? null : read(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the compiled dictionary in the jar cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and checks the header.
   *
   * @throws IOException when the stream is not a compiled keyfit dictionary, or one of another
   *     format version (the message says which, and that a rebuild fixes it)
   */
  public static Header header(DataInputStream in) throws IOException {
    int magic = in.readInt();
    if ((magic & 0xFFFFFF00) == LEGACY_MAGIC_PREFIX && Character.isDigit(magic & 0xFF)) {
      throw new IOException(
          "the compiled dictionary has format "
              + (char) (magic & 0xFF)
              + " and this keyfit reads format "
              + FORMAT_VERSION
              + ": rebuild it from keywords/ (./mvnw package)");
    }
    if (magic != MAGIC) {
      throw new IOException("not a compiled keyfit dictionary");
    }
    int format = in.readInt();
    String dictionaryVersion = in.readUTF();
    if (format != FORMAT_VERSION) {
      throw new IOException(
          "the compiled dictionary "
              + dictionaryVersion
              + " has format "
              + format
              + " and this keyfit reads format "
              + FORMAT_VERSION
              + ": rebuild it from keywords/ (./mvnw package), or use the keyfit that wrote it");
    }
    return new Header(format, dictionaryVersion);
  }

  static Dictionary read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
    String version = header(in).dictionaryVersion();
    List<Term> terms = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      terms.add(readTerm(in));
    }
    Map<Role, RoleProfile> profiles = new EnumMap<>(Role.class);
    for (int n = in.readInt(); n > 0; n--) {
      RoleProfile p = readProfile(in);
      profiles.put(p.role(), p);
    }
    WordLists lists = CompiledWordLists.read(in);
    return new Dictionary(version, terms, profiles, lists, Spellings.read(in));
  }

  static void write(Dictionary d, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT_VERSION);
    out.writeUTF(d.version());
    out.writeInt(d.terms().size());
    for (Term t : d.terms()) {
      writeTerm(t, out);
    }
    out.writeInt(d.profiles().size());
    for (RoleProfile p : d.profiles().values()) {
      writeProfile(p, out);
    }
    CompiledWordLists.write(d.lists(), out);
    Spellings.of(d.terms()).write(out);
    out.flush();
  }

  private static void writeTerm(Term t, DataOutputStream out) throws IOException {
    out.writeUTF(t.id());
    out.writeUTF(t.name());
    out.writeByte(t.category().ordinal());
    strings(t.aliases(), out);
    out.writeBoolean(t.caseSensitive());
    out.writeByte(t.pmWeight());
    out.writeByte(t.tpmWeight());
    Guard g = t.guard();
    out.writeBoolean(g != null);
    if (g != null) {
      strings(g.aliases(), out);
      strings(g.context(), out);
      strings(g.sections().stream().map(Section::name).sorted().toList(), out);
      strings(g.notAfter(), out);
      strings(g.notBefore(), out);
      strings(g.notPos(), out);
      strings(g.notNear(), out);
      strings(g.notWritten(), out);
    }
    strings(t.statements(), out);
    strings(t.family(), out);
    writeMatch(t.match(), out);
  }

  private static void writeMatch(MatchRules m, DataOutputStream out) throws IOException {
    out.writeUTF(m.mode() == null ? "" : m.mode().name());
    out.writeInt(m.forms().size());
    for (var e : m.forms().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue().name());
    }
  }

  private static MatchRules readMatch(DataInputStream in) throws IOException {
    String mode = in.readUTF();
    Map<String, MatchMode> forms = new LinkedHashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      forms.put(in.readUTF(), MatchMode.valueOf(in.readUTF()));
    }
    return new MatchRules(mode.isEmpty() ? null : MatchMode.valueOf(mode), forms);
  }

  private static Term readTerm(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String name = in.readUTF();
    Category category = Category.values()[in.readByte()];
    List<String> aliases = strings(in);
    boolean caseSensitive = in.readBoolean();
    int pm = in.readByte();
    int tpm = in.readByte();
    Guard guard = null;
    if (in.readBoolean()) {
      Set<String> aliasSet = new HashSet<>(strings(in));
      Set<String> context = new HashSet<>(strings(in));
      Set<Section> sections = new HashSet<>();
      strings(in).forEach(s -> sections.add(Section.valueOf(s)));
      guard =
          new Guard(
              aliasSet,
              context,
              sections,
              new HashSet<>(strings(in)),
              new HashSet<>(strings(in)),
              new HashSet<>(strings(in)),
              new HashSet<>(strings(in)),
              new HashSet<>(strings(in)));
    }
    List<String> statements = strings(in);
    return new Term(
        id,
        name,
        category,
        aliases,
        caseSensitive,
        pm,
        tpm,
        guard,
        statements,
        strings(in),
        readMatch(in));
  }

  private static void writeProfile(RoleProfile p, DataOutputStream out) throws IOException {
    out.writeByte(p.role().ordinal());
    out.writeUTF(p.name());
    out.writeUTF(p.summary());
    out.writeInt(p.categories().size());
    for (var e : p.categories().entrySet()) {
      out.writeByte(e.getKey().ordinal());
      out.writeInt(e.getValue().weight());
      out.writeDouble(e.getValue().target());
    }
    strings(p.signals(), out);
    out.writeBoolean(p.core() != null);
    if (p.core() != null) {
      strings(p.core().categories().stream().map(Category::name).toList(), out);
      out.writeInt(p.core().coverage());
    }
    out.writeBoolean(p.history() != null);
    if (p.history() != null) {
      strings(p.history().titles(), out);
      strings(p.history().relatedTitles(), out);
      out.writeDouble(p.history().fullYears());
      out.writeInt(p.history().weight());
      out.writeInt(p.history().coreCredit());
      out.writeDouble(p.history().withoutTitle());
    }
  }

  private static RoleProfile readProfile(DataInputStream in) throws IOException {
    Role role = Role.values()[in.readByte()];
    String name = in.readUTF();
    String summary = in.readUTF();
    Map<Category, RoleProfile.Weighting> categories = new EnumMap<>(Category.class);
    for (int n = in.readInt(); n > 0; n--) {
      Category c = Category.values()[in.readByte()];
      categories.put(c, new RoleProfile.Weighting(in.readInt(), in.readDouble()));
    }
    List<String> signals = strings(in);
    RoleProfile.Core core = null;
    if (in.readBoolean()) {
      List<Category> cats = strings(in).stream().map(Category::valueOf).toList();
      core = new RoleProfile.Core(cats, in.readInt());
    }
    RoleProfile.History history = null;
    if (in.readBoolean()) {
      history =
          new RoleProfile.History(
              strings(in),
              strings(in),
              in.readDouble(),
              in.readInt(),
              in.readInt(),
              in.readDouble());
    }
    return new RoleProfile(role, name, summary, categories, signals, core, history);
  }

  /** Writes strings sorted when they come from a set, so the file is the same on every build. */
  static void strings(Collection<String> values, DataOutputStream out) throws IOException {
    List<String> list = values instanceof List<String> l ? l : values.stream().sorted().toList();
    out.writeInt(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.readUTF());
    }
    return List.copyOf(list);
  }

  /**
   * Build step: loads the built-in YAML (failing the build on any problem) and writes the compiled
   * form.
   *
   * @param args the output file, e.g. {@code target/classes/keywords/dictionary.bin}
   */
  public static void main(String[] args) throws Exception {
    Dictionary d = DictionaryLoader.fromYaml();
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      write(d, o);
    }
  }
}
