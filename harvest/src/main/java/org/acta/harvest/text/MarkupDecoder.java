package org.acta.harvest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns the markup that export files carry inside field values into plain text: HTML tags used
 * for layout or typography ({@code <sub>}, {@code <sup>}, {@code <inf>}, {@code <div …>},
 * {@code <br/>}), HTML entities ({@code &alpha;}, {@code &copy;}, {@code &amp;}) and CNKI's
 * sub/superscript notation ({@code Fe_2O_3} → {@code Fe2O3}, {@code IC_(50)} → {@code IC50},
 * {@code cm~(-2)} → {@code cm-2}, {@code Ca~(2+)} → {@code Ca2+}, {@code cm~2} → {@code cm2}).
 *
 * <p>URLs, e-mail addresses and DOIs are left alone: their underscores and tildes are real. A
 * tilde between two digits ({@code 10~20}) is CNKI's range sign, not a superscript, and stays.
 * Runs of whitespace (including no-break spaces) become one space and the result is trimmed.
 *
 * <p>Only the parsed fields are decoded; the verbatim record text is never touched.
 */
public final class MarkupDecoder {

  /** Only tags we know to be markup; a bare {@code <} in text ({@code p<0.05}) is not a tag. */
  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:sub|sup|inf|div|br|p|span|i|b|u|em|strong|sc|scp|small|font|mml:[a-z]+)"
              + "(?:\\s[^<>]{0,300})?/?>",
          Pattern.CASE_INSENSITIVE);

  /** Tags that separate words when removed (block level), as opposed to sub/sup. */
  private static final Pattern BLOCK_TAG =
      Pattern.compile("^</?(?:div|br|p)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

  /** Text that must keep its {@code _} and {@code ~}: URLs, e-mail addresses, DOIs. */
  private static final Pattern PROTECTED =
      Pattern.compile(
          "(?:https?://|ftp://|www\\.)[^\\s\"<>]+"
              + "|[A-Za-z0-9._%+~-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
              + "|\\b10\\.\\d{4,9}/[^\\s\"<>]+",
          Pattern.CASE_INSENSITIVE);

  /**
   * CNKI subscript/superscript: {@code _(…)} or {@code ~(…)} with a short group, after a letter,
   * digit or closing bracket.
   */
  private static final Pattern CNKI_GROUP =
      Pattern.compile("(?<=[\\p{L}\\p{N})\\]])[_~]\\(([^()\\s_~]{1,12})\\)");

  /** CNKI subscript with a bare number or single letter: {@code Fe_2O_3}, {@code Fe_xO_y}. */
  private static final Pattern CNKI_SUB =
      Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek})\\]])_(\\d+(?:\\.\\d+)?|[a-zA-Z](?![a-z]))");

  /** CNKI superscript with a bare number after a letter: {@code cm~2}, {@code m~3}. */
  private static final Pattern CNKI_SUP =
      Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek})\\]])~([+-]?\\d+[+-]?)");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private MarkupDecoder() {}

  /**
   * Decodes HTML tags, HTML entities and CNKI sub/superscripts, and collapses whitespace. Returns
   * null for null and for values that are blank after decoding.
   */
  public static String decode(String value) {
    if (value == null) {
      return null;
    }
    String s = stripTags(value);
    s = unescape(s);
    s = decodeCnkiScripts(s);
    s = SPACES.matcher(s).replaceAll(" ").trim();
    return s.isEmpty() ? null : s;
  }

  /**
   * Decodes HTML tags and entities and collapses whitespace, without the CNKI sub/superscript
   * rules: for sources that never use CNKI's notation (EI, WoS), where {@code _x} in a title is a
   * real underscore. Returns null for null and blank values.
   */
  public static String decodeHtml(String value) {
    if (value == null) {
      return null;
    }
    String s = SPACES.matcher(unescape(stripTags(value))).replaceAll(" ").trim();
    return s.isEmpty() ? null : s;
  }

  /**
   * Decodes HTML entities only (for links: {@code &amp;} → {@code &}); collapses nothing but
   * trims. Returns null for null and blank values.
   */
  public static String decodeEntities(String value) {
    if (value == null) {
      return null;
    }
    String s = unescape(value).trim();
    return s.isEmpty() ? null : s;
  }

  private static String unescape(String value) {
    String s = value;
    // Twice at most: EV sometimes double-escapes (&amp;alpha;).
    for (int i = 0; i < 2 && s.indexOf('&') >= 0 && ENTITY.matcher(s).find(); i++) {
      s = StringEscapeUtils.unescapeHtml4(s);
    }
    return s;
  }

  /** Removes known HTML tags; block tags leave a space so that words do not run together. */
  static String stripTags(String value) {
    if (value.indexOf('<') < 0) {
      return value;
    }
    Matcher m = TAG.matcher(value);
    StringBuilder sb = new StringBuilder(value.length());
    while (m.find()) {
      m.appendReplacement(sb, BLOCK_TAG.matcher(m.group()).find() ? " " : "");
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Applies the CNKI sub/superscript rules outside URLs, e-mail addresses and DOIs. */
  static String decodeCnkiScripts(String value) {
    if (value.indexOf('_') < 0 && value.indexOf('~') < 0) {
      return value;
    }
    Matcher p = PROTECTED.matcher(value);
    StringBuilder sb = new StringBuilder(value.length());
    int last = 0;
    while (p.find()) {
      sb.append(decodeScriptsInPlainText(value.substring(last, p.start())));
      sb.append(p.group());
      last = p.end();
    }
    sb.append(decodeScriptsInPlainText(value.substring(last)));
    return sb.toString();
  }

  private static String decodeScriptsInPlainText(String s) {
    if (s.indexOf('_') < 0 && s.indexOf('~') < 0) {
      return s;
    }
    String r = CNKI_GROUP.matcher(s).replaceAll("$1");
    r = CNKI_SUB.matcher(r).replaceAll("$1");
    return CNKI_SUP.matcher(r).replaceAll("$1");
  }
}
