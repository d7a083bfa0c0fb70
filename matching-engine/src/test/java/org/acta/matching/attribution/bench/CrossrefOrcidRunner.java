package org.acta.matching.attribution.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.matching.attribution.name.AuthorNameReader;
import org.acta.matching.attribution.name.NameReading;
import org.acta.matching.attribution.name.NameStrength;
import org.acta.matching.attribution.name.NameText;

/**
 * Smoke test of the person-matching evidence on Crossref author mentions with ORCID-derived gold
 * ({@code shared/datasets/crossref-orcid-mentions}): mentions are blocked by the engine's
 * full-name keys (any order, spacing, hyphenation) and, inside a block, joined when they share an
 * organisation or a co-author (rebuilt from the DOI). Scored pairwise and B-cubed over the gold
 * mentions (ORCIDs with two or more mentions), on the ORCID-blind file and on its pinyin "stress"
 * variant.
 *
 * <p>Run: {@code java -cp <test classpath> org.acta.matching.attribution.bench.CrossrefOrcidRunner
 * <crossref-orcid-mentions folder>}.
 */
public final class CrossrefOrcidRunner {
  private static final Pattern FIELD =
      Pattern.compile("\"(mention_id|doi|raw_name|affiliation)\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CLUSTER = Pattern.compile("\"(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])\": \\[([^\\]]*)\\]");
  private static final AuthorNameReader READER = new AuthorNameReader();
  private static final Set<String> ORG_STOP = Set.of("of", "and", "the", "for", "in", "at",
      "china", "pr", "p", "r", "university", "department", "school", "college", "institute",
      "laboratory", "key", "state", "national", "center", "centre", "science", "sciences",
      "engineering", "technology", "usa");

  private CrossrefOrcidRunner() {}

  record Mention(String id, String doi, Set<String> nameKeys, Set<String> org) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/crossref-orcid-mentions");
    Map<String, String> gold = new HashMap<>();
    Matcher cm = CLUSTER.matcher(Files.readString(dir.resolve("gold_clusters.json")));
    while (cm.find()) {
      for (String id : cm.group(2).split(",")) {
        String m = id.strip().replace("\"", "");
        if (!m.isEmpty()) {
          gold.put(m, cm.group(1));
        }
      }
    }
    for (String file : List.of("mentions_orcid_blind.jsonl", "mentions_orcid_blind_stress.jsonl")) {
      List<Mention> mentions = read(dir.resolve(file));
      Map<String, Integer> cluster = cluster(mentions);
      double[] s = score(gold, cluster);
      System.out.printf(Locale.ROOT, "%s: %d gold mentions; pairwise P %.3f R %.3f F1 %.3f | "
          + "B-cubed P %.3f R %.3f F1 %.3f%n", file, gold.size(), s[0], s[1], s[2], s[3], s[4],
          s[5]);
    }
  }

  private static List<Mention> read(Path file) throws IOException {
    List<Mention> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Map<String, String> f = new HashMap<>();
      Matcher m = FIELD.matcher(line);
      while (m.find()) {
        f.put(m.group(1), m.group(2).replace("\\\"", "\""));
      }
      Set<String> keys = new HashSet<>();
      for (NameReading r : READER.read(f.getOrDefault("raw_name", ""))) {
        if (r.strength() == NameStrength.FULL) {
          keys.add(r.key());
        }
      }
      Set<String> org = new HashSet<>();
      for (String t : NameText.fold(f.getOrDefault("affiliation", "")).split("[^a-z0-9]+")) {
        if (t.length() > 1 && !ORG_STOP.contains(t) && !t.chars().allMatch(Character::isDigit)) {
          org.add(t);
        }
      }
      out.add(new Mention(f.get("mention_id"), f.getOrDefault("doi", ""), keys, org));
    }
    return out;
  }

  /** Blocks by shared full-name key, then links on organisation or a shared co-author. */
  private static Map<String, Integer> cluster(List<Mention> mentions) {
    Map<String, Set<String>> keysByDoi = new HashMap<>();
    for (Mention m : mentions) {
      keysByDoi.computeIfAbsent(m.doi(), d -> new HashSet<>()).addAll(m.nameKeys());
    }
    Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      for (String k : mentions.get(i).nameKeys()) {
        blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[mentions.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> block : blocks.values()) {
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          Mention x = mentions.get(block.get(a));
          Mention y = mentions.get(block.get(b));
          if (x.doi().equals(y.doi())) {
            continue; // two authors of one paper are two people
          }
          if (sameOrganisation(x.org(), y.org())
              || sharedCoauthor(x, y, keysByDoi.get(x.doi()), keysByDoi.get(y.doi()))) {
            parent[find(parent, block.get(a))] = find(parent, block.get(b));
          }
        }
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      out.put(mentions.get(i).id(), find(parent, i));
    }
    return out;
  }

  private static boolean sharedCoauthor(Mention x, Mention y, Set<String> xs, Set<String> ys) {
    for (String k : xs) {
      if (!x.nameKeys().contains(k) && !y.nameKeys().contains(k) && ys.contains(k)) {
        return true;
      }
    }
    return false;
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
    return (double) common / (a.size() + b.size() - common) >= 0.5;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  /** Pairwise and B-cubed scores over the gold mentions only. */
  private static double[] score(Map<String, String> gold, Map<String, Integer> cluster) {
    List<String> ids = new ArrayList<>(gold.keySet());
    long tp = 0;
    long sys = 0;
    long gp = 0;
    double bp = 0;
    double br = 0;
    for (int i = 0; i < ids.size(); i++) {
      int sameSys = 0;
      int sameGold = 0;
      int both = 0;
      for (int j = 0; j < ids.size(); j++) {
        boolean s = cluster.get(ids.get(i)).equals(cluster.get(ids.get(j)));
        boolean g = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
        sameSys += s ? 1 : 0;
        sameGold += g ? 1 : 0;
        both += s && g ? 1 : 0;
        if (j > i) {
          sys += s ? 1 : 0;
          gp += g ? 1 : 0;
          tp += s && g ? 1 : 0;
        }
      }
      bp += (double) both / sameSys;
      br += (double) both / sameGold;
    }
    double p = sys == 0 ? 1 : (double) tp / sys;
    double r = gp == 0 ? 1 : (double) tp / gp;
    double bP = bp / ids.size();
    double bR = br / ids.size();
    return new double[] {p, r, 2 * p * r / (p + r), bP, bR, 2 * bP * bR / (bP + bR)};
  }
}
