package io.github.kazextract.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConllUTest {

  private static final String IN = String.join("\n",
      "# sent_id = t1",
      "# text = Тоқаев БҰҰ-ның Бас хатшысымен кездесті.",
      "1\tТоқаев\t_\tPROPN\tnp\t_\t5\tnsubj\t_\t_",
      "2\tБҰҰ-ның\tX\tPROPN\tnp\tCase=Nom\t3\tnmod:poss\t_\t_",
      "3\tБас\t_\tADJ\tadj\t_\t4\tamod\t_\t_",
      "4\tхатшысымен\t_\tNOUN\tn\t_\t5\tobl\t_\t_",
      "5-6\tкездесті.\t_\t_\t_\t_\t_\t_\t_\t_",
      "5\tкездесті\t_\tVERB\tv\t_\t0\troot\t_\tSpaceAfter=No",
      "6\t.\t_\tPUNCT\tsent\t_\t5\tpunct\t_\t_",
      "",
      "");

  @Test
  void fillsLemmaAndFeatsAndCopiesEverythingElse() throws Exception {
    StringWriter out = new StringWriter();
    long n = new ConllU(KazakhMorphology.getDefault()).lemmatize(new BufferedReader(new StringReader(IN)), out);
    assertThat(n).isEqualTo(6);
    String[] in = IN.split("\n", -1);
    String[] got = out.toString().split("\n", -1);
    assertThat(got).hasSameSizeAs(in);
    for (int i = 0; i < in.length; i++) {
      if (in[i].isEmpty() || in[i].startsWith("#") || in[i].startsWith("5-6")) {
        assertThat(got[i]).isEqualTo(in[i]);
        continue;
      }
      String[] a = in[i].split("\t");
      String[] b = got[i].split("\t");
      for (int c = 0; c < 10; c++) {
        if (c != 2 && c != 5) {
          assertThat(b[c]).as("line %d column %d", i, c).isEqualTo(a[c]);
        }
      }
    }
    assertThat(got[3]).startsWith("2\tБҰҰ-ның\tБҰҰ\tPROPN\tnp\tCase=Gen\t");
    assertThat(got[5].split("\t")[2]).isEqualTo("хатшы");
    assertThat(got[5].split("\t")[5]).contains("Case=Ins").contains("Person[psor]=3");
    assertThat(got[8].split("\t")[5]).isEqualTo("_");
  }

  @Test
  void readsTheSentenceStartInLowerCaseAndAnalyticFormsByTheirFirstWord() throws Exception {
    String in = String.join("\n",
        "# text = Өлген жоқ. Тоқаевқа хат келді.",
        "1\tӨлген жоқ\t_\tVERB\tv\t_\t0\troot\t_\t_",
        "2\t.\t_\tPUNCT\tsent\t_\t1\tpunct\t_\t_",
        "",
        "1\tТоқаевқа\t_\tPROPN\tnp\t_\t3\tobl\t_\t_",
        "2\tхат\t_\tNOUN\tn\t_\t3\tnsubj\t_\t_",
        "3\tкелді\t_\tVERB\tv\t_\t0\troot\t_\t_",
        "",
        "");
    StringWriter out = new StringWriter();
    new ConllU(KazakhMorphology.getDefault()).lemmatize(new BufferedReader(new StringReader(in)), out);
    String[] got = out.toString().split("\n", -1);
    // өл-ген жоқ "did not die": the capital is the sentence's, the lemma is the verb of the first word
    assertThat(got[1].split("\t")[2]).isEqualTo("өл");
    // a known name at the sentence start keeps its capital
    assertThat(got[4].split("\t")[2]).isEqualTo("Тоқаев");
    assertThat(got[6].split("\t")[2]).isEqualTo("кел");
  }

  @Test
  void rejectsBrokenWordLines() {
    assertThatThrownBy(() -> new ConllU(KazakhMorphology.getDefault())
            .lemmatize(new BufferedReader(new StringReader("1\tонлайн\n")), new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
