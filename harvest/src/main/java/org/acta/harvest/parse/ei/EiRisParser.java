package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.tagged.AbstractTaggedParser;
import org.acta.harvest.parse.tagged.LineGrammar;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.parse.tagged.RawRecord;
import org.acta.harvest.parse.tagged.TaggedField;
import org.acta.harvest.text.IdentifierText;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.matching.model.Author;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.SourceRecord;

/**
 * Engineering Village RIS, the tag set of EV's RIS template (formats.md §4.6): {@code A1} authors
 * without affiliation ids, unnumbered {@code AD} affiliations, {@code U1} accession number,
 * {@code L2} DOI as a {@code dx.doi.org} URL, {@code M1} database, {@code KW} controlled and
 * {@code U2} uncontrolled terms. Newer standard tags ({@code AU}, {@code AN}, {@code DO},
 * {@code UR}) are accepted too. RIS has no corresponding author and no author→affiliation link.
 */
public final class EiRisParser extends AbstractTaggedParser {

  private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])  ?-(?: (.*)|\\s*)$");

  private static final LineGrammar GRAMMAR = new LineGrammar() {
    @Override
    public TaggedField parse(String line, int lineNumber) {
      Matcher m = TAG_LINE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      return new TaggedField(m.group(1), m.group(2) == null ? "" : m.group(2), lineNumber);
    }

    @Override
    public boolean startsRecord(TaggedField field) {
      return field.tag().equals("TY");
    }

    @Override
    public boolean endsRecord(TaggedField field) {
      return field.tag().equals("ER");
    }

    @Override
    public boolean hasEndMarker() {
      return true;
    }
  };

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.EI_RIS);
  }

  @Override
  protected LineGrammar grammar() {
    return GRAMMAR;
  }

  @Override
  protected SourceRecord map(RawRecord raw, SourceRecord.Builder b, Problems problems) {
    String title = MarkupDecoder.decodeHtml(raw.first("TI"));
    String translated = MarkupDecoder.decodeHtml(raw.first("T1"));
    if (title == null) {
      title = translated; // generic RIS puts the title in T1
      translated = null;
    }
    String accession = raw.first("U1", "AN");
    String doi = null;
    for (String v : raw.all("DO", "L2", "UR")) {
      doi = IdentifierText.doiIn(v);
      if (doi != null) {
        break;
      }
    }
    if (title == null && accession == null && doi == null) {
      problems.drop(raw.firstLine(), "TI", "record has neither title nor accession number nor DOI");
      return null;
    }
    String issn = null;
    List<String> isbns = new ArrayList<>();
    for (String sn : raw.all("SN", "BN")) {
      for (String part : sn.split("[,;\\s]+")) {
        if (IdentifierText.isIssn(part) && issn == null) {
          issn = part;
        } else if (IdentifierText.isIsbn(part) && !isbns.contains(part)) {
          isbns.add(part);
        }
      }
    }
    b.ids(new Identifiers(null, accession, null, doi, issn, null, isbns, null, null));

    List<Author> authors = new ArrayList<>();
    for (String name : raw.all("A1", "AU")) {
      String n = MarkupDecoder.decodeHtml(name);
      if (n != null) {
        String[] parts = EiNames.split(n);
        boolean initials = EiNames.isInitials(parts[1]);
        authors.add(new Author(authors.size() + 1, n, initials ? n : null, initials ? null : n,
            null, List.of(), List.of(), null, null, false));
      }
    }
    List<String> affiliations = new ArrayList<>();
    for (String ad : raw.all("AD")) {
      String a = MarkupDecoder.decodeHtml(ad);
      if (a != null && !affiliations.contains(a)) {
        affiliations.add(a);
      }
    }
    List<String> index = new ArrayList<>();
    for (String kw : raw.all("KW")) {
      String t = MarkupDecoder.decodeHtml(kw);
      if (t != null && !index.contains(t)) {
        index.add(t);
      }
    }
    List<String> keywords = new ArrayList<>();
    for (String kw : raw.all("U2")) {
      String t = MarkupDecoder.decodeHtml(kw);
      if (t != null && !keywords.contains(t)) {
        keywords.add(t);
      }
    }
    String ty = raw.first("TY");
    String sp = raw.first("SP");
    String ep = raw.first("EP");
    String pages = sp == null ? null : ep == null ? sp : sp + "-" + ep;
    EiValues.pages(b, pages, null);
    return b.title(title)
        .titleAlt(translated)
        .sourceTitle(MarkupDecoder.decodeHtml(raw.first("JO", "JF", "T3", "T2")))
        .sourceTitleAbbrev(MarkupDecoder.decodeHtml(raw.first("J2", "JA")))
        .volume(raw.first("VL"))
        .issue(raw.first("IS"))
        .year(EiValues.year(raw.first("PY", "Y1", "DA")))
        .publicationDate(raw.first("DA", "Y1"))
        .language(raw.first("LA"))
        .documentTypeRaw(ty)
        .documentType(EiDocumentTypes.ofRisType(ty))
        .abstractText(MarkupDecoder.decodeHtml(raw.first("N2", "AB")))
        .keywords(keywords)
        .indexTerms(index)
        .authors(authors)
        .affiliations(affiliations)
        .affiliationsLinked(false)
        .database(raw.first("M1", "DB"))
        .conference(EiValues.joinNonBlank(raw.first("BT"), raw.first("CY")))
        .build();
  }
}
