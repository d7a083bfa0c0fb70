package org.acta.matching.attribution;

import java.util.List;
import org.acta.matching.work.Work;

/**
 * Attributes the author positions of a work to the university's people. Returns one decision
 * per author position that has a candidate person (AUTO or REVIEW); positions with no
 * candidate are not returned. A person appears at most once per work with outcome AUTO.
 */
public interface Attributor {
  List<AuthorshipDecision> attribute(Work work);
}
