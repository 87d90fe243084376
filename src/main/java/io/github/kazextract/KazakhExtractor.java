package io.github.kazextract;

import io.github.kazextract.extract.CountryGroupStatExtractor;
import io.github.kazextract.extract.EntityRecognizer;
import io.github.kazextract.extract.EntityResult;
import io.github.kazextract.extract.EventExtractor;
import io.github.kazextract.extract.ExtractionOptions;
import io.github.kazextract.model.CountryGroupStat;
import io.github.kazextract.model.Event;
import io.github.kazextract.model.Extraction;
import io.github.kazextract.morph.KazakhLemmatizer;
import io.github.kazextract.morph.KazakhMorphology;
import io.github.kazextract.pipeline.AnalyzedText;
import io.github.kazextract.pipeline.TextAnalyzer;
import io.github.kazextract.token.KazakhSentenceDetector;
import io.github.kazextract.token.KazakhTokenizer;
import java.util.List;
import java.util.Objects;

/**
 * Raw Kazakh text in, typed objects out. Build once with {@link #builder()}; the built extractor
 * is immutable, thread-safe and cheap to call.
 */
public final class KazakhExtractor {

  private final TextAnalyzer analyzer;
  private final EntityRecognizer entityRecognizer;
  private final EventExtractor eventExtractor;
  private final CountryGroupStatExtractor statExtractor;

  private KazakhExtractor(Builder b) {
    KazakhTokenizer tokenizer = b.tokenizer != null ? b.tokenizer : new KazakhTokenizer();
    KazakhSentenceDetector sentences = b.sentenceDetector != null ? b.sentenceDetector : new KazakhSentenceDetector();
    KazakhMorphology morphology = b.morphology != null ? b.morphology : KazakhMorphology.getDefault();
    this.analyzer = new TextAnalyzer(tokenizer, sentences, morphology);
    this.entityRecognizer = new EntityRecognizer();
    this.eventExtractor = new EventExtractor();
    this.statExtractor = new CountryGroupStatExtractor();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Extraction extract(String text) {
    return extract(text, ExtractionOptions.DEFAULT);
  }

  public Extraction extract(String text, ExtractionOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    AnalyzedText doc = analyzer.analyze(text);
    EntityResult entities = entityRecognizer.recognize(doc);
    List<Event> events = eventExtractor.extract(doc, entities, options);
    List<CountryGroupStat> stats = statExtractor.extract(doc, entities, options);
    return new Extraction(options.documentId(), entities.persons(), entities.organizations(), entities.places(), events, stats);
  }

  /** The tokenizer this extractor uses, for callers that want the stage alone. */
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

  /** Builder; every stage left unset is loaded from the classpath. */
  public static final class Builder {
    private KazakhTokenizer tokenizer;
    private KazakhSentenceDetector sentenceDetector;
    private KazakhMorphology morphology;

    private Builder() {}

    public Builder tokenizer(KazakhTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    public Builder sentenceDetector(KazakhSentenceDetector sentenceDetector) {
      this.sentenceDetector = Objects.requireNonNull(sentenceDetector, "sentenceDetector");
      return this;
    }

    public Builder morphology(KazakhMorphology morphology) {
      this.morphology = Objects.requireNonNull(morphology, "morphology");
      return this;
    }

    public KazakhExtractor build() {
      return new KazakhExtractor(this);
    }
  }
}
