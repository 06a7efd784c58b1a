package org.ackgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {

  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.standard();

  /** Returns the one attribution whose cue is {@code cue} (case-insensitive). */
  static Attribution byCue(List<Attribution> found, String cue) {
    List<Attribution> hits = found.stream().filter(a -> a.cue().equalsIgnoreCase(cue)).toList();
    if (hits.size() != 1) {
      fail("expected one attribution with cue '" + cue + "', got " + found);
    }
    return hits.get(0);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Kremlin spokesman Dmitry Peskov said on Monday that Moscow had no information about the troops. | said | Kremlin spokesman Dmitry Peskov | that Moscow had no information about the troops
      "We have seen North Korean soldiers move to the front line," Kirby told reporters at the White House. | told | Kirby | We have seen North Korean soldiers move to the front line
      US National Security Council Spokesperson John Kirby confirmed on 16 December that North Korean forces are engaged in combat. | confirmed | US National Security Council Spokesperson John Kirby | that North Korean forces are engaged in combat
      The Russian Defence Ministry denied that its forces had struck the hospital in Kharkiv. | denied | The Russian Defence Ministry | that its forces had struck the hospital in Kharkiv
      According to the Institute for the Study of War, Russian forces advanced near Pokrovsk. | According to | the Institute for the Study of War | Russian forces advanced near Pokrovsk
      NATO Secretary General Mark Rutte warned that the deployment marked a dangerous escalation. | warned | NATO Secretary General Mark Rutte | that the deployment marked a dangerous escalation
      Russian Foreign Ministry spokeswoman Maria Zakharova claimed the reports were fabricated. | claimed | Russian Foreign Ministry spokeswoman Maria Zakharova | the reports were fabricated
      The Pentagon stated that about 10,000 North Korean troops were in Kursk Oblast. | stated | The Pentagon | that about 10,000 North Korean troops were in Kursk Oblast
      Ryder noted that the troops had suffered casualties in recent fighting. | noted | Ryder | that the troops had suffered casualties in recent fighting
      Ukraine's military intelligence announced on Tuesday that it had identified the units. | announced | Ukraine's military intelligence | that it had identified the units
      The Institute for the Study of War (ISW) reported on 17 December that Russia was reluctant to acknowledge the troops. | reported | The Institute for the Study of War | that Russia was reluctant to acknowledge the troops
      "It is a provocation," said Dmitry Peskov, the Kremlin spokesman. | said | Dmitry Peskov | It is a provocation
      Zakharova: "These are fakes spread by Western media." | : | Zakharova | These are fakes spread by Western media
      """)
  void findsEnglishReportingConstructions(String sentence, String cue, String speaker,
      String content) {
    Attribution a = byCue(EXTRACTOR.extract(sentence), cue);
    assertEquals(speaker, a.speaker());
    assertEquals(content, a.content());
    assertEquals(Attribution.Kind.SPEECH, a.kind());
    assertEquals(a.cue(), sentence.substring(a.cueStart(), a.cueEnd()));
    assertEquals(a.speaker(), sentence.substring(a.sourceStart(), a.sourceEnd()));
    assertEquals(a.content(), sentence.substring(a.contentStart(), a.contentEnd()));
  }

  @Test
  void findsAddedAfterAQuoteAndResolvesThePronoun() {
    String text = "\"We have satellite images of the boarding,\" Ortiz told reporters in the"
        + " capital. She added that the crew of 21 was safe.";
    Attribution added = byCue(EXTRACTOR.extract(text), "added");
    assertEquals("She", added.speaker());
    assertEquals("Ortiz", added.speakerResolved());
    assertEquals("that the crew of 21 was safe", added.content());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Пресс-секретарь президента России Дмитрий Песков заявил, что в Кремле не располагают такой информацией. | заявил | Пресс-секретарь президента России Дмитрий Песков | что в Кремле не располагают такой информацией
      Как сообщил представитель Минобороны Игорь Конашенков, войска продвинулись под Курском. | Как сообщил | представитель Минобороны Игорь Конашенков | войска продвинулись под Курском
      Официальный представитель МИД России Мария Захарова отметила, что это провокация. | отметила | Официальный представитель МИД России Мария Захарова | что это провокация
      Лавров подчеркнул, что Россия не нарушает договоры. | подчеркнул | Лавров | что Россия не нарушает договоры
      Песков опроверг сообщения о переброске северокорейских войск. | опроверг | Песков | сообщения о переброске северокорейских войск
      По словам Пескова, Кремль не комментирует эти сообщения. | По словам | Пескова | Кремль не комментирует эти сообщения
      По данным ISW, российские войска продвинулись под Курском. | По данным | ISW | российские войска продвинулись под Курском
      По информации ГУР Минобороны Украины, северокорейские военные несут потери. | По информации | ГУР Минобороны Украины | северокорейские военные несут потери
      «Это провокация», — заявил Песков журналистам. | заявил | Песков | Это провокация
      Захарова: «Это очередной фейк западных СМИ». | : | Захарова | Это очередной фейк западных СМИ
      Военный эксперт Юрий Федоров добавил, что потери не раскрываются. | добавил | Военный эксперт Юрий Федоров | что потери не раскрываются
      Глава МИД Сергей Лавров сообщил, что переговоры продолжаются. | сообщил | Глава МИД Сергей Лавров | что переговоры продолжаются
      Мария Захарова заявила, что Запад распространяет фейки. | заявила | Мария Захарова | что Запад распространяет фейки
      В Минобороны России заявили, что удары нанесены по военным объектам. | заявили | Минобороны России | что удары нанесены по военным объектам
      «Это очередная провокация Киева», — заявила официальный представитель МИД Мария Захарова. | заявила | официальный представитель МИД Мария Захарова | Это очередная провокация Киева
      Мария Захарова: «Мы не будем это комментировать». | : | Мария Захарова | Мы не будем это комментировать
      """)
  void findsRussianReportingConstructions(String sentence, String cue, String speaker,
      String content) {
    Attribution a = byCue(EXTRACTOR.extract(sentence), cue);
    assertEquals(speaker, a.speaker());
    assertEquals(content, a.content());
    assertEquals(Attribution.Kind.SPEECH, a.kind());
  }

  @Test
  void findsAnInstitutionAfterVAndPointsObEtomBackToTheSentenceBefore() {
    List<Attribution> found = EXTRACTOR.extract("Как заявили в Кремле, эти сообщения не"
        + " соответствуют действительности. Об этом заявил Песков журналистам.");
    Attribution kremlin = byCue(found, "Как заявили");
    assertEquals("Кремле", kremlin.speaker());
    assertEquals("эти сообщения не соответствуют действительности", kremlin.content());
    Attribution peskov = byCue(found, "заявил");
    assertEquals("Песков", peskov.speaker());
    assertEquals("Как заявили в Кремле, эти сообщения не соответствуют действительности",
        peskov.content());
  }

  @Test
  void findsTheAgentOfAPassiveAndTheSubjectOfAParticiple() {
    List<Attribution> found = EXTRACTOR.extract("The plan was criticized by Senate Republicans"
        + " on Tuesday. \"We will not support it,\" Senator John Thune said, adding that the"
        + " vote would fail.");
    Attribution criticized = found.get(0);
    assertTrue(criticized.cue().endsWith("criticized"), criticized.cue());
    assertEquals("Senate Republicans", criticized.speaker());
    Attribution adding = byCue(found, "adding");
    assertEquals("Senator John Thune", adding.speaker());
    assertEquals("that the vote would fail", adding.content());
  }

  @Test
  void takesTheAuthorOfADocumentAndALowerCaseTitleAfterAnInvertedCue() {
    List<Attribution> found = EXTRACTOR.extract("Turnout fell, according to an analysis by the"
        + " Pew Research Center.\n\nThe ban should be lifted, said lobbyist and GOP strategist"
        + " Charlie Black.");
    assertEquals("an analysis by the Pew Research Center",
        byCue(found, "according to").speaker());
    Attribution said = byCue(found, "said");
    assertEquals("lobbyist and GOP strategist Charlie Black", said.speaker());
    assertEquals("The ban should be lifted", said.content());
  }

  @Test
  void marksBeliefsApartFromSpeech() {
    List<Attribution> found = EXTRACTOR.extract(
        "Политолог Андрей Колесников считает, что Кремль будет молчать.\n\n"
            + "Many voters believe that the economy is getting worse.");
    Attribution ru = byCue(found, "считает");
    assertEquals(Attribution.Kind.BELIEF, ru.kind());
    assertEquals("Политолог Андрей Колесников", ru.speaker());
    Attribution en = byCue(found, "believe");
    assertEquals(Attribution.Kind.BELIEF, en.kind());
    assertFalse(en.isSpeech());
  }

  @Test
  void resolvesPronounsAndBareRolesToTheParagraphsLastNamedSpeaker() {
    String text = "Kremlin spokesman Dmitry Peskov said on Monday that Moscow had no"
        + " information. He added that the reports were a provocation.\n\n"
        + "Пресс-секретарь Дмитрий Песков заявил, что это провокация. Он добавил, что Кремль"
        + " не будет комментировать. Представитель Кремля подчеркнул, что проверка идет.\n\n"
        + "The spokesman confirmed that talks would continue.";
    List<Attribution> found = EXTRACTOR.extract(text);
    Attribution he = byCue(found, "added");
    assertEquals("He", he.speaker());
    assertEquals("Kremlin spokesman Dmitry Peskov", he.speakerResolved());
    Attribution on = byCue(found, "добавил");
    assertEquals("Он", on.speaker());
    assertEquals("Пресс-секретарь Дмитрий Песков", on.speakerResolved());
    // a new paragraph starts without a named speaker: nothing to point back to
    Attribution spokesman = byCue(found, "confirmed");
    assertEquals("The spokesman", spokesman.speakerResolved());
  }

  @Test
  void resolvesTheSpokesmanWithinOneParagraph() {
    List<Attribution> found = EXTRACTOR.extract("Pentagon press secretary Pat Ryder said the"
        + " troops had suffered casualties. The spokesman declined to give a number.");
    Attribution declined = byCue(found, "declined");
    assertEquals("The spokesman", declined.speaker());
    assertEquals("Pentagon press secretary Pat Ryder", declined.speakerResolved());
  }

  @Test
  void returnsAttributionsInReadingOrder() {
    List<Attribution> found = EXTRACTOR.extract("Kirby said the troops were in Kursk."
        + " Zelenskyy said they had suffered losses. Peskov denied it.");
    for (int k = 1; k < found.size(); k++) {
      assertTrue(found.get(k - 1).cueStart() < found.get(k).cueStart());
    }
    assertEquals(List.of("said", "said", "denied"), found.stream().map(Attribution::cue)
        .toList());
  }

  @Test
  void findsEnglishCuesWithTheLexiconAloneWithoutTheModel() {
    List<Attribution> found = AttributionExtractor.rulesOnly().extract(
        "The Pentagon confirmed that the troops were in Kursk, and Peskov denied it.");
    assertEquals("The Pentagon", byCue(found, "confirmed").speaker());
    assertEquals("Peskov", byCue(found, "denied").speaker());
  }

  @Test
  void keepsEverySpanInsideTheTextWhateverTheText() {
    String[] parts = {"said", "told", "according to", "по словам", "заявил", "«", "»", "\"",
        "“", "”", "''", ",", ".", ":", "—", "(", ")", "\n", "\n\n", "He", "Kirby", "the",
        "Песков", "что", "that", "\uD835\uDC00", "в", "Кремле", "как", "об", "этом", "by",
        "was", "adding", "on Monday", "Sen.", "'", "in", "poll"};
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(25); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = b.toString();
      for (Attribution a : EXTRACTOR.extract(text)) {
        assertTrue(a.contentEnd() <= text.length() && a.cueEnd() <= text.length()
            && a.sourceEnd() <= text.length(), text);
        assertEquals(a.cue(), text.substring(a.cueStart(), a.cueEnd()));
      }
    }
  }

  @Test
  void staysLinearOnAHugeTextWithoutSentenceEnds() {
    // 500 KB of cues in one unpunctuated run: per-sentence work must stay bounded (a quadratic
    // scan took over a minute here); the limit is far above the linear time, not a benchmark
    StringBuilder b = new StringBuilder();
    while (b.length() < 500_000) {
      b.append("he said the ministry told ");
    }
    String text = b.toString();
    List<Attribution> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30), () -> EXTRACTOR.extract(text));
    assertTrue(found.size() > 10_000, "found " + found.size());
  }

  @Test
  void findsNothingInNarration() {
    assertEquals(List.of(), EXTRACTOR.extract("The tanker crossed the strait at dawn."
        + " Танкер пересек пролив на рассвете."));
    // nouns and participles that begin like cue verbs report nothing
    assertEquals(List.of(), EXTRACTOR.extract("Так называемый мирный план обсуждается."
        + " Ожидание затянулось. Уверенность Кремля растет. Заявление опубликовано."));
    assertEquals(List.of(), EXTRACTOR.extract(""));
  }

  @Test
  void keepsTheContextWithoutTheContentForDating() {
    Attribution a = byCue(EXTRACTOR.extract("According to Maritime Watch, the Orion's"
        + " transponder went dark on 2 March while the tanker was crossing the strait."),
        "According to");
    assertFalse(a.context().contains("2 March"), a.context());
    assertTrue(a.context().contains("Maritime Watch"), a.context());
  }
}
