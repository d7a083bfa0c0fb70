package org.acta.harvest.parse.cnki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real CNKI records of {@code shared/datasets/real-exports/cnki} (one record per file, from
 * public translator test cases), read through the {@link Harvester}: detection, then the fields.
 */
class CnkiRealExportsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // file | title | authors | type | year | doi | pages | supervisors | organisations
      "cnki-endnote-01.txt | 黄芪多糖复合酶提取工艺优化及其α-葡萄糖苷酶抑制活性 | 张会佳;侯相竹;张涵;殷澳;高阳;徐多多 | ARTICLE | - | 10.13386/j.issn1002-0306.2023090315 | 1-15 | - | 2",
      "cnki-endnote-02.txt | 大粒车前子多糖体内外消化与酵解特征体系构建及其促进肠道健康的作用 | 胡婕伦 | THESIS | 2014 | - | - | 谢明勇;聂少平 | 0",
      "cnki-endnote-03.txt | 中医理论与现代药理学中的黄芪药理作用研究进展 | 王海霞;罗耀群 | PROCEEDINGS_PAPER | 2013 | - | 269-273 | - | 1",
      "cnki-endnote-04.txt | Font generating device and method for changing partial character style | Jaeyoung Choi;Geunho Jeong | OTHER | 2023 | - | - | - | 1",
      "cnki-endnote-05.txt | 船舶及海洋工程用不锈钢复合钢板 | 南京钢铁股份有限公司;冶金工业信息标准研究院;张家港宏昌钢板有限公司;湖南华菱湘潭钢铁有限公司;武汉科技大学;青岛钢研纳克检测防护技术有限公司;中海油(天津)管道工程技术有限公司;招商局金陵鼎衡船舶(扬州)有限公司 | OTHER | 2023 | - | 12 | - | 0",
      "cnki-endnote-06.txt | 灭绝物种RNA首次分离测序 | 刘霞 | OTHER | 2023 | 10.28502/n.cnki.nkjrb.2023.005521 | 004 | - | 0",
      "cnki-endnote-07.txt | 国家统配煤炭工业煤炭外调量 | - | OTHER | 1995 | - | 156 | - | 0",
      "cnki-endnote-08.txt | 中西方高校人文教育的比較研究 | 潘福妮 | THESIS | 2006 | - | - | 董鋒 | 0",
      "cnki-refworks-01.txt | 黄瓜胚性愈伤组织的诱导保存和再生 | 薛婉钰;刘娜;苑鑫;张婷婷;曹云娥;陈书霞 | ARTICLE | 2024 | 10.13207/j.cnki.jnwafu.2024.07.011 | 1-7 | - | 2",
      "cnki-refworks-02.txt | 多芯片联合分析2型糖尿病发病相关基因及其与阿尔茨海默病的关系 | 辛宁;陈建康;陈艳;杨洁 | ARTICLE | 2020 | - | 1106-1111+1117 | - | 1",
      "cnki-refworks-03.txt | 外施Ca2+、ABA及H3PO4对盐碱胁迫的缓解效应 | 颜宏;石德成;尹尚军;赵伟 | ARTICLE | 2000 | 10.13287/j.1001-9332.2000.0212 | 889-892 | - | 3",
      "cnki-refworks-04.txt | 黄瓜共表达基因模块的识别及其特点分析 | 林行众 | THESIS | 2015 | - | - | 黄三文;杨清 | 0",
      "cnki-refworks-05.txt | 高导热聚合物基复合材料的制备与性能研究 | 虞锦洪 | THESIS | 2012 | - | - | 江平开 | 0",
      "cnki-refworks-06.txt | 辽西区新石器时代考古学文化纵横 | 朱延平 | PROCEEDINGS_PAPER | 1990 | - | 13-18 | - | 1",
      "cnki-refworks-07.txt | 灭绝物种RNA首次分离测序 | 刘霞 | OTHER | 2023 | 10.28502/n.cnki.nkjrb.2023.005521 | 004 | - | 0",
      "cnki-refworks-08.txt | 大事记　大事记 | - | OTHER | - | - | - | - | 0",
      "cnki-refworks-09.txt | 信息与文献　参考文献著录规则 | 北京大学信息管理系;中国科学技术信息研究所;北京师范大学学报(自然科学版)编辑部;北京大学学报(哲学社会科学版)编辑部;中国科学院文献情报中心 | OTHER | 2015 | - | - | - | 0",
      "cnki-refworks-10.txt | 不锈钢管的制造方法 | 施吉庆;杨亮华 | OTHER | 2020 | - | - | - | 1",
      "cnki-refworks-11.txt | 25MW/100MWh液流电池长时储能系统关键技术研发与示范 | 孟青 | OTHER | 2023 | - | - | - | 1"})
  void readsTheRealRecord(String file, String title, String authors, DocumentType type,
      Integer year, String doi, String pages, String supervisors, int organisations)
      throws IOException {
    Path path = ParseRun.SHARED.resolve("datasets/real-exports/cnki").resolve(file);
    ParseRun run = new ParseRun();
    FileReport report = new Harvester().read(path, run);
    assertTrue(report.format() != null && report.format().name().startsWith("CNKI_"),
        () -> report.toString());
    assertEquals(1, run.records.size(), () -> run.problems.toString());
    assertTrue(run.problems.isEmpty(), () -> run.problems.toString());
    SourceRecord r = run.record(1);
    assertEquals(title, r.title());
    assertEquals(authors == null ? List.of() : List.of(authors.split(";")),
        r.authors().stream().map(Author::name).toList());
    assertEquals(type, r.documentType());
    assertEquals(year, r.year());
    assertEquals(doi, r.ids().doi());
    assertEquals(pages, r.pagesRaw());
    assertEquals(supervisors == null ? List.of() : List.of(supervisors.split(";")),
        r.supervisors());
    assertEquals(organisations, r.affiliations().size());
    assertTrue(r.authors().stream().noneMatch(Author::corresponding));
    assertTrue(r.url() == null || !r.url().contains("&amp;"));
  }
}
