package io.github.kazextract.bundle;

/**
 * A model, rule or gazetteer file that cannot be used: missing, not valid UTF-8, a line of the
 * wrong shape, or models of another format version. Thrown by {@code KazakhExtractor.Builder.build()}
 * (and by the first load of the bundled models) so that a broken file stops the extractor instead of
 * silently weakening it. The message names the file, the line (when one line is at fault) and the
 * problem: {@code extract/roles/heads.tsv: line 12: 3 columns, expected 1 to 2}.
 */
public final class ModelFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;

  /**
   * @param file the file as the caller knows it: a path under {@code models/} for a bundled file,
   *     the caller's own path otherwise
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param problem what is wrong, in a few words
   */
  public ModelFileException(String file, int line, String problem) {
    super(file + (line > 0 ? ": line " + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The same problem, with a cause (an I/O error). */
  public ModelFileException(String file, int line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /** The file at fault. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault, 0 when the whole file is. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String problem() {
    return problem;
  }
}
