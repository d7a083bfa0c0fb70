package org.acta.deploy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {

  @Test
  void namesInChineseCharactersAreChineseOthersUnknown() {
    assertEquals("zh", DemoDataLoader.languageOf("化工学院"));
    assertEquals("zh", DemoDataLoader.languageOf("青川科大 QCUST"));
    assertNull(DemoDataLoader.languageOf("Sch Chem Engn"));
    assertNull(DemoDataLoader.languageOf("Huagong Xueyuan"));
  }
}
