package org.acta.matching.dedup.score;

import java.util.Locale;

/**
 * A Fellegi–Sunter model: for each field and level, the probability of that level among true
 * matches (m) and among non-matches (u), and the share of matches among candidate pairs
 * (lambda). The match probability of a pattern is Bayes' rule over the fields, taken as
 * conditionally independent. Level 0 (not comparable) is neutral.
 *
 * <p>Estimation needs no labels: {@link #estimateU} from random record pairs (almost all
 * non-matches), then {@link #estimateM} by EM over the candidate pairs' pattern counts.
 */
public final class FellegiSunterModel {
  private static final double FLOOR = 1e-6;
  private static final double M_FLOOR = 0.01;
  static double PRIOR_WEIGHT = Double.parseDouble(System.getProperty("acta.dedup.prior", "0.05"));
  private final double[][] m = new double[Field.ALL.length][];
  private final double[][] u = new double[Field.ALL.length][];
  private double lambda = 0.1;
  private int iterationsRun;

  public FellegiSunterModel() {
    for (Field f : Field.ALL) {
      int n = f.levels();
      m[f.ordinal()] = initialM(f);
      u[f.ordinal()] = new double[n];
      java.util.Arrays.fill(u[f.ordinal()], 1.0 / (n - 1));
    }
  }

  /** Initial m: most mass on the strongest agreement, little on disagreement. */
  private static double[] initialM(Field f) {
    int n = f.levels();
    double[] p = new double[n];
    double rest = 0.1 / Math.max(1, n - 2);
    p[1] = 0.9;
    for (int l = 2; l < n; l++) {
      p[l] = rest;
    }
    if (f == Field.TITLE) {
      p[1] = 0.7;
      p[2] = 0.12;
      p[3] = 0.08;
      p[4] = 0.04;
      p[5] = 0.02;
      p[6] = 0.04;
    }
    return p;
  }

  /** u from the levels of random pairs: counts[f][level]; add-half smoothing. */
  public void estimateU(long[][] counts) {
    for (Field f : Field.ALL) {
      long[] c = counts[f.ordinal()];
      long total = 0;
      for (int l = 1; l < c.length; l++) {
        total += c[l];
      }
      double[] uf = u[f.ordinal()];
      for (int l = 1; l < c.length; l++) {
        uf[l] = (c[l] + 0.5) / (total + 0.5 * (c.length - 1));
      }
    }
  }

  /**
   * EM for m and lambda with u fixed: E-step gives each pattern its match probability, M-step
   * re-estimates m from the expected matches. Runs on pattern counts, so cost is independent of
   * the number of pairs.
   */
  public void estimateM(long[] patternCounts, int iterations) {
    estimate(patternCounts, iterations, false);
  }

  /**
   * Full EM for m, u and lambda over the candidate pairs (Winkler). u starts from the random-pair
   * estimate: among candidates, non-matches agree far more often than among random pairs, because
   * blocking chose them for agreeing.
   */
  public void estimateMandU(long[] patternCounts, int iterations) {
    estimate(patternCounts, iterations, true);
  }

  private void estimate(long[] patternCounts, int iterations, boolean estimateU) {
    double[][] mPrior = new double[m.length][];
    for (int f = 0; f < m.length; f++) {
      mPrior[f] = initialM(Field.ALL[f]);
    }
    double[][] uPrior = new double[u.length][];
    for (int f = 0; f < u.length; f++) {
      uPrior[f] = u[f].clone();
    }
    int[] codes = nonZero(patternCounts);
    double[][] nm = new double[Field.ALL.length][];
    double[][] nu = new double[Field.ALL.length][];
    for (int it = 0; it < iterations; it++) {
      for (Field f : Field.ALL) {
        nm[f.ordinal()] = new double[f.levels()];
        nu[f.ordinal()] = new double[f.levels()];
      }
      double matches = 0;
      double total = 0;
      for (int code : codes) {
        double c = patternCounts[code];
        double g = probability(code);
        matches += c * g;
        total += c;
        int rest = code;
        for (int f = 0; f < Field.ALL.length; f++) {
          int level = rest % ComparisonVector.RADIX[f];
          rest /= ComparisonVector.RADIX[f];
          nm[f][level] += c * g;
          nu[f][level] += c * (1 - g);
        }
      }
      double newLambda = total == 0 ? lambda : Math.min(0.999, Math.max(1e-6, matches / total));
      double change = Math.abs(newLambda - lambda);
      lambda = newLambda;
      double alpha = PRIOR_WEIGHT * total;
      for (int f = 0; f < Field.ALL.length; f++) {
        double denom = 0;
        for (int l = 1; l < nm[f].length; l++) {
          // MAP estimate: the prior (what a match usually looks like) as pseudo-counts, so EM
          // cannot drift to a latent class that is not "same work" (e.g. "same year")
          nm[f][l] += alpha * mPrior[f][l];
          denom += nm[f][l];
        }
        if (denom < 1e-9) {
          continue; // field never comparable among matches: keep the prior
        }
        for (int l = 1; l < nm[f].length; l++) {
          // no level is impossible among true matches (typos, data errors): a floor keeps one
          // field from vetoing a pair on its own
          double v = Math.max(M_FLOOR, nm[f][l] / denom);
          change = Math.max(change, Math.abs(v - m[f][l]));
          m[f][l] = v;
        }
        if (estimateU) {
          double du = 0;
          for (int l = 1; l < nu[f].length; l++) {
            du += nu[f][l];
          }
          if (du > 1e-9) {
            for (int l = 1; l < nu[f].length; l++) {
              // keep at least the random-pair rate: blocking cannot make agreement rarer
              double v = Math.max(Math.max(FLOOR, uPrior[f][l] * 0.5), nu[f][l] / du);
              change = Math.max(change, Math.abs(v - u[f][l]));
              u[f][l] = v;
            }
          }
        }
      }
      iterationsRun = it + 1;
      if (change < 1e-6) {
        break;
      }
    }
  }

  private static int[] nonZero(long[] counts) {
    int n = 0;
    for (long c : counts) {
      if (c > 0) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** log2(m/u) of one field level; 0 for level 0. */
  public double weight(Field f, int level) {
    if (level == 0) {
      return 0;
    }
    double mm = Math.max(FLOOR, m[f.ordinal()][level]);
    double uu = Math.max(FLOOR, u[f.ordinal()][level]);
    return Math.log(mm / uu) / Math.log(2);
  }

  /** Sum of field weights of a pattern, in bits. */
  public double totalWeight(int code) {
    double w = 0;
    int rest = code;
    for (int f = 0; f < Field.ALL.length; f++) {
      int level = rest % ComparisonVector.RADIX[f];
      rest /= ComparisonVector.RADIX[f];
      w += weight(Field.ALL[f], level);
    }
    return w;
  }

  /** Match probability of a pattern. */
  public double probability(int code) {
    double logOdds = totalWeight(code) * Math.log(2) + Math.log(lambda / (1 - lambda));
    if (logOdds > 40) {
      return 1.0;
    }
    if (logOdds < -40) {
      return 0.0;
    }
    return 1.0 / (1.0 + Math.exp(-logOdds));
  }

  /** Probability for every pattern (a lookup table for the pair loop). */
  public double[] probabilityTable(long[] patternCounts) {
    double[] t = new double[ComparisonVector.PATTERNS];
    for (int code = 0; code < t.length; code++) {
      if (patternCounts == null || patternCounts[code] > 0) {
        t[code] = probability(code);
      }
    }
    return t;
  }

  public double lambda() {
    return lambda;
  }

  public int iterationsRun() {
    return iterationsRun;
  }

  /** The estimated weights, one line per field, for logs and benchmarks. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "lambda=%.4f after %d EM iterations%n", lambda, iterationsRun));
    for (Field f : Field.ALL) {
      b.append(String.format(Locale.ROOT, "%-22s", f.label()));
      for (int l = 1; l < f.levels(); l++) {
        b.append(String.format(Locale.ROOT, " [%s m=%.3g u=%.3g w=%+.1f]", f.describe(l),
            m[f.ordinal()][l], u[f.ordinal()][l], weight(f, l)));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
