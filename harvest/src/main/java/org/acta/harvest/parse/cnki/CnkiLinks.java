package org.acta.harvest.parse.cnki;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.text.IdentifierText;

/**
 * What a CNKI link tells: the DOI of {@code link.cnki.net/doi/…} links, and CNKI's own record
 * identity (database code + file name) from old-style links
 * ({@code detail.aspx?FileName=ZHCG201811014021&DbName=CPFD2019}, {@code CJFDTOTAL-SYYY202311015})
 * — formats.md §5.9. The opaque {@code kcms2 … v=} token is never used: it changes between
 * sessions.
 */
final class CnkiLinks {

  private static final Pattern FILE_NAME =
      Pattern.compile("[?&](?:amp;)?filename=([A-Za-z0-9_.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DB_CODE =
      Pattern.compile("[?&](?:amp;)?(?:dbcode|dbname)=([A-Za-z]{4})[A-Za-z0-9]*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PATH_ID =
      Pattern.compile("/([A-Z]{4})[A-Z0-9]*-([A-Z0-9]{6,})(?:\\.html?|$|[?#])");

  private CnkiLinks() {}

  /** {@code CNKI:<DBCODE>:<FILENAME>} (or {@code CNKI:<FILENAME>}), or null. */
  static String cnkiId(String link) {
    if (link == null) {
      return null;
    }
    Matcher file = FILE_NAME.matcher(link);
    if (file.find()) {
      Matcher db = DB_CODE.matcher(link);
      String name = file.group(1).toUpperCase(Locale.ROOT);
      return db.find() ? "CNKI:" + db.group(1).toUpperCase(Locale.ROOT) + ":" + name
          : "CNKI:" + name;
    }
    Matcher path = PATH_ID.matcher(link);
    if (path.find()) {
      return "CNKI:" + path.group(1) + ":" + path.group(2);
    }
    return null;
  }

  /** The DOI of a DOI link ({@code link.cnki.net/doi/…}, {@code doi.org/…}), or null. */
  static String doi(String link) {
    if (link == null) {
      return null;
    }
    String lower = link.toLowerCase(Locale.ROOT);
    if (!lower.contains("/doi/") && !lower.contains("doi.org/")) {
      return null;
    }
    return IdentifierText.doiIn(link);
  }
}
