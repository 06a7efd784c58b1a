package org.ackgap.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of English and Russian reporting: which word forms introduce speech and which a
 * belief or intention, and which phrases put their source after them ("according to", "по
 * словам"). The forms are listed, not stemmed, so "claims" the noun and "claim" the verb are both
 * cues only where the model or a rule says so.
 */
final class Lexicon {

  /** Lists may repeat a word (one list per role, kept readable); a set needs none twice. */
  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }


  /** The kind of a cue word: none, speech, belief. */
  static final int NONE = 0;
  static final int SPEECH = 1;
  static final int BELIEF = 2;

  private static final String[] EN_SPEECH_LEMMAS = {
    "say:says:said:saying", "tell:tells:told:telling", "confirm:confirms:confirmed:confirming",
    "deny:denies:denied:denying", "add:adds:added:adding", "warn:warns:warned:warning",
    "claim:claims:claimed:claiming", "state:states:stated:stating", "note:notes:noted:noting",
    "announce:announces:announced:announcing", "report:reports:reported:reporting",
    "write:writes:wrote:writing:written", "ask:asks:asked:asking", "call:calls:called:calling",
    "tweet:tweets:tweeted:tweeting", "argue:argues:argued:arguing",
    "explain:explains:explained:explaining", "declare:declares:declared:declaring",
    "acknowledge:acknowledges:acknowledged:acknowledging", "accuse:accuses:accused:accusing",
    "insist:insists:insisted:insisting", "reply:replies:replied:replying",
    "respond:responds:responded:responding", "suggest:suggests:suggested:suggesting",
    "describe:describes:described:describing", "admit:admits:admitted:admitting",
    "reveal:reveals:revealed:revealing", "predict:predicts:predicted:predicting",
    "promise:promises:promised:promising", "pledge:pledges:pledged:pledging",
    "vow:vows:vowed:vowing", "urge:urges:urged:urging", "recall:recalls:recalled:recalling",
    "conclude:concludes:concluded:concluding", "cite:cites:cited:citing",
    "criticize:criticizes:criticized:criticizing", "criticise:criticises:criticised",
    "complain:complains:complained:complaining", "allege:alleges:alleged:alleging",
    "assert:asserts:asserted:asserting", "mention:mentions:mentioned:mentioning",
    "indicate:indicates:indicated:indicating", "emphasize:emphasizes:emphasized:emphasizing",
    "emphasise:emphasises:emphasised", "stress:stresses:stressed:stressing",
    "point:points:pointed", "show:shows:showed:shown:showing", "find:finds:found",
    "estimate:estimates:estimated", "testify:testifies:testified", "dismiss:dismisses:dismissed",
    "reject:rejects:rejected:rejecting", "refuse:refuses:refused", "decline:declines:declined",
    "quip:quips:quipped", "joke:jokes:joked", "observe:observes:observed",
    "contend:contends:contended", "maintain:maintains:maintained", "repeat:repeats:repeated",
    "reiterate:reiterates:reiterated", "disclose:discloses:disclosed", "inform:informs:informed",
    "assure:assures:assured", "charge:charges:charged", "blame:blames:blamed",
    "praise:praises:praised", "threaten:threatens:threatened", "tout:touts:touted",
    "boast:boasts:boasted", "concede:concedes:conceded", "agree:agrees:agreed",
    "propose:proposes:proposed", "demand:demands:demanded", "ordered", "posted", "continued",
    "remarked", "recounted", "stressed", "specified", "countered", "retorted",
    "according"
  };

  private static final String[] EN_BELIEF_LEMMAS = {
    "believe:believes:believed:believing", "think:thinks:thought:thinking",
    "want:wants:wanted:wanting", "hope:hopes:hoped:hoping", "fear:fears:feared:fearing",
    "expect:expects:expected:expecting", "plan:plans:planned:planning",
    "seem:seems:seemed:seeming", "appear:appears:appeared", "know:knows:knew:known",
    "feel:feels:felt", "worry:worries:worried", "consider:considers:considered",
    "intend:intends:intended", "doubt:doubts:doubted", "suspect:suspects:suspected",
    "wonder:wonders:wondered", "assume:assumes:assumed", "realize:realizes:realized",
    "understand:understands:understood", "support:supports:supported:supporting",
    "oppose:opposes:opposed:opposing", "seek:seeks:sought:seeking", "wish:wishes:wished",
    "view:views:viewed", "see:sees:saw", "learn:learns:learned:learnt", "imagine:imagines:imagined",
    "endorse:endorses:endorsed:endorsing", "favor:favors:favored", "prefer:prefers:preferred"
  };

  /** Russian forms: a trailing * matches any ending. */
  private static final String[] RU_SPEECH = {
    "заявил*", "заявля*", "сообщил*", "сообща*", "отметил*", "отмеча*", "подчеркнул*",
    "подчеркива*", "опроверг*", "опроверга*", "добавил*", "добавля*", "сказал*", "говорит",
    "говорят", "говорил*", "рассказал*", "рассказыва*", "пояснил*", "поясня*", "признал*",
    "признает", "признают", "подтвердил*", "подтвержда*", "предупредил*", "предупрежда*",
    "указал*", "указыва*", "уточнил*", "уточня*", "написал*", "пишет", "пишут", "утверждает",
    "утверждают", "утверждал*", "назвал*", "называ*", "объявил*", "объявля*", "призвал*",
    "призыва*", "отверг*", "отрица*", "обвинил*", "обвиня*", "передал*", "передает", "передают",
    "цитирует", "процитировал*", "ответил*", "отвечая", "напомнил*", "напомина*", "констатировал*",
    "допустил*", "отказал*", "парировал*", "высказал*", "настаива*", "настоял*", "спросил*",
    "информирует", "проинформировал*", "доложил*", "уверил*", "заверил*", "сообщило", "сообщили",
    "объяснил*", "прокомментировал*", "комментируя", "выразил*", "опубликовал*", "привел*"
  };

  private static final String[] RU_BELIEF = {
    "считает", "считают", "считал*", "полагает", "полагают", "уверен", "уверена", "уверены",
    "думает", "думают", "надеется", "надеются", "опасается", "опасаются", "хочет", "хотят",
    "планирует", "планируют", "намерен*", "рассчитыва*", "ожида*", "убежден*", "уверен*"
  };

  /** The nouns of "по словам"-style phrases, which put the source after them. */
  static final Set<String> RU_SOURCE_AFTER_NOUN = words(
      "словам", "данным", "информации", "мнению", "сведениям", "оценкам", "оценке", "версии",
      "утверждению", "заявлению", "сообщению", "подсчетам", "заверениям");

  /**
   * Endings of the nouns and passive participles a Russian verb prefix also begins
   * ("ожидание", "уверенность", "так называемый"), which report nothing.
   */
  private static final String[] NOT_A_VERB = {"ние", "ния", "нию", "нием", "нии", "ний",
      "ниям", "ниями", "ниях", "ность", "ности", "ностью", "емый", "емая", "емое", "емые", "емых",
      "емого", "емой", "емому", "емым", "емыми", "енный", "енная", "енное", "енные", "енных",
      "енного", "енной"};

  private static final Map<String, Integer> EN = new HashMap<>();
  private static final Map<String, String> EN_LEMMA = new HashMap<>();
  private static final Map<String, Integer> RU_EXACT = new HashMap<>();
  private static final String[] RU_PREFIX_S;
  private static final String[] RU_PREFIX_B;

  static {
    for (String group : EN_SPEECH_LEMMAS) {
      String[] forms = group.split(":");
      for (String w : forms) {
        if (!w.isEmpty()) {
          EN.put(w, SPEECH);
          EN_LEMMA.put(w, forms[0]);
        }
      }
    }
    for (String group : EN_BELIEF_LEMMAS) {
      String[] forms = group.split(":");
      for (String w : forms) {
        EN.put(w, BELIEF);
        EN_LEMMA.put(w, forms[0]);
      }
    }
    java.util.List<String> ps = new java.util.ArrayList<>();
    java.util.List<String> pb = new java.util.ArrayList<>();
    for (String w : RU_SPEECH) {
      if (w.endsWith("*")) {
        ps.add(w.substring(0, w.length() - 1));
      } else {
        RU_EXACT.put(w, SPEECH);
      }
    }
    for (String w : RU_BELIEF) {
      if (w.endsWith("*")) {
        pb.add(w.substring(0, w.length() - 1));
      } else {
        RU_EXACT.put(w, BELIEF);
      }
    }
    RU_PREFIX_S = ps.toArray(new String[0]);
    RU_PREFIX_B = pb.toArray(new String[0]);
  }

  private Lexicon() {}

  /** Returns the kind of a lower-cased English word form. */
  static int english(String w) {
    return EN.getOrDefault(w, NONE);
  }

  /** Returns the lemma of an English cue word form, or the form itself. */
  static String lemma(String w) {
    return EN_LEMMA.getOrDefault(w, w);
  }

  /** Returns the kind of a lower-cased Russian word form. */
  static int russian(String w) {
    Integer k = RU_EXACT.get(w);
    if (k != null) {
      return k;
    }
    int kind = NONE;
    for (String p : RU_PREFIX_B) {
      if (w.startsWith(p)) {
        kind = BELIEF;
        break;
      }
    }
    for (int i = 0; kind == NONE && i < RU_PREFIX_S.length; i++) {
      if (w.startsWith(RU_PREFIX_S[i])) {
        kind = SPEECH;
      }
    }
    // checked only for a word that begins like a cue: most words do not, and this is per token
    for (int i = 0; kind != NONE && i < NOT_A_VERB.length; i++) {
      if (w.endsWith(NOT_A_VERB[i])) {
        kind = NONE;
      }
    }
    return kind;
  }

  /** Returns the kind of a word in either language. */
  static int kind(String w) {
    if (!w.isEmpty() && w.charAt(0) >= 0x400 && w.charAt(0) < 0x500) {
      return russian(w);
    }
    return english(w);
  }
}
