package org.acta.harvest.parse.tagged;

/** The line syntax of one tagged export format. Implementations are stateless. */
public interface LineGrammar {

  /**
   * The tag and value of a line, or null when the line carries no tag and therefore continues the
   * previous field. {@code line} is never blank.
   */
  TaggedField parse(String line, int lineNumber);

  /** True when this field opens a new record ({@code RT}, {@code %0}, {@code TY}, …). */
  boolean startsRecord(TaggedField field);

  /** True when this field closes the record ({@code ER}, {@code %W CNKI}); false if none. */
  default boolean endsRecord(TaggedField field) {
    return false;
  }

  /** True when the format has an explicit end-of-record line, so a missing one is news. */
  default boolean hasEndMarker() {
    return false;
  }

  /** Joins a continuation line to the value so far. */
  default String join(String value, String continuation) {
    return Continuations.join(value, continuation);
  }
}
