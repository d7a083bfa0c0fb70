package org.acta.matching.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameKeysTest {

  private static boolean sameAuthor(String a, String b) {
    Set<String> x = new HashSet<>(PersonNameKeys.of(a));
    x.retainAll(PersonNameKeys.of(b));
    return !x.isEmpty();
  }

  private static void assertSame(String a, String b) {
    assertTrue(sameAuthor(a, b), a + " / " + b);
    assertTrue(sameAuthor(b, a), b + " / " + a); // both argument orders
  }

  @Test
  void formsOfOneNameAcrossSourcesShareAKey() {
    assertSame("Zhang, San", "Zhang, S.");
    assertSame("Zhang, San", "Zhang S");
    assertSame("Zhang, San", "San Zhang");
    assertSame("Zhang, San", "张三");
    assertSame("Muller, Hans-Peter", "Müller, HP");
    assertSame("Wang, Xiaoming", "Xiaoming, Wang"); // WoS reversed order
    assertSame("Ouyang, Ming", "欧阳明"); // compound surname
    assertSame("Zeng, Zhiqiang", "曾志强"); // polyphonic surname read as a surname
    assertSame("Viswanath Poosala", "Poosala, V.");
    assertSame("Fahlman S. E.", "S.E. Fahlman"); // family name, then initials as separate words
    assertSame("Fahlman S E", "Fahlman, Scott E.");
  }

  @Test
  void differentPeopleDoNotShareAKey() {
    assertFalse(sameAuthor("Zhang, San", "Li, Si"));
    assertFalse(sameAuthor("Zhang, San", "Zhang, Wei"));
    assertFalse(sameAuthor("张三", "李四"));
    assertFalse(sameAuthor("Fahlman S. E.", "Fahlman, T."));
  }
}
