package org.acta.harvest.parse.cnki;

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
 * CNKI 自定义 (custom) text and 知网研学 (E-Study) exports (formats.md §5.5, §5.6): lines
 * {@code English-中文: value} (half- or full-width colon); a record begins with the label the
 * file begins with ({@code SrcDatabase-来源库} in custom files, {@code DataType} in E-Study files —
 * which labels appear depends on the user's ticks, so the first one seen is taken as the record
 * start). Custom keywords are separated by {@code ;;}. Lines without a label continue the
 * previous value.
 */
public final class CnkiLabelledTextParser extends AbstractTaggedParser {

  private static final Pattern LABEL_LINE = Pattern.compile(
      "^[\\s\\u3000]*((?:[A-Za-z][A-Za-z ]{0,30}-[^:：\\s]{1,12})|DataType)[ \\t]*[:：][ \\t\\u3000]?(.*)$");

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.CNKI_CUSTOM, ExportFormat.CNKI_ESTUDY);
  }

  /** A new grammar per file: it remembers the file's first label. */
  @Override
  protected LineGrammar grammar() {
    return new LineGrammar() {
      private String startLabel;

      @Override
      public TaggedField parse(String line, int lineNumber) {
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches()) {
          return null;
        }
        return new TaggedField(m.group(1), m.group(2), lineNumber);
      }

      @Override
      public boolean startsRecord(TaggedField field) {
        if (startLabel == null) {
          startLabel = field.tag();
        }
        return field.tag().equals(startLabel);
      }
    };
  }

  @Override
  protected SourceRecord map(RawRecord raw, SourceRecord.Builder builder, Problems problems) {
    return CnkiRecordMapper.mapTagged(raw, CnkiLabels::of, builder, problems);
  }
}
