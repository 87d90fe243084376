package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.lemmatizer.Lemmatizer;
import org.junit.jupiter.api.Test;

class KazakhLemmatizerTest {

  @Test
  void lemmatizesArraysAndListsWithOrWithoutTags() {
    Lemmatizer l = new KazakhLemmatizer();
    String[] toks = {"Тоқаев", "БҰҰ-ның", "Бас", "хатшысымен", "Астанада", "кездесті", "."};
    assertThat(l.lemmatize(toks, null)).containsExactly("Тоқаев", "БҰҰ", "Бас", "хатшы", "Астана", "кездес", ".");
    assertThat(l.lemmatize(toks, new String[toks.length])).hasSize(toks.length);

    List<List<String>> all = l.lemmatize(List.of("Қазақстанның", "тобына"), null);
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).first().isEqualTo("Қазақстан");
    assertThat(all.get(1)).first().isEqualTo("топ");
    assertThat(all.get(0)).doesNotHaveDuplicates();
  }
}
