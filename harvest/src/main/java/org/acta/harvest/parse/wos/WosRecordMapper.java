package org.acta.harvest.parse.wos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns the {@link WosFields} of one record, whichever WoS export it came from, into a
 * {@link SourceRecord}: identifiers, bibliographic fields, and through {@link WosAuthorBinder}
 * the authors with their C1 affiliations, RP correspondence, ORCID and ResearcherID.
 * Stateless.
 */
final class WosRecordMapper {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d|21\\d\\d)\\b");
  private static final Pattern SEMI = Pattern.compile("\\s*;\\s*");

  /** Thrown when a record has neither a title nor a WoS accession number. */
  static final class UnusableRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableRecordException(String message) {
      super(message);
    }
  }

  private WosRecordMapper() {}

  static SourceRecord map(WosFields f, RecordOrigin origin, String format,
      WosAuthorBinder.Warnings warnings) throws UnusableRecordException {
    String ut = f.text("UT");
    String title = f.text("TI");
    if (title == null && ut == null) {
      throw new UnusableRecordException(f.isEmpty() ? "the record is empty"
          : "the record has neither a title (TI) nor an accession number (UT)");
    }
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(origin)
        .source(SourceDatabase.WOS)
        .format(format)
        .database(database(ut));
    b.ids(new Identifiers(ut, null, null, f.text("DI"), f.text("SN"), f.text("EI"),
        list(f.text("BN")), null, pubmed(f.text("PM"))));
    b.title(title);
    b.sourceTitle(f.text("SO"));
    b.sourceTitleAbbrev(f.text("JI") != null ? f.text("JI") : f.text("J9"));
    b.year(year(f));
    b.publicationDate(f.text("PD"));
    b.earlyAccessDate(f.text("EA") != null ? f.text("EA") : f.text("EY"));
    b.volume(f.text("VL"));
    b.issue(f.text("IS"));
    String bp = f.text("BP");
    String ep = f.text("EP");
    b.pageStart(bp);
    b.pageEnd(ep);
    b.pagesRaw(bp == null ? null : ep == null ? bp : bp + "-" + ep);
    b.articleNumber(f.text("AR"));
    String dt = f.text("DT");
    b.documentTypeRaw(dt);
    b.documentType(WosDocumentTypes.map(dt, f.text("PT")));
    b.language(f.text("LA"));
    b.keywords(list(f.text("DE")));
    b.indexTerms(list(f.text("ID")));
    b.abstractText(f.text("AB"));
    b.editions(list(unescape(f.text("WE"))));
    b.emails(list(f.text("EM")));
    b.funding(funding(f.text("FU"), f.text("FX")));
    b.conference(f.text("CT"));
    b.url(f.text("DL") != null ? f.text("DL") : f.text("WR"));
    WosAuthorBinder.bind(f, b, warnings);
    return b.build();
  }

  private static String database(String ut) {
    if (ut == null) {
      return null;
    }
    int colon = ut.indexOf(':');
    return colon > 0 ? ut.substring(0, colon).toUpperCase(Locale.ROOT) : null;
  }

  private static Integer year(WosFields f) {
    for (String tag : new String[] {"PY", "EY", "EA"}) {
      String v = f.text(tag);
      if (v != null) {
        Matcher m = YEAR.matcher(v);
        if (m.find()) {
          return Integer.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  private static String pubmed(String pm) {
    if (pm == null) {
      return null;
    }
    return pm.endsWith(".0") ? pm.substring(0, pm.length() - 2) : pm;
  }

  private static String funding(String fu, String fx) {
    if (fu == null) {
      return fx;
    }
    return fx == null ? fu : fu + "\n" + fx;
  }

  private static String unescape(String s) {
    return s == null || s.indexOf('&') < 0 ? s : StringEscapeUtils.unescapeHtml4(s);
  }

  /** {@code a; b; ; c;} → [a, b, c]. */
  static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (String s : SEMI.split(value)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
