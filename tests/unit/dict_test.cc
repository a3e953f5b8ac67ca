// Tests for `mizan dict`: PETRARCH import (dates, actors, agents, verb blocks), data checks and the dump.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "lex/dict_check.h"
#include "lex/dict_dump.h"
#include "lex/petrarch_import.h"
#include "lex/tsv.h"
#include "mizan/lexicon.h"

namespace mizan {
namespace {
namespace dict_test {

namespace fs = std::filesystem;

// A private copy of the source data directory, to append rows to; "" when there is no data dir.
fs::path CopyOfData(const std::string& name) {
  fs::path src = MIZAN_SOURCE_DATA_DIR;
  if (!fs::exists(src / "VERSION")) return {};
  fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(src, dir, fs::copy_options::recursive);
  return dir;
}

// Column value of row r of an import result.
std::string Col(const ImportResult& r, size_t row, const std::string& col) {
  auto it = std::find(r.columns.begin(), r.columns.end(), col);
  if (it == r.columns.end() || row >= r.rows.size()) return "<none>";
  return r.rows[row][it - r.columns.begin()];
}

TEST(PetrarchDateTest, ConvertsShortAndLongDates) {
  struct Case {
    const char* in;
    const char* want;  // "" = error
  } cases[] = {
      {"120812", "2012-08-12"}, {"140326", "2014-03-26"}, {"300101", "2030-01-01"}, {"310101", "1931-01-01"},
      {"991231", "1999-12-31"}, {"19840502", "1984-05-02"}, {"20200229", "2020-02-29"},
      {"1208", ""},             {"12081", ""},            {"121312", ""},           {"12a812", ""},
      {"20121300", ""},         {"20190229", ""},         {"120431", ""},
  };
  for (const auto& c : cases) {
    auto got = PetrarchDateToIso(c.in);
    if (*c.want == 0) {
      EXPECT_FALSE(got.ok()) << c.in;
    } else {
      ASSERT_TRUE(got.ok()) << c.in << ": " << got.status().ToString();
      EXPECT_EQ(*got, c.want) << c.in;
    }
  }
}

TEST(PetrarchImportTest, ActorsWithDatedCodesSynonymsAndDefaults) {
  const char* text =
      "# a comment line\n"
      "MOROCCO_  [MAR]\n"
      "+MOROCCAN_\n"
      "+RABAT_ # capital\n"
      "\n"
      "SAAD_EDDINE_EL_OTHMANI_  ; from a note\n"
      "\t[MARPTY 080101-170316]\n"
      "\t[MARGOV 170317-211007]\n"
      "\t[MARPTY]\n"
      "عبد_المجيد_تبون_\n"
      "\t[DZAGOV >20191219]\n"
      "\t[DZAGOV 20171201-20180101]\n"
      "سفير_قديم_\n"
      "\t[EGYGOV 19840502-18000101]\n"
      "NOBODY_\n"
      "\t[---]\n"
      "\t[USAGOV 12-1]\n";
  auto r = ImportPetrarch(text, PetrarchKind::kActors);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->table, "people");
  EXPECT_EQ(r->entries, 5u);
  struct Want {
    const char *id, *name, *variants, *code, *from, *to;
  } want[] = {
      {"morocco", "MOROCCO", "MOROCCAN|RABAT", "MAR", "", ""},
      {"saad_eddine_el_othmani", "SAAD EDDINE EL OTHMANI", "", "MARPTY", "2008-01-01", "2017-03-16"},
      {"saad_eddine_el_othmani", "SAAD EDDINE EL OTHMANI", "", "MARGOV", "2017-03-17", "2021-10-07"},
      // The default code fills the time before and after the dated periods (consecutive days: no gap).
      {"saad_eddine_el_othmani", "SAAD EDDINE EL OTHMANI", "", "MARPTY", "", "2008-01-01"},
      {"saad_eddine_el_othmani", "SAAD EDDINE EL OTHMANI", "", "MARPTY", "2021-10-07", ""},
      // Arabic: underscores become spaces; periods sorted by start.
      {"L10", "عبد المجيد تبون", "", "DZAGOV", "2017-12-01", "2018-01-01"},
      {"L10", "عبد المجيد تبون", "", "DZAGOV", "2019-12-19", ""},
      // UD-PETRARCH's 18000101 end means "open".
      {"L13", "سفير قديم", "", "EGYGOV", "1984-05-02", ""},
  };
  ASSERT_EQ(r->rows.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(Col(*r, i, "id"), want[i].id) << i;
    EXPECT_EQ(Col(*r, i, "name"), want[i].name) << i;
    EXPECT_EQ(Col(*r, i, "variants"), want[i].variants) << i;
    EXPECT_EQ(Col(*r, i, "code"), want[i].code) << i;
    EXPECT_EQ(Col(*r, i, "from"), want[i].from) << i;
    EXPECT_EQ(Col(*r, i, "to"), want[i].to) << i;
  }
  // NOBODY: a null code, a bad date, then no code at all.
  std::vector<size_t> lines;
  for (const auto& s : r->skipped) lines.push_back(s.line);
  EXPECT_EQ(lines, (std::vector<size_t>{15, 16, 17}));
}

TEST(PetrarchImportTest, DefaultCodeFillsGapsBetweenPeriods) {
  auto r = ImportPetrarch("X_\n\t[AAAGOV 100101-101231]\n\t[AAAGOV 120101-121231]\n\t[AAAELI]\n",
                          PetrarchKind::kActors);
  ASSERT_TRUE(r.ok());
  std::vector<std::string> got;
  for (size_t i = 0; i < r->rows.size(); ++i)
    got.push_back(Col(*r, i, "code") + " " + Col(*r, i, "from") + ".." + Col(*r, i, "to"));
  EXPECT_EQ(got, (std::vector<std::string>{"AAAGOV 2010-01-01..2010-12-31", "AAAGOV 2012-01-01..2012-12-31",
                                           "AAAELI ..2010-01-01", "AAAELI 2010-12-31..2012-01-01",
                                           "AAAELI 2012-12-31.."}));
}

TEST(PetrarchImportTest, AgentCodesPluralsAndSubstitutions) {
  const char* text =
      "!WORKER! = MAN, MEN\n"
      "DIPLOMAT [~GOV]\n"
      "POLICE {} [~COP]\n"
      "CHILD {CHILDREN} [~CVL]\n"
      "FISHER!WORKER! [~AGR]\n"
      "AID_AGENCY [NGO~]\n"
      "حرس_حدود [~MILCOP]\n"
      "BROKEN [~GOVX]\n"
      "NOCODE\n"
      "STRANGE [~ENV}\n";
  auto r = ImportPetrarch(text, PetrarchKind::kAgents);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->table, "roles");
  struct Want {
    const char *surface, *role, *kind, *plural;
  } want[] = {
      {"DIPLOMAT", "GOV", "person", "0"},         {"POLICE", "COP", "person", "0"},
      {"CHILD", "CVL", "person", "0"},            {"CHILDREN", "CVL", "person", "1"},
      {"FISHERMAN", "AGR", "person", "0"},        {"FISHERMEN", "AGR", "person", "1"},
      {"AID AGENCY", "NGO", "organization", "0"}, {"حرس حدود", "MILCOP", "person", "0"},
      {"STRANGE", "ENV", "person", "0"},
  };
  ASSERT_EQ(r->rows.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(Col(*r, i, "surface"), want[i].surface) << i;
    EXPECT_EQ(Col(*r, i, "role"), want[i].role) << i;
    EXPECT_EQ(Col(*r, i, "kind"), want[i].kind) << i;
    EXPECT_EQ(Col(*r, i, "plural"), want[i].plural) << i;
  }
  ASSERT_EQ(r->skipped.size(), 2u);  // BROKEN (GOVX is not 3-letter roles), NOCODE
  EXPECT_EQ(r->skipped[0].line, 8u);
  EXPECT_EQ(r->skipped[1].line, 9u);
}

TEST(PetrarchImportTest, VerbBlockWithPatterns) {
  const char* text =
      "&ARMY_\n"
      "+جيش\n"
      "+قوات_مسلحة\n"
      "\n"
      "--- هاجم [190] ---\n"
      "هاجم   # attack\n"
      "اعتدى\n"
      "- * &ARMY [193]\n"
      "- * (على قاعدة) [195]\n"
      "- * {غارة جوية} [195:190]\n"
      "- $ * + [---]\n"
      "- هنا * شيء [190]\n"
      "~ a (a b X) Y = a b 138\n"
      "--- شجب [---] ---\n"
      "شجب\n"
      "إدانة [122]\n";
  auto r = ImportPetrarch(text, PetrarchKind::kVerbs);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->table, "verbs");
  struct Want {
    const char *cameo, *kind, *forms, *preps;
  } want[] = {
      {"190", "verb", "هاجم|اعتدى", "-"},
      {"193", "verb", "هاجم جيش|هاجم قوات مسلحة|اعتدى جيش|اعتدى قوات مسلحة", "-"},
      {"195", "verb", "هاجم قاعدة|اعتدى قاعدة", "على"},
      {"195", "verb", "هاجم غارة جوية|اعتدى غارة جوية", "-"},
      // The bare شجب has the null code; إدانة has its own code and reads as a noun (taa marbuta).
      {"122", "noun", "إدانة", "-"},
  };
  ASSERT_EQ(r->rows.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    EXPECT_EQ(Col(*r, i, "cameo"), want[i].cameo) << i;
    EXPECT_EQ(Col(*r, i, "kind"), want[i].kind) << i;
    EXPECT_EQ(Col(*r, i, "forms"), want[i].forms) << i;
    EXPECT_EQ(Col(*r, i, "preps"), want[i].preps) << i;
  }
  std::set<size_t> skipped;
  for (const auto& s : r->skipped) skipped.insert(s.line);
  EXPECT_EQ(skipped, (std::set<size_t>{11, 12, 13}));  // null code, word before the verb, transformation
}

// Random lines built from the format's own pieces: the importer never crashes and its output re-reads.
TEST(PetrarchImportTest, SurvivesScrambledInput) {
  const char* pieces[] = {"[", "]", "{", "}", "(", ")", "*", "-", "---", "+", "~", "&X", "!P!", "=", ",", "#",
                          ";", "\t", " ", "_", "GOV", "[~", "~]", "120812", "-", ">", "<", "قال", "ة", "\xD8"};
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int line = 0; line < 12; ++line) {
      int n = next() % 8;
      for (int i = 0; i < n; ++i) text += pieces[(next() >> 8) % std::size(pieces)];
      text += "\n";
    }
    for (auto kind : {PetrarchKind::kActors, PetrarchKind::kAgents, PetrarchKind::kVerbs}) {
      auto r = ImportPetrarch(text, kind);
      ASSERT_TRUE(r.ok());
      auto t = TsvTable::Parse(ImportToTsv(*r, "fuzz", "MIT"), "fuzz", r->table, 1);
      ASSERT_TRUE(t.ok()) << t.status().ToString();
      EXPECT_EQ(t->rows(), r->rows.size()) << text;
    }
  }
}

TEST(PetrarchImportTest, OutputReadsBackWithTsvTable) {
  auto r = ImportPetrarch("LIBYA_ [LBY]\n+ليبيا\n", PetrarchKind::kActors);
  ASSERT_TRUE(r.ok());
  std::string tsv = ImportToTsv(*r, "mine.actors.txt", "MIT");
  EXPECT_NE(tsv.find("mine.actors.txt"), std::string::npos);
  EXPECT_NE(tsv.find("MIT"), std::string::npos);
  auto t = TsvTable::Parse(tsv, "mem", "people", 1);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->rows(), 1u);
  EXPECT_EQ(t->Get(0, "variants"), "ليبيا");
  EXPECT_EQ(t->Get(0, "code"), "LBY");
}

// Imports the real PETRARCH-2 and UD-PETRARCH dictionaries (read-only reference, skipped when absent).
TEST(PetrarchImportTest, RealDictionariesImportAndReRead) {
  fs::path shared = MIZAN_TEST_SHARED_DIR "/data";
  if (!fs::exists(shared / "petrarch2-dictionaries")) GTEST_SKIP() << "no " << shared;
  struct Case {
    const char* file;
    PetrarchKind kind;
    const char* table;
    size_t min_rows;
  } cases[] = {
      {"petrarch2-dictionaries/Phoenix.Countries.actors.txt", PetrarchKind::kActors, "people", 10000},
      {"petrarch2-dictionaries/Phoenix.International.actors.txt", PetrarchKind::kActors, "people", 1000},
      {"petrarch2-dictionaries/Phoenix.MilNonState.actors.txt", PetrarchKind::kActors, "people", 100},
      {"petrarch2-dictionaries/Phoenix.agents.txt", PetrarchKind::kAgents, "roles", 1000},
      {"petrarch2-dictionaries/CAMEO.2.0.txt", PetrarchKind::kVerbs, "verbs", 1000},
      {"udpetrarch-arabic/dictionaries/actor_dict_ar_v4.txt", PetrarchKind::kActors, "people", 1000},
      {"udpetrarch-arabic/dictionaries/agents.all.ar_v3.txt", PetrarchKind::kAgents, "roles", 1000},
      {"udpetrarch-arabic/dictionaries/CAMEO.ar.0.5.txt", PetrarchKind::kVerbs, "verbs", 1000},
  };
  for (const auto& c : cases) {
    if (!fs::exists(shared / c.file)) continue;
    std::ifstream in(shared / c.file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto r = ImportPetrarch(text, c.kind);
    ASSERT_TRUE(r.ok()) << c.file;
    EXPECT_GE(r->rows.size(), c.min_rows) << c.file;
    EXPECT_LT(r->skipped.size(), r->entries / 5 + 1) << c.file;  // most entries convert
    auto t = TsvTable::Parse(ImportToTsv(*r, c.file, "MIT"), c.file, c.table, 1);
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    EXPECT_EQ(t->rows(), r->rows.size()) << c.file;
    for (size_t i = 0; i < t->rows(); ++i) {
      // Every cell survives the round trip (no tab or newline inside a cell).
      for (size_t k = 0; k < r->columns.size(); ++k)
        ASSERT_EQ(t->Get(i, r->columns[k]), r->rows[i][k]) << t->Where(i);
      if (c.kind == PetrarchKind::kActors)
        for (const char* d : {"from", "to"})
          if (!t->Get(i, d).empty()) ASSERT_TRUE(IsDataDate(t->Get(i, d))) << t->Where(i);
    }
  }
}

TEST(DictCheckTest, DatesAndActorCodes) {
  for (const char* ok : {"2014", "2014-06", "2014-06-08", "2020-02-29"}) EXPECT_TRUE(IsDataDate(ok)) << ok;
  for (const char* bad : {"", "14", "2014-13", "2014-06-31", "2014/06/08", "20140608", "2014-6-8"})
    EXPECT_FALSE(IsDataDate(bad)) << bad;
  auto is_country = [](std::string_view c) { return c == "LBY" || c == "USA"; };
  struct Case {
    const char* code;
    bool ok, error;
  } cases[] = {
      {"LBY", true, false},       {"LBYGOV", true, false},    {"IGOUNOHRIHCH", true, false},
      {"---REB", true, false},    {"USAGOVMIL", true, false}, {"LB", false, true},
      {"LBYGO", false, true},     {"lbygov", false, true},    {"ZZZGOV", false, false},
      {"LBYXYZ", false, false}, {"MIL", false, false},
  };
  for (const auto& c : cases) {
    bool error = false;
    std::string msg = CheckActorCode(c.code, is_country, &error);
    EXPECT_EQ(msg.empty(), c.ok) << c.code << ": " << msg;
    if (!c.ok) EXPECT_EQ(error, c.error) << c.code;
  }
}

// A copy of data/ with rows appended: the check must name the file and line of each problem.
TEST(DictCheckTest, ReportsBadRowsInACopyOfTheData) {
  fs::path dir = CopyOfData("mizan_dict_check");
  if (dir.empty()) GTEST_SKIP() << "no data dir";
  auto append = [&](const char* rel, const std::string& line) {
    std::ofstream(dir / rel, std::ios::app) << line << "\n";
  };
  append("actors/people.tsv", "test_one\tشخص اختباري اول\t\tLBYGOV\t2014-02-30\t\tbad date");
  append("actors/people.tsv", "test_two\tشخص اختباري اول\t\tUSAMIL\t\t\tconflicts with test_one");
  append("actors/roles.tsv", "دور اختباري\tGOVX\tperson\t0\tbad role");
  append("actors/roles.tsv", "مسلح\tREB\tperson\t0\ta second row for a surface already listed");
  append("events/verbs.tsv", "test_verb\t999\tverb\tاختبر/يختبر\t-\t\tunknown code");
  append("events/role_codes.tsv", "no_such_pattern\tbeside\tXYZ\t070\tunknown pattern, side and role");
  DictReport rep = CheckDictionaries(dir.string());
  std::vector<std::string> got;
  for (const auto& i : rep.issues) got.push_back(i.where + (i.error ? " E " : " W ") + i.message);
  auto has = [&](const std::string& where, bool error, const std::string& part) {
    return std::any_of(rep.issues.begin(), rep.issues.end(), [&](const DictIssue& i) {
      return i.where.rfind(where, 0) == 0 && i.error == error && i.message.find(part) != std::string::npos;
    });
  };
  std::string all;
  for (const auto& g : got) all += g + "\n";
  EXPECT_TRUE(has("data", true, "Lexicon::Load")) << all;  // 999 is no CAMEO code: the loader refuses
  EXPECT_TRUE(has("actors/people.tsv:", true, "bad date '2014-02-30'")) << all;
  EXPECT_TRUE(has("actors/people.tsv:", false, "USAMIL")) << all;
  EXPECT_TRUE(has("actors/roles.tsv:", true, "GOVX")) << all;
  EXPECT_TRUE(has("actors/roles.tsv:", true, "duplicate surface 'مسلح'")) << all;
  EXPECT_TRUE(has("events/verbs.tsv:", true, "999")) << all;
  EXPECT_TRUE(has("events/role_codes.tsv:", true, "no_such_pattern")) << all;
  EXPECT_TRUE(has("events/role_codes.tsv:", true, "side 'beside'")) << all;
  EXPECT_TRUE(has("events/role_codes.tsv:", true, "'XYZ' is not a CAMEO role code")) << all;
  EXPECT_GE(rep.errors(), 4u);
  fs::remove_all(dir);
}

TEST(DictDumpTest, ShowsConjugationsAndDemonymInflections) {
  fs::path src = MIZAN_SOURCE_DATA_DIR;
  if (!fs::exists(src / "VERSION")) GTEST_SKIP() << "no data dir";
  auto all = DumpDictionaries(src.string(), "");
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  std::set<std::string> tables;
  for (const auto& e : *all) tables.insert(e.table);
  for (const char* t : {"actor", "demonym", "role", "verb", "cue"}) EXPECT_TRUE(tables.count(t)) << t;
  auto has = [&](const char* table, const char* match) {
    return std::any_of(all->begin(), all->end(), [&](const DumpEntry& e) { return e.table == table && e.match == match; });
  };
  // Generated forms that are written nowhere in data/: a feminine past verb and a plural demonym.
  EXPECT_TRUE(has("verb", "قالت"));
  EXPECT_TRUE(has("demonym", "امريكيون"));
  EXPECT_FALSE(DumpDictionaries(src.string(), "nope").ok());
}

// The dump repeats the loader's expansion rules: every word it shows must be a word the loaded
// Lexicon knows, or the two have drifted apart.
TEST(DictDumpTest, EveryDumpedWordIsKnownToTheLexicon) {
  fs::path src = MIZAN_SOURCE_DATA_DIR;
  if (!fs::exists(src / "VERSION")) GTEST_SKIP() << "no data dir";
  auto lex = Lexicon::Load(src.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto all = DumpDictionaries(src.string(), "");
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  size_t checked = 0;
  for (const auto& e : *all) {
    if (e.table == "cue") continue;  // cue words are matched by the claims stage's own forms
    // Two-word demonyms are phrases of two keys, like every other multiword entry.
    std::vector<std::string> words = SplitWords(e.match);
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i];
      ++checked;
      // A pattern's tail written with its preposition ("هدد بقصف") is matched as ب + a known word
      // (Lexicon::DropCliticTails), so the word without it is what must be known.
      bool clitic_tail = false;
      if ((e.table == "verb" || e.table == "noun") && i > 0)
        for (std::string_view c : {"بال", "لل", "ب", "ل"})
          if (w.size() > c.size() + 2 && w.compare(0, c.size(), c) == 0) {
            clitic_tail = (*lex)->IsKnownWord(w.substr(c.size()));
            break;
          }
      // ... and a pattern's "بين" is kept out of the known words on purpose (the segmenter would split
      // "بينهم"); MatchAt compares keys, so it still matches.
      const bool between = (e.table == "verb" || e.table == "noun") && i > 0 && w == "بين";
      // ... and a name's "للاجئين" (ل + اللاجئين) is matched as its stem "لاجئين" (Lexicon::DropCliticTails).
      const bool merged_article = e.table != "verb" && e.table != "noun" && i > 0 && w.compare(0, 4, "لل") == 0 &&
                                  (*lex)->IsKnownWord(w.substr(2));
      EXPECT_TRUE((*lex)->IsKnownWord(w) || clitic_tail || between || merged_article)
          << e.table << " '" << w << "' from " << e.source;
    }
  }
  EXPECT_GT(checked, 1000u);
}

// CLDR country names are indexed once per process and shared (lexicon.cc): a `not` row in one data
// directory must veto the name in that Lexicon only, before and after another one is loaded.
TEST(LexiconCldrTest, VetoesStayWithTheirOwnLexicon) {
  fs::path dir = CopyOfData("mizan_cldr_veto");
  if (dir.empty()) GTEST_SKIP() << "no data dir";
  const fs::path src = MIZAN_SOURCE_DATA_DIR;
  std::ofstream(dir / "actors/country_aliases.tsv", std::ios::app) << "BTN\tnot\tبوتان\ttest veto\n";
  auto plain = Lexicon::Load(src.string());
  auto vetoed = Lexicon::Load(dir.string());
  auto plain_again = Lexicon::Load(src.string());
  ASSERT_TRUE(plain.ok() && vetoed.ok() && plain_again.ok());
  auto has_bhutan = [](const Lexicon& lex) {
    return std::any_of(lex.actors().begin(), lex.actors().end(), [](const ActorEntry& a) { return a.id == "state:BTN"; });
  };
  const std::string key = Lexicon::MatchKey("بوتان");
  EXPECT_TRUE(has_bhutan(**plain));
  EXPECT_TRUE((*plain)->IsKnownWord(key));
  EXPECT_FALSE(has_bhutan(**vetoed));
  EXPECT_FALSE((*vetoed)->IsKnownWord(key));
  EXPECT_TRUE(has_bhutan(**plain_again));
  EXPECT_TRUE((*plain_again)->IsKnownWord(key));
  EXPECT_EQ((*plain)->size(), (*vetoed)->size() + 1);  // one phrase fewer
  // The country's name stays known to both: a vetoed name is only not matched alone.
  EXPECT_EQ((*vetoed)->CountryName("BTN"), "بوتان");
  EXPECT_EQ((*plain)->CountryName("BTN"), (*vetoed)->CountryName("BTN"));
  fs::remove_all(dir);
}

// A dictionary name's "للاجئين" (ل + اللاجئين) is matched as its stem, so the spelling is no known word
// and the segmenter reads "للاجئين السوريين" as ل + لاجئين; "للقوات" (ل + ال + قوات, which reads as
// well) stays a known word of its name, as it was (regression: the first version dropped it too).
TEST(DictMergedArticle, OnlyWhereTheArticleReadingFails) {
  fs::path src = MIZAN_SOURCE_DATA_DIR;
  if (!fs::exists(src / "VERSION")) GTEST_SKIP() << "no data dir";
  auto lex = Lexicon::Load(src.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_FALSE((*lex)->IsKnownWord(Lexicon::MatchKey("للاجئين")));
  EXPECT_TRUE((*lex)->IsKnownWord(Lexicon::MatchKey("لاجئين")));
  EXPECT_TRUE((*lex)->IsKnownWord(Lexicon::MatchKey("للقوات")));
}

}  // namespace dict_test
}  // namespace
}  // namespace mizan
