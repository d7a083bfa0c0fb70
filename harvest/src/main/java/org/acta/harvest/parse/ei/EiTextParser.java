package org.acta.harvest.parse.ei;

import java.util.Locale;
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
 * Engineering Village plain-text ("ASCII") download (formats.md §4.5): records start at
 * {@code <RECORD n>}; lines are {@code Label:value}, split at the first colon (values contain
 * colons); a line that does not start with a known label continues the previous value; the
 * unlabelled {@code Compilation and indexing terms, Copyright …} line is skipped. Labels and value
 * syntax are those of the CSV download (same linking of authors and affiliations).
 */
public final class EiTextParser extends AbstractTaggedParser {

  private static final Pattern RECORD_START = Pattern.compile("^\\s*<RECORD\\s+\\d+>\\s*$");
  private static final Pattern LABEL_LINE =
      Pattern.compile("^([A-Za-z][A-Za-z0-9 ()/.,'-]{0,60}?)\\s*:\\s?(.*)$");
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("^\\s*Compilation and indexing terms,.*", Pattern.CASE_INSENSITIVE);
  private static final String RECORD = "<RECORD>";
  private static final String SKIPPED = "(skipped)";

  /** EV labels Acta does not read; they must still end the previous value. */
  private static final Set<String> OTHER_LABELS = Set.of("number of references",
      "classification code", "treatment", "discipline", "ipc code", "cas registry number(s)",
      "availability", "scope", "abstract type", "monograph title", "volume title", "part number",
      "report number", "editor", "editors", "inventor", "inventors", "country of publication",
      "access type", "open access type(s)", "data provider", "conference code", "sponsor",
      "publisher", "coden", "numerical data indexing", "chemical data indexing", "funding number",
      "funding acronym", "funding sponsor", "patent number", "assignee", "priority",
      "uncontrolled terms", "main heading", "issue", "volume");

  private static final LineGrammar GRAMMAR = new LineGrammar() {
    @Override
    public TaggedField parse(String line, int lineNumber) {
      if (RECORD_START.matcher(line).matches()) {
        return new TaggedField(RECORD, line.strip(), lineNumber);
      }
      if (COPYRIGHT_LINE.matcher(line).matches()) {
        return new TaggedField(SKIPPED, line, lineNumber);
      }
      Matcher m = LABEL_LINE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      String label = m.group(1).strip();
      EiField field = EiField.ofLabel(label);
      if (field != null) {
        return new TaggedField(field.name(), m.group(2), lineNumber);
      }
      if (OTHER_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
        return new TaggedField(SKIPPED, m.group(2), lineNumber);
      }
      return null;
    }

    @Override
    public boolean startsRecord(TaggedField field) {
      return field.tag().equals(RECORD);
    }
  };

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.EI_TEXT);
  }

  @Override
  protected LineGrammar grammar() {
    return GRAMMAR;
  }

  @Override
  protected SourceRecord map(RawRecord raw, SourceRecord.Builder builder, Problems problems) {
    EiDetailedRecord values = new EiDetailedRecord();
    for (TaggedField f : raw.fields()) {
      if (!f.tag().equals(RECORD) && !f.tag().equals(SKIPPED)) {
        values.put(EiField.valueOf(f.tag()), f.value(), f.line());
      }
    }
    return values.fill(builder, problems, raw.firstLine());
  }
}
