package org.acta.matching.attribution.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acta.matching.attribution.name.AuthorNameReader;
import org.acta.matching.attribution.name.NameReading;
import org.acta.matching.attribution.name.NameStrength;
import org.acta.matching.attribution.name.NameText;

/**
 * Clustering quality of the person-matching evidence on real Chinese-name homonyms: the
 * AMiner/Arnetminer name-disambiguation set ({@code shared/datasets/aminer-na-110}). For each
 * ambiguous name the publications are grouped by the evidence the attribution engine uses to tell
 * homonyms apart — shared co-authors (compared through the engine's name keys, so {@code Wang,
 * XM} and {@code Xiaoming Wang} agree) and the same organisation — with transitive closure; no
 * training, no number of clusters given. Prints pairwise and B-cubed precision/recall/F1,
 * macro-averaged over names, for all names and for the Chinese-looking names.
 *
 * <p>Run: {@code java -cp <test classpath> org.acta.matching.attribution.bench.AminerClusteringRunner
 * <aminer-na-110 folder>}.
 */
public final class AminerClusteringRunner {
  private static final Pattern PUB = Pattern.compile("<publication>(.*?)</publication>",
      Pattern.DOTALL);
  private static final AuthorNameReader READER = new AuthorNameReader();
  private static final Set<String> ORG_STOP = Set.of("of", "and", "the", "for", "in", "at",
      "china", "usa", "pr", "p", "r", "university", "univ", "department", "dept", "school",
      "college", "institute", "inst", "lab", "laboratory", "key", "state", "national", "center",
      "centre", "science", "sciences", "engineering", "technology", "computer");

  private AminerClusteringRunner() {}

  record Pub(String label, Set<String> coauthors, Set<String> org) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/aminer-na-110");
    double[] all = new double[6];
    double[] zh = new double[6];
    int names = 0;
    int zhNames = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("sampled_data"))) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".xml", "").replace('_', ' ');
      List<Pub> pubs = read(f, name);
      int[] cluster = cluster(pubs);
      double[] m = scores(pubs, cluster);
      add(all, m);
      names++;
      if (looksChinese(name)) {
        add(zh, m);
        zhNames++;
      }
    }
    print("all names (" + names + ")", all, names);
    print("Chinese-looking names (" + zhNames + ")", zh, zhNames);
  }

  private static void add(double[] acc, double[] m) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += m[i];
    }
  }

  private static void print(String what, double[] acc, int n) {
    System.out.printf(Locale.ROOT, "%s: pairwise P %.3f R %.3f F1 %.3f | B-cubed P %.3f R %.3f "
        + "F1 %.3f (macro-averaged)%n", what, acc[0] / n, acc[1] / n, acc[2] / n, acc[3] / n,
        acc[4] / n, acc[5] / n);
  }

  /** Reporting only: the name ends with one of the commonest Chinese surnames in pinyin. */
  static boolean looksChinese(String name) {
    String[] parts = name.split(" ");
    return COMMON_PINYIN_SURNAMES.contains(NameText.letters(parts[parts.length - 1]));
  }

  private static final Set<String> COMMON_PINYIN_SURNAMES = Set.of("wang", "li", "zhang", "liu", "chen",
      "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao",
      "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
      "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng",
      "su", "wei", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi",
      "liao", "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin",
      "xue", "yan", "duan", "lei", "hou", "long", "shao", "mao", "hao", "gong", "wan", "qian",
      "kong", "xiang", "tao", "gu", "mo");

  private static List<Pub> read(Path f, String targetName) throws IOException {
    String xml = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    Set<String> targetKeys = fullKeys(targetName);
    List<Pub> out = new ArrayList<>();
    Matcher m = PUB.matcher(xml);
    while (m.find()) {
      String body = m.group(1);
      Set<String> co = new HashSet<>();
      for (String a : tag(body, "authors").split(",")) {
        Set<String> k = fullKeys(a.strip());
        if (k.isEmpty() || k.stream().anyMatch(targetKeys::contains)) {
          continue; // the ambiguous name itself
        }
        co.add(k.iterator().next());
      }
      String org = tag(body, "organization");
      Set<String> orgTokens = new HashSet<>();
      if (!org.isBlank() && !org.equals("null")) {
        for (String t : NameText.fold(org).split("[^a-z0-9]+")) {
          if (t.length() > 1 && !ORG_STOP.contains(t)) {
            orgTokens.add(t);
          }
        }
      }
      out.add(new Pub(tag(body, "label"), co, orgTokens));
    }
    return out;
  }

  /** The engine's full-name keys of a printed name (both orders when there is no comma). */
  private static Set<String> fullKeys(String printed) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (NameReading r : READER.read(printed)) {
      if (r.strength() == NameStrength.FULL || r.strength() == NameStrength.INITIALS) {
        keys.add(r.key());
      }
    }
    return keys;
  }

  private static String tag(String body, String tag) {
    int a = body.indexOf("<" + tag + ">");
    int b = body.indexOf("</" + tag + ">");
    return a < 0 || b < a ? "" : body.substring(a + tag.length() + 2, b).strip();
  }

  /** Union of publications that share a co-author or an organisation. */
  private static int[] cluster(List<Pub> pubs) {
    int n = pubs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithCoauthor = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String c : pubs.get(i).coauthors()) {
        Integer j = firstWithCoauthor.putIfAbsent(c, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameOrganisation(pubs.get(i).org(), pubs.get(j).org())) {
          union(parent, i, j);
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static boolean sameOrganisation(Set<String> a, Set<String> b) {
    if (a.size() < 2 || b.size() < 2) {
      return false;
    }
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common) >= 0.6;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }

  /** Pairwise P, R, F1 and B-cubed P, R, F1 of one name. */
  private static double[] scores(List<Pub> pubs, int[] cluster) {
    int n = pubs.size();
    long tp = 0;
    long sysPairs = 0;
    long goldPairs = 0;
    double bp = 0;
    double br = 0;
    for (int i = 0; i < n; i++) {
      int sameSys = 0;
      int sameGold = 0;
      int both = 0;
      for (int j = 0; j < n; j++) {
        boolean s = cluster[i] == cluster[j];
        boolean g = pubs.get(i).label().equals(pubs.get(j).label());
        sameSys += s ? 1 : 0;
        sameGold += g ? 1 : 0;
        both += s && g ? 1 : 0;
        if (j > i) {
          sysPairs += s ? 1 : 0;
          goldPairs += g ? 1 : 0;
          tp += s && g ? 1 : 0;
        }
      }
      bp += (double) both / sameSys;
      br += (double) both / sameGold;
    }
    double p = sysPairs == 0 ? 1 : (double) tp / sysPairs;
    double r = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    double bP = bp / n;
    double bR = br / n;
    return new double[] {p, r, f1(p, r), bP, bR, f1(bP, bR)};
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
