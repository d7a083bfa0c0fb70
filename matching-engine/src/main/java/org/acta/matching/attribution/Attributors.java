package org.acta.matching.attribution;

import org.acta.matching.attribution.affiliation.AffiliationMatcher;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.name.ChineseRomanizer;
import org.acta.matching.attribution.name.LooseNameKey;
import org.acta.matching.attribution.role.RoleResolver;

/** Factory of the attribution engine for the pipeline and the server. */
public final class Attributors {
  private Attributors() {}

  /** The standard engine with the default thresholds and no human decisions. */
  public static Attributor standard(UniversityDictionary dictionary) {
    return standard(dictionary, AttributionConfig.defaults(), HumanDecisions.NONE);
  }

  /** The standard engine with given thresholds; decisions made by people always win. */
  public static Attributor standard(UniversityDictionary dictionary, AttributionConfig config,
      HumanDecisions humanDecisions) {
    AffiliationMatcher affiliations = new AffiliationMatcher(dictionary);
    LooseNameKey loose = new LooseNameKey(ChineseRomanizer.standard());
    return new StandardAttributor(dictionary, config, humanDecisions, affiliations,
        new WorkAuthorAligner(loose), new RoleResolver(affiliations, loose));
  }
}
