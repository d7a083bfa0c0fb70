package org.acta.harvest.parse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorListSplitterTest {
  @Test
  void separators() {
    assertEquals(List.of("Gottfried Vossen", "Mathias Weske"),
        AuthorListSplitter.split("Gottfried Vossen, Mathias Weske"));
    assertEquals(List.of("Brodley, C. E.", "Utgoff, P. E."),
        AuthorListSplitter.split(" Brodley, C. E. & Utgoff, P. E. "));
    assertEquals(List.of("Alice Smith", "Bob Jones", "Carol King"),
        AuthorListSplitter.split("Alice Smith, Bob Jones and Carol King"));
    assertEquals(List.of("Smith, J.", "Jones, K."), AuthorListSplitter.split("Smith, J., Jones, K."));
    assertEquals(List.of("van der Berg, Joao"), AuthorListSplitter.split("van der Berg, Joao"));
    assertEquals(List.of("张三", "李四", "王五"), AuthorListSplitter.split("张三;李四；王五;"));
    assertEquals(List.of("A. Author"), AuthorListSplitter.split("A. Author, et al."));
    assertEquals(List.of(), AuthorListSplitter.split("  "));
  }
}
