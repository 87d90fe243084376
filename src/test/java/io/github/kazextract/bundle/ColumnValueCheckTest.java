package io.github.kazextract.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The value clauses of the manifest's shape language ({@code int}, {@code number}, {@code enum}). */
class ColumnValueCheckTest {

  private static ModelFileException failure(String shape, String file) {
    ModelFileException e = catchThrowableOfType(
        () -> FileChecker.check("models/x.tsv", file.getBytes(StandardCharsets.UTF_8), FileShape.parse(shape)),
        ModelFileException.class);
    assertThat(e).as("check of %s against %s", file, shape).isNotNull();
    return e;
  }

  private static void passes(String shape, String file) {
    FileChecker.check("models/x.tsv", file.getBytes(StandardCharsets.UTF_8), FileShape.parse(shape));
  }

  @Test
  void clausesReadAsWrittenAndPrintBack() {
    FileShape s = FileShape.parse("tsv 7-8 blank 3 enum 5 y|n number 7,8");
    assertThat(s).hasToString("tsv 7-8 blank 3 enum 5 y|n number 7 number 8");
    assertThat(s.mayBeBlank(3)).isTrue();
    assertThat(FileShape.parse(s.toString())).isEqualTo(s);
    assertThat(FileShape.parse("TSV 2 INT 2")).isEqualTo(FileShape.parse("tsv 2 int 2"));
    // enum values keep their case: the loaders compare them exactly
    assertThat(FileShape.parse("tsv 2-3 enum 2 COUNTRY|CITY").columnRules().get(0).values()).containsExactly("COUNTRY", "CITY");
  }

  @Test
  void malformedClausesAreRejected() {
    assertThatThrownBy(() -> FileShape.parse("tsv 2 int")).hasMessageContaining("without columns");
    assertThatThrownBy(() -> FileShape.parse("tsv 2 int 3")).hasMessageContaining("column 3 outside 1-2");
    assertThatThrownBy(() -> FileShape.parse("tsv 2 enum 2")).hasMessageContaining("enum without values");
    assertThatThrownBy(() -> FileShape.parse("tsv 2 float 2")).hasMessageContaining("unknown clause 'float'");
  }

  @Test
  void aMonthNumberMustBeAWholeNumber() {
    passes("tsv 2 int 2", "# stem<TAB>month\nқаңтар\t1\nжелтоқсан\t 12 \r\n");
    ModelFileException e = failure("tsv 2 int 2", "қаңтар\t1\nақпан\tZZZ\n");
    assertThat(e.getMessage()).isEqualTo("models/x.tsv: line 2: column 2 must be a whole number, got 'ZZZ'");
    assertThat(failure("tsv 2 int 2", "наурыз\t3.5\n").line()).isEqualTo(1);
  }

  @Test
  void aCostMustBeANumberAndEmptyOptionalColumnsPass() {
    String shape = "tsv 7-8 blank 3 enum 5 y|n number 7,8";
    passes(shape, "PL\tлАр\tNumber=Plur\tN\ty\tN\t-0.5\t\nX\tы\t\tN\tn\tN\t-1\t0.2\n");
    assertThat(failure(shape, "PL\tлАр\tNumber=Plur\tN\ty\tN\tZZZ\n").getMessage())
        .isEqualTo("models/x.tsv: line 1: column 7 must be a number, got 'ZZZ'");
    assertThat(failure(shape, "PL\tлАр\tNumber=Plur\tN\tyes\tN\t-0.5\n").getMessage())
        .isEqualTo("models/x.tsv: line 1: column 5 must be one of y|n, got 'yes'");
    assertThat(failure(shape, "PL\tлАр\tNumber=Plur\tN\ty\tN\t1.\u0002\n").getMessage())
        .contains("control character U+0002");
  }

  @Test
  void aPlaceKindMustBeOneOfTheKindsAndTheColumnCountIsReportedFirst() {
    String shape = "tsv 2-3 enum 2 COUNTRY|REGION|CITY|OTHER";
    passes(shape, "Астана\tCITY\tНұр-Сұлтан|Ақмола\n# comment\tZZZ\n\n");
    assertThat(failure(shape, "Астана\tCITY\nЖер\tZZZ\t\n").getMessage())
        .isEqualTo("models/x.tsv: line 2: column 2 must be one of COUNTRY|REGION|CITY|OTHER, got 'ZZZ'");
    assertThat(failure(shape, "Жер\tZZZ\ta\tb\n").getMessage()).contains("4 columns, expected 2 to 3 columns");
  }
}
