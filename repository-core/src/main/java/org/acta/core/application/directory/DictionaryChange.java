package org.acta.core.application.directory;

import java.util.List;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;

/**
 * A change to the dictionaries attribution matches against, as a function of the current units
 * and people: what the dictionaries would be after it. Used to preview a change (what it would do
 * to the attributions) before anything is saved; the default leaves a side unchanged.
 */
public interface DictionaryChange {

  /**
   * The units after the change.
   *
   * @throws IllegalArgumentException naming the field when the change does not fit the units
   */
  default List<Unit> units(List<Unit> current) {
    return current;
  }

  /**
   * The people after the change ({@code units} are the units after it).
   *
   * @throws IllegalArgumentException naming the row when the change does not fit
   */
  default List<Person> people(List<Person> current, List<Unit> units) {
    return current;
  }

  /** In a few words, for the preview's answer. */
  String describe();
}
