package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ackgap.Stance;
import org.ackgap.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short analyst-style statements on a topic with terms: the cue rules decide. */
class StanceRulesTest {

  static final Topic KURSK = new Topic("kp-troops-kursk", "North Korean troops in Kursk",
      "North Korean troops are deployed in Kursk Oblast", List.of("RU", "KP"),
      List.of("North Korean troops|North Korean soldiers|North Korean military|DPRK troops",
          "северокорейск*|войск* КНДР|военны* КНДР|военнослужащи* КНДР|солдат* КНДР")
          .stream().flatMap(s -> List.of(s.split("\\|")).stream()).toList(),
      List.of("Kursk", "Курск*"));

  private final StanceClassifier classifier = Classifiers.classifier();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      DENY    | Peskov called reports of North Korean troops in Kursk a fake.
      DENY    | Zakharova dismissed claims about North Korean soldiers as baseless Western propaganda.
      DENY    | Песков назвал сообщения о северокорейских военных в Курской области фейком.
      DENY    | Захарова: информация о войсках КНДР под Курском — очередная провокация и ложь.
      DENY    | В Минобороны опровергли сообщения о присутствии военных КНДР.
      DISCUSS | The Kremlin declined to comment on North Korean troops in Kursk.
      DISCUSS | Asked about North Korean troops, Peskov said it was our sovereign affair and to ask the ministry.
      DISCUSS | Песков отказался комментировать сообщения о северокорейских военных.
      DISCUSS | Это наше суверенное дело, сказал Песков о военных КНДР.
      DISCUSS | North Korean troops have reportedly arrived in Kursk, though this is unconfirmed.
      DISCUSS | Are North Korean soldiers fighting in Kursk?
      DISCUSS | По неподтверждённым данным, северокорейские военные прибыли в Курскую область.
      DISCUSS | Западные СМИ якобы обнаружили северокорейских солдат под Курском.
      AFFIRM  | Putin thanked North Korean troops for their help in liberating Kursk.
      AFFIRM  | Moscow acknowledged that North Korean soldiers took part in the Kursk operation.
      AFFIRM  | Герасимов подтвердил, что военнослужащие КНДР принимали участие в освобождении Курской области.
      AFFIRM  | Путин поблагодарил северокорейских военных за помощь.
      NONE    | ТАСС: бои в Курской области продолжаются.
      NONE    | Fighting continues in Kursk Oblast, the defence ministry said.
      NONE    | The weather in Pyongyang was cold today.
      """)
  void classifiesShortStatements(Stance expected, String text) {
    Judgement j = classifier.classify(KURSK, text);
    assertEquals(expected, j.stance(), () -> text + " -> " + j);
    assertTrue(!j.evidence().isBlank(), "evidence must say why");
  }

  @Test
  void doesNotReadDidNotDenyAsDenial() {
    Judgement j = classifier.classify(KURSK,
        "Peskov did not deny that North Korean troops were in Kursk.");
    assertEquals(Stance.DISCUSS, j.stance(), j.toString());
    assertTrue(j.evidence().contains("not \"deny\""), j.evidence());
  }

  @Test
  void doesNotReadNeOtritsalAsDenial() {
    Judgement j = classifier.classify(KURSK, "Песков не отрицал присутствия военных КНДР.");
    assertEquals(Stance.DISCUSS, j.stance(), j.toString());
  }

  @Test
  void doesNotReadHasNotConfirmedAsConfirmation() {
    assertEquals(Stance.DISCUSS, classifier.classify(KURSK,
        "The Kremlin has not confirmed that North Korean troops are in Kursk.").stance());
    assertEquals(Stance.DISCUSS, classifier.classify(KURSK,
        "Кремль не подтвердил присутствие северокорейских военных.").stance());
  }

  @Test
  void affirmsWhenDenialTargetsACounterReport() {
    Judgement j = classifier.classify(KURSK, "Reports that North Korean troops had withdrawn were "
        + "not accurate; they remain in combat in Kursk.");
    assertEquals(Stance.AFFIRM, j.stance(), j.toString());
    assertTrue(j.evidence().contains("remain"), j.evidence());
  }

  @Test
  void readsStateOutletRepeatingWesternClaimsAsDiscuss() {
    assertEquals(Stance.DISCUSS, classifier.classify(KURSK, "According to Western media, the "
        + "Pentagon confirmed North Korean troops are in Kursk.").stance());
    assertEquals(Stance.DISCUSS, classifier.classify(KURSK, "Западные СМИ утверждают, что "
        + "Пентагон подтвердил присутствие северокорейских военных.").stance());
  }

  @Test
  void namesTheMatchedTermsAndCuesInEvidence() {
    Judgement j = classifier.classify(KURSK, "Песков назвал сообщения о северокорейских военных фейком.");
    assertTrue(j.evidence().contains("северокорейск*"), j.evidence());
    assertTrue(j.evidence().contains("фейк*"), j.evidence());
  }

  static final Topic IDS = new Topic("nk-disguise", "Fake IDs", "Russia issues North Korean "
      + "soldiers fake Russian identity papers.", List.of("RU"),
      List.of("fake ID*", "forged ID*", "поддельн* документ*", "фальшив* документ*"), List.of());

  /** Analysts record what the source itself said: a plain speech verb asserts the claim. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      AFFIRM  | Ukraine's Defence Intelligence said the first North Korean units trained in eastern Russia and North Korean troops are now in Kursk.
      AFFIRM  | The Pentagon stated that about 10,000 North Korean soldiers are in Kursk Oblast.
      AFFIRM  | Zelensky told reporters North Korean troops had attacked near Sudzha.
      AFFIRM  | Генштаб ВСУ сообщил, что северокорейские военные участвуют в боях в Курской области.
      AFFIRM  | Зеленский рассказал, что солдаты КНДР атакуют позиции ВСУ под Курском.
      AFFIRM  | Gerasimov said North Korean soldiers took part in the liberation of Kursk region.
      AFFIRM  | Путин поблагодарил КНДР за участие военнослужащих КНДР в освобождении Курской области.
      AFFIRM  | On 5 May North Korean troops attacked near Sudzha.
      DISCUSS | According to Ukrainian intelligence, North Korean troops are in Kursk.
      DISCUSS | Reuters, citing Ukrainian officials, reported that North Korean troops are in Kursk.
      DISCUSS | Sources in Ukraine's intelligence told media that North Korean troops are in Kursk.
      DISCUSS | Western media claim North Korean troops are in Kursk.
      DISCUSS | North Korean troops may soon enter combat in Kursk, the Pentagon said.
      DISCUSS | ТАСС пересказала заявление Пентагона о северокорейских военных под Курском.
      DISCUSS | Со ссылкой на разведку Reuters сообщает о войсках КНДР под Курском.
      DISCUSS | По данным западных СМИ, военные КНДР находятся в Курской области.
      DISCUSS | Северокорейские военные якобы прибыли в Курскую область.
      """)
  void readsPlainSpeechAsAssertionAndRelayAsDiscuss(Stance expected, String text) {
    Judgement j = classifier.classify(KURSK, text);
    assertEquals(expected, j.stance(), () -> text + " -> " + j);
  }

  /** Subject-side evasions are discuss; explicit dismissals are deny even after "said". */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      DISCUSS | Peskov redirected the question about North Korean troops to the Defence Ministry.
      DISCUSS | The Kremlin referred questions about North Korean troops to the Defence Ministry.
      DISCUSS | Peskov said North Korean troops were a matter for the Defence Ministry.
      DISCUSS | Asked about North Korean soldiers, Zakharova said Moscow had nothing to add.
      DISCUSS | Песков переадресовал вопрос о северокорейских военных в Минобороны.
      DISCUSS | Песков: военные КНДР — это вопрос к Минобороны.
      DISCUSS | Песков заявил, что вопрос о военных КНДР нужно задавать Министерству обороны.
      DISCUSS | Песков сказал, что не в курсе сообщений о войсках КНДР.
      DISCUSS | Про военных КНДР нам нечего добавить, сказал Песков.
      DENY    | Russia's envoy called reports of North Korean troops in Kursk 'noise'.
      DENY    | Peskov said reports of North Korean troops were another fake.
      DENY    | Peskov said reports of North Korean troops were groundless rumours.
      DENY    | Zakharova said talk of North Korean soldiers was disinformation.
      DENY    | Захарова назвала сообщения о военных КНДР вбросами.
      DENY    | Шойгу назвал сообщения о военных КНДР шумихой.
      DENY    | Песков сказал, что сообщения о военных КНДР — очередной фейк.
      DENY    | Moscow said there are no North Korean troops in Russia.
      DENY    | Небензя заявил, что никаких северокорейских военных в России нет.
      DENY    | Северокорейских военных в Курской области нет.
      """)
  void readsEvasionsAsDiscussAndDismissalsAsDeny(Stance expected, String text) {
    Judgement j = classifier.classify(KURSK, text);
    assertEquals(expected, j.stance(), () -> text + " -> " + j);
  }

  /** Negation: a negated denial evades, a denied negation affirms, a corrected denial affirms. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      DISCUSS | Peskov did not deny that North Korean troops were in Kursk.
      DISCUSS | Кремль не опроверг сообщения о северокорейских войсках в Курской области.
      DISCUSS | Лавров не отрицал, что военные КНДР находятся в России.
      AFFIRM  | Pyongyang denied that North Korean troops had not been involved in Kursk.
      AFFIRM  | КНДР отрицает, что северокорейские военные не участвовали в боях.
      AFFIRM  | Reports that North Korean troops had left Kursk were not accurate; they remain in combat.
      AFFIRM  | Сообщения об отводе военных КНДР — фейк: они по-прежнему воюют под Курском.
      DENY    | Peskov denied that North Korean troops were in Kursk.
      """)
  void handlesNegation(Stance expected, String text) {
    Judgement j = classifier.classify(KURSK, text);
    assertEquals(expected, j.stance(), () -> text + " -> " + j);
  }

  /** A cue word inside a matched claim term is part of the claim, not a cue. */
  @Test
  void ignoresCuesInsideAClaimTerm() {
    Judgement j = classifier.classify(IDS,
        "Ukrainian intelligence said Russia issued fake IDs to North Korean soldiers.");
    assertEquals(Stance.AFFIRM, j.stance(), j.toString());
    assertTrue(j.evidence().contains("fake ID*"), j.evidence());
    assertEquals(Stance.DENY, classifier.classify(IDS,
        "The ministry called claims about fake IDs for foreign soldiers a fake.").stance());
    assertEquals(Stance.AFFIRM, classifier.classify(IDS,
        "ГУР сообщил, что российские военные выдают северокорейцам фальшивые документы.").stance());
  }
}
