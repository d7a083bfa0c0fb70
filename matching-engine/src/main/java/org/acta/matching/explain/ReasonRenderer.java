package org.acta.matching.explain;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders evidence into words in one language: English or Simplified Chinese. Messages are ICU
 * {@code MessageFormat} patterns with named arguments, read from {@code reasons.properties} and
 * {@code reasons_zh.properties}; an argument that is itself a reason is rendered first, in the
 * same language. A code this version does not know (a newer server wrote it) is shown as the code
 * with its arguments rather than failing.
 */
public final class ReasonRenderer {
  /** The languages evidence is written in, the first being the product's default. */
  public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  static final String BUNDLE = "org.acta.matching.explain.reasons";

  private static final ReasonRenderer ENGLISH = new ReasonRenderer(Locale.ENGLISH);
  private static final ReasonRenderer CHINESE = new ReasonRenderer(Locale.SIMPLIFIED_CHINESE);

  private final Locale locale;
  private final ULocale formatLocale;
  private final ResourceBundle bundle;
  private final ListFormatter and;
  // MessageFormat is not safe for concurrent use: one parsed copy per thread and code
  private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);
  private final ThreadLocal<Map<ListStyle, String>> separators =
      ThreadLocal.withInitial(() -> new java.util.EnumMap<>(ListStyle.class));

  private ReasonRenderer(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(locale);
    // English in its international form: "a, b and c", as the engine has always written it
    this.formatLocale = locale.getLanguage().equals("zh") ? ULocale.SIMPLIFIED_CHINESE
        : new ULocale("en_001");
    this.and = ListFormatter.getInstance(formatLocale, ListFormatter.Type.AND,
        ListFormatter.Width.WIDE);
  }

  /** The renderer for a language: Chinese for any {@code zh} locale, English otherwise. */
  public static ReasonRenderer of(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }

  /** The language this renderer writes, {@code zh-CN} or {@code en}. */
  public Locale locale() {
    return locale;
  }

  public List<String> render(List<Reason> reasons) {
    List<String> out = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      out.add(render(r));
    }
    return out;
  }

  public String render(Reason r) {
    ListStyle style = ListStyle.ofCode(r.code());
    if (style != null) {
      return list(style, r.args().get("items"));
    }
    MessageFormat f = format(r.code());
    if (f == null) {
      return r.code() + r.args();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    r.args().forEach((k, v) -> values.put(k, value(v)));
    return f.format(values);
  }

  private Object value(Object v) {
    if (v instanceof Reason nested) {
      return render(nested);
    }
    if (v instanceof List<?> l) {
      return list(ListStyle.COMMA, l);
    }
    return v;
  }

  private String list(ListStyle style, Object items) {
    List<String> words = new ArrayList<>();
    if (items instanceof List<?> l) {
      for (Object o : l) {
        words.add(String.valueOf(value(o)));
      }
    }
    if (style == ListStyle.AND) {
      return and.format(words);
    }
    return String.join(separator(style), words);
  }

  /**
   * What a {@code {head}…{tail}} pattern puts between two items (", ", "、"), found once per
   * thread by formatting it with markers: joining is then a plain join, not a format per item.
   */
  private String separator(ListStyle style) {
    return separators.get().computeIfAbsent(style, s -> {
      String joined = format(s.code()).format(Map.of("head", "\u0000", "tail", "\u0001"));
      int head = joined.indexOf('\u0000');
      int tail = joined.indexOf('\u0001');
      if (head != 0 || tail != joined.length() - 1) {
        throw new IllegalStateException("message " + s.code() + " must read {head}…{tail}: "
            + joined);
      }
      return joined.substring(1, tail);
    });
  }

  private MessageFormat format(String code) {
    Map<String, MessageFormat> cache = formats.get();
    MessageFormat f = cache.get(code);
    if (f == null && !cache.containsKey(code)) {
      String pattern = pattern(bundle, code);
      f = pattern == null ? null : new MessageFormat(pattern, formatLocale);
      cache.put(code, f);
    }
    return f;
  }

  /** The bundle of one language, without falling back to the JVM's default locale. */
  static ResourceBundle bundle(Locale locale) {
    Locale base = locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, base,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String pattern(ResourceBundle bundle, String code) {
    try {
      return bundle.getString(code);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
