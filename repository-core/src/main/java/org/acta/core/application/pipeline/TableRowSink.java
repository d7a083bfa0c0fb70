package org.acta.core.application.pipeline;

import java.io.IOException;
import org.acta.matching.pipeline.TableRow;

/**
 * Takes the rows of a streamed read of the one table one at a time, typically writing each to an
 * answer's body; an {@link IOException} (the client went away) ends the read.
 */
@FunctionalInterface
public interface TableRowSink {

  void accept(TableRow row) throws IOException;
}
