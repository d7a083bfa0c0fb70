/**
 * Name forms of people: romanisation of Chinese names (ICU4J Han-Latin plus a data file of surname
 * readings and compound surnames), the name keys a person is indexed under, and the readings of a
 * printed author name ({@code Wang, Xiaoming}, {@code Wang, XM}, {@code 王小明}, {@code Xiaoming, Wang}).
 */
package org.acta.matching.attribution.name;
