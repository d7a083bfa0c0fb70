package org.acta.matching.dedup;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.matching.normalize.TextFolder;

/**
 * Venue (journal, proceedings) names as words for comparison across registers: EV prints a
 * Chinese journal as {@code Xinxing Nengyuan Cailiao Xuebao/Journal of …}, CNKI as 新型能源材料学报
 * (romanised here with ICU Han-Latin and joined per name, so the two start alike), WoS upper-case
 * or abbreviated ({@code ACM Trans. Database Syst.}).
 */
final class VenueNames {
  /** One shared instance used under its lock: building one parses its rules (seconds for Han). */
  private static final Transliterator HAN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
  private static final Map<String, String[]> CACHE = new ConcurrentHashMap<>();
  private static final String[] NONE = new String[0];

  private VenueNames() {}

  static String[] words(String venue) {
    if (venue == null || venue.isBlank()) {
      return NONE;
    }
    return CACHE.computeIfAbsent(venue, VenueNames::compute);
  }

  private static String[] compute(String venue) {
    if (TextFolder.isMostlyHan(venue)) {
      // one word per name: the pinyin syllables joined, as EV romanises journal names
      String latin = TextFolder.fold(translitHAN(TextFolder.stripMarkup(venue)));
      return new String[] {TextFolder.compact(latin)};
    }
    String folded = TextFolder.fold(venue);
    return folded.isEmpty() ? NONE : folded.split(" ");
  }

  private static String translitHAN(String s) {
    synchronized (HAN) {
      return HAN.transliterate(s);
    }
  }
}
