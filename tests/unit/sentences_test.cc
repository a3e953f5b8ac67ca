// Unit tests of sentence splitting (src/text/sentences.h): ends, abbreviations, quotes, paragraphs.
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/tokenize.h"

namespace mizan {
namespace {
namespace sentences_test {

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;  // original text of each sentence
  std::vector<idx_t> paragraphs;
};

TEST(SplitSentences, Table) {
  const std::vector<Case> cases = {
      {"empty", "", {}, {}},
      {"spaces_only", "  \n \n", {}, {}},
      {"no_end_mark", "وصل الوفد إلى طرابلس", {"وصل الوفد إلى طرابلس"}, {0}},
      {"four_ends",
       "أعلن الجيش الهدنة. ثم انسحب! وسأل الصحفي: «متى تعودون»؟ لا جواب.",
       {"أعلن الجيش الهدنة.", "ثم انسحب!", "وسأل الصحفي: «متى تعودون»؟", "لا جواب."},
       {0, 0, 0, 0}},
      {"latin_question", "Is it over? Yes.", {"Is it over?", "Yes."}, {0, 0}},
      {"decimal", "ارتفع التضخم 3.5 في المئة. وتراجع", {"ارتفع التضخم 3.5 في المئة.", "وتراجع"}, {0, 0}},
      {"abbreviations", "استقبل أ. د. سالم الوفد. ثم غادر", {"استقبل أ. د. سالم الوفد.", "ثم غادر"}, {0, 0}},
      {"era_letter_after_year", "ولد عام 1950 م. ثم هاجر عام 1400 هـ. وعاد", {"ولد عام 1950 م.", "ثم هاجر عام 1400 هـ.", "وعاد"}, {0, 0, 0}},
      {"latin_abbreviation", "Dr. Salem met Mr. Ali.", {"Dr. Salem met Mr. Ali."}, {0}},
      {"inside_quotes", "قال: «لن نتراجع. سنقاتل» ثم غادر.", {"قال: «لن نتراجع. سنقاتل» ثم غادر."}, {0}},
      {"inside_parentheses", "وصل الوفد (وهو الثالث. هذا العام) أمس.", {"وصل الوفد (وهو الثالث. هذا العام) أمس."}, {0}},
      {"inside_ascii_quotes", "قال \"انتهى. تماما\" وغادر.", {"قال \"انتهى. تماما\" وغادر."}, {0}},
      {"end_after_closing_quote", "قال: «انتهى الأمر». ثم غادر.", {"قال: «انتهى الأمر».", "ثم غادر."}, {0, 0}},
      {"clause_separators_do_not_end", "قال، ثم؛ غادر: نعم.", {"قال، ثم؛ غادر: نعم."}, {0}},
      {"ellipsis_ends", "انتظر... ثم تكلم.. وغادر…", {"انتظر...", "ثم تكلم..", "وغادر…"}, {0, 0, 0}},
      {"ellipsis_glued", "قال...ثم", {"قال...ثم"}, {0}},
      {"nested_ascii_quotes", "قال: \"زواج \"بيرتا\" صدمني. جدا\" ثم بكى. وغادر",
       {"قال: \"زواج \"بيرتا\" صدمني. جدا\" ثم بكى.", "وغادر"}, {0, 0}},
      {"stray_ascii_quote", "كتب\" شيئا. ثم غادر", {"كتب\" شيئا.", "ثم غادر"}, {0, 0}},
      {"repeated_marks", "ماذا؟! لا.", {"ماذا؟!", "لا."}, {0, 0}},
      {"domain_name", "نقل موقع aljazeera.net الخبر.", {"نقل موقع aljazeera.net الخبر."}, {0}},
      {"newline_ends", "سطر أول بلا نقطة\nسطر ثان", {"سطر أول بلا نقطة", "سطر ثان"}, {0, 1}},
      {"blank_lines_are_not_paragraphs", "\n\nفقرة أولى.\n\n\nفقرة ثانية. وجملة.", {"فقرة أولى.", "فقرة ثانية.", "وجملة."}, {0, 1, 1}},
      {"newline_closes_open_quote", "قال «لم ينته. بعد\nسطر جديد. آخر", {"قال «لم ينته. بعد", "سطر جديد.", "آخر"}, {0, 1, 1}},
      {"final_period_at_end", "انتهى.", {"انتهى."}, {0}},
  };
  for (const Case& c : cases) {
    Doc doc(c.name, c.text);
    ASSERT_TRUE(Normalize(doc).ok());
    SegmentStage seg(nullptr);
    ASSERT_TRUE(seg.Process(doc).ok());
    std::vector<std::string> got;
    std::vector<idx_t> paras;
    for (const Sentence& s : doc.sentences) {
      got.push_back(doc.OrigText(s.norm));
      paras.push_back(s.paragraph);
    }
    EXPECT_EQ(got, c.sentences) << c.name;
    EXPECT_EQ(paras, c.paragraphs) << c.name;
  }
}

TEST(SplitSentences, SentencesCoverEveryTokenInOrder) {
  Doc doc("t", "أولى. ثانية!\n«ثالثة؟» رابعة");
  ASSERT_TRUE(Normalize(doc).ok());
  SegmentStage seg(nullptr);
  ASSERT_TRUE(seg.Process(doc).ok());
  idx_t next = 0;
  for (idx_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    EXPECT_EQ(s.tokens.begin, next);
    EXPECT_LT(s.tokens.begin, s.tokens.end);
    for (idx_t t = s.tokens.begin; t < s.tokens.end; ++t) EXPECT_EQ(doc.tokens[t].sentence, si);
    next = s.tokens.end;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(IsAbbreviation, Table) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"د", true}, {"ا", true}, {"م", true}, {"Dr", true}, {"U", true}, {"الوفد", false}, {"3", false}, {"قال", false},
  };
  for (const auto& [w, want] : cases) EXPECT_EQ(IsAbbreviation(w), want) << w;
}

}  // namespace sentences_test
}  // namespace
}  // namespace mizan
