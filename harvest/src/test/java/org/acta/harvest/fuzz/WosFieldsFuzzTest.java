package org.acta.harvest.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.acta.harvest.parse.table.AuthorListSplitter;
import org.acta.harvest.parse.wos.WosFuzzAccess;

/** The string-level parsers, without I/O: fast, so the fuzzer gets deep. */
class WosFieldsFuzzTest {
  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"(corresponding author)", "(reprint author)", ".; ", "; ", ", "})
  void reprintAddresses(String rp) {
    WosFuzzAccess.parseReprint(rp);
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"AU ", "AF ", "C1 [", "] ", "RP ", "OI ", "RI ", "EM ",
      "(corresponding author), ", ".; ", "; ", "/0000-0002-1825-009X", "PY ",
      "DT ", "WE ", "&amp;"})
  void wholeRecordFromTags(String text) {
    WosFuzzAccess.mapTagged(text);
  }

  @FuzzTest(maxDuration = "30s")
  void authorLists(String cell) {
    AuthorListSplitter.split(cell);
  }
}
