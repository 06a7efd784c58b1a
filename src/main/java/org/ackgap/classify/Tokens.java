package org.ackgap.classify;

import java.util.Arrays;

/**
 * A text cut into folded word tokens, with the sentence and clause each token sits in.
 *
 * <p>Folding makes every spelling variant SPEC §2 allows meet the same token: Unicode lower case,
 * {@code ё} as {@code е}, final sigma as sigma, and every non-letter (hyphens, apostrophes of any
 * shape, quotes, dashes) a word boundary. English {@code n't} becomes the token {@code not} and a
 * possessive {@code 's} is dropped, so "didn't deny" and "did not deny" read alike.
 *
 * <p>The folded characters of all tokens sit end to end in one array, so cutting a text allocates
 * a few arrays, not a String per word: term matching reads the characters in place, and only the
 * similarity features ask for words as Strings (made once, on first request).
 */
final class Tokens {

  /**
   * For characters up to the end of Cyrillic: the folded character, or 0 when it is not a letter
   * or digit. The same answers as {@link #fold}, looked up.
   */
  private static final char[] TABLE = new char[0x500];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = Character.isLetterOrDigit(c) ? fold(c) : 0;
    }
  }

  /**
   * Per thread: the tokens it cut last, and the arrays the next text is cut into; the tokens
   * then take copies of just the length they need. Allocating the arrays of every statement
   * at their largest possible size, zeroed, cost a quarter of the cut.
   */
  private static final class Local {
    Tokens last;
    char[] text = new char[512];
    char[] chars = new char[512];
    int[] offset = new int[129];
    int[] sentence = new int[128];
    int[] clause = new int[128];
  }

  private static final ThreadLocal<Local> LOCAL = ThreadLocal.withInitial(Local::new);
  /** The longest text, in chars, whose arrays a thread keeps for the next. */
  private static final int KEPT = 1 << 16;

  private final String text;
  private final char[] chars;
  /** Token i is {@code chars[offset[i]..offset[i + 1])}. */
  private final int[] offset;
  private final int size;
  private final int[] sentence;
  private final int[] clause;
  private final boolean[] questionSentence;
  private final int sentences;
  private volatile String[] words;
  /** The cues of the last lexicon that scanned these tokens; see {@link Lexicon#scan}. */
  volatile Object cues;
  /** The same with the statement-only categories read late; see {@link Lexicon#scanStatement}. */
  volatile Object statementCues;
  /** The raw search of the last lexicon that scanned these tokens, shared by both scans. */
  volatile Object rawCues;
  /** The claim hits of the last matcher that matched these tokens; see {@link TermMatcher}. */
  volatile Object matched;

  private Tokens(String text, char[] chars, int[] offset, int size, int[] sentence, int[] clause,
      boolean[] question, int sentences) {
    this.text = text;
    this.chars = chars;
    this.offset = offset;
    this.size = size;
    this.sentence = sentence;
    this.clause = clause;
    this.questionSentence = question;
    this.sentences = sentences;
  }

  /**
   * Returns the tokens of {@code text}, reusing the last ones this thread cut when the text is the
   * same String: the matcher and the classifier of one statement then cut it once.
   */
  static Tokens of(String text) {
    Local local = LOCAL.get();
    Tokens last = local.last;
    if (last != null && last.text == text) {
      return last;
    }
    Tokens t = cut(text, local);
    local.last = t;
    return t;
  }

  private static Tokens cut(String text) {
    return cut(text, new Local());
  }

  private static Tokens cut(String text, Local local) {
    int n = text.length();
    // the characters once into an array, read in place: String.charAt checks twice per read
    char[] src = local.text;
    if (src.length < n + 1) {
      src = new char[Math.max(n + 1, src.length * 2)];
      if (src.length <= KEPT) {
        local.text = src;
      }
    }
    text.getChars(0, n, src, 0);
    src[n] = ' ';
    // folded text is never longer than the text, but for n't -> not and won't -> will not
    char[] chars = local.chars;
    if (chars.length < n + 16) {
      chars = new char[Math.max(n + 16, chars.length * 2)];
    }
    int[] offset = local.offset;
    int[] sent = local.sentence;
    int[] claus = local.clause;
    boolean[] question = new boolean[8];
    int count = 0;
    int s = 0;
    int c = 0;
    boolean sentenceHasWords = false;
    int at = 0;
    int wordStart = 0;
    // Invariant: chars has room for one folded character per character still to read, plus 8;
    // only a contraction writes more than it reads, and it restores the room.
    for (int i = 0; i <= n; i++) {
      char ch = src[i];
      if (ch < TABLE.length) {
        char f = TABLE[ch];
        if (f != 0) {
          chars[at++] = f;
          continue;
        }
        if (ch == ' ') {
          // the common boundary, with nothing to look at but the word it ends
          if (at > wordStart) {
            if (count + 2 > sent.length) {
              int grown = Math.max(count + 2, sent.length * 2);
              sent = Arrays.copyOf(sent, grown);
              claus = Arrays.copyOf(claus, grown);
              offset = Arrays.copyOf(offset, grown + 1);
            }
            offset[count] = wordStart;
            sent[count] = s;
            claus[count] = c;
            count++;
            offset[count] = at;
            wordStart = at;
            sentenceHasWords = true;
          }
          continue;
        }
      } else if (Character.isLetterOrDigit(ch) || Character.isSurrogate(ch)) {
        chars[at++] = fold(ch);
        continue;
      }
      int len = at - wordStart;
      if (len > 0) {
        if (count + 2 > sent.length) {
          int grown = Math.max(count + 2, sent.length * 2);
          sent = Arrays.copyOf(sent, grown);
          claus = Arrays.copyOf(claus, grown);
          offset = Arrays.copyOf(offset, grown + 1);
        }
        // apostrophe inside a word: n't -> not, 's -> dropped, otherwise a plain boundary
        if (isApostrophe(ch) && i + 1 < n) {
          char next = Character.toLowerCase(src[i + 1]);
          boolean wordEnds = i + 2 >= n || !Character.isLetterOrDigit(src[i + 2]);
          if (next == 't' && wordEnds && len > 1 && chars[at - 1] == 'n') {
            // "won't" gives "will not": up to three more than read ("'t" is read below)
            if (chars.length - at < n - i + 16) {
              chars = Arrays.copyOf(chars, chars.length * 2 + 16);
            }
            at = contracted(chars, wordStart, at - 1);
            offset[count] = wordStart;
            sent[count] = s;
            claus[count] = c;
            count++;
            offset[count] = at;
            chars[at++] = 'n';
            chars[at++] = 'o';
            chars[at++] = 't';
            sent[count] = s;
            claus[count] = c;
            count++;
            offset[count] = at;
            wordStart = at;
            i++;
            sentenceHasWords = true;
            continue;
          }
          if (next == 's' && wordEnds) {
            i++;
            // fall through: emit the word without the 's
          }
        }
        offset[count] = wordStart;
        sent[count] = s;
        claus[count] = c;
        count++;
        offset[count] = at;
        wordStart = at;
        sentenceHasWords = true;
      }
      switch (ch) {
        case '.', '!', '?', '\n', '…' -> {
          boolean ends = ch != '.' || i + 1 >= n || Character.isWhitespace(src[i + 1])
              || src[i + 1] == '"' || src[i + 1] == '»';
          if (ends && ch == '.' && count > 0 && offset[count] - offset[count - 1] == 1) {
            ends = false; // an initial or "U.S."
          }
          if (ends && sentenceHasWords) {
            if (s >= question.length) {
              question = Arrays.copyOf(question, s * 2 + 1);
            }
            question[s] |= ch == '?';
            s++;
            c++;
            sentenceHasWords = false;
          } else if (ch == '?' && sentenceHasWords) {
            question = mark(question, s);
          }
        }
        case ';', ':', ',', '—', '–', '(', ')' -> c++;
        default -> { }
      }
    }
    int total = sentenceHasWords ? s + 1 : s;
    if (count == 0) {
      offset[0] = 0;
    }
    if (chars.length <= KEPT) {
      // a rare long text's arrays go with it, not kept by the thread for good
      local.chars = chars;
      local.offset = offset;
      local.sentence = sent;
      local.clause = claus;
    }
    return new Tokens(text, Arrays.copyOf(chars, at), Arrays.copyOf(offset, count + 1), count,
        Arrays.copyOf(sent, count), Arrays.copyOf(claus, count),
        Arrays.copyOf(question, Math.max(total, 1)), total);
  }

  /**
   * Restores the verb of "won't", "can't", "shan't", whose stem alone is not a word; the stem is
   * {@code chars[from..to)}. Returns where the stem now ends.
   */
  private static int contracted(char[] chars, int from, int to) {
    int len = to - from;
    String verb = null;
    if (len == 2 && chars[from] == 'w' && chars[from + 1] == 'o') {
      verb = "will";
    } else if (len == 2 && chars[from] == 'c' && chars[from + 1] == 'a') {
      verb = "can";
    } else if (len == 3 && chars[from] == 's' && chars[from + 1] == 'h' && chars[from + 2] == 'a') {
      verb = "shall";
    }
    if (verb == null) {
      return to;
    }
    verb.getChars(0, verb.length(), chars, from);
    return from + verb.length();
  }

  private static boolean[] mark(boolean[] q, int s) {
    boolean[] r = s >= q.length ? Arrays.copyOf(q, s * 2 + 1) : q;
    r[s] = true;
    return r;
  }

  static boolean isApostrophe(char ch) {
    return ch == '\'' || ch == '’' || ch == '‘' || ch == 'ʼ' || ch == '`' || ch == '´';
  }

  /** Folds one character the way every token is folded. */
  static char fold(char ch) {
    char c = Character.toLowerCase(ch);
    return switch (c) {
      case 'ё' -> 'е';
      case 'ς' -> 'σ';
      case 'ı' -> 'i';
      default -> c;
    };
  }

  /** Returns {@code text} folded and re-joined with single spaces, as tokens see it. */
  static String foldPhrase(String text) {
    return String.join(" ", cut(text).words());
  }

  int size() {
    return size;
  }

  String word(int i) {
    return words()[i];
  }

  String[] words() {
    String[] w = words;
    if (w == null) {
      w = new String[size];
      for (int i = 0; i < size; i++) {
        w[i] = new String(chars, offset[i], offset[i + 1] - offset[i]);
      }
      words = w;
    }
    return w;
  }

  /** Returns the folded characters of every token; token i is {@link #start}..{@link #end}. */
  char[] chars() {
    return chars;
  }

  /** Returns where each token starts in {@link #chars}, and past the last where it ends. */
  int[] offsets() {
    return offset;
  }

  int start(int i) {
    return offset[i];
  }

  int end(int i) {
    return offset[i + 1];
  }

  /** Returns whether token i is {@code w}. */
  boolean is(int i, String w) {
    int from = offset[i];
    int len = offset[i + 1] - from;
    if (len != w.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[from + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether token i starts with a digit. */
  boolean startsWithDigit(int i) {
    return offset[i + 1] > offset[i] && Character.isDigit(chars[offset[i]]);
  }

  /** Returns whether token i starts with {@code w}. */
  boolean startsWith(int i, String w) {
    int from = offset[i];
    int len = w.length();
    if (offset[i + 1] - from < len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[from + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int sentence(int i) {
    return sentence[i];
  }

  int clause(int i) {
    return clause[i];
  }

  int sentences() {
    return sentences;
  }

  boolean isQuestion(int sentenceIndex) {
    return sentenceIndex < questionSentence.length && questionSentence[sentenceIndex];
  }
}
