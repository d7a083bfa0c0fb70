package org.acta.matching.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CnNumberTest {
  @Test
  void theRegistrationPartIsKeptWhateverSurroundsIt() {
    assertEquals("12-2506", CnNumber.normalize("12-2506/TB"));
    assertEquals("12-2506", CnNumber.normalize("CN 12-2506/TB"));
    assertEquals("12-2506", CnNumber.normalize("CN12–2506"));
    assertEquals("11-1234", CnNumber.normalize(" 11 - 1234 /O6 "));
  }

  @Test
  void textWithoutACnNumberGivesNull() {
    assertNull(CnNumber.normalize(null));
    assertNull(CnNumber.normalize("  "));
    assertNull(CnNumber.normalize("1234-5679"), "an ISSN is not a CN number");
    assertNull(CnNumber.normalize("123-4567"));
  }
}
