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
 * CNKI EndNote / Refer (formats.md §5.3): records from {@code %0} to {@code %W CNKI}; one
 * {@code %A} per author, or several on one line ({@code %A 蔺卿 %A 罗格平}); {@code %R} DOI,
 * {@code %Y} supervisors, {@code %9} degree, {@code %~} sub-database; untagged lines continue the
 * previous field, except CNKI's stray {@code Label-标签 value} lines, which are ignored.
 */
public final class CnkiEndNoteParser extends AbstractTaggedParser {

  private static final Map<String, CnkiField> TAGS = Map.ofEntries(
      Map.entry("%0", CnkiField.REFERENCE_TYPE),
      Map.entry("%A", CnkiField.AUTHORS),
      Map.entry("%Y", CnkiField.SUPERVISORS),
      Map.entry("%+", CnkiField.ORGANISATIONS),
      Map.entry("%T", CnkiField.TITLE),
      Map.entry("%Q", CnkiField.TITLE_ALT),
      Map.entry("%J", CnkiField.SOURCE),
      Map.entry("%I", CnkiField.PUBLISHER),
      Map.entry("%B", CnkiField.CONFERENCE),
      Map.entry("%C", CnkiField.CONFERENCE_PLACE),
      Map.entry("%D", CnkiField.YEAR),
      Map.entry("%8", CnkiField.DATE),
      Map.entry("%V", CnkiField.VOLUME),
      Map.entry("%N", CnkiField.ISSUE),
      Map.entry("%P", CnkiField.PAGES),
      Map.entry("%K", CnkiField.KEYWORDS),
      Map.entry("%X", CnkiField.ABSTRACT),
      Map.entry("%@", CnkiField.ISSN_ISBN),
      Map.entry("%L", CnkiField.CN_NUMBER),
      Map.entry("%U", CnkiField.URL),
      Map.entry("%R", CnkiField.DOI),
      Map.entry("%9", CnkiField.DEGREE),
      Map.entry("%~", CnkiField.SUB_DATABASE),
      Map.entry("%G", CnkiField.LANGUAGE));

  /**
   * {@code %} + one printable ASCII character, then a space or the end of the line: a wrapped
   * abstract line that starts with a percent sign ({@code %以上}) is not a tag.
   */
  private static final Pattern TAG_LINE =
      Pattern.compile("^[\\s\\u3000]*(%[\\x21-\\x7E])(?:[ \\t\\u3000](.*))?$");
  /** A custom-format label that strayed into an EndNote block ({@code PageCount-页码 0}). */
  private static final Pattern STRAY_LABEL = Pattern.compile("^[A-Za-z]+-\\p{IsHan}+[:：\\s].*|^[A-Za-z]+-\\p{IsHan}+$");
  private static final String IGNORED = "(ignored)";

  private static final LineGrammar GRAMMAR = new LineGrammar() {
    @Override
    public TaggedField parse(String line, int lineNumber) {
      Matcher m = TAG_LINE.matcher(line);
      if (m.matches()) {
        return new TaggedField(m.group(1), m.group(2) == null ? "" : m.group(2), lineNumber);
      }
      if (STRAY_LABEL.matcher(line.strip()).matches()) {
        return new TaggedField(IGNORED, line, lineNumber);
      }
      return null;
    }

    @Override
    public boolean startsRecord(TaggedField field) {
      return field.tag().equals("%0");
    }

    @Override
    public boolean endsRecord(TaggedField field) {
      return field.tag().equals("%W");
    }

    @Override
    public boolean hasEndMarker() {
      return true;
    }
  };

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.CNKI_ENDNOTE);
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
