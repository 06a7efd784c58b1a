package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Cutting texts into tokens: contractions (several in a row, which outgrow the text), apostrophes
 * of every shape, sentence and clause ends, questions, folding, characters beyond U+0500 and
 * surrogate pairs. The expected tokens are those the cutter gave before it reused per-thread
 * arrays; each is word/sentence/clause, then one mark per sentence (Q: a question).
 */
class TokensTest {

  private static String dump(String s) {
    Tokens t = Tokens.of(s);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      b.append(i == 0 ? "" : " ").append(t.word(i)).append('/').append(t.sentence(i)).append('/')
          .append(t.clause(i));
    }
    b.append(" |");
    for (int q = 0; q < t.sentences(); q++) {
      b.append(t.isQuestion(q) ? 'Q' : '.');
    }
    return b.toString();
  }

  @Test
  void cutsAsBefore() {
    String[][] cases = {
        {"",
            " |"},
        {" ",
            " |"},
        {"...",
            " |"},
        {"Won't they? He can't. She shan't; it didn't.",
            "will/0/0 not/0/0 they/0/0 he/1/1 can/1/1 not/1/1 she/2/2 shall/2/2 not/2/2 it/2/3 did/2/3 not/2/3 |Q.."},
        {"won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't won't",
            "will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 will/0/0 not/0/0 |."},
        {"O'Brien's troops weren't there. U.S. officials said so… Really?!",
            "o/0/0 brien/0/0 troops/0/0 were/0/0 not/0/0 there/0/0 u/1/1 s/1/1 officials/1/1 said/1/1 so/1/1 really/2/2 |..Q"},
        {"ЁЛКА и ёж — «Северный поток»: нет. Σίσυφος ΣΟΦΟΣ",
            "елка/0/0 и/0/0 еж/0/0 северный/0/1 поток/0/1 нет/0/2 σίσυφοσ/1/3 σοφοσ/1/3 |.."},
        {"tab\there\r\nnew line, (paren) end.\"quoted.\" next»",
            "tab/0/0 here/0/0 new/1/1 line/1/1 paren/1/3 end/1/4 quoted/2/5 next/3/6 |...."},
        {"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math 😀 emoji and ǅ titlecase İstanbul",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢/0/0 math/0/0 😀/0/0 emoji/0/0 and/0/0 ǆ/0/0 titlecase/0/0 istanbul/0/0 |."},
        {"a.b.c. x. y? z! 5 May 2024 may",
            "a/0/0 b/0/0 c/0/0 x/0/0 y/0/0 z/1/1 5/2/2 may/2/2 2024/2/2 may/2/2 |Q.."},
        {"don’t ‘quote’ it`s ´ok´ ʼnʼt",
            "do/0/0 not/0/0 quote/0/0 it/0/0 ok/0/0 ʼnʼt/0/0 |."},
        {"n't 't 's x's xn't",
            "n/0/0 t/0/0 t/0/0 s/0/0 x/0/0 x/0/0 not/0/0 |."},
    };
    for (String[] c : cases) {
      assertEquals(c[1], dump(c[0]), c[0]);
      // again, from a fresh String: the first answer must not leak into the second
      assertEquals(c[1], dump(new String(c[0])), c[0]);
    }
  }

  @Test
  void longTextAfterShortOnesAndBack() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30000; i++) {
      b.append("won't xy. ");
    }
    Tokens longOne = Tokens.of(b.toString());
    assertEquals(90000, longOne.size());
    assertEquals(29999, longOne.sentence(longOne.size() - 1));
    assertEquals("will", longOne.word(89997));
    assertEquals("a/0/0 b/0/0 |.", dump("a b"));
    assertEquals("not", longOne.word(89998));
  }
}
