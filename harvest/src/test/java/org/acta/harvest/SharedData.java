package org.acta.harvest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only shared data folder ({@code shared/design}, {@code shared/datasets}). It sits
 * beside the checkout ({@code ../../shared} from this module); in a git worktree nested deeper it
 * is found by walking up. Tests that need it are skipped, not failed, where it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("design"))) {
        return candidate;
      }
    }
    Assumptions.abort("shared/ not found above " + dir);
    return null;
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }
}
