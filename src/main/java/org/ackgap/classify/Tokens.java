package org.ackgap.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into folded word tokens, with the sentence and clause each token sits in.
 *
 * <p>Folding makes every spelling variant SPEC §2 allows meet the same token: Unicode lower case,
 * {@code ё} as {@code е}, final sigma as sigma, and every non-letter (hyphens, apostrophes of any
 * shape, quotes, dashes) a word boundary. English {@code n't} becomes the token {@code not} and a
 * possessive {@code 's} is dropped, so "didn't deny" and "did not deny" read alike.
 */
final class Tokens {

  private final String[] words;
  private final int[] sentence;
  private final int[] clause;
  private final boolean[] questionSentence;
  private final int sentences;

  private Tokens(String[] words, int[] sentence, int[] clause, boolean[] question, int sentences) {
    this.words = words;
    this.sentence = sentence;
    this.clause = clause;
    this.questionSentence = question;
    this.sentences = sentences;
  }

  /** Returns the tokens of {@code text}. */
  static Tokens of(String text) {
    int n = text.length();
    List<String> out = new ArrayList<>(Math.max(16, n / 5));
    int[] sent = new int[Math.max(16, n / 5)];
    int[] claus = new int[sent.length];
    boolean[] question = new boolean[8];
    int s = 0;
    int c = 0;
    boolean sentenceHasWords = false;
    char[] buf = new char[64];
    int len = 0;
    for (int i = 0; i <= n; i++) {
      char ch = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(ch) || Character.isSurrogate(ch)) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = fold(ch);
        continue;
      }
      if (len > 0) {
        // apostrophe inside a word: n't -> not, 's -> dropped, otherwise a plain boundary
        if (isApostrophe(ch) && i + 1 < n) {
          char next = Character.toLowerCase(text.charAt(i + 1));
          boolean wordEnds = i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2));
          if (next == 't' && wordEnds && len > 1 && buf[len - 1] == 'n') {
            String stem = contracted(new String(buf, 0, len - 1));
            int at = out.size();
            sent = grow(sent, at + 2);
            claus = grow(claus, at + 2);
            out.add(stem);
            sent[at] = s;
            claus[at] = c;
            out.add("not");
            sent[at + 1] = s;
            claus[at + 1] = c;
            len = 0;
            i++;
            sentenceHasWords = true;
            continue;
          }
          if (next == 's' && wordEnds) {
            i++;
            // fall through: emit the word without the 's
          }
        }
        int at = out.size();
        sent = grow(sent, at + 1);
        claus = grow(claus, at + 1);
        out.add(new String(buf, 0, len));
        sent[at] = s;
        claus[at] = c;
        len = 0;
        sentenceHasWords = true;
      }
      switch (ch) {
        case '.', '!', '?', '\n', '…' -> {
          boolean ends = ch != '.' || i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))
              || text.charAt(i + 1) == '"' || text.charAt(i + 1) == '»';
          if (ends && ch == '.' && !out.isEmpty() && out.get(out.size() - 1).length() == 1) {
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
    int count = out.size();
    int total = sentenceHasWords ? s + 1 : s;
    return new Tokens(out.toArray(new String[0]), Arrays.copyOf(sent, count),
        Arrays.copyOf(claus, count), Arrays.copyOf(question, Math.max(total, 1)), total);
  }

  /** Restores the verb of "won't", "can't", "shan't", whose stem alone is not a word. */
  private static String contracted(String stem) {
    return switch (stem) {
      case "wo" -> "will";
      case "ca" -> "can";
      case "sha" -> "shall";
      default -> stem;
    };
  }

  private static boolean[] mark(boolean[] q, int s) {
    boolean[] r = s >= q.length ? Arrays.copyOf(q, s * 2 + 1) : q;
    r[s] = true;
    return r;
  }

  private static int[] grow(int[] a, int need) {
    return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length * 2));
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
    return String.join(" ", of(text).words);
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  String[] words() {
    return words;
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
