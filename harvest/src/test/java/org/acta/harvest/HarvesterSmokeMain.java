package org.acta.harvest;

import java.nio.file.Path;

/** Dev aid: prints the report and records of files given on the command line. */
public final class HarvesterSmokeMain {
  public static void main(String[] args) throws Exception {
    Harvester h = new Harvester();
    for (String a : args) {
      CollectingSink sink = new CollectingSink();
      FileReport r = h.read(Path.of(a), sink);
      System.out.println(r.summary() + " [" + r.detection() + "]");
      r.problems().stream().limit(10).forEach(p -> System.out.println("  " + p.describe()));
      if (Boolean.getBoolean("show")) {
        sink.records.stream().limit(Integer.getInteger("n", 3)).forEach(x -> System.out.println(
            x.toString().replace("origin=RecordOrigin", "\n").replaceAll("verbatim=(?s).*?, source=", "source=")));
      }
    }
  }
}
