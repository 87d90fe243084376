package io.github.kazextract.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The list of model files and their shapes ({@code models/MANIFEST.tsv}). Its first line names the
 * model format version, {@code # kazextract-models: 1}; every other content line is
 * {@code path<TAB>shape<TAB>description}. A path may be a glob ({@code *} within one folder,
 * {@code **} across folders) so that new files of a known family are covered. A file's exact path
 * gives its shape; otherwise the first glob that matches it does.
 */
public final class ModelManifest {

  /** File name of the manifest, at the root of a model directory. */
  public static final String FILE_NAME = "MANIFEST.tsv";

  static final String VERSION_PREFIX = "# kazextract-models:";

  /** One manifest line. */
  public record Entry(String pattern, FileShape shape, String description, int line) {
    /** Whether the pattern holds {@code *}: a family of files rather than one. */
    public boolean isGlob() {
      return pattern.indexOf('*') >= 0;
    }
  }

  private final String source;
  private final int version;
  private final List<Entry> entries;
  private final Map<String, Entry> exact;
  private final List<Entry> globs;
  private final List<Pattern> globMatchers;

  private ModelManifest(String source, int version, List<Entry> entries) {
    this.source = source;
    this.version = version;
    this.entries = List.copyOf(entries);
    Map<String, Entry> ex = new HashMap<>();
    List<Entry> gl = new ArrayList<>();
    List<Pattern> gm = new ArrayList<>();
    for (Entry e : entries) {
      if (e.isGlob()) {
        gl.add(e);
        gm.add(globPattern(e.pattern()));
      } else {
        ex.putIfAbsent(e.pattern(), e);
      }
    }
    this.exact = Map.copyOf(ex);
    this.globs = List.copyOf(gl);
    this.globMatchers = List.copyOf(gm);
  }

  /**
   * Reads a manifest.
   *
   * @param source how to name the manifest in messages
   * @param text its decoded content
   * @throws ModelFileException naming the manifest line that is not understood
   */
  public static ModelManifest parse(String source, String text) {
    String[] lines = text.split("\n", -1);
    String first = lines.length == 0 ? "" : strip(lines[0]);
    if (!first.startsWith(VERSION_PREFIX)) {
      throw new ModelFileException(source, 1, "the first line must name the model format version, '"
          + VERSION_PREFIX + " " + ModelBundle.FORMAT_VERSION + "'");
    }
    int version;
    try {
      version = Integer.parseInt(first.substring(VERSION_PREFIX.length()).strip());
    } catch (NumberFormatException e) {
      throw new ModelFileException(source, 1, "model format version is not a number: '" + first + "'");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String l = strip(lines[i]);
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t", -1);
      if (c.length != 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
        throw new ModelFileException(source, i + 1, "expected path<TAB>shape<TAB>description, got " + c.length + " column(s)");
      }
      String pattern = c[0].strip();
      if (pattern.startsWith("/") || pattern.contains("\\") || pattern.contains("..")) {
        throw new ModelFileException(source, i + 1, "path must be relative, with / between folders: '" + pattern + "'");
      }
      FileShape shape;
      try {
        shape = FileShape.parse(c[1]);
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(source, i + 1, e.getMessage());
      }
      entries.add(new Entry(pattern, shape, c[2].strip(), i + 1));
    }
    return new ModelManifest(source, version, entries);
  }

  private static String strip(String line) {
    String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return !l.isEmpty() && l.charAt(0) == '\uFEFF' ? l.substring(1) : l;
  }

  /** How the manifest is named in messages. */
  public String source() {
    return source;
  }

  /** The model format version the manifest declares. */
  public int version() {
    return version;
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry of {@code path} (relative, {@code /} between folders): its exact line, else the first
   * glob that matches it.
   */
  public Optional<Entry> entryFor(String path) {
    Entry e = exact.get(path);
    if (e != null) {
      return Optional.of(e);
    }
    for (int i = 0; i < globs.size(); i++) {
      if (globMatchers.get(i).matcher(path).matches()) {
        return Optional.of(globs.get(i));
      }
    }
    return Optional.empty();
  }

  /** The entry listed with exactly this path, if any. */
  public Optional<Entry> exactEntry(String path) {
    return Optional.ofNullable(exact.get(path));
  }

  /** The first glob entry matching {@code path}, if any. */
  public Optional<Entry> globEntry(String path) {
    for (int i = 0; i < globs.size(); i++) {
      if (globMatchers.get(i).matcher(path).matches()) {
        return Optional.of(globs.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether a glob or path matches {@code path}; for tests of the glob syntax. */
  static boolean matches(String glob, String path) {
    return globPattern(glob).matcher(path).matches();
  }

  /** {@code **}/ = any folders (or none), {@code **} = anything, {@code *} = anything within a folder. */
  private static Pattern globPattern(String glob) {
    StringBuilder re = new StringBuilder();
    int literalFrom = 0;
    int i = 0;
    while (i < glob.length()) {
      if (glob.charAt(i) != '*') {
        i++;
        continue;
      }
      if (i > literalFrom) {
        re.append(Pattern.quote(glob.substring(literalFrom, i)));
      }
      if (glob.startsWith("**/", i)) {
        re.append("(?:[^/]*/)*");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        re.append(".*");
        i += 2;
      } else {
        re.append("[^/]*");
        i++;
      }
      literalFrom = i;
    }
    if (literalFrom < glob.length()) {
      re.append(Pattern.quote(glob.substring(literalFrom)));
    }
    return Pattern.compile(re.toString());
  }
}
