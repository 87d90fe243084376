package io.github.kazextract;

import io.github.kazextract.bundle.ModelBundle;
import io.github.kazextract.bundle.ModelFileException;
import io.github.kazextract.extract.CountryGroupStatExtractor;
import io.github.kazextract.extract.EntityRecognizer;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.EventExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.extract.gazetteer.Gazetteer;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.model.Event;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.morph.KazakhLemmatizer;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.pipeline.TextAnalyzer;
import io.github.kazextract.text.KazakhTransliterator;
import io.github.kazextract.text.NormalizedText;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import io.github.kazextract.token.TokenizerAdapter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;

/**
 * Raw Kazakh text in, typed objects out. Build once with {@link #builder()}; the built extractor
 * is immutable, thread-safe and cheap to call.
 *
 * <p>Error model: {@link #extract} throws {@link NullPointerException} for a null argument and
 * {@link DocumentTooLargeException} for a document longer than {@link Builder#maxDocumentLength};
 * any other text, including empty, blank, non-Kazakh, HTML or binary-looking text, gives a valid
 * (possibly empty) result whose offsets point into the input. Time and memory grow linearly with
 * the document's length. Latin-script and Arabic-script Kazakh are converted to a Cyrillic view
 * inside (see {@link Builder#transliterate}); names come out in Kazakh Cyrillic and mention offsets
 * still point into the caller's string. {@link Builder#build()} checks the model files (bundled and the caller's)
 * and fails with a {@link ModelFileException} naming the file, the line and the problem.
 */
public final class KazakhExtractor {

  /**
   * Default maximum document length, in UTF-16 characters (8 Mi, about 15 MB of Kazakh UTF-8).
   * Press releases are a few thousand characters; the limit keeps one runaway input (a whole
   * corpus pasted as one document) from taking a service's heap, since each token of a document
   * holds its analyses in memory while the document is processed.
   */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

  private final int maxDocumentLength;
  private final KazakhTransliterator transliterator; // null: text is taken as Cyrillic

  private final TextAnalyzer analyzer;
  private final EntityRecognizer entityRecognizer;
  private final EventExtractor eventExtractor;
  private final CountryGroupStatExtractor statExtractor;

  private KazakhExtractor(Builder b) {
    KazakhTokenizer tokenizer = b.tokenizer != null ? b.tokenizer : new KazakhTokenizer();
    KazakhSentenceDetector sentences = b.sentenceDetector != null ? b.sentenceDetector : new KazakhSentenceDetector();
    KazakhMorphology morphology = b.morphology != null ? b.morphology : KazakhMorphology.getDefault();
    this.analyzer = b.openNlpTokenizer == null && b.openNlpSentenceDetector == null
        ? new TextAnalyzer(tokenizer, sentences, morphology)
        : TextAnalyzer.withOpenNlp(b.openNlpTokenizer, b.openNlpSentenceDetector, tokenizer, sentences, morphology);
    if (b.entityRecognizer != null) {
      this.entityRecognizer = b.entityRecognizer;
    } else {
      Gazetteer g = b.gazetteer != null ? b.gazetteer : Gazetteer.getDefault();
      for (Gazetteer extra : b.extraGazetteers) {
        g = g.plus(extra);
      }
      for (Path dir : b.gazetteerDirectories) {
        g = g.plus(Gazetteer.fromDirectory(dir));
      }
      this.entityRecognizer = new EntityRecognizer(g, tokenizer, b.ruleDirectories);
    }
    this.eventExtractor = b.eventExtractor != null ? b.eventExtractor : new EventExtractor();
    this.statExtractor = b.statExtractor != null ? b.statExtractor : new CountryGroupStatExtractor();
    this.maxDocumentLength = b.maxDocumentLength;
    this.transliterator = b.transliterate ? KazakhTransliterator.getDefault() : null;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Extraction extract(String text) {
    return extract(text, ExtractionOptions.DEFAULT);
  }

  /** The configured maximum document length in UTF-16 characters. */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Extracts everything from one document.
   *
   * @throws NullPointerException if {@code text} or {@code options} is null
   * @throws DocumentTooLargeException if {@code text} is longer than {@link #maxDocumentLength()}
   */
  public Extraction extract(String text, ExtractionOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    if (text.length() > maxDocumentLength) {
      throw new DocumentTooLargeException(text.length(), maxDocumentLength);
    }
    if (transliterator != null) {
      NormalizedText view = transliterator.toCyrillic(text);
      if (view.text() != text) { // the same instance when there was nothing to convert
        return extractCyrillic(view.text(), options).withMentionsMapped(view);
      }
    }
    return extractCyrillic(text, options);
  }

  private Extraction extractCyrillic(String text, ExtractionOptions options) {
    AnalyzedText doc = analyzer.analyze(text);
    EntityResult entities = entityRecognizer.recognize(doc);
    List<Event> events = eventExtractor.extract(doc, entities, options);
    List<CountryGroupStat> stats = statExtractor.extract(doc, entities, options);
    return new Extraction(options.documentId(), entities.persons(), entities.organizations(), entities.places(), events, stats);
  }

  /**
   * The Kazakh tokenizer this extractor uses, for callers that want the stage alone. It also
   * tokenizes gazetteer and rule phrases; when the builder was given an OpenNLP tokenizer, that one
   * tokenizes the documents and this is the bundled Kazakh tokenizer.
   */
  public KazakhTokenizer tokenizer() {
    return analyzer.tokenizer();
  }

  public KazakhSentenceDetector sentenceDetector() {
    return analyzer.sentenceDetector();
  }

  public KazakhMorphology morphology() {
    return analyzer.morphology();
  }

  public KazakhLemmatizer lemmatizer() {
    return new KazakhLemmatizer(analyzer.morphology());
  }

  /** The text analysis stage (tokenize, split sentences, analyse), for callers that want it alone. */
  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /** The entity recognition stage, for callers that want persons, organisations and places alone. */
  public EntityRecognizer entityRecognizer() {
    return entityRecognizer;
  }

  /** Builder; every stage left unset is loaded from the classpath. */
  public static final class Builder {
    private KazakhTokenizer tokenizer;
    private KazakhSentenceDetector sentenceDetector;
    private Tokenizer openNlpTokenizer;
    private SentenceDetector openNlpSentenceDetector;
    private KazakhMorphology morphology;
    private Gazetteer gazetteer;
    private final List<Gazetteer> extraGazetteers = new ArrayList<>();
    private final List<Path> ruleDirectories = new ArrayList<>();
    private final List<Path> gazetteerDirectories = new ArrayList<>();
    private EntityRecognizer entityRecognizer;
    private EventExtractor eventExtractor;
    private CountryGroupStatExtractor statExtractor;
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private boolean transliterate = true;

    private Builder() {}

    /**
     * Whether Latin-script (2021, 2018, informal) and Arabic-script Kazakh are converted to
     * Cyrillic before extraction (default true). A Cyrillic text costs one scan and gives the same
     * result either way; turn it off only to treat every Latin word as foreign.
     */
    public Builder transliterate(boolean on) {
      this.transliterate = on;
      return this;
    }

    /**
     * Maximum document length in UTF-16 characters; longer documents make {@code extract} throw
     * {@link DocumentTooLargeException}. Default {@link #DEFAULT_MAX_DOCUMENT_LENGTH}.
     */
    public Builder maxDocumentLength(int maxLength) {
      if (maxLength < 0) {
        throw new IllegalArgumentException("maxDocumentLength must not be negative: " + maxLength);
      }
      this.maxDocumentLength = maxLength;
      return this;
    }

    /** Replaces the bundled gazetteer ({@link Gazetteer#fromDirectory}, {@link Gazetteer#empty}). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** Adds names on top of the gazetteer (own places, organisations, given names, surnames). */
    public Builder addGazetteer(Gazetteer extra) {
      this.extraGazetteers.add(Objects.requireNonNull(extra, "extra"));
      return this;
    }

    /**
     * Adds the names of a gazetteer directory (files named as under {@code models/gazetteer/}:
     * {@code places.tsv}, {@code organizations.tsv}, {@code given-names.txt}, ...). Unlike
     * {@code addGazetteer(Gazetteer.fromDirectory(dir))}, {@link #build()} also rejects a file there
     * that the gazetteer would not read (a misspelt name).
     */
    public Builder addGazetteer(Path dir) {
      this.gazetteerDirectories.add(Objects.requireNonNull(dir, "dir"));
      return this;
    }

    /**
     * Adds a directory of entity rule files named as under {@code models/extract/}
     * ({@code roles/heads.tsv}, {@code organizations/heads.txt}, {@code places/classifiers.tsv},
     * ...); their lines extend the bundled rules.
     */
    public Builder ruleDirectory(Path dir) {
      this.ruleDirectories.add(Objects.requireNonNull(dir, "dir"));
      return this;
    }

    /** Replaces the entity recognition stage (then gazetteer and rule settings are not used). */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.entityRecognizer = Objects.requireNonNull(recognizer, "recognizer");
      return this;
    }

    public Builder eventExtractor(EventExtractor extractor) {
      this.eventExtractor = Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    public Builder statExtractor(CountryGroupStatExtractor extractor) {
      this.statExtractor = Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    public Builder tokenizer(KazakhTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      this.openNlpTokenizer = null;
      return this;
    }

    /**
     * Replaces the tokenizer of the text analysis with any OpenNLP tokenizer ({@code
     * WhitespaceTokenizer.INSTANCE}, {@code SimpleTokenizer.INSTANCE}, a trained {@code TokenizerME}):
     * its spans become typed tokens through {@link TokenizerAdapter}. Gazetteer and rule phrases are
     * still tokenized by the Kazakh tokenizer. A {@link KazakhTokenizer} passed here is used as is.
     */
    public Builder tokenizer(Tokenizer tokenizer) {
      Objects.requireNonNull(tokenizer, "tokenizer");
      if (tokenizer instanceof KazakhTokenizer k) {
        return tokenizer(k);
      }
      this.openNlpTokenizer = tokenizer;
      return this;
    }

    public Builder sentenceDetector(KazakhSentenceDetector sentenceDetector) {
      this.sentenceDetector = Objects.requireNonNull(sentenceDetector, "sentenceDetector");
      this.openNlpSentenceDetector = null;
      return this;
    }

    /**
     * Replaces the sentence detector with any OpenNLP one (for example a trained {@code
     * SentenceDetectorME}); tokens are grouped by the sentence span holding their start. A {@link
     * KazakhSentenceDetector} passed here is used as is.
     */
    public Builder sentenceDetector(SentenceDetector sentenceDetector) {
      Objects.requireNonNull(sentenceDetector, "sentenceDetector");
      if (sentenceDetector instanceof KazakhSentenceDetector k) {
        return sentenceDetector(k);
      }
      this.openNlpSentenceDetector = sentenceDetector;
      return this;
    }

    public Builder morphology(KazakhMorphology morphology) {
      this.morphology = Objects.requireNonNull(morphology, "morphology");
      return this;
    }

    /**
     * Checks the model files, then loads every stage left unset from the classpath. The bundled
     * models are checked once per class loader against {@code models/MANIFEST.tsv} (model format
     * version, every listed file present, UTF-8 without control characters, the declared column
     * count and non-empty required columns on every line); each rule or gazetteer directory given
     * to the builder is checked on every call, each file against the shape the bundled manifest gives
     * a file of that name (or its own {@code MANIFEST.tsv}), and a file there that the extractor
     * would not read is an error too. The bundle check costs about 0.1 s of CPU on a cold JVM (run
     * on a second thread while the stages load; later builds reuse its result), a caller's
     * directory well under a millisecond per file.
     *
     * @throws ModelFileException naming the file, the line (when one line is at fault) and the
     *     problem, for a missing, unreadable or malformed model, rule or gazetteer file, models of
     *     another format version, or a rule or gazetteer directory that does not exist
     */
    public KazakhExtractor build() {
      if (ModelBundle.isDefaultChecked() || !ruleDirectories.isEmpty() || !gazetteerDirectories.isEmpty()) {
        ModelBundle.checkDefault();
        for (Path dir : ruleDirectories) {
          ModelBundle.validateRuleDirectory(dir);
        }
        for (Path dir : gazetteerDirectories) {
          ModelBundle.validateGazetteerDirectory(dir);
        }
        return new KazakhExtractor(this);
      }
      // first build in this JVM: check the bundle on a second thread while the stages load, so the
      // check (about 0.1 s of CPU on a cold JVM) hides behind the loading on a multi-core machine
      FutureTask<ModelBundle.Validation> check = new FutureTask<>(ModelBundle::checkDefault);
      Thread checker = new Thread(check, "kazextract-model-check");
      checker.setDaemon(true);
      checker.start();
      KazakhExtractor built;
      try {
        built = new KazakhExtractor(this);
      } catch (RuntimeException | Error e) {
        // a broken file may make a loader fail first: the file, line and problem are the better report
        ModelFileException cause = checkFailure(check);
        if (cause != null) {
          cause.addSuppressed(e);
          throw cause;
        }
        throw e;
      }
      ModelFileException cause = checkFailure(check);
      if (cause != null) {
        throw cause;
      }
      return built;
    }

    /** The failure of the bundle check once it has finished, or null when the bundle is valid. */
    private static ModelFileException checkFailure(FutureTask<ModelBundle.Validation> check) {
      try {
        check.get();
        return null;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ModelFileException m) {
          return m;
        }
        throw new IllegalStateException("model check failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        try {
          ModelBundle.checkDefault(); // the cached result, or waits for the checker without being interruptible
          return null;
        } catch (ModelFileException m) {
          return m;
        }
      }
    }
  }
}
