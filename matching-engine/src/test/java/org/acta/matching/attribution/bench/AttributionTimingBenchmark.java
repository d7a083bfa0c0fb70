package org.acta.matching.attribution.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.acta.matching.attribution.Attributor;
import org.acta.matching.attribution.Attributors;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.Outcome;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.name.ChineseRomanizer;
import org.acta.matching.model.Author;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Timing of attribution at university scale on generated data: 6,000 staff and 200,000 students
 * (random Chinese names, so homonyms are as common as in life), 300,000 source records (WoS-like
 * with linked affiliations, EI-like with initials, CNKI-like with hanzi and unlinked organisation
 * lists) grouped into works of one to three records. Reports dictionary build time and the
 * attribution time with a pool of {@code threads} workers (default 2).
 *
 * <p>Run: {@code java -cp <test classpath> org.acta.matching.attribution.bench.AttributionTimingBenchmark
 * [records] [threads]}.
 */
public final class AttributionTimingBenchmark {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁博文斌志雪琳晨欣怡佳思雨梓涵子轩一诺依然可馨睿泽宇航晓东海波峰林森立新国庆建华春梅秋菊冬";
  private static final String[] SCHOOLS = {"Chemistry", "Physics", "Mathematics", "Computer Science",
      "Mechanical Engineering", "Civil Engineering", "Life Sciences", "Materials Science",
      "Economics", "Management", "Environmental Science", "Electrical Engineering", "Automation",
      "Architecture", "Pharmacy", "Marine Science", "Energy", "Foreign Languages", "Law", "Arts"};

  private AttributionTimingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Random rnd = new Random(42);
    List<Unit> units = new ArrayList<>();
    units.add(new Unit("U0", null, "江北理工大学", "Jiangbei University of Technology",
        List.of("Jiangbei Univ Technol", "江北理工")));
    for (int i = 0; i < SCHOOLS.length; i++) {
      String en = "School of " + SCHOOLS[i];
      units.add(new Unit("U" + (i + 1), "U0", SCHOOLS[i] + "学院", en, List.of()));
    }
    ChineseRomanizer rom = ChineseRomanizer.standard();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 206_000; i++) {
      boolean staff = i < 6_000;
      String zh = name(rnd);
      ChineseRomanizer.SplitName sp = rom.split(zh);
      String en = cap(rom.surnameReadings(sp.surname()).get(0)) + " "
          + cap(rom.givenReadings(sp.given()).get(0));
      int start = staff ? 1985 + rnd.nextInt(38) : 2010 + rnd.nextInt(14);
      people.add(new Person((staff ? "S" : "T") + i, staff ? "staff" : "student", zh, en,
          "U" + (1 + rnd.nextInt(SCHOOLS.length)), staff ? null : "S" + rnd.nextInt(6_000),
          staff ? "p" + i + "@jbut.edu.cn" : null, null, start, staff ? null : start + 4));
    }
    long t0 = System.nanoTime();
    long c0 = cpu();
    UniversityDictionary dict = UniversityDictionary.of(units, people);
    Attributor attributor = Attributors.standard(dict);
    long t1 = System.nanoTime();
    long c1 = cpu();
    List<Work> works = works(records, people, rnd, rom);
    long t2 = System.nanoTime();
    long c2 = cpu();
    AtomicLong auto = new AtomicLong();
    AtomicLong review = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(threads);
    pool.submit(() -> works.parallelStream().forEach(w -> {
      for (AuthorshipDecision d : attributor.attribute(w)) {
        (d.outcome() == Outcome.AUTO ? auto : review).incrementAndGet();
      }
    })).get();
    long t3 = System.nanoTime();
    long c3 = cpu();
    pool.shutdown();
    System.out.printf("people %d, records %d, works %d, threads %d%n", people.size(), records,
        works.size(), threads);
    System.out.printf("dictionary + engine build: %.1f s wall, %.1f s CPU%n", (t1 - t0) / 1e9,
        (c1 - c0) / 1e9);
    System.out.printf("(generating records: %.1f s)%n", (t2 - t1) / 1e9);
    System.out.printf("attribution: %.1f s wall, %.1f s CPU (%d auto, %d review)%n",
        (t3 - t2) / 1e9, (c3 - c2) / 1e9, auto.get(), review.get());
    System.out.printf("load average during the run: %.1f%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** CPU time of the whole process (all threads, including JIT and GC). */
  private static long cpu() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() : 0;
  }

  private static String name(Random rnd) {
    StringBuilder b = new StringBuilder();
    b.append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
    int n = rnd.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < n; i++) {
      b.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Works of 1-3 records; about 40% of the author positions are the university's people. */
  private static List<Work> works(int records, List<Person> people, Random rnd,
      ChineseRomanizer rom) {
    List<Work> works = new ArrayList<>();
    int made = 0;
    int fileNo = 0;
    while (made < records) {
      int n = Math.min(records - made, 1 + rnd.nextInt(3));
      int authors = 2 + rnd.nextInt(7);
      int year = 2012 + rnd.nextInt(13);
      List<Person> who = new ArrayList<>();
      for (int a = 0; a < authors; a++) {
        who.add(people.get(rnd.nextInt(people.size())));
      }
      List<SourceRecord> recs = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        SourceDatabase src = SourceDatabase.values()[r % 3];
        SourceRecord.Builder b = SourceRecord.builder()
            .origin(new RecordOrigin("bench" + (fileNo++ / 1000) + ".txt", 1 + made % 1000, 1, 1,
                "r" + made))
            .source(src).year(year);
        List<String> affs = new ArrayList<>();
        List<Author> list = new ArrayList<>();
        for (int a = 0; a < authors; a++) {
          Person p = who.get(a);
          boolean ours = rnd.nextInt(5) < 2;
          String school = SCHOOLS[Integer.parseInt(p.unitId().substring(1)) - 1];
          String aff = switch (src) {
            case WOS -> ours ? "Jiangbei Univ Technol, Sch " + abbreviate(school)
                + ", Jiangbei 300000, Peoples R China." : "Other Univ " + (a % 7)
                + ", Dept Phys, Beijing 100000, Peoples R China.";
            case EI -> ours ? "School of " + school + ", Jiangbei University of Technology, "
                + "Jiangbei; 300000, China" : "Department of Physics, Other University " + a;
            default -> ours ? "江北理工大学" + p.nameZh().charAt(0) + school.length() + "学院"
                : "其他大学" + a + "学院";
          };
          int idx = affs.indexOf(aff);
          if (idx < 0) {
            affs.add(aff);
            idx = affs.size() - 1;
          }
          String[] en = p.nameEn().split(" ");
          String printed = switch (src) {
            case WOS -> en[0] + ", " + en[1];
            case EI -> en[0] + ", " + en[1].charAt(0) + ".";
            default -> p.nameZh();
          };
          list.add(new Author(a + 1, printed, null, null, src == SourceDatabase.CNKI ? printed
              : null, src == SourceDatabase.CNKI ? List.of() : List.of(idx), List.of(), null,
              null, false));
        }
        recs.add(b.authors(list).affiliations(affs).affiliationsLinked(src != SourceDatabase.CNKI)
            .build());
        made++;
        if (made >= records) {
          break;
        }
      }
      works.add(new Work("W" + works.size(), recs, null, null));
    }
    return works;
  }

  private static String abbreviate(String school) {
    return school.replace("Science", "Sci").replace("Engineering", "Engn")
        .replace("Mathematics", "Math").replace("Computer", "Comp").replace("Chemistry", "Chem")
        .replace("Physics", "Phys").replace("Environmental", "Environm")
        .replace("Electrical", "Elect").replace("Mechanical", "Mech");
  }
}
