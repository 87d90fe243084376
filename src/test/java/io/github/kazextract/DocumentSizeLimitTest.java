package io.github.kazextract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kazextract.model.Extraction;
import org.junit.jupiter.api.Test;

class DocumentSizeLimitTest {

  private static final String RELEASE = "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті.";

  @Test
  void documentAboveTheLimitIsRejectedNamingSizeAndLimit() {
    KazakhExtractor small = KazakhExtractor.builder().maxDocumentLength(20).build();
    assertThatThrownBy(() -> small.extract(RELEASE))
        .isInstanceOf(DocumentTooLargeException.class)
        .hasMessageContaining(String.valueOf(RELEASE.length()))
        .hasMessageContaining("20")
        .satisfies(e -> {
          DocumentTooLargeException d = (DocumentTooLargeException) e;
          assertThat(d.length()).isEqualTo(RELEASE.length());
          assertThat(d.limit()).isEqualTo(20);
        });
  }

  @Test
  void documentAtTheLimitIsExtracted() {
    KazakhExtractor exact = KazakhExtractor.builder().maxDocumentLength(RELEASE.length()).build();
    Extraction x = exact.extract(RELEASE);
    assertThat(x.persons()).extracting(p -> p.name()).contains("Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев");
  }

  @Test
  void defaultLimitAdmitsAFiveMegabyteDocument() {
    assertThat(KazakhExtractor.builder().build().maxDocumentLength())
        .isEqualTo(KazakhExtractor.DEFAULT_MAX_DOCUMENT_LENGTH)
        .isGreaterThan(5_000_000);
  }

  @Test
  void negativeLimitIsAUsageError() {
    assertThatThrownBy(() -> KazakhExtractor.builder().maxDocumentLength(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
