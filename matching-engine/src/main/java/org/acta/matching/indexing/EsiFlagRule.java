package org.acta.matching.indexing;

/** When a work's {@code esi_highly_cited} / {@code esi_hot} flag is true. */
public enum EsiFlagRule {
  /** In any imported edition of the list (ever highly cited). */
  EVER("in any imported edition"),
  /** In the latest imported edition of the list only (highly cited now). */
  LATEST_EDITION("in the latest imported edition");

  private final String words;

  EsiFlagRule(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
