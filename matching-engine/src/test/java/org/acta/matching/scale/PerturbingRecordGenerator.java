package org.acta.matching.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;

/**
 * Generates source records the way real exports vary: each invented paper is exported by one
 * to three databases (WoS, EI, CNKI), and each export perturbs it as those databases do — Greek
 * letters spelled out or kept, sub/superscript markup, ALL-CAPS titles, a typo, dashes, the DOI
 * missing or upper-cased, the ISSN without hyphen, pages as a range or {@code 45-52+60}, an
 * early-access year one earlier, initials instead of full given names, Chinese titles and names
 * on the CNKI side with the English title only in EI. Some papers come as Part I / Part II, as
 * conference and journal versions, with corrigenda, or with generic titles. Deterministic for
 * a seed; the gold work of each record is its paper number.
 */
public final class PerturbingRecordGenerator {
  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "ch", "st", "tr", "pl", "gr"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ia", "io", "ea"};
  private static final String[] CODAS = {"", "n", "r", "s", "t", "l", "m", "ng", "x"};
  private static final String[] GREEK = {"α", "β", "γ", "δ", "κ", "μ"};
  private static final String[] PINYIN = {"zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo"};
  private static final String[] GIVEN = {"wei", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao", "ming", "chao", "xiu", "hua", "ping", "gang", "hui", "fang"};
  private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世";

  private final SplittableRandom rnd;
  private final String[] vocabulary;
  private final String[] journals;
  private final String[] issns;

  public PerturbingRecordGenerator(long seed, int vocabularySize, int journalCount) {
    rnd = new SplittableRandom(seed);
    vocabulary = new String[vocabularySize];
    for (int i = 0; i < vocabularySize; i++) {
      vocabulary[i] = word(2 + rnd.nextInt(3));
    }
    journals = new String[journalCount];
    issns = new String[journalCount];
    for (int j = 0; j < journalCount; j++) {
      journals[j] = "Journal of " + cap(word(3)) + " " + cap(word(2)) + " " + cap(word(3));
      issns[j] = issn(1000000 + j * 7);
    }
  }

  /** A generated record and the paper it belongs to. */
  public record Generated(SourceRecord record, String goldWork) {}

  /** Papers until {@code records} records have been generated. */
  public List<Generated> generate(int records) {
    List<Generated> out = new ArrayList<>(records + 4);
    int paper = 0;
    while (out.size() < records) {
      paper++;
      Paper p = paper(paper);
      int kind = rnd.nextInt(100);
      if (kind < 3) {
        // a two-part series: two papers, alike but for the part number
        Paper second = p.withPart(2, paper + 1_000_000_000);
        p = p.withPart(1, paper);
        export(p, out);
        export(second, out);
        continue;
      }
      if (kind < 5) {
        Paper correction = p.corrigendum(paper + 1_500_000_000);
        export(p, out);
        export(correction, out);
        continue;
      }
      export(p, out);
    }
    return out.size() > records ? out.subList(0, records) : out;
  }

  private void export(Paper p, List<Generated> out) {
    int copies = rnd.nextInt(100);
    boolean chinese = p.chinese;
    if (chinese) {
      out.add(new Generated(cnki(p, out.size()), p.gold()));
      if (copies < 60) {
        out.add(new Generated(ei(p, out.size()), p.gold()));
      }
      return;
    }
    out.add(new Generated(wos(p, out.size()), p.gold()));
    if (copies < 55) {
      out.add(new Generated(ei(p, out.size()), p.gold()));
    }
    if (copies < 8) {
      out.add(new Generated(wos(p, out.size()), p.gold())); // same record in two exports
    }
  }

  private Paper paper(int n) {
    Paper p = new Paper();
    p.number = n;
    p.chinese = rnd.nextInt(100) < 25;
    int words = 6 + rnd.nextInt(8);
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        t.append(' ');
      }
      if (i == 2 && rnd.nextInt(10) == 0) {
        t.append(GREEK[rnd.nextInt(GREEK.length)]).append("-Fe2O3");
      } else {
        t.append(vocabulary[zipf(vocabulary.length)]);
      }
    }
    p.title = cap(t.toString());
    if (p.chinese) {
      StringBuilder h = new StringBuilder();
      int len = 10 + rnd.nextInt(14);
      for (int i = 0; i < len; i++) {
        h.append(HAN.charAt(rnd.nextInt(HAN.length())));
      }
      p.hanTitle = h.toString();
    }
    int j = rnd.nextInt(journals.length);
    p.journal = journals[j];
    p.issn = issns[j];
    p.year = 2010 + rnd.nextInt(15);
    p.volume = Integer.toString(1 + rnd.nextInt(200));
    p.issue = Integer.toString(1 + rnd.nextInt(12));
    p.firstPage = 1 + rnd.nextInt(3000);
    p.lastPage = p.firstPage + 3 + rnd.nextInt(15);
    p.hasDoi = rnd.nextInt(100) < 80;
    p.doi = "10.99" + (100 + rnd.nextInt(900)) + "/j." + word(2) + "." + p.year + "." + n;
    int authors = 1 + rnd.nextInt(7);
    for (int a = 0; a < authors; a++) {
      p.family.add(PINYIN[rnd.nextInt(PINYIN.length)]);
      p.given.add(GIVEN[rnd.nextInt(GIVEN.length)] + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : ""));
    }
    p.conference = rnd.nextInt(100) < 12;
    return p;
  }

  private SourceRecord wos(Paper p, int ordinal) {
    String title = p.part > 0 ? p.title + ", Part " + roman(p.part) : p.title;
    title = title.replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("δ", "delta")
        .replace("κ", "kappa").replace("μ", "mu");
    if (rnd.nextInt(100) < 4) {
      title = title.toUpperCase(Locale.ROOT);
    }
    if (rnd.nextInt(100) < 2) {
      title = typo(title);
    }
    SourceRecord.Builder b = base(SourceDatabase.WOS, "savedrecs.txt", ordinal, p)
        .title(title)
        .sourceTitle(p.journal.toUpperCase(Locale.ROOT))
        .year(p.earlyAccess() ? p.year + 1 : p.year)
        .earlyAccessDate(p.earlyAccess() ? "NOV " + p.year : null)
        .pageStart(Integer.toString(p.firstPage))
        .pageEnd(Integer.toString(p.lastPage))
        .documentType(p.docType())
        .ids(new Identifiers("WOS:" + String.format("%015d", (long) p.number * 7 + p.part), null, null,
            p.hasDoi && rnd.nextInt(100) < 95 ? p.doi : null, p.issn, null, List.of(), null, null));
    for (int a = 0; a < p.family.size(); a++) {
      String fam = cap(p.family.get(a));
      String giv = cap(p.given.get(a));
      b.addAuthor(new Author(a + 1, fam + ", " + giv, fam + ", " + giv.charAt(0), fam + ", " + giv, null,
          List.of(), List.of(), null, null, a == 0));
    }
    return b.build();
  }

  private SourceRecord ei(Paper p, int ordinal) {
    String title = p.part > 0 ? p.title + ", Part " + (rnd.nextBoolean() ? roman(p.part) : Integer.toString(p.part)) : p.title;
    if (rnd.nextInt(100) < 30) {
      title = title.replace("Fe2O3", "Fe<inf>2</inf>O<inf>3</inf>");
    }
    if (rnd.nextInt(100) < 2) {
      title = typo(title);
    }
    String pages = p.firstPage + (rnd.nextBoolean() ? "-" : " - ") + p.lastPage;
    String doi = p.hasDoi && rnd.nextInt(100) < 90 ? (rnd.nextBoolean() ? p.doi.toUpperCase(Locale.ROOT) : "https://doi.org/" + p.doi) : null;
    SourceRecord.Builder b = base(SourceDatabase.EI, "export-ei.csv", ordinal, p)
        .title(p.chinese ? title : title)
        .sourceTitle(p.chinese ? "Xuebao/" + p.journal : p.journal)
        .year(p.year)
        .pagesRaw(pages)
        .database("Compendex")
        .documentType(p.docType())
        .ids(new Identifiers(null, Long.toString(20100000000000L + (long) p.number * 13 + p.part), null, doi,
            p.issn.replace("-", ""), null, List.of(), null, null));
    for (int a = 0; a < p.family.size(); a++) {
      String fam = cap(p.family.get(a));
      String giv = cap(p.given.get(a));
      b.addAuthor(Author.named(a + 1, fam + ", " + (rnd.nextInt(3) == 0 ? giv.charAt(0) + "." : giv)));
    }
    return b.build();
  }

  private SourceRecord cnki(Paper p, int ordinal) {
    String title = p.part > 0 ? p.hanTitle + "（" + roman(p.part).replace("I", "Ⅰ") + "）" : p.hanTitle;
    SourceRecord.Builder b = base(SourceDatabase.CNKI, "CNKI-export.txt", ordinal, p)
        .title(title)
        .sourceTitle(p.journal)
        .year(p.year)
        .issue(String.format("%02d", Integer.parseInt(p.issue)))
        .pagesRaw(p.firstPage + "-" + p.lastPage + (rnd.nextInt(10) == 0 ? "+" + (p.lastPage + 5) : ""))
        .documentType(p.docType())
        .ids(new Identifiers(null, null, null, p.hasDoi && rnd.nextInt(100) < 85 ? p.doi.toUpperCase(Locale.ROOT) : null,
            p.issn, null, List.of(), null, null));
    for (int a = 0; a < p.family.size(); a++) {
      b.addAuthor(Author.named(a + 1, hanName(p.family.get(a), p.given.get(a))));
    }
    b.volume(null);
    return b.build();
  }

  private SourceRecord.Builder base(SourceDatabase db, String file, int ordinal, Paper p) {
    String verbatim = db + "|" + p.number + "|" + p.part + "|" + ordinal;
    return SourceRecord.builder()
        .origin(new RecordOrigin(file, ordinal + 1, ordinal + 1, ordinal + 1, verbatim))
        .source(db)
        .volume(p.volume)
        .issue(p.issue);
  }

  private String hanName(String family, String given) {
    // a stable invented hanzi name per pinyin name: the same person is written alike everywhere
    int h = Math.abs((family + given).hashCode());
    return "" + HAN.charAt(h % HAN.length()) + HAN.charAt((h / 7) % HAN.length());
  }

  private String typo(String s) {
    int i = 1 + rnd.nextInt(Math.max(1, s.length() - 2));
    return s.substring(0, i) + s.substring(i + 1);
  }

  private int zipf(int n) {
    double u = rnd.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, u)) - 1 + rnd.nextInt(2));
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)])
          .append(CODAS[rnd.nextInt(CODAS.length)]);
    }
    return b.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String roman(int n) {
    return switch (n) {
      case 1 -> "I";
      case 2 -> "II";
      default -> "III";
    };
  }

  private static String issn(int seven) {
    String d = String.format("%07d", seven % 10_000_000);
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (d.charAt(i) - '0') * (8 - i);
    }
    int c = (11 - sum % 11) % 11;
    return d.substring(0, 4) + "-" + d.substring(4) + (c == 10 ? "X" : Integer.toString(c));
  }

  private final class Paper {
    int number;
    int part;
    boolean chinese;
    boolean correction;
    boolean conference;
    String title;
    String hanTitle;
    String journal;
    String issn;
    int year;
    String volume;
    String issue;
    int firstPage;
    int lastPage;
    boolean hasDoi;
    String doi;
    boolean early = rnd.nextInt(100) < 3;
    List<String> family = new ArrayList<>();
    List<String> given = new ArrayList<>();

    boolean earlyAccess() {
      return early;
    }

    DocumentType docType() {
      return correction ? DocumentType.CORRECTION : conference ? DocumentType.PROCEEDINGS_PAPER : DocumentType.ARTICLE;
    }

    String gold() {
      return "P" + number;
    }

    Paper withPart(int part, int number) {
      Paper q = copy(number);
      q.part = part;
      if (part == 2) {
        q.firstPage = lastPage + 1;
        q.lastPage = q.firstPage + 10;
        q.doi = doi + ".2";
      }
      return q;
    }

    Paper corrigendum(int number) {
      Paper q = copy(number);
      q.correction = true;
      q.title = "Corrigendum to \"" + title + "\"";
      q.hanTitle = "更正：" + hanTitle;
      q.firstPage = 1 + rnd.nextInt(3000);
      q.lastPage = q.firstPage;
      q.doi = doi + ".c";
      q.year = year + 1;
      return q;
    }

    private Paper copy(int number) {
      Paper q = new Paper();
      q.number = number;
      q.chinese = chinese;
      q.conference = conference;
      q.title = title;
      q.hanTitle = hanTitle;
      q.journal = journal;
      q.issn = issn;
      q.year = year;
      q.volume = volume;
      q.issue = issue;
      q.firstPage = firstPage;
      q.lastPage = lastPage;
      q.hasDoi = hasDoi;
      q.doi = doi;
      q.early = early;
      q.family = family;
      q.given = given;
      return q;
    }
  }
}
