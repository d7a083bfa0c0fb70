package org.acta.matching.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall and process CPU time per stage of a run. CPU time is what a benchmark on a machine shared
 * with other builds can still compare: wall time there mostly measures waiting for a core.
 */
final class StageTimes {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
  private long wall = System.nanoTime();
  private long cpu = processCpuNanos();

  /** Ends the current stage under this name and starts the next. */
  void lap(String stage) {
    long nowWall = System.nanoTime();
    long nowCpu = processCpuNanos();
    millis.put(stage, (nowWall - wall) / 1_000_000);
    if (nowCpu >= 0) {
      cpuMillis.put(stage, (nowCpu - cpu) / 1_000_000);
    }
    wall = nowWall;
    cpu = nowCpu;
  }

  Map<String, Long> millis() {
    return Collections.unmodifiableMap(millis);
  }

  Map<String, Long> cpuMillis() {
    return Collections.unmodifiableMap(cpuMillis);
  }

  /** Process CPU time, or -1 where the JVM does not report it. */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }
}
