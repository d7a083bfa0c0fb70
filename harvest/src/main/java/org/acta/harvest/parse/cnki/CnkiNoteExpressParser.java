package org.acta.harvest.parse.cnki;

import java.util.Locale;
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
 * CNKI NoteExpress ({@code .net}, formats.md §5.4): records start at {@code {Reference Type}:};
 * fields {@code {Name}: value}; all authors on one {@code {Author}} line; {@code {Notes}} holds the
 * CN number and {@code {ISBN/ISSN}} the ISSN; theses give {@code {Type of Work}} and
 * {@code {Publisher}}. A line not starting with {@code {} continues the previous field.
 */
public final class CnkiNoteExpressParser extends AbstractTaggedParser {

  private static final Map<String, CnkiField> TAGS = Map.ofEntries(
      Map.entry("reference type", CnkiField.REFERENCE_TYPE),
      Map.entry("title", CnkiField.TITLE),
      Map.entry("translated title", CnkiField.TITLE_ALT),
      Map.entry("english title", CnkiField.TITLE_ALT),
      Map.entry("author", CnkiField.AUTHORS),
      Map.entry("secondary author", CnkiField.SUPERVISORS),
      Map.entry("tertiary author", CnkiField.SUPERVISORS),
      Map.entry("author address", CnkiField.ORGANISATIONS),
      Map.entry("journal", CnkiField.SOURCE),
      Map.entry("secondary title", CnkiField.SOURCE),
      Map.entry("tertiary title", CnkiField.CONFERENCE),
      Map.entry("publisher", CnkiField.PUBLISHER),
      Map.entry("place published", CnkiField.CONFERENCE_PLACE),
      Map.entry("year", CnkiField.YEAR),
      Map.entry("date", CnkiField.DATE),
      Map.entry("volume", CnkiField.VOLUME),
      Map.entry("issue", CnkiField.ISSUE),
      Map.entry("pages", CnkiField.PAGES),
      Map.entry("keywords", CnkiField.KEYWORDS),
      Map.entry("abstract", CnkiField.ABSTRACT),
      Map.entry("isbn/issn", CnkiField.ISSN_ISBN),
      Map.entry("notes", CnkiField.CN_NUMBER),
      Map.entry("type of work", CnkiField.DEGREE),
      Map.entry("language", CnkiField.LANGUAGE),
      Map.entry("url", CnkiField.URL),
      Map.entry("doi", CnkiField.DOI));

  private static final Pattern TAG_LINE = Pattern.compile("^[\\s\\u3000]*\\{([^{}]{1,40})\\}[:：]\\s?(.*)$");

  private static final LineGrammar GRAMMAR = new LineGrammar() {
    @Override
    public TaggedField parse(String line, int lineNumber) {
      Matcher m = TAG_LINE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      return new TaggedField(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2), lineNumber);
    }

    @Override
    public boolean startsRecord(TaggedField field) {
      return field.tag().equals("reference type");
    }
  };

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.CNKI_NOTEEXPRESS);
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
