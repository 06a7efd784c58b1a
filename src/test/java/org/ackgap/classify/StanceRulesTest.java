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
}
