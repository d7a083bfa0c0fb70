package org.acta.harvest.parse.cnki;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.tagged.AbstractTaggedParser;
import org.acta.harvest.parse.tagged.LineGrammar;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.parse.tagged.RawRecord;
import org.acta.harvest.parse.tagged.TaggedField;
import org.acta.matching.model.SourceRecord;

/**
 * CNKI RefWorks (formats.md §5.2): records start at {@code RT}; tag, one space, value. Quirks
 * handled: lower-case {@code vo} (sometimes empty), no space after the tag in thesis records
 * ({@code A1赵六}), leading spaces, the three-letter {@code URL} tag, and untagged continuation
 * lines (multi-line {@code AB}), joined without a space between CJK characters. Only known tags
 * count as tags, so a continuation line that happens to start with two capitals stays text.
 */
public final class CnkiRefWorksParser extends AbstractTaggedParser {

  private static final Map<String, CnkiField> TAGS = Map.ofEntries(
      Map.entry("RT", CnkiField.REFERENCE_TYPE),
      Map.entry("A1", CnkiField.AUTHORS),
      Map.entry("A3", CnkiField.SUPERVISORS),
      Map.entry("AD", CnkiField.ORGANISATIONS),
      Map.entry("T1", CnkiField.TITLE),
      Map.entry("JF", CnkiField.SOURCE),
      Map.entry("PB", CnkiField.PUBLISHER),
      Map.entry("PP", CnkiField.CONFERENCE_PLACE),
      Map.entry("YR", CnkiField.YEAR),
      Map.entry("FD", CnkiField.DATE),
      Map.entry("IS", CnkiField.ISSUE),
      Map.entry("VO", CnkiField.VOLUME),
      Map.entry("OP", CnkiField.PAGES),
      Map.entry("SP", CnkiField.PAGES),
      Map.entry("K1", CnkiField.KEYWORDS),
      Map.entry("AB", CnkiField.ABSTRACT),
      Map.entry("SN", CnkiField.ISSN_ISBN),
      Map.entry("CN", CnkiField.CN_NUMBER),
      Map.entry("CL", CnkiField.DEGREE),
      Map.entry("LA", CnkiField.LANGUAGE),
      Map.entry("DB", CnkiField.SUB_DATABASE),
      Map.entry("LK", CnkiField.URL),
      Map.entry("UL", CnkiField.URL),
      Map.entry("URL", CnkiField.URL),
      Map.entry("DO", CnkiField.DOI));

  /** Every tag CNKI writes, mapped or not (unmapped ones must still end the previous field). */
  private static final Set<String> KNOWN = Set.of("RT", "SR", "A1", "A2", "A3", "A4", "AD", "T1",
      "T2", "T3", "JF", "JO", "PB", "PP", "YR", "FD", "IS", "VO", "OP", "SP", "K1", "AB", "SN",
      "CN", "CL", "ID", "U1", "U2", "U3", "U4", "U5", "LA", "DB", "DS", "LK", "UL", "URL", "DO",
      "C1", "NO", "ST", "ED", "WT", "ET", "RD", "AV", "CY", "OL", "NT", "CA");

  private static final Pattern TAG_LINE =
      Pattern.compile("^[\\s\\u3000]*(URL|[A-Z][A-Z0-9]|vo|Vo)(?:[ \\t\\u3000](.*)|$)");
  /** {@code A1赵六}: thesis records omit the space before a CJK value. */
  private static final Pattern GLUED_TAG_LINE =
      Pattern.compile("^[\\s\\u3000]*(A[1-4])(\\p{IsHan}.*)$");

  private static final LineGrammar GRAMMAR = new LineGrammar() {
    @Override
    public TaggedField parse(String line, int lineNumber) {
      Matcher m = TAG_LINE.matcher(line);
      if (m.matches()) {
        String tag = m.group(1).toUpperCase(java.util.Locale.ROOT);
        if (KNOWN.contains(tag)) {
          return new TaggedField(tag, m.group(2) == null ? "" : m.group(2), lineNumber);
        }
      }
      Matcher g = GLUED_TAG_LINE.matcher(line);
      if (g.matches()) {
        return new TaggedField(g.group(1), g.group(2), lineNumber);
      }
      return null;
    }

    @Override
    public boolean startsRecord(TaggedField field) {
      return field.tag().equals("RT");
    }
  };

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.CNKI_REFWORKS);
  }

  @Override
  protected LineGrammar grammar() {
    return GRAMMAR;
  }

  @Override
  protected SourceRecord map(RawRecord raw, SourceRecord.Builder builder, Problems problems) {
    return CnkiRecordMapper.mapTagged(raw, TAGS::get, builder, problems);
  }
}
