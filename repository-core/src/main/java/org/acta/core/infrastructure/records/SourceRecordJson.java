package org.acta.core.infrastructure.records;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Evidence;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;

/**
 * The parsed fields of a {@link SourceRecord} as JSON ({@code source_record.parsed_fields}), and
 * back. The origin's verbatim text is not part of the JSON: it is stored in its own column and
 * handed back in when a record is read.
 *
 * <p>Why store the parse rather than parse the verbatim text again when the pipeline runs: a
 * record's verbatim text alone is not always readable on its own (a tab-delimited row needs its
 * file's header, a spreadsheet row its sheet), and reading JSON is much faster than detecting and
 * parsing. The verbatim text stays the truth: a new parser version re-imports the kept file.
 *
 * <p>Keys are short and absent values are left out, to keep 300 000 records small; {@link
 * #FORMAT_VERSION} is written so that a later change of layout can be told apart.
 */
public final class SourceRecordJson {

  /** Layout version written into every document as {@code "v"}. */
  public static final int FORMAT_VERSION = 1;

  private final JsonProvider json = JsonProvider.provider();

  /** The record's parsed fields as a JSON document. */
  public String write(SourceRecord r) {
    JsonObjectBuilder o = json.createObjectBuilder().add("v", FORMAT_VERSION);
    o.add("src", r.source().name());
    put(o, "fmt", r.format());
    put(o, "db", r.database());
    putList(o, "ed", r.editions());
    o.add("ids", ids(r.ids()));
    put(o, "ti", r.title());
    put(o, "ti2", r.titleAlt());
    put(o, "so", r.sourceTitle());
    put(o, "so2", r.sourceTitleAbbrev());
    if (r.year() != null) {
      o.add("py", r.year());
    }
    put(o, "pd", r.publicationDate());
    put(o, "ea", r.earlyAccessDate());
    put(o, "vl", r.volume());
    put(o, "is", r.issue());
    put(o, "bp", r.pageStart());
    put(o, "ep", r.pageEnd());
    put(o, "pg", r.pagesRaw());
    put(o, "ar", r.articleNumber());
    put(o, "dtr", r.documentTypeRaw());
    o.add("dt", r.documentType().name());
    put(o, "la", r.language());
    putList(o, "kw", r.keywords());
    putList(o, "it", r.indexTerms());
    put(o, "ab", r.abstractText());
    JsonArrayBuilder authors = json.createArrayBuilder();
    r.authors().forEach(a -> authors.add(author(a)));
    o.add("au", authors);
    putList(o, "af", r.affiliations());
    o.add("afl", r.affiliationsLinked());
    JsonArrayBuilder rp = json.createArrayBuilder();
    for (Correspondence c : r.correspondence()) {
      JsonObjectBuilder co = json.createObjectBuilder();
      putList(co, "n", c.authorNames());
      co.add("p", ints(c.authorPositions()));
      put(co, "ad", c.address());
      putList(co, "em", c.emails());
      rp.add(co);
    }
    o.add("rp", rp);
    putList(o, "em", r.emails());
    put(o, "fu", r.funding());
    putList(o, "sv", r.supervisors());
    put(o, "cf", r.conference());
    put(o, "url", r.url());
    JsonArrayBuilder ev = json.createArrayBuilder();
    for (Evidence e : r.evidence()) {
      JsonObjectBuilder eo = json.createObjectBuilder();
      put(eo, "k", e.kind());
      put(eo, "t", e.text());
      put(eo, "o", e.origin());
      ev.add(eo);
    }
    o.add("ev", ev);
    return o.build().toString();
  }

  /** A record from its stored parse and its stored origin. */
  public SourceRecord read(String document, RecordOrigin origin) {
    JsonObject o;
    try (JsonReader reader = json.createReader(new StringReader(document))) {
      o = reader.readObject();
    }
    int version = o.getInt("v", 0);
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException("unknown parsed_fields layout version " + version);
    }
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(origin)
        .source(SourceDatabase.valueOf(o.getString("src")))
        .format(str(o, "fmt"))
        .database(str(o, "db"))
        .editions(strings(o, "ed"))
        .ids(ids(o.getJsonObject("ids")))
        .title(str(o, "ti"))
        .titleAlt(str(o, "ti2"))
        .sourceTitle(str(o, "so"))
        .sourceTitleAbbrev(str(o, "so2"))
        .year(o.containsKey("py") ? o.getInt("py") : null)
        .publicationDate(str(o, "pd"))
        .earlyAccessDate(str(o, "ea"))
        .volume(str(o, "vl"))
        .issue(str(o, "is"))
        .pageStart(str(o, "bp"))
        .pageEnd(str(o, "ep"))
        .pagesRaw(str(o, "pg"))
        .articleNumber(str(o, "ar"))
        .documentTypeRaw(str(o, "dtr"))
        .documentType(DocumentType.valueOf(o.getString("dt")))
        .language(str(o, "la"))
        .keywords(strings(o, "kw"))
        .indexTerms(strings(o, "it"))
        .abstractText(str(o, "ab"))
        .authors(objects(o, "au", this::author))
        .affiliations(strings(o, "af"))
        .affiliationsLinked(o.getBoolean("afl", false))
        .correspondence(objects(o, "rp", c -> new Correspondence(
            strings(c, "n"), ints(c, "p"), str(c, "ad"), strings(c, "em"))))
        .emails(strings(o, "em"))
        .funding(str(o, "fu"))
        .supervisors(strings(o, "sv"))
        .conference(str(o, "cf"))
        .url(str(o, "url"))
        .evidence(objects(o, "ev", e -> new Evidence(str(e, "k"), str(e, "t"), str(e, "o"))));
    return b.build();
  }

  private JsonObjectBuilder ids(Identifiers i) {
    JsonObjectBuilder o = json.createObjectBuilder();
    put(o, "ut", i.wosUt());
    put(o, "an", i.eiAccession());
    put(o, "cn", i.cnkiId());
    put(o, "doi", i.doi());
    put(o, "sn", i.issn());
    put(o, "ei", i.eissn());
    putList(o, "bn", i.isbns());
    put(o, "cnn", i.cnNumber());
    put(o, "pm", i.pubmedId());
    put(o, "loc", i.localId());
    return o;
  }

  private static Identifiers ids(JsonObject o) {
    if (o == null) {
      return Identifiers.NONE;
    }
    return new Identifiers(str(o, "ut"), str(o, "an"), str(o, "cn"), str(o, "doi"), str(o, "sn"),
        str(o, "ei"), strings(o, "bn"), str(o, "cnn"), str(o, "pm"), str(o, "loc"));
  }

  private JsonObjectBuilder author(Author a) {
    JsonObjectBuilder o = json.createObjectBuilder().add("p", a.position());
    put(o, "n", a.name());
    put(o, "sn", a.shortName());
    put(o, "fn", a.fullName());
    put(o, "nn", a.nativeName());
    o.add("af", ints(a.affiliationIndexes()));
    putList(o, "em", a.emails());
    put(o, "oi", a.orcid());
    put(o, "ri", a.researcherId());
    o.add("rp", a.corresponding());
    return o;
  }

  private Author author(JsonObject o) {
    return new Author(o.getInt("p"), str(o, "n"), str(o, "sn"), str(o, "fn"), str(o, "nn"),
        ints(o, "af"), strings(o, "em"), str(o, "oi"), str(o, "ri"), o.getBoolean("rp", false));
  }

  private static void put(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }

  private void putList(JsonObjectBuilder o, String key, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    JsonArrayBuilder a = json.createArrayBuilder();
    values.forEach(v -> {
      if (v == null) {
        a.addNull();
      } else {
        a.add(v);
      }
    });
    o.add(key, a);
  }

  private JsonArrayBuilder ints(List<Integer> values) {
    JsonArrayBuilder a = json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonArray a = o.getJsonArray(key);
    if (a == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(a.size());
    for (JsonValue v : a) {
      out.add(v instanceof JsonString s ? s.getString() : null);
    }
    return out;
  }

  private static List<Integer> ints(JsonObject o, String key) {
    JsonArray a = o.getJsonArray(key);
    if (a == null) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(a.size());
    for (JsonValue v : a) {
      out.add(((JsonNumber) v).intValue());
    }
    return out;
  }

  private static <T> List<T> objects(JsonObject o, String key, Function<JsonObject, T> f) {
    JsonArray a = o.getJsonArray(key);
    if (a == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(a.size());
    for (JsonValue v : a) {
      out.add(f.apply(v.asJsonObject()));
    }
    return out;
  }
}
