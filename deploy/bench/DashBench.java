// Times DashboardQuery on a filled database (single-file java launch): docs/benchmarks.md, "Dashboard aggregates (dash-s3)".
import org.acta.core.application.dashboard.*;
import org.acta.core.application.pipeline.TableFilter;
import org.mariadb.jdbc.MariaDbDataSource;
import java.lang.management.*;

public class DashBench {
  public static void main(String[] a) throws Exception {
    MariaDbDataSource ds = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/" + a[0] + "?user=root&password=");
    DashboardQuery q = new DashboardQuery(ds);
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    TableFilter[] filters = { TableFilter.NONE,
        new TableFilter(null, null, null, null, null, "bench-s3", null, null),
        new TableFilter(null, "bench-u7", null, null, null),
        new TableFilter(2021, null, null, null, "SCIE") };
    String[] names = {"(no filter)", "within=bench-s3", "unit=bench-u7", "year=2021&indexed_in=SCIE"};
    for (int f = 0; f < filters.length; f++) {
      q.count(filters[f]); // warm-up
      long best = Long.MAX_VALUE, cpu = 0; Dashboard d = null;
      for (int i = 0; i < 3; i++) {
        long c0 = t.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        d = q.count(filters[f]);
        best = Math.min(best, System.nanoTime() - w0); cpu += t.getCurrentThreadCpuTime() - c0;
      }
      System.out.printf("%-28s best wall %.2f s, Java CPU %.2f s/run; %d rows, %d works, %d units, %d unit-year points%n",
          names[f], best / 1e9, cpu / 3e9, d.rows(), d.works(), d.units().size(), d.unitTrends().size());
    }
  }
}
