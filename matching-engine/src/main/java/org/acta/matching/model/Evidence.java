package org.acta.matching.model;

/**
 * A piece of evidence attached to a record from outside its export, e.g. the corresponding
 * author footnote found in the full-text PDF.
 *
 * @param kind what it is, e.g. {@code pdf-corresponding-marker}, {@code pdf-email}
 * @param text the text found
 * @param origin where it was found, e.g. {@code paper.pdf page 1}
 */
public record Evidence(String kind, String text, String origin) {}
