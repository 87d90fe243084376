package io.github.kazextract.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Validates model bundles against their manifest ({@code models/MANIFEST.tsv}): the bundled models
 * on the classpath, a whole {@code models/} directory, and the rule and gazetteer directories a
 * caller gives the builder. Every failure is a {@link ModelFileException} naming the file, the line
 * and the problem.
 *
 * <p>Checked: the manifest's model format version is {@link #FORMAT_VERSION}; every file the
 * manifest lists by exact path exists; every file the manifest covers (by path or glob) is UTF-8,
 * holds no stray control characters and has the declared shape on every content line. A caller
 * directory without its own manifest is checked against the bundled manifest by file name, and a
 * file there that no manifest line covers is an error (the extractor would silently ignore it).
 *
 * <p>The bundled models (1.3 MB) are validated once per class loader ({@link #checkDefault()}):
 * about 0.1 s of CPU on a cold JVM, 10 to 25 ms once warm; the result, good or bad, is kept.
 *
 * <p>From a checkout, {@code java -cp kazextract-cli.jar io.github.kazextract.bundle.ModelBundle models}
 * checks an edited {@code models/} directory, including that every file is listed.
 */
public final class ModelBundle {

  /** The model format version this library reads; {@code MANIFEST.tsv} must declare the same. */
  public static final int FORMAT_VERSION = 1;

  /** Classpath folder of the bundled models (for {@link ClassLoader#getResource}). */
  public static final String CLASSPATH_ROOT = "io/github/kazextract/models/";

  /** What a validation looked at. */
  public record Validation(String source, int files, long bytes, long nanos) {
    @Override
    public String toString() {
      return String.format("%s: %d files, %d bytes valid in %.1f ms", source, files, bytes, nanos / 1e6);
    }
  }

  private ModelBundle() {}

  private static volatile boolean defaultChecked;

  /** A passed validation with the manifest it read. */
  private record Checked(Validation validation, ModelManifest manifest) {}

  /** The bundled validation, computed on first use; a {@link Checked} or a {@link ModelFileException}. */
  private static final class DefaultBundle {
    static final Object RESULT = compute();

    private static Object compute() {
      try {
        return check(ModelBundle.class.getClassLoader());
      } catch (ModelFileException e) {
        return e;
      } finally {
        defaultChecked = true;
      }
    }
  }

  /** Whether {@link #checkDefault()} has already run (so that calling it costs nothing). */
  public static boolean isDefaultChecked() {
    return defaultChecked;
  }

  /**
   * Validates the bundled models once per class loader and returns what was checked; later calls
   * return the same result at once.
   *
   * @throws ModelFileException (a fresh one each call, with the same message) if the bundle is broken
   */
  public static Validation checkDefault() {
    Object r = DefaultBundle.RESULT;
    if (r instanceof ModelFileException e) {
      ModelFileException copy = new ModelFileException(e.file(), e.line(), e.problem());
      copy.initCause(e);
      throw copy;
    }
    return ((Checked) r).validation();
  }

  /**
   * The bundled manifest.
   *
   * @throws ModelFileException if the bundle is broken
   */
  public static ModelManifest bundledManifest() {
    checkDefault();
    return ((Checked) DefaultBundle.RESULT).manifest();
  }

  /** Validates the models under {@link #CLASSPATH_ROOT} of a class loader (tests use their own loader). */
  public static Validation validateClasspath(ClassLoader loader) {
    return check(loader).validation();
  }

  private static Checked check(ClassLoader loader) {
    long t0 = System.nanoTime();
    try (ClasspathModels source = ClasspathModels.open(loader)) {
      byte[] mb = source.read(ModelManifest.FILE_NAME);
      if (mb == null) {
        throw new ModelFileException("models/" + ModelManifest.FILE_NAME, 0,
            "missing from the classpath: the models are incomplete or older than this library");
      }
      ModelManifest manifest = checkedManifest("models/" + ModelManifest.FILE_NAME, mb);
      int files = 0;
      long bytes = 0;
      Set<String> seen = new HashSet<>();
      if (source.listing() != null) {
        for (String path : source.listing()) {
          Optional<ModelManifest.Entry> e = manifest.entryFor(path);
          if (e.isPresent()) {
            byte[] b = source.read(path);
            FileChecker.check("models/" + path, b, e.get().shape());
            seen.add(path);
            files++;
            bytes += b.length;
          }
        }
      }
      for (ModelManifest.Entry e : manifest.entries()) {
        if (e.isGlob() || seen.contains(e.pattern())) {
          continue;
        }
        byte[] b = source.read(e.pattern());
        if (b == null) {
          throw new ModelFileException("models/" + e.pattern(), 0,
              "missing, but listed in models/" + ModelManifest.FILE_NAME + " line " + e.line());
        }
        FileChecker.check("models/" + e.pattern(), b, e.shape());
        files++;
        bytes += b.length;
      }
      return new Checked(new Validation("classpath " + CLASSPATH_ROOT, files, bytes, System.nanoTime() - t0), manifest);
    }
  }

  private static ModelManifest checkedManifest(String name, byte[] bytes) {
    ModelManifest m = ModelManifest.parse(name, FileChecker.decode(name, bytes, null));
    if (m.version() != FORMAT_VERSION) {
      throw new ModelFileException(name, 1, "model format version " + m.version() + ", but this library reads version "
          + FORMAT_VERSION + " (models and library come from different releases)");
    }
    return m;
  }

  /**
   * The bundled models as the class loader holds them: read straight from the folder or the jar
   * (one open jar, no URL per file) when the manifest's location shows which, through the class
   * loader otherwise (then without a listing, and only the exact manifest paths are checked).
   */
  private static final class ClasspathModels implements AutoCloseable {
    private final ClassLoader loader;
    private final Path dir;
    private final JarFile jar;
    private final List<String> listing;

    private ClasspathModels(ClassLoader loader, Path dir, JarFile jar, List<String> listing) {
      this.loader = loader;
      this.dir = dir;
      this.jar = jar;
      this.listing = listing;
    }

    static ClasspathModels open(ClassLoader loader) {
      URL u = loader.getResource(CLASSPATH_ROOT + ModelManifest.FILE_NAME);
      try {
        if (u != null && "file".equals(u.getProtocol())) {
          Path dir = Path.of(u.toURI()).getParent();
          return new ClasspathModels(loader, dir, null, listDirectory(dir));
        }
        if (u != null && "jar".equals(u.getProtocol()) && u.openConnection() instanceof JarURLConnection c
            && "file".equals(c.getJarFileURL().getProtocol())) {
          JarFile jar = new JarFile(Path.of(c.getJarFileURL().toURI()).toFile());
          List<String> out = new ArrayList<>();
          for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            String n = en.nextElement().getName();
            if (n.startsWith(CLASSPATH_ROOT) && !n.endsWith("/") && n.length() > CLASSPATH_ROOT.length()
                && !n.equals(CLASSPATH_ROOT + ModelManifest.FILE_NAME)) {
              out.add(n.substring(CLASSPATH_ROOT.length()));
            }
          }
          return new ClasspathModels(loader, null, jar, out);
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // an exotic class loader: read through it, without a listing
      }
      return new ClasspathModels(loader, null, null, null);
    }

    /** Relative paths of every bundled file but the manifest, or null when they cannot be listed. */
    List<String> listing() {
      return listing;
    }

    /** The bytes of a bundled file, or null when it is absent. */
    byte[] read(String path) {
      try {
        if (dir != null) {
          Path p = dir.resolve(path);
          return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        }
        if (jar != null) {
          JarEntry e = jar.getJarEntry(CLASSPATH_ROOT + path);
          if (e == null) {
            return null;
          }
          try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
          }
        }
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_ROOT + path)) {
          return in == null ? null : in.readAllBytes();
        }
      } catch (IOException e) {
        throw new ModelFileException("models/" + path, 0, "cannot be read: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      if (jar != null) {
        try {
          jar.close();
        } catch (IOException e) {
          // read-only; nothing to lose
        }
      }
    }
  }

  /** Every regular file under {@code dir} except hidden ones and a top-level manifest, relative, sorted. */
  private static List<String> listDirectory(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(ModelManifest.FILE_NAME))
          .sorted()
          .toList();
    }
  }

  /**
   * Validates a whole {@code models/} directory against the manifest in it.
   *
   * @param requireAllListed whether a file that no manifest line covers is an error
   */
  public static Validation validateDirectory(Path modelsDir, boolean requireAllListed) {
    long t0 = System.nanoTime();
    requireDirectory(modelsDir);
    Path mf = modelsDir.resolve(ModelManifest.FILE_NAME);
    if (!Files.isRegularFile(mf)) {
      throw new ModelFileException(mf.toString(), 0, "missing: a models directory needs its manifest");
    }
    ModelManifest manifest = checkedManifest(mf.toString(), readFile(mf));
    List<String> listing = list(modelsDir);
    int files = 0;
    long bytes = 0;
    for (String path : listing) {
      Optional<ModelManifest.Entry> e = manifest.entryFor(path);
      if (e.isEmpty()) {
        if (requireAllListed) {
          throw new ModelFileException(modelsDir.resolve(path).toString(), 0,
              "not listed in " + mf + " (add its path or a glob of its family, with its shape)");
        }
        continue;
      }
      byte[] b = readFile(modelsDir.resolve(path));
      FileChecker.check(modelsDir.resolve(path).toString(), b, e.get().shape());
      files++;
      bytes += b.length;
    }
    for (ModelManifest.Entry e : manifest.entries()) {
      if (!e.isGlob() && !listing.contains(e.pattern())) {
        throw new ModelFileException(modelsDir.resolve(e.pattern()).toString(), 0,
            "missing, but listed in " + mf + " line " + e.line());
      }
    }
    return new Validation(modelsDir.toString(), files, bytes, System.nanoTime() - t0);
  }

  /**
   * Validates a caller's rule directory (files named as under {@code models/extract/}, for the
   * builder's {@code ruleDirectory}). With its own {@code MANIFEST.tsv} that manifest's version is
   * checked and its shapes win. Every other file must be one the bundled manifest lists by its
   * exact path (a file the library reads) or a note ({@code text} shape, such as a README).
   */
  public static Validation validateRuleDirectory(Path dir) {
    return validateCallerDirectory(dir, "extract/");
  }

  /** Validates a caller's gazetteer directory (files named as under {@code models/gazetteer/}). */
  public static Validation validateGazetteerDirectory(Path dir) {
    return validateCallerDirectory(dir, "gazetteer/");
  }

  private static Validation validateCallerDirectory(Path dir, String family) {
    long t0 = System.nanoTime();
    requireDirectory(dir);
    ModelManifest bundled = bundledManifest();
    Path mf = dir.resolve(ModelManifest.FILE_NAME);
    ModelManifest own = Files.isRegularFile(mf) ? checkedManifest(mf.toString(), readFile(mf)) : null;
    int files = 0;
    long bytes = 0;
    for (String path : list(dir)) {
      Optional<ModelManifest.Entry> e = own != null ? own.entryFor(path) : Optional.empty();
      if (e.isEmpty()) {
        // a file the library reads has its own line in the bundled manifest; the family globs are
        // for new bundled files, and would let a misspelt name through
        e = bundled.exactEntry(family + path);
        if (e.isEmpty()) {
          e = bundled.globEntry(family + path).filter(x -> x.shape().kind() == FileShape.Kind.TEXT);
        }
      }
      Path file = dir.resolve(path);
      if (e.isEmpty()) {
        throw new ModelFileException(file.toString(), 0, "not a file kazextract reads: name it as under models/" + family
            + " (see models/" + ModelManifest.FILE_NAME + ")");
      }
      byte[] b = readFile(file);
      FileChecker.check(file.toString(), b, e.get().shape());
      files++;
      bytes += b.length;
    }
    return new Validation(dir.toString(), files, bytes, System.nanoTime() - t0);
  }

  /**
   * Reads one caller file (from a rule or gazetteer directory) after checking it: UTF-8, no stray
   * control characters, and the shape the bundled manifest gives a file of that name
   * ({@code .../roles/heads.tsv} as {@code extract/roles/heads.tsv}, {@code .../places.tsv} as
   * {@code gazetteer/places.tsv}). The value clauses of that shape ({@code int}, {@code enum}, ...)
   * are left to the loader, which skips a row it cannot read (a caller's list being written);
   * {@code KazakhExtractor.Builder.build()} validates a caller's directory in full first
   * ({@link #validateGazetteerDirectory}, {@link #validateRuleDirectory}).
   *
   * @return the decoded text
   * @throws ModelFileException naming the file, line and problem
   */
  public static String readCallerFile(Path file) {
    FileShape shape = shapeByName(bundledManifest(), file);
    return FileChecker.decode(file.toString(), readFile(file), shape == null ? null : shape.withoutColumnRules());
  }

  /**
   * The shape of the bundled file whose path ends like {@code file}'s: the longest match of the
   * file's last folders and name, exact manifest paths before globs; null when none or ambiguous.
   */
  static FileShape shapeByName(ModelManifest manifest, Path file) {
    Path p = file.normalize();
    int count = p.getNameCount();
    for (boolean globs : new boolean[] {false, true}) {
      for (int k = Math.min(3, count); k >= 1; k--) {
        String tail = p.subpath(count - k, count).toString().replace('\\', '/');
        FileShape found = null;
        boolean ambiguous = false;
        for (String root : CALLER_ROOTS) {
          Optional<ModelManifest.Entry> e = globs ? manifest.globEntry(root + tail) : manifest.exactEntry(root + tail);
          if (e.isPresent()) {
            ambiguous |= found != null && !found.equals(e.get().shape());
            found = e.get().shape();
          }
        }
        if (found != null) {
          return ambiguous ? null : found;
        }
      }
    }
    return null;
  }

  /**
   * Where a caller's directory may sit in the bundle: rule directories mirror {@code extract/},
   * gazetteer directories {@code gazetteer/}, and a whole models directory the root.
   */
  private static final List<String> CALLER_ROOTS = List.of("", "extract/", "gazetteer/");

  private static void requireDirectory(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
      throw new ModelFileException(dir.toString(), 0, "does not exist or is not a readable directory");
    }
  }

  private static List<String> list(Path dir) {
    try {
      return listDirectory(dir);
    } catch (IOException | UncheckedIOException e) {
      throw new ModelFileException(dir.toString(), 0, "cannot be listed: " + e.getMessage(), e);
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ModelFileException(file.toString(), 0, "cannot be read: " + e, e);
    }
  }

  /**
   * Checks a {@code models/} directory (default {@code models}) and prints what was checked, or the
   * first problem. Exit status 0 valid, 1 invalid.
   */
  public static void main(String[] args) {
    System.exit(mainExit(args, System.out));
  }

  /** {@link #main} without {@code System.exit}. */
  public static int mainExit(String[] args, PrintStream out) {
    Path dir = Path.of(args.length > 0 ? args[0] : "models");
    try {
      out.println(validateDirectory(dir, true));
      return 0;
    } catch (ModelFileException e) {
      out.println(e.getMessage());
      return 1;
    }
  }
}
