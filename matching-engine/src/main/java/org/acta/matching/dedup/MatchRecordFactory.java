package org.acta.matching.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.acta.matching.dedup.score.PairComparator;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.normalize.Doi;
import org.acta.matching.normalize.Issn;
import org.acta.matching.normalize.Numbering;
import org.acta.matching.normalize.Pages;
import org.acta.matching.normalize.PersonNameKeys;
import org.acta.matching.normalize.TextFolder;
import org.acta.matching.normalize.TitleMarkers;

/**
 * Derives {@link MatchRecord}s from source records: every normalised key once per record, in
 * parallel, then the collection-wide facts (which titles are too common to identify a work).
 */
public final class MatchRecordFactory {
  static final int MAX_AUTHORS = 30;
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern CN = Pattern.compile("\\b(\\d{2})\\s*-\\s*(\\d{4})\\s*/\\s*([A-Za-z]{1,3})\\b");

  /**
   * A bracketed remark of words after a space: "(Panel Abstract)", "[Review]" — not a formula or
   * part marker such as "Cr(VI)" or "(II)", which names a different paper.
   */
  private static final Pattern BRACKETED = Pattern.compile(
      "(?<=\\s)(?:\\((?=[^()]*\\p{L}{4})[^()]*\\s[^()]*\\)|\\[(?=[^\\[\\]]*\\p{L}{4})[^\\[\\]]*\\])");
  /** A title left with fewer characters than this once its remarks are removed names nothing. */
  private static final int MIN_BARE_TITLE = 12;

  private final DedupConfig config;

  public MatchRecordFactory(DedupConfig config) {
    this.config = config;
  }

  /** Match records for all records, index = position in the list. */
  public MatchRecord[] build(List<SourceRecord> records) {
    MatchRecord[] out = new MatchRecord[records.size()];
    IntStream.range(0, records.size()).parallel().forEach(i -> out[i] = one(i, records.get(i)));
    markCleanFiles(out);
    markGenericTitles(out);
    return out;
  }

  MatchRecord one(int index, SourceRecord r) {
    MatchRecord.Builder b = new MatchRecord.Builder();
    b.index = index;
    b.record = r;
    b.sourceId = sourceId(r);
    String doi = Doi.normalize(r.ids().doi());
    if (doi == null && r.url() != null && r.url().contains("/10.")) {
      doi = Doi.normalize(r.url()); // CNKI puts the DOI only in its link for some records
    }
    b.doi = doi;
    b.venueIds = venueIds(r);
    b.year = r.year() == null ? 0 : r.year();
    b.yearAlt = otherYear(r, b.year);
    b.volume = Numbering.normalize(r.volume());
    b.issue = r.documentType() == DocumentType.THESIS ? null : Numbering.normalize(r.issue());
    Pages p = Pages.of(r.pageStart(), r.pageEnd(), r.pagesRaw());
    b.firstPage = p.first();
    b.lastPage = p.last();
    b.articleNumber = Pages.articleNumber(r.articleNumber());
    String mainTitle = r.title();
    String alt = r.titleAlt();
    b.title = TextFolder.fold(mainTitle);
    b.titleCompact = TextFolder.compact(b.title);
    b.titleTokens = tokens(b.title);
    b.titleHan = TextFolder.isMostlyHan(mainTitle);
    if (mainTitle != null && !b.titleHan && BRACKETED.matcher(mainTitle).find()) {
      String bare = TextFolder.compact(TextFolder.fold(BRACKETED.matcher(mainTitle).replaceAll(" ")));
      b.titleBareCompact = bare.length() >= MIN_BARE_TITLE ? bare : "";
    }
    b.titleAlt = TextFolder.fold(alt);
    b.titleAltCompact = TextFolder.compact(b.titleAlt);
    b.titleAltTokens = tokens(b.titleAlt);
    String venueText = r.sourceTitle() != null ? r.sourceTitle() : r.conference();
    b.venue = TextFolder.fold(venueText);
    b.venueTokens = tokens(b.venue);
    b.venueWords = VenueNames.words(venueText);
    b.venueAbbrev = TextFolder.fold(r.sourceTitleAbbrev());
    b.part = TitleMarkers.partNumber(b.title);
    if (b.part == 0 && b.titleHan) {
      b.part = TitleMarkers.bracketedPart(mainTitle);
    }
    b.correction = r.documentType() == DocumentType.CORRECTION || TitleMarkers.isCorrection(b.title)
        || TitleMarkers.isCorrection(b.titleAlt);
    b.kind = kind(r);
    b.authorKeys = authorKeys(r.authors());
    return new MatchRecord(b);
  }

  static String sourceId(SourceRecord r) {
    if (r.ids().wosUt() != null && !r.ids().wosUt().isBlank()) {
      return "WOS|" + r.ids().wosUt().trim().toUpperCase(Locale.ROOT);
    }
    if (r.ids().eiAccession() != null && !r.ids().eiAccession().isBlank()) {
      String db = r.database() == null ? "" : r.database().trim().toLowerCase(Locale.ROOT);
      return "EI|" + db + "|" + r.ids().eiAccession().trim();
    }
    return null;
  }

  private static String[] venueIds(SourceRecord r) {
    List<String> ids = new ArrayList<>(3);
    for (String raw : new String[] {r.ids().issn(), r.ids().eissn()}) {
      String issn = Issn.normalize(raw);
      if (issn != null && !ids.contains(issn)) {
        ids.add(issn);
      }
    }
    if (r.ids().cnNumber() != null) {
      Matcher m = CN.matcher(r.ids().cnNumber());
      if (m.find()) {
        ids.add("CN" + m.group(1) + "-" + m.group(2) + "/" + m.group(3).toUpperCase(Locale.ROOT));
      }
    }
    return ids.toArray(new String[0]);
  }

  /** The early-access or print year when it differs from the main year (WoS PY vs EV year). */
  private static int otherYear(SourceRecord r, int year) {
    for (String d : new String[] {r.earlyAccessDate(), r.publicationDate()}) {
      if (d != null) {
        Matcher m = YEAR.matcher(d);
        if (m.find()) {
          int y = Integer.parseInt(m.group());
          if (y != year) {
            return y;
          }
        }
      }
    }
    return 0;
  }

  private static MatchRecord.Kind kind(SourceRecord r) {
    return switch (r.documentType()) {
      case PROCEEDINGS_PAPER -> MatchRecord.Kind.CONFERENCE;
      case ARTICLE, REVIEW, EDITORIAL, CORRECTION -> MatchRecord.Kind.JOURNAL;
      case THESIS -> MatchRecord.Kind.THESIS;
      default -> REPORT_TYPE.matcher(TextFolder.fold(r.documentTypeRaw())).find() ? MatchRecord.Kind.REPORT
          : kindFromVenue(r.sourceTitle() != null ? r.sourceTitle() : r.conference());
    };
  }

  /**
   * A document type that names a report ("Technical Report 92-8", "Tech. rep.", "TR 97-4",
   * "working paper"): the type a citation parser or a repository gives, read before the venue.
   */
  private static final Pattern REPORT_TYPE = Pattern.compile(
      "\\b(report|tech rep|techreport|tr|working paper)\\b");

  private static final Pattern JOURNAL_WORDS = Pattern.compile(
      "\\b(journal|j|trans|transactions|record|letters|lett|magazine|mag|bulletin|bull|review|rev|annals|acta)\\b");
  private static final Pattern CONFERENCE_WORDS = Pattern.compile(
      "\\b(conference|conf|proceedings|proc|symposium|symp|workshop|congress|meeting|colloquium)\\b");

  /** When the source gives no document type, the venue's name often says it ("… Journal"). */
  static MatchRecord.Kind kindFromVenue(String venue) {
    String v = TextFolder.fold(venue);
    if (v.isEmpty()) {
      return MatchRecord.Kind.UNKNOWN;
    }
    boolean conf = CONFERENCE_WORDS.matcher(v).find();
    boolean journal = JOURNAL_WORDS.matcher(v).find();
    return conf == journal ? MatchRecord.Kind.UNKNOWN
        : conf ? MatchRecord.Kind.CONFERENCE : MatchRecord.Kind.JOURNAL;
  }

  static int[][] authorKeys(List<Author> authors) {
    int n = Math.min(authors.size(), MAX_AUTHORS);
    int[][] out = new int[n][];
    int named = 0;
    for (int i = 0; i < n; i++) {
      Set<String> keys = PersonNameKeys.of(authors.get(i));
      if (keys.isEmpty()) {
        continue; // no name in it (stray initials): not an author to compare
      }
      int[] h = new int[keys.size()];
      int k = 0;
      for (String key : keys) {
        h[k++] = key.hashCode();
      }
      out[named++] = h;
    }
    return named == n ? out : Arrays.copyOf(out, named);
  }

  /** Sorted distinct hashes of the words of a folded text. */
  static int[] tokens(String folded) {
    if (folded.isEmpty()) {
      return new int[0];
    }
    String[] words = folded.split(" ");
    int[] h = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      h[i] = words[i].hashCode();
    }
    Arrays.sort(h);
    int k = 0;
    for (int i = 0; i < h.length; i++) {
      if (i == 0 || h[i] != h[i - 1]) {
        h[k++] = h[i];
      }
    }
    return Arrays.copyOf(h, k);
  }

  /**
   * A listing (file + database) is clean when almost no title repeats inside it: a database
   * export lists each paper once, a citation list (Cora) repeats papers all the time. Learnt per
   * file from the data, so no file has to be declared clean or dirty.
   */
  private void markCleanFiles(MatchRecord[] recs) {
    Map<String, Map<String, Integer>> titlesPerListing = new HashMap<>();
    for (MatchRecord m : recs) {
      if (m.hasTitle()) {
        titlesPerListing.computeIfAbsent(m.listing, k -> new HashMap<>()).merge(m.titleCompact, 1, Integer::sum);
      }
    }
    Map<String, Boolean> clean = new HashMap<>();
    Map<String, Boolean> citations = new HashMap<>();
    titlesPerListing.forEach((listing, titles) -> {
      long records = 0;
      long repeated = 0;
      for (int c : titles.values()) {
        records += c;
        if (c > 1) {
          repeated += c;
        }
      }
      clean.put(listing, records >= MIN_RECORDS_TO_JUDGE && repeated <= records * MAX_REPEAT_SHARE);
      citations.put(listing, records >= MIN_RECORDS_TO_JUDGE && repeated >= records * MIN_CITATION_REPEAT_SHARE);
    });
    // online-first records only exist where the list normally gives volume, issue or pages
    Map<String, int[]> numbered = new HashMap<>();
    for (MatchRecord m : recs) {
      int[] c = numbered.computeIfAbsent(m.listing, k -> new int[2]);
      c[0]++;
      if (m.volume != null || m.issue != null || m.pageKey() != null) {
        c[1]++;
      }
    }
    for (MatchRecord m : recs) {
      int[] c = numbered.get(m.listing);
      m.onlineFirst = c[1] * 2 > c[0] && m.volume == null && m.issue == null && m.pageKey() == null;
    }
    Map<String, Integer> titleYear = new HashMap<>();
    Map<String, Integer> titleVenue = new HashMap<>();
    for (MatchRecord m : recs) {
      m.cleanFile = clean.getOrDefault(m.listing, false);
      m.citationList = citations.getOrDefault(m.listing, false);
      if (m.cleanFile && m.hasTitle() && !m.onlineFirst()) {
        titleYear.merge(m.listing + "\u0000" + m.titleCompact + "\u0000" + m.year, 1, Integer::sum);
        titleVenue.merge(m.listing + "\u0000" + m.titleCompact + "\u0000" + m.venue, 1, Integer::sum);
      }
    }
    markAuthorsUniqueInListing(recs);
    for (MatchRecord m : recs) {
      if (m.cleanFile && m.hasTitle()) {
        m.sameTitleAndYearInListing = titleYear.getOrDefault(m.listing + "\u0000" + m.titleCompact + "\u0000" + m.year, 1);
        m.sameTitleAndVenueInListing = titleVenue.getOrDefault(m.listing + "\u0000" + m.titleCompact + "\u0000" + m.venue, 1);
      }
    }
  }

  /** Namesakes compared pairwise at most; a larger group of one title is a column anyway. */
  private static final int MAX_NAMESAKES = 50;

  /**
   * For records of clean lists, how many records of the same listing share the title, year and
   * venue name and have the same authors: a column that recurs in one issue ("Guest editorial",
   * "Keynote address") is still one paper per author group.
   */
  private static void markAuthorsUniqueInListing(MatchRecord[] recs) {
    Map<String, List<MatchRecord>> namesakes = new HashMap<>();
    for (MatchRecord m : recs) {
      if (m.cleanFile && m.hasTitle()) {
        namesakes.computeIfAbsent(m.listing + "\u0000" + m.titleCompact + "\u0000" + m.year + "\u0000" + m.venue,
            k -> new ArrayList<>(1)).add(m);
      }
    }
    for (List<MatchRecord> group : namesakes.values()) {
      if (group.size() == 1) {
        continue;
      }
      for (MatchRecord m : group) {
        if (group.size() > MAX_NAMESAKES || m.authorKeys.length == 0) {
          m.sameTitleAndAuthorsInListing = group.size();
          continue;
        }
        int same = 0;
        for (MatchRecord o : group) {
          if (PairComparator.authorsLevel(m, o) == 1) {
            same++;
          }
        }
        m.sameTitleAndAuthorsInListing = same;
      }
    }
  }

  /** Different first authors under one title from which the title is a column, not a paper. */
  static final int FIRST_AUTHORS_OF_GENERIC_TITLE = 5;

  /** Fewer records than this say nothing about whether a file repeats papers. */
  static final int MIN_RECORDS_TO_JUDGE = 20;
  /**
   * Share of records with a title repeated in the same file above which a file is not a clean
   * list. A database export repeats a title only for recurring columns and editorials (DBLP 5.6 %,
   * ACM 5.1 % of records); a file where one record in ten repeats a title is a merged or scraped
   * list (Google Scholar: 21 %) whose duplicates the one-record-per-paper rule would keep apart.
   */
  static final double MAX_REPEAT_SHARE = 0.10;
  /**
   * Share of records with a repeated title from which a file is surely a citation list (between
   * the two shares a file is neither clean nor linked in citation-list mode).
   */
  static final double MIN_CITATION_REPEAT_SHARE = 0.5;

  /**
   * A title is generic ("Editorial", "Preface", 卷首语) when the collection shows it naming papers
   * in several years or venues, or when it is too short to name one paper. Learnt from the data,
   * not from a list, so it works for any language.
   */
  private void markGenericTitles(MatchRecord[] recs) {
    Map<String, TitleSpread> spreadOf = new HashMap<>(recs.length * 2);
    for (MatchRecord m : recs) {
      if (m.hasTitle()) {
        spreadOf.computeIfAbsent(m.titleCompact, k -> new TitleSpread()).add(m);
      }
    }
    int spread = config.genericTitleSpread();
    for (MatchRecord m : recs) {
      if (!m.hasTitle()) {
        continue;
      }
      TitleSpread t = spreadOf.get(m.titleCompact);
      boolean short_ = m.titleHan ? m.titleCompact.length() <= 4 : m.titleTokens.length <= 2;
      m.genericTitle = short_
          // one title, many first authors: a column or editorial, not a paper (a paper cited
          // many times keeps its first author, whatever its years and venue strings)
          || t.firstAuthors >= FIRST_AUTHORS_OF_GENERIC_TITLE
          // only identified venues count: free-text venue strings of one paper vary (citations)
          || t.venues >= spread
          // a clean list (one record per paper) naming two records alike in one year: generic
          || m.cleanFile && m.sameTitleAndYearInListing > 1
          // a clean list holding one title in one venue in two years: a recurring column
          || m.cleanFile && m.sameTitleAndVenueInListing > 1;
    }
  }

  /** How widely one title is spread: distinct years and venues (counted up to a few). */
  private static final class TitleSpread {
    private static final int CAP = 6;
    final int[] yearSeen = new int[CAP];
    final int[] authorSeen = new int[CAP];
    int firstAuthors;
    final String[] venueSeen = new String[CAP];
    int years;
    int venues;

    void add(MatchRecord m) {
      if (years < CAP && !contains(yearSeen, years, m.year)) {
        yearSeen[years++] = m.year;
      }
      if (m.authorKeys.length > 0 && m.authorKeys[0].length > 0 && firstAuthors < CAP
          && !containsAny(authorSeen, firstAuthors, m.authorKeys[0])) {
        authorSeen[firstAuthors++] = m.authorKeys[0][0];
      }
      if (m.venueIds.length > 0 && venues < CAP && !contains(venueSeen, venues, m.venueIds[0])) {
        venueSeen[venues++] = m.venueIds[0];
      }
    }

    private static boolean containsAny(int[] a, int n, int[] keys) {
      for (int k : keys) {
        if (contains(a, n, k)) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(int[] a, int n, int v) {
      for (int i = 0; i < n; i++) {
        if (a[i] == v) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(String[] a, int n, String v) {
      for (int i = 0; i < n; i++) {
        if (a[i].equals(v)) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean isChineseSource(MatchRecord m) {
    return m.source == SourceDatabase.CNKI || m.titleHan;
  }
}
