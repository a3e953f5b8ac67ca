// Tests for the data-file reader, verb conjugation and the dictionary matching keys.
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "actor/actor_stage.h"
#include "actor/coref.h"
#include "lex/conjugate.h"
#include "lex/tsv.h"
#include "mizan/lexicon.h"

namespace mizan {
namespace {
namespace lexicon_test {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(TsvTest, ReadsMagicHeaderRowsAndComments) {
  auto t = TsvTable::Parse("# mizan-roles v1\nsurface\trole\n# comment\n\nوزير\tGOV\nجيش\tMIL\n", "mem", "roles", 1);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->rows(), 2u);
  EXPECT_EQ(t->Get(0, "surface"), "وزير");
  EXPECT_EQ(t->Get(1, "role"), "MIL");
  EXPECT_EQ(t->Get(1, "missing"), "");
  EXPECT_EQ(t->Where(1), "mem:6");
}

TEST(TsvTest, RejectsWrongMagicOrVersion) {
  EXPECT_FALSE(TsvTable::Parse("surface\trole\n", "mem", "roles", 1).ok());
  EXPECT_FALSE(TsvTable::Parse("# mizan-roles v2\nsurface\n", "mem", "roles", 1).ok());
  EXPECT_FALSE(TsvTable::Parse("# mizan-people v1\nsurface\n", "mem", "roles", 1).ok());
  EXPECT_FALSE(TsvTable::Parse("", "mem", "roles", 1).ok());
}

TEST(TsvTest, SplitsBarsAndWords) {
  EXPECT_EQ(SplitBar(" a | b||c "), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(SplitWords("  عقد  لقاء "), (std::vector<std::string>{"عقد", "لقاء"}));
}

// word_classes.tsv: the lists the argument and actor rules consult are data, matched without the article.
TEST(LexiconTest, WordClassesComeFromTheDataFile) {
  auto lex = Lexicon::Load(MIZAN_SOURCE_DATA_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  using WC = Lexicon::WordClass;
  EXPECT_TRUE((*lex)->InClass(WC::kStrikeNoun, Lexicon::MatchKey("الغارة")));
  EXPECT_TRUE((*lex)->InClass(WC::kHonorific, Lexicon::MatchKey("فخامة")));
  EXPECT_TRUE((*lex)->InClass(WC::kTimeConj, Lexicon::MatchKey("حتى")));
  EXPECT_TRUE((*lex)->InClass(WC::kLandingVerb, Lexicon::MatchKey("سقطت")));
  EXPECT_FALSE((*lex)->InClass(WC::kStrikeNoun, Lexicon::MatchKey("زيارة")));
  for (size_t i = 0; i < static_cast<size_t>(WC::kCount); ++i) {
    WC back;
    ASSERT_TRUE(Lexicon::WordClassNamed(Lexicon::WordClassName(static_cast<WC>(i)), &back));
    EXPECT_EQ(back, static_cast<WC>(i));
  }
}

// Only a perfect written with ال may be read as the verb's noun ("القصف"); "النصف" is no نصف of يصف.
TEST(LexiconTest, PerfectKeysAreKnown) {
  auto lex = Lexicon::Load(MIZAN_SOURCE_DATA_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_TRUE((*lex)->VerbKeyIsPerfect(Lexicon::MatchKey("وصف")));
  EXPECT_TRUE((*lex)->VerbKeyIsPerfect(Lexicon::MatchKey("قصف")));
  EXPECT_TRUE((*lex)->VerbKeyIsPerfect(Lexicon::MatchKey("قصفوا")));
  EXPECT_FALSE((*lex)->VerbKeyIsPerfect(Lexicon::MatchKey("نصف")));
  EXPECT_FALSE((*lex)->VerbKeyIsPerfect(Lexicon::MatchKey("يقصف")));
}

// A pattern's "بين" ("اتفاق بين") does not make it a known word: the segmenter would split "بينهم".
// And the article comes off twice on both sides: the dictionary's "الألمان" meets the text's.
TEST(LexiconTest, PatternBetweenIsNoKnownWordAndArticlesMeet) {
  auto lex = Lexicon::Load(MIZAN_SOURCE_DATA_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_FALSE((*lex)->IsKnownWord("بين"));
  EXPECT_EQ(Lexicon::MatchKey("الألمان"), Lexicon::MatchKey("ألمان"));
}

// A class the code does not read is a load error with its line (a misspelt class used to be a silent
// empty list), not a rule quietly turned off.
TEST(LexiconTest, UnknownWordClassIsALoadError) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("mizan_lex_classes_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(MIZAN_SOURCE_DATA_DIR, dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "text" / "word_classes.tsv", std::ios::app);
    out << "strike_nouns\tغارة\t\n";
  }
  auto lex = Lexicon::Load(dir.string());
  fs::remove_all(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("unknown class 'strike_nouns'"), std::string::npos) << lex.status().message();
  EXPECT_NE(lex.status().message().find("word_classes.tsv:"), std::string::npos) << lex.status().message();
}

TEST(ConjugateTest, SoundVerb) {
  auto f = ConjugateVerb("هدد", "يهدد");
  for (const char* w : {"هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "نهدد"}) EXPECT_TRUE(Has(f, w)) << w;
}

TEST(ConjugateTest, DefectiveVerb) {
  auto f = ConjugateVerb("التقي", "يلتقي");  // التقى after normalization
  for (const char* w : {"التقي", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتقون"}) EXPECT_TRUE(Has(f, w)) << w;
}

TEST(DateRangeTest, Bounds) {
  EXPECT_TRUE(DateInRange("2018-05-01", "2017-01-20", "2021-01-20"));
  EXPECT_FALSE(DateInRange("2022-05-01", "2017-01-20", "2021-01-20"));
  EXPECT_TRUE(DateInRange("2022-05-01", "2014", ""));
  EXPECT_FALSE(DateInRange("2013-12-31", "2014", ""));
  EXPECT_TRUE(DateInRange("2021-01-20", "2017-01-20", "2021-01-20"));
}

TEST(CorefTest, SplitsPrepositionPronouns) {
  struct Case { const char* word; const char* prep; Enclitic e; } cases[] = {
      {"له", "ل", Enclitic::kHu}, {"معه", "مع", Enclitic::kHu}, {"اليهم", "الي", Enclitic::kHum},
      {"منها", "من", Enclitic::kHa}, {"عليه", "علي", Enclitic::kHu}};
  for (const auto& c : cases) {
    std::string_view p;
    Enclitic e;
    ASSERT_TRUE(SplitPrepPronoun(c.word, &p, &e)) << c.word;
    EXPECT_EQ(p, c.prep);
    EXPECT_EQ(e, c.e);
  }
  std::string_view p;
  Enclitic e;
  EXPECT_FALSE(SplitPrepPronoun("لقاء", &p, &e));
  EXPECT_FALSE(SplitPrepPronoun("منظمه", &p, &e));
}

}  // namespace lexicon_test
}  // namespace
}  // namespace mizan
