package org.ackgap.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who said or thought what in English and Russian news text (SPEC §6).
 *
 * <p>Three steps per text. <b>Cues</b>: in English an averaged perceptron trained on PolNeAR
 * marks cue tokens (the cue lexicon without it); in Russian the cue lexicon, "по словам"-style
 * phrases and "как заявил"; in both, a colon between a name and a quotation ("Захарова: «…»").
 * Adjacent cue tokens make one cue. <b>Source</b>: for "according to", "по словам" and "как
 * заявил" the noun phrase after the cue; after a comma, dash or closing quotation ("…," said
 * Kirby) the phrase after it; otherwise the noun phrase ending just before the cue, auxiliaries
 * and adverbs skipped ("has also said"). <b>Content</b>: the quotation or clause the cue
 * introduces or closes. A pronoun or a bare role ("the spokesman", "он", "представитель")
 * resolves to the paragraph's last named speaker. Pure and thread-safe.
 */
public final class AttributionExtractor {

  /** Lists may repeat a word (one list per role, kept readable); a set needs none twice. */
  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }


  private static final Set<String> SKIP_BEFORE_CUE = words(
      "has", "have", "had", "also", "previously", "later", "reportedly", "recently", "was", "were",
      "is", "are", "will", "would", "could", "can", "may", "might", "did", "does", "do", "not",
      "never", "then", "further", "again", "repeatedly", "publicly", "once", "already", "just",
      "often", "been", "n't", "still", "even", "first", "initially", "quickly", "flatly",
      "firmly", "all", "both", "privately", "openly", "explicitly", "separately", "earlier", "last", "late", "simply", "immediately", "shall", "must",
      "должен", "также", "ранее", "уже", "не", "тоже", "позднее", "затем", "неоднократно",
      "публично", "вновь", "снова", "официально", "прямо", "открыто", "лишь", "только", "же",
      "вчера", "сегодня");

  /**
   * The most tokens a quotation is looked for across: a longer one is taken for a stray mark,
   * and the search stays linear in the text however many cues it has.
   */
  private static final int MAX_QUOTE = 400;

  /** Words a noun phrase never holds; reading left or right stops there. */
  private static final Set<String> STOP = words(
      "that", "which", "and", "but", "or", "nor", "so", "if", "because", "although", "though",
      "while", "when", "where", "whether", "as", "than", "to", "in", "on", "at", "for", "with",
      "by", "from", "about", "after", "before", "during", "since", "into", "over", "under",
      "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
      "can", "may", "might", "did", "does", "do", "not", "also", "then", "there", "here", "what",
      "how", "why", "this", "these", "those", "it's", "yet", "even", "still", "just", "today",
      "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "last", "week", "month", "year", "ago", "earlier", "later", "now", "however",
      "meanwhile", "instead", "previously", "recently", "reportedly",
      "что", "чтобы", "и", "а", "но", "или", "если", "как", "когда", "где", "в", "во", "на",
      "с", "со", "по", "к", "ко", "о", "об", "от", "до", "для", "из", "за", "при", "под", "над",
      "это", "этом", "там", "тут", "также", "ранее", "уже", "не", "тоже", "вчера", "сегодня",
      "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
      "однако", "между", "тем", "при", "этом", "был", "была", "были", "было", "будет");

  private static final Set<String> DETERMINERS = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another", "one",
      "some", "several", "many", "two", "three", "other", "most", "few", "every", "each",
      "no", "any");

  private static final Set<String> PRONOUNS = words(
      "he", "she", "they", "it", "we", "i", "you", "who", "он", "она", "они", "оно", "мы", "я",
      "вы", "который", "которая", "которые");

  private static final Set<String> ANAPHORIC_PRONOUNS = words(
      "he", "she", "they", "it", "who", "он", "она", "они", "оно", "который", "которая",
      "которые");

  /** Role nouns that, bare ("the spokesman", "представитель"), point back to a named speaker. */
  private static final Set<String> ROLES = words(
      "spokesman", "spokeswoman", "spokesperson", "ministry", "minister", "official", "officials",
      "department", "agency", "president", "senator", "governor", "candidate", "nominee",
      "campaign", "secretary", "ambassador", "general", "colonel", "statement", "office",
      "kremlin", "spokespeople", "aide", "adviser", "advisor", "commander", "chief", "leader",
      "представитель", "представительница", "ведомство", "министерство", "министр", "пресс-секретарь",
      "глава", "дипломат", "политик", "президент", "спикер", "посол", "генерал", "полковник",
      "командующий", "руководитель", "директор", "чиновник", "источник", "агентство");

  /** Lower-case words a capitalised name phrase may hold: titles and their adjectives. */
  private static final Set<String> TITLE_WORDS = words(
      "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "senator",
      "sen.", "gov.", "rep.", "governor", "director", "chief", "leader", "official", "officials",
      "adviser", "advisor", "aide", "ambassador", "general", "colonel", "commander", "head",
      "chairman", "chairwoman", "chair", "manager", "strategist", "candidate", "nominee",
      "foreign", "defence", "defense", "former", "senior", "deputy", "top", "press", "national",
      "security", "military", "intelligence", "white", "state", "vice", "presidential",
      "campaign", "of", "the", "for", "'s", "democratic", "republican", "gop", "party", "navy",
      "army", "ministry", "department", "council", "analyst", "analysts", "expert", "experts",
      "researcher", "researchers", "professor", "lawmaker", "lawmakers", "prime", "foreign",
      "affairs", "house", "majority", "minority", "whip", "speaker", "staff", "communications",
      "pollster", "founder", "ceo", "executive", "attorney", "lawyer", "mayor", "judge",
      "представитель", "официальный", "пресс-секретарь", "министр", "глава", "директор",
      "президент", "премьер-министр", "депутат", "губернатор", "спикер", "посол", "замглавы",
      "заместитель", "руководитель", "председатель", "командующий", "генерал", "полковник",
      "министерства", "обороны", "иностранных", "дел", "ведомства", "официальная", "пресс-службы",
      "помощник", "советник", "министра", "президента", "главы", "службы", "разведки", "военной",
      "главного", "управления", "генштаба", "штаба", "совета", "безопасности", "эксперт",
      "аналитик", "директора", "пресс-секретаря", "командования", "сил", "вооруженных");

  private static final Set<String> CONTENT_OBJECTS = words(
      "reporters", "journalists", "me", "us", "him", "her", "them", "the", "a", "an", "cnn",
      "fox", "nbc", "abc", "cbs", "msnbc", "supporters", "voters", "the", "audience", "crowd",
      "news", "interview", "an", "in", "reuters", "ap", "журналистам", "агентству", "изданию",
      "телеканалу", "газете", "радио", "в", "интервью", "корреспонденту", "нам", "ему", "ей",
      "им", "риа", "новости", "тасс");

  /** Whether English cues come from the shipped model (else from the lexicon alone). */
  private final boolean useModel;

  private AttributionExtractor(boolean useModel) {
    this.useModel = useModel;
  }

  private static final AttributionExtractor STANDARD = new AttributionExtractor(true);
  private static final AttributionExtractor RULES_ONLY = new AttributionExtractor(false);

  /**
   * Returns the extractor with the cue model shipped in the jar (the lexicon when the jar has
   * none, as before the first {@code scripts/train-attributions}).
   */
  public static AttributionExtractor standard() {
    return STANDARD;
  }

  /** Returns an extractor that finds English cues with the lexicon alone, no model. */
  public static AttributionExtractor rulesOnly() {
    return RULES_ONLY;
  }

  private CueTagger tagger() {
    return useModel ? CueTagger.shipped() : null;
  }

  /** Returns the attributions in {@code text} in reading order (by cue). */
  public List<Attribution> extract(String text) {
    TextTokens t = TextTokens.of(text);
    boolean[] cue = markCues(t);
    List<Attribution> out = new ArrayList<>();
    int lastNamedParagraph = -1;
    String lastNamed = null;
    int i = 0;
    while (i < t.size) {
      if (!cue[i]) {
        i++;
        continue;
      }
      int a = i;
      int b = i;
      while (b + 1 < t.size && cue[b + 1] && t.sentence[b + 1] == t.sentence[a]) {
        b++;
      }
      i = b + 1;
      if (!worthACue(t, a, b)) {
        continue;
      }
      Attribution att = build(t, a, b, out.isEmpty() ? null : out.get(out.size() - 1));
      if (att == null) {
        continue;
      }
      int para = t.paragraph[a];
      if (para != lastNamedParagraph) {
        lastNamed = null;
      }
      String resolved = att.speaker();
      if (att.hasSource()) {
        if (isNamed(att.speaker())) {
          lastNamed = att.speaker();
          lastNamedParagraph = para;
        } else if (isAnaphoric(att.speaker()) && lastNamed != null) {
          resolved = lastNamed;
        }
      }
      if (!resolved.equals(att.speakerResolved())) {
        att = new Attribution(att.sourceStart(), att.sourceEnd(), att.cueStart(), att.cueEnd(),
            att.contentStart(), att.contentEnd(), att.speaker(), resolved, att.cue(),
            att.content(), att.kind(), att.context());
      }
      out.add(att);
    }
    return out;
  }

  private boolean[] markCues(TextTokens t) {
    boolean[] cue = new boolean[t.size];
    CueTagger model = tagger();
    int[] buf = new int[CueTagger.MAX_FEATURES];
    for (int i = 0; i < t.size; i++) {
      if (model != null && !t.cyrillic(i)) {
        cue[i] = model.score(t, i, buf) > 0;
      } else if (t.isWord(i)) {
        cue[i] = Lexicon.kind(t.lower[i]) != Lexicon.NONE;
      }
    }
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i) && t.lower[i].equals("according") && t.word(i + 1).equals("to")) {
        cue[i] = true;
        cue[i + 1] = true;
      }
      // по словам, по данным, по мнению
      if (t.isWord(i) && t.lower[i].equals("по")
          && Lexicon.RU_SOURCE_AFTER_NOUN.contains(t.word(i + 1))) {
        cue[i] = true;
        cue[i + 1] = true;
      }
      // как заявил / как сообщили в ведомстве
      if (t.isWord(i) && t.lower[i].equals("как") && t.isWord(i + 1)
          && Lexicon.russian(t.lower[i + 1]) == Lexicon.SPEECH) {
        cue[i] = true;
        cue[i + 1] = true;
      }
      // Name: «…» / Name: "…" / a line opening with a name: "Matthews: Well, …"
      if (t.isPunct(i, ':') && i > 0 && t.isWord(i - 1)
          && (t.capitalised(i - 1) || ROLES.contains(t.lower[i - 1]))
          && (t.isOpenQuote(i + 1) || t.isPunct(i + 1, '—') || t.capitalised(i + 1)
          && nameOpensSentence(t, i - 1))) {
        cue[i] = true;
      }
      // "In a CNN/ORC poll released Monday, …": a poll or survey as the source
      if (!t.cyrillic(i) && t.isWord(i) && t.lower[i].equals("in") && pollFollows(t, i)) {
        cue[i] = true;
      }
    }
    return cue;
  }

  private static final java.util.Set<String> POLLS = words("poll", "polls", "survey", "surveys",
      "polling", "опросе", "опросу", "опросам", "исследовании", "докладе");

  /** Returns whether a poll or survey is named within the few words after token i ("in"). */
  private static boolean pollFollows(TextTokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size, i + 9) && t.sentence[k] == t.sentence[i]; k++) {
      if (t.isWord(k) && POLLS.contains(t.lower[k])) {
        return true;
      }
      if (!t.isWord(k) && !t.isPunct(k, '/') && !t.isPunct(k, '-') && !t.isPunct(k, '.')) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns whether the capitalised words ending at token j open their sentence or line, as a
   * speaker's name does in a transcript or a headline ("Lewandowski: FBI director acted …").
   */
  private static boolean nameOpensSentence(TextTokens t, int j) {
    int k = j;
    while (k > 0 && j - k < 4 && t.sentence[k - 1] == t.sentence[j] && t.isWord(k - 1)
        && (t.capitalised(k - 1) || TITLE_WORDS.contains(t.lower[k - 1]))) {
      k--;
    }
    return (k == 0 || t.sentence[k - 1] != t.sentence[j]) && t.capitalised(j);
  }

  /** A cue needs a word (or the colon of "X: «…»"), not a lone auxiliary or preposition. */
  private static boolean worthACue(TextTokens t, int a, int b) {
    for (int k = a; k <= b; k++) {
      if (t.isWord(k) && !STOP.contains(t.lower[k]) || t.isPunct(k, ':')
          || t.isWord(k) && t.lower[k].equals("in") && pollFollows(t, k)) {
        return true;
      }
    }
    return false;
  }

  private Attribution build(TextTokens t, int a, int b, Attribution previous) {
    String head = t.lower[a];
    boolean sourceAfter = head.equals("according") || head.equals("по")
        || head.equals("как") || head.equals("citing");
    int[] src = null;
    boolean inverted = false;
    // a subject shared with an earlier verb, far from the cue: it bounds no content
    boolean borrowed = false;
    if (t.isPunct(a, ':') && a == b) {
      src = leftPhrase(t, a - 1);
    } else if (head.equals("in") && a == b) {
      src = pollPhrase(t, a);
    } else if (sourceAfter) {
      int s = b + 1;
      if (head.equals("according") && t.word(s).equals("to") && b == a) {
        s++;
      }
      src = rightPhrase(t, s);
      // "according to an analysis by the Pew Research Center": the document's author too
      if (src != null && t.isWord(src[1] + 1) && (t.lower[src[1] + 1].equals("by")
          || t.lower[src[1] + 1].equals("from") || t.lower[src[1] + 1].equals("of"))) {
        int[] author = rightPhrase(t, src[1] + 2);
        if (author != null && t.sentence[author[0]] == t.sentence[a]) {
          src = new int[] {src[0], author[1]};
        }
      }
    } else {
      int j = a - 1;
      while (j >= 0 && t.sentence[j] == t.sentence[a] && t.isWord(j)
          && skippableBeforeCue(t, j)) {
        j--;
      }
      // "Sen. Bernie Sanders (I-Vt.) said": step over a parenthesis
      if (j >= 0 && t.isPunct(j, ')')) {
        int open = j - 1;
        while (open >= 0 && !t.isPunct(open, '(') && j - open < 12) {
          open--;
        }
        if (open > 0 && t.isPunct(open, '(') && t.isWord(open - 1)) {
          j = open - 1;
        }
      }
      boolean leftIsBoundary = j < 0 || t.sentence[j] != t.sentence[a] || !t.isWord(j)
          || t.lower[j].equals("that") || t.lower[j].equals("что");
      boolean participle = head.endsWith("ing") || head.endsWith("я") && t.cyrillic(a);
      boolean comma = j >= 0 && t.isPunct(j, ',') && t.sentence[j] == t.sentence[a];
      boolean coordinated = j >= 0 && t.sentence[j] == t.sentence[a] && t.isWord(j)
          && (t.lower[j].equals("and") || t.lower[j].equals("but") || t.lower[j].equals("и")
          || t.lower[j].equals("но") || t.lower[j].equals("а"));
      boolean infinitive = j >= 0 && t.sentence[j] == t.sentence[a] && t.isWord(j)
          && t.lower[j].equals("to");
      // "…,” said X: a closing quotation right before is the surest sign of an inversion
      boolean afterQuote = j >= 0 && t.sentence[j] == t.sentence[a]
          && (t.isCloseQuote(j) || t.isPunct(j, ',') && t.isCloseQuote(j - 1)
          || t.isCloseQuote(j) && t.isPunct(j - 1, ','));
      int[] byAgent = passiveAgent(t, b);
      if (byAgent != null) {
        src = byAgent;
      } else if (!leftIsBoundary && !STOP.contains(t.lower[j])) {
        src = leftPhrase(t, j);
      } else if (comma && participle || coordinated || infinitive) {
        borrowed = true;
        src = previous != null && previous.hasSource()
            && t.sentence[tokenAt(t, previous.cueStart())] == t.sentence[a]
            ? tokens(t, previous.sourceStart(), previous.sourceEnd()) : sentenceSubject(t, a);
      } else if (afterQuote && rightPhrase(t, b + 1) != null) {
        src = rightPhrase(t, b + 1);
        inverted = true;
      } else if (leftIsBoundary && startsPhrase(t, b + 1) && invertedPhrase(t, b + 1) != null) {
        src = invertedPhrase(t, b + 1);
        inverted = true;
      } else if (leftIsBoundary && trailingName(t, b + 1) != null) {
        src = trailingName(t, b + 1);
        inverted = true;
      } else if (comma) {
        src = appositiveSubject(t, j);
        if (src == null) {
          src = sentenceSubject(t, a);
        }
      }
      if (src == null && t.cyrillic(a) && startsPhrase(t, b + 1)) {
        src = rightPhrase(t, b + 1);
        inverted = src != null;
      }
    }
    int[] content = aboutThis(t, a) ? previousSentence(t, a)
        : content(t, a, b, borrowed ? null : src, sourceAfter, inverted);
    String text = t.text;
    int cueStart = t.start[a];
    int cueEnd = t.end[b];
    int ss = src == null ? -1 : t.start[src[0]];
    int se = src == null ? -1 : t.end[src[1]];
    String speaker = src == null ? "" : text.substring(ss, se);
    int cs = content == null ? cueEnd : t.start[content[0]];
    int ce = content == null ? cueEnd : t.end[content[1]];
    int kind = Lexicon.NONE;
    for (int k = a; k <= b; k++) {
      int kk = t.isWord(k) ? Lexicon.kind(t.lower[k]) : Lexicon.NONE;
      if (kk == Lexicon.SPEECH) {
        kind = kk;
        break;
      }
      if (kk == Lexicon.BELIEF) {
        kind = kk;
      }
    }
    if (b > a && t.lower[a].equals("по") && t.lower[a + 1].equals("мнению")) {
      kind = Lexicon.BELIEF;
    }
    Attribution.Kind k = kind == Lexicon.BELIEF ? Attribution.Kind.BELIEF
        : Attribution.Kind.SPEECH;
    return new Attribution(ss, se, cueStart, cueEnd, cs, ce, speaker, speaker,
        text.substring(cueStart, cueEnd), text.substring(cs, ce), k,
        context(t, a, cs, ce));
  }

  private static String context(TextTokens t, int a, int cs, int ce) {
    int from = t.start[t.sentenceStart(a)];
    int to = t.end[t.sentenceEnd(a)];
    String text = t.text;
    if (ce <= from || cs >= to || cs == ce) {
      return text.substring(from, to);
    }
    StringBuilder b = new StringBuilder();
    if (cs > from) {
      b.append(text, from, cs);
    }
    b.append(" … ");
    if (ce < to) {
      b.append(text, ce, to);
    }
    return b.toString();
  }

  private static boolean startsPhrase(TextTokens t, int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower[i];
    return t.capitalised(i) && !STOP.contains(w) || DETERMINERS.contains(w)
        || PRONOUNS.contains(w) || TITLE_WORDS.contains(w) && !STOP.contains(w)
        || t.cyrillic(i) && !STOP.contains(w) && Lexicon.kind(w) == Lexicon.NONE;
  }

  /**
   * The phrase after an inverted cue ("…," said Kirby. / "…," said a spokesman for the
   * ministry, adding …), or null when what follows reads as the subject of a clause instead
   * ("…, said he and other rabbis were alarmed").
   */
  private static int[] invertedPhrase(TextTokens t, int i) {
    int[] r = rightPhrase(t, i);
    if (r == null) {
      return null;
    }
    int next = r[1] + 1;
    if (next >= t.size || t.sentence[next] != t.sentence[i] || !t.isWord(next)) {
      return r;
    }
    String w = t.lower[next];
    return w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during")
        || w.equals("after") || w.equals("who") || w.equals("when") || w.equals("while")
        || w.equals("of") || w.equals("to") || w.equals("as") || w.equals("from")
        || w.equals("with") || w.equals("in") || t.cyrillic(i) ? r : null;
  }

  /**
   * The subject of the cue's sentence, for a cue that shares it with an earlier verb ("X smiled
   * and said …", "X said …, adding …"): the source of the sentence's first phrase.
   */
  private static int[] sentenceSubject(TextTokens t, int a) {
    int s = t.sentenceStart(a);
    while (s < a && !t.isWord(s)) {
      s++;
    }
    if (s >= a || !startsPhrase(t, s) || STOP.contains(t.lower[s])) {
      return null;
    }
    int[] r = rightPhrase(t, s);
    return r != null && r[1] < a ? r : null;
  }

  private static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "morning",
      "evening", "afternoon", "night", "on", "late", "early", "earlier", "this", "week",
      "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "в",
      "во");

  /**
   * Returns whether token j, before a cue, stands between the cue and its subject: an
   * auxiliary or adverb ("has also said", "has increasingly decried") or a time ("on Saturday
   * criticized", "в понедельник заявил").
   */
  private static boolean skippableBeforeCue(TextTokens t, int j) {
    String w = t.lower[j];
    if (SKIP_BEFORE_CUE.contains(w)) {
      return true;
    }
    if (w.length() > 4 && w.endsWith("ly") && !t.capitalised(j)) {
      return true;
    }
    if (TIME_WORDS.contains(w)) {
      // "on"/"в" only before a weekday, and a weekday only with something before it
      if (w.equals("on") || w.equals("в") || w.equals("во") || w.equals("this")) {
        return TIME_WORDS.contains(t.word(j + 1)) && !t.word(j + 1).equals("on");
      }
      return j > 0 && t.isWord(j - 1) && t.sentence[j - 1] == t.sentence[j];
    }
    return false;
  }

  /**
   * "…, said lobbyist and GOP strategist Charlie Black.": the words from i to the end of the
   * sentence (or a comma) when they are few, hold a name and no function word but and/of/the.
   */
  private static int[] trailingName(TextTokens t, int i) {
    if (!t.isWord(i)) {
      return null;
    }
    boolean name = false;
    int k = i;
    for (; k < t.size && t.sentence[k] == t.sentence[i] && t.isWord(k); k++) {
      String w = t.lower[k];
      if (k - i >= 10 || STOP.contains(w) && !w.equals("and") && !w.equals("of")
          || Lexicon.kind(w) != Lexicon.NONE && !t.capitalised(k)) {
        return null;
      }
      name |= t.capitalised(k);
    }
    boolean ends = k >= t.size || t.sentence[k] != t.sentence[i] || t.isPunct(k, ',')
        || t.isPunct(k, '.');
    return name && ends && k - 1 >= i ? new int[] {i, k - 1} : null;
  }

  private static final Set<String> BE = words("is", "are", "was", "were", "be", "been", "being",
      "get", "got", "gets", "has", "have", "had");

  /**
   * "was criticized by many Republicans", "is named by Police": the agent after "by", when a
   * form of "be" before the cue or a name after "by" shows a passive (not "concluded by
   * admonishing …").
   */
  private static int[] passiveAgent(TextTokens t, int b) {
    int k = b + 1;
    if (!t.word(k).equals("by") || t.word(k + 1).endsWith("ing")) {
      return null;
    }
    boolean be = false;
    for (int p = b - 1; p >= Math.max(0, b - 4) && t.isWord(p); p--) {
      if (BE.contains(t.lower[p])) {
        be = true;
        break;
      }
    }
    if (!be && !t.capitalised(k + 1) && !t.word(k + 1).equals("the")) {
      return null;
    }
    // a passive needs a form of "be" or a participle cue ("named by", "asked by")
    String cue = t.lower[b];
    if (!cue.endsWith("ed") && !cue.endsWith("en") && !cue.equals("said") && !cue.equals("told")
        && !cue.equals("known") && !cue.equals("seen") && !cue.equals("shown")) {
      return null;
    }
    if (k + 1 >= t.size || t.sentence[k + 1] != t.sentence[b]) {
      return null;
    }
    return rightPhrase(t, k + 1);
  }

  /** The index of the token that starts at or covers UTF-16 offset {@code at}. */
  private static int tokenAt(TextTokens t, int at) {
    int lo = 0;
    int hi = t.size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (t.start[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The tokens [first, last] that cover the UTF-16 span [from, to). */
  private static int[] tokens(TextTokens t, int from, int to) {
    return new int[] {tokenAt(t, from), tokenAt(t, to - 1)};
  }

  /** "Huma Abedin, vice chairwoman for the campaign, emailed …": the phrase before the aside. */
  private static int[] appositiveSubject(TextTokens t, int comma) {
    int s = t.sentence[comma];
    for (int k = comma - 1; k > 0 && t.sentence[k] == s && comma - k < 25; k--) {
      if (t.isPunct(k, ',')) {
        int first = k + 1;
        boolean aside = !t.capitalised(first) || DETERMINERS.contains(t.lower[first])
            || PRONOUNS.contains(t.lower[first]);
        if (!aside) {
          // "…primary, Gov. John Kasich (R-OH), said": the words between the commas
          int last = comma - 1;
          if (t.isPunct(last, ')')) {
            while (last > first && !t.isPunct(last, '(')) {
              last--;
            }
            last--;
          }
          return last >= first && t.isWord(last) ? leftPhrase(t, last) : null;
        }
        if (t.isWord(k - 1) && t.sentence[k - 1] == s && !STOP.contains(t.lower[k - 1])) {
          return leftPhrase(t, k - 1);
        }
        if (t.isPunct(k - 1, ')')) {
          int open = k - 2;
          while (open > 0 && !t.isPunct(open, '(') && k - open < 12) {
            open--;
          }
          if (open > 0 && t.isWord(open - 1)) {
            return leftPhrase(t, open - 1);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "in a new CNN/ORC poll": the words from after "in" up to the poll word. */
  private static int[] pollPhrase(TextTokens t, int in) {
    for (int k = in + 1; k < t.size && k < in + 9; k++) {
      if (t.isWord(k) && POLLS.contains(t.lower[k])) {
        return new int[] {in + 1, k};
      }
    }
    return null;
  }

  /** The noun phrase that ends at token j (inclusive), read leftwards. */
  private static int[] leftPhrase(TextTokens t, int j) {
    if (!t.isWord(j) || STOP.contains(t.lower[j])) {
      return null;
    }
    int s = t.sentence[j];
    boolean named = t.capitalised(j);
    int k = j;
    if (PRONOUNS.contains(t.lower[j])) {
      return new int[] {j, j};
    }
    while (k - 1 >= 0 && t.sentence[k - 1] == s && j - k < 12) {
      int p = k - 1;
      if (!t.isWord(p)) {
        // possessive and hyphen pieces are inside words; a full stop of "Sen." is too
        break;
      }
      String w = t.lower[p];
      boolean inName = named && (w.equals("for") || w.equals("and") || w.equals("on")
          || w.equals("the") && (t.word(p - 1).equals("for") || t.word(p - 1).equals("of")))
          && (t.capitalised(p + 1) || t.word(p + 1).equals("the") && t.capitalised(p + 2))
          && (t.capitalised(p - 1) || w.equals("the"));
      if (inName) {
        k = p;
        continue;
      }
      if (STOP.contains(w) && !w.equals("of") || PRONOUNS.contains(w)
          || Lexicon.kind(w) != Lexicon.NONE && !t.capitalised(p) && !TITLE_WORDS.contains(w)) {
        break;
      }
      if (DETERMINERS.contains(w)) {
        k = p;
        if (!t.word(p - 1).equals("of") && !(named && t.word(p - 1).equals("for"))) {
          break;
        }
        continue;
      }
      if (named && !t.capitalised(p) && !TITLE_WORDS.contains(w) && !t.cyrillic(j)) {
        break;
      }
      k = p;
    }
    // the phrase never starts with "of" or "for"
    while (k < j && (t.lower[k].equals("of") || t.lower[k].equals("for"))) {
      k++;
    }
    return new int[] {k, j};
  }

  /** The noun phrase that starts at token i, read rightwards. */
  private static int[] rightPhrase(TextTokens t, int i) {
    // "как заявили в Кремле", "сообщили в Минобороны России": the institution after "в"
    if (t.isWord(i) && t.cyrillic(i) && (t.lower[i].equals("в") || t.lower[i].equals("во"))
        && t.capitalised(i + 1)) {
      i++;
    }
    if (!t.isWord(i) || STOP.contains(t.lower[i]) && !t.lower[i].equals("the")) {
      return null;
    }
    int s = t.sentence[i];
    if (PRONOUNS.contains(t.lower[i])) {
      return new int[] {i, i};
    }
    int k = i;
    while (k + 1 < t.size && t.sentence[k + 1] == s && k - i < 12) {
      int n = k + 1;
      if (!t.isWord(n)) {
        break;
      }
      String w = t.lower[n];
      boolean inName = (w.equals("for") || w.equals("of") || w.equals("the") || w.equals("and")
          || w.equals("on")) && t.capitalised(k) && !TIME_WORDS.contains(t.word(n + 1))
          && !StatedDate.isMonth(t.word(n + 1)) && (t.capitalised(n + 1)
          || t.word(n + 1).equals("the") && t.capitalised(n + 2));
      if (Character.isDigit(t.text.charAt(t.start[n])) || t.cyrillic(i) && CONTENT_OBJECTS.contains(w)
          || !inName && (STOP.contains(w) && !w.equals("of") || Lexicon.kind(w) != Lexicon.NONE
          && !TITLE_WORDS.contains(w) && !t.capitalised(n))) {
        break;
      }
      k = n;
    }
    while (k > i && (t.lower[k].equals("of") || DETERMINERS.contains(t.lower[k])
        || t.lower[k].equals("for") || t.lower[k].equals("and"))) {
      k--;
    }
    return new int[] {i, k};
  }

  /** Returns whether the cue follows "об этом" ("Об этом заявил Песков"): it points back. */
  private static boolean aboutThis(TextTokens t, int a) {
    int k = a - 1;
    while (k >= 0 && t.isWord(k) && SKIP_BEFORE_CUE.contains(t.lower[k])) {
      k--;
    }
    return k >= 1 && t.word(k).equals("этом") && (t.word(k - 1).equals("об")
        || t.word(k - 1).equals("о")) && t.sentence[k - 1] == t.sentence[a];
  }

  /** The sentence before token a's, in the same paragraph, or null. */
  private static int[] previousSentence(TextTokens t, int a) {
    int first = t.sentenceStart(a);
    if (first == 0 || t.paragraph[first - 1] != t.paragraph[a]) {
      return null;
    }
    return trim(t, t.sentenceStart(first - 1), first - 1);
  }

  /** The content span (tokens, inclusive) of the cue a..b, or null when there is none. */
  private static int[] content(TextTokens t, int a, int b, int[] src, boolean sourceAfter,
      boolean inverted) {
    int sStart = t.sentenceStart(a);
    int sEnd = t.sentenceEnd(a);
    int first = src == null ? a : Math.min(a, src[0]);
    int last = src == null ? b : Math.max(b, src[1]);
    // "…," said Kirby / "…", — заявил Песков / …, according to X.
    int before = first - 1;
    while (before >= sStart && t.type[before] == TextTokens.PUNCT
        && (t.isPunct(before, ',') || t.isPunct(before, '—') || t.isPunct(before, '–')
        || t.isPunct(before, '-'))) {
      before--;
    }
    boolean closesBefore = before < first - 1
        || first - 1 >= sStart && t.isCloseQuote(first - 1);
    if (before >= 0 && t.paragraph[before] != t.paragraph[first]) {
      before = first - 1;
    }
    if (before >= 0 && t.paragraph[before] == t.paragraph[first] && t.isCloseQuote(before)) {
      int open = before - 1;
      while (open >= 0 && !t.isOpenQuote(open) && t.paragraph[open] == t.paragraph[before]
          && before - open < MAX_QUOTE) {
        open--;
      }
      if (open >= 0 && t.isOpenQuote(open) && t.paragraph[open] == t.paragraph[before]) {
        if (open + 1 > before - 1) {
          return null;
        }
        // “…,” he said, “…”: the quotation goes on after the cue; the content spans both parts
        int next = last + 1;
        if ((t.isPunct(next, ',') || t.isPunct(next, '.')) && t.isOpenQuote(next + 1)
            && t.paragraph[next + 1] == t.paragraph[a]) {
          int close = next + 2;
          while (close < t.size && !t.isCloseQuote(close)
              && t.paragraph[close] == t.paragraph[a] && close - next < MAX_QUOTE) {
            close++;
          }
          if (close < t.size && t.isCloseQuote(close) && close - 1 >= next + 2) {
            return trim(t, open + 1, close - 1);
          }
        }
        return trim(t, open + 1, before - 1);
      }
    }
    if (closesBefore && before >= sStart && (inverted || sourceAfter || before == first - 2
        || t.isPunct(first - 1, ',')) && !clauseFollows(t, last + 1, sEnd)) {
      // content is the clause before, back to the sentence start or an opening quote
      int from = sStart;
      while (from < before && t.type[from] == TextTokens.PUNCT) {
        from++;
      }
      return from <= before ? trim(t, from, before) : null;
    }
    // after the cue (and a source after it)
    int from = last + 1;
    if (t.isPunct(from, ',') || t.isPunct(from, ':') || t.isPunct(from, '—')) {
      from++;
    }
    // "told reporters (in the capital) that …": skip a short object before that/что
    for (int k = from; k < Math.min(sEnd, from + 6); k++) {
      if (t.isWord(k) && (t.lower[k].equals("that") || t.lower[k].equals("что"))) {
        boolean objectOnly = true;
        for (int m = from; m < k; m++) {
          if (t.isWord(m) && Lexicon.kind(t.lower[m]) != Lexicon.NONE) {
            objectOnly = false;
          }
        }
        if (objectOnly) {
          from = k;
        }
        break;
      }
    }
    if (from > sEnd && t.isOpenQuote(from)) {
      sEnd = from;
    }
    if (t.isOpenQuote(from)) {
      int close = from + 1;
      while (close < t.size && !t.isCloseQuote(close) && t.paragraph[close] == t.paragraph[from]
          && close - from < MAX_QUOTE) {
        close++;
      }
      return close - 1 >= from + 1 ? trim(t, from + 1, close - 1) : null;
    }
    if (from > sEnd) {
      return null;
    }
    return trim(t, from, clauseEnd(t, from, sEnd));
  }

  private static final Set<String> NEXT_CLAUSE = words("but", "and", "while", "although",
      "though", "whereas", "which", "who", "as", "yet", "но", "а", "однако", "хотя", "который",
      "которая", "которые", "которое");

  /**
   * Where reported speech after its cue ends: the sentence's end, or before ", but …", ", which
   * …", ", pointing to …" or a semicolon, outside quotations.
   */
  private static int clauseEnd(TextTokens t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.quoted[k]) {
        continue;
      }
      if (t.isPunct(k, ';')) {
        return k - 1;
      }
      if (t.isPunct(k, ',') && k + 1 <= to && t.isWord(k + 1) && !t.quoted[k + 1]) {
        String w = t.lower[k + 1];
        if (NEXT_CLAUSE.contains(w) || w.endsWith("ing") && !t.capitalised(k + 1)
            && k - from >= 3) {
          return k - 1;
        }
      }
    }
    return to;
  }

  private static final Set<String> TRAILERS = words("in", "on", "at", "during", "after",
      "before", "late", "early", "earlier", "later", "yesterday", "today", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "to", "when",
      "while", "as", "of", "about", "via", "through", "with", "who", "журналистам", "в", "во",
      "на", "агентству", "изданию", "телеканалу", "газете", "вчера", "сегодня");

  /**
   * Returns whether the words after a cue (from..to) make a clause of their own, the content
   * ("…, reports emerged confirming the deployment …"), rather than a trailer to a cue that
   * closes the sentence ("…, Kirby said in a statement on Monday.").
   */
  private static boolean clauseFollows(TextTokens t, int from, int to) {
    while (from <= to && t.type[from] == TextTokens.PUNCT && !t.isOpenQuote(from)) {
      if (!t.isPunct(from, ':') && !t.isPunct(from, '—')) {
        return false;
      }
      from++;
    }
    if (from > to) {
      return false;
    }
    if (t.isOpenQuote(from) || t.isWord(from) && (t.lower[from].equals("that")
        || t.lower[from].equals("что"))) {
      return true;
    }
    int words = 0;
    for (int k = from; k <= to; k++) {
      if (t.isWord(k)) {
        words++;
      } else if (!t.isQuote(k)) {
        break;
      }
    }
    return t.isWord(from) && !TRAILERS.contains(t.lower[from]) && words >= 4;
  }

  private static int[] trim(TextTokens t, int from, int to) {
    while (to > from && t.type[to] == TextTokens.PUNCT && !t.isCloseQuote(to)) {
      to--;
    }
    while (from < to && t.type[from] == TextTokens.PUNCT && !t.isOpenQuote(from)) {
      from++;
    }
    if (to == from && t.type[from] == TextTokens.PUNCT) {
      return null;
    }
    return new int[] {from, to};
  }

  /** Returns whether a speaker names someone: a capitalised word that is not a pronoun. */
  static boolean isNamed(String speaker) {
    String[] words = speaker.split("[\\s\u00a0]+");
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      String lw = w.toLowerCase(java.util.Locale.ROOT);
      if (k == 0 && (DETERMINERS.contains(lw) || PRONOUNS.contains(lw) || lw.equals("this")
          || lw.equals("that"))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Returns whether a speaker points back: a pronoun, or a bare role ("the spokesman"). */
  static boolean isAnaphoric(String speaker) {
    String s = speaker.strip().toLowerCase(java.util.Locale.ROOT);
    if (ANAPHORIC_PRONOUNS.contains(s)) {
      return true;
    }
    if (isNamed(speaker)) {
      return false;
    }
    String[] words = s.split("[\\s\u00a0]+");
    String last = words[words.length - 1];
    if (!ROLES.contains(last)) {
      return false;
    }
    String firstWord = words[0];
    return words.length == 1 || firstWord.equals("the") || firstWord.equals("this")
        || firstWord.equals("его") || firstWord.equals("ее") || firstWord.equals("её")
        || words.length <= 2 && !firstWord.equals("a") && !firstWord.equals("an");
  }
}
