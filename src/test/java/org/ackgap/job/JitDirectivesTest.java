package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every class bin/ackgap-c2.json names exists: a rename would silently drop it from C2. */
class JitDirectivesTest {

  @Test
  void everyPatternNamesAClassOrPackageThatExists() throws Exception {
    String json = Files.readString(Path.of("bin/ackgap-c2.json"));
    List<String> patterns = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\\.\\*\"").matcher(json);
    while (m.find()) {
      if (!m.group(1).equals("*")) {
        patterns.add(m.group(1));
      }
    }
    assertFalse(patterns.isEmpty(), "no patterns read from " + json);
    List<String> missing = new ArrayList<>();
    for (String p : patterns) {
      if (p.endsWith("/*")) {
        String pkg = p.substring(0, p.length() - 2).replace('/', '.');
        boolean jdk = ModuleLayer.boot().modules().stream()
            .anyMatch(mod -> mod.getPackages().contains(pkg));
        boolean ours = getClass().getClassLoader().getResource(p.substring(0, p.length() - 1))
            != null;
        if (!jdk && !ours) {
          missing.add(p);
        }
      } else {
        String name = (p.endsWith("*") ? p.substring(0, p.length() - 1) : p).replace('/', '.');
        try {
          Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
          missing.add(p);
        }
      }
    }
    assertTrue(missing.isEmpty(), "bin/ackgap-c2.json names what does not exist: " + missing);
  }
}
