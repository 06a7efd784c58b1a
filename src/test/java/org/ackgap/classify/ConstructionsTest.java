package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ackgap.Stance;
import org.ackgap.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constructions of issue 17, one statement each (the issue's own illustrations and their
 * Russian counterparts): the stance, and the evidence naming the construction that decided.
 */
class ConstructionsTest {

  private static Topic topic(String id, String claim, String subjects, String terms) {
    return new Topic(id, id, claim, List.of(subjects.split(";")), List.of(terms.split(";")),
        List.of());
  }

  static final Map<String, Topic> TOPICS = Map.of(
      "kursk", topic("kursk", "North Korean troops are deployed in Kursk Oblast", "RU;KP",
          "North Korean troops;North Korean soldiers;северокорейск* военн*;военн* КНДР"),
      "drones", topic("drones", "Iran supplies the drones Russia uses against Ukraine", "IR;RU",
          "Iranian drone*;drone deliveries;drones;иранск* беспилотник*;беспилотник*"),
      "fire", topic("fire", "Saboteurs set fire to the fuel depot", "RU",
          "blaze;fire;sabotage;пожар*;поджог*;диверси*"),
      "ship", topic("ship", "The vessel was gathering intelligence", "RU",
          "vessel;ship;судн*;корабл*"),
      "plane", topic("plane", "Air defences shot down the airliner", "IR",
          "aircraft;airliner;самолет*;лайнер*"),
      "balloon", topic("balloon", "The balloon was a surveillance device", "CN",
          "balloon*;аэростат*"));

  @ParameterizedTest(name = "{0} {1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      kursk   | DISCUSS | non-confirmation     | Officials have not been able to corroborate the reports of North Korean troops.
      kursk   | DISCUSS | non-confirmation     | We are still looking into those accounts of North Korean soldiers.
      kursk   | DISCUSS | non-confirmation     | There is no evidence so far that North Korean troops are in Kursk.
      kursk   | DISCUSS | non-confirmation     | Подтвердить присутствие северокорейских военных пока не удалось.
      kursk   | AFFIRM  | admission            | Our comrades-in-arms, the North Korean soldiers, helped free the region.
      kursk   | AFFIRM  | admission            | The North Korean soldiers who fell in that operation will be honoured at home.
      kursk   | AFFIRM  | admission            | Наши боевые товарищи, военные КНДР, помогли освободить область.
      plane   | AFFIRM  | admission            | A soldier fired at the aircraft believing it was a threat.
      fire    | DENY    | alternative account  | The blaze was caused by faulty wiring, sabotage is out of the question.
      fire    | DENY    | alternative account  | Пожар произошел из-за короткого замыкания, поджог исключен.
      ship    | DENY    | alternative account  | The vessel was a research ship on a scientific mission.
      drones  | DENY    | alternative account  | The drones in the video are of domestic manufacture.
      drones  | DENY    | alternative account  | We know nothing of Iranian drones; these are our own systems.
      drones  | DENY    | alternative account  | Нам ничего не известно об иранских беспилотниках, это техника отечественного производства.
      drones  | AFFIRM  | denied by the other side | The Iranian government is lying about when the drone deliveries began; the strikes continue every night.
      drones  | AFFIRM  | denied by the other side | Иран лжет: мы сбиваем иранские беспилотники каждую ночь.
      drones  | AFFIRM  | denied by the other side | They say they sold no drones, but that is a lie.
      kursk   | AFFIRM  | corrects a counter-report | Reports of a North Korean troops withdrawal are wrong; the units are still fighting.
      kursk   | DISCUSS | neither confirms nor denies | Peskov did not deny that North Korean troops were in Kursk.
      kursk   | DENY    | denies               | Iran's claims aside, Moscow said there are no North Korean troops in Kursk.
      drones  | DENY    | denies               | Iran has not delivered any drones to Russia.
      balloon | DENY    | alternative account  | China acknowledged the balloon entered US airspace but insisted it was civilian.
      """)
  void namesTheConstructionThatDecided(String topic, Stance expected, String construction,
      String text) {
    Judgement j = Classifiers.classifier().classify(TOPICS.get(topic), text);
    assertEquals(expected, j.stance(), () -> text + " -> " + j);
    assertTrue(j.evidence().contains(construction + ":") || j.evidence().contains(construction),
        () -> text + " -> " + j.evidence());
  }
}
