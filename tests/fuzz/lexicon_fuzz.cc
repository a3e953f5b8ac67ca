// Fuzz target: the dictionary loader (Lexicon::Load, and ActorStage::Create for references) on each
// dictionary file kind. The first byte picks the file; the rest of the input replaces it in a small data
// directory whose other files are empty tables. Errors are Status; a Lexicon that loaded matches a
// sample document with every hit inside its tables.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actor/actor_stage.h"
#include "fuzz_check.h"
#include "fuzz_doc.h"
#include "mizan/lexicon.h"

namespace {

struct DictFile {
  const char* path;    // below the data directory
  const char* header;  // magic and column line: the file with no rows
};
// Every table Lexicon::Load and ActorStage::Create read (docs/data-formats.md).
constexpr DictFile kFiles[] = {
    {"actors/country_aliases.tsv", "# mizan-country-aliases v1\ncode\tkind\tsurface\tnote\n"},
    {"actors/people.tsv", "# mizan-people v1\nid\tname\tvariants\tcode\tfrom\tto\tnote\n"},
    {"actors/organizations.tsv", "# mizan-organizations v1\nid\tname\tvariants\tcode\tkind\tnote\n"},
    {"actors/roles.tsv", "# mizan-roles v1\nsurface\trole\tkind\tplural\tnote\n"},
    {"actors/references.tsv", "# mizan-references v1\nsurface\trefers\tcountries\tnote\n"},
    {"events/verbs.tsv", "# mizan-verbs v1\nid\tcameo\tkind\tforms\tpreps\tflags\tnote\n"},
    {"events/role_codes.tsv", "# mizan-role-codes v1\npattern\tside\troles\tcameo\tnote\n"},
    {"attrib/cues.tsv", "# mizan-cues v1\nsurface\tkind\tlabel\tnote\n"},
    {"text/words.tsv", "# mizan-words v1\nword\tnote\n"},
    {"text/word_classes.tsv", "# mizan-word-classes v1\nclass\tword\tnote\n"},
    {"cameo/event_codes.tsv", "# mizan-cameo v1\ncode\tname\tgoldstein\tquad\tplover\tplover_mode\n"},
};

void WriteFile(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  FUZZ_CHECK(out.good());
}

// A private data directory (per process: libFuzzer may run several), removed at exit. Leaked on
// purpose: the atexit cleanup runs after static destructors would have freed it.
const std::string& DataDir() {
  static const std::string& dir = *new std::string([] {
    const char* base = std::getenv("TMPDIR");
    std::string d = std::filesystem::exists("/dev/shm") ? "/dev/shm" : (base ? base : "/tmp");
    d += "/mizan-lexicon-fuzz-" + std::to_string(getpid());
    for (const auto& f : kFiles) {
      std::filesystem::create_directories(std::filesystem::path(d + "/" + f.path).parent_path());
      WriteFile(d + "/" + f.path, f.header);
    }
    WriteFile(d + "/VERSION", "fuzz\n");
    std::atexit([] { std::filesystem::remove_all(DataDir()); });
    return d;
  }());
  return dir;
}

void CheckLexicon(const mizan::Lexicon& lex) {
  const mizan::Doc& doc = mizan::fuzz::SampleDoc();
  const std::vector<std::string> keys = lex.TokenKeys(doc);
  FUZZ_CHECK(keys.size() == doc.tokens.size());
  std::vector<mizan::LexHit> hits;
  for (mizan::idx_t t = 0; t < keys.size(); ++t) {
    hits.clear();
    lex.MatchAt(doc, keys, t, &hits);
    for (const auto& h : hits) {
      FUZZ_CHECK(h.length >= 1 && t + h.length <= keys.size());
      switch (h.table) {
        case mizan::LexHit::kActor: FUZZ_CHECK(h.row < lex.actors().size()); break;
        case mizan::LexHit::kDemonym: FUZZ_CHECK(h.row < lex.demonyms().size()); break;
        case mizan::LexHit::kRole: FUZZ_CHECK(h.row < lex.roles().size()); break;
        case mizan::LexHit::kPattern: FUZZ_CHECK(h.row < lex.patterns().size()); break;
        case mizan::LexHit::kCue: FUZZ_CHECK(h.row < lex.cues().size()); break;
      }
    }
    lex.IsKnownWord(keys[t]);
    lex.BaseBeforeSuffix(keys[t]);
  }
  for (const auto& p : lex.patterns()) FUZZ_CHECK(lex.Cameo(p.cameo) != nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kFuzzMaxInput) return 0;
  const DictFile& file = kFiles[data[0] % std::size(kFiles)];
  const std::string& dir = DataDir();
  const std::string path = dir + "/" + file.path;
  WriteFile(path, std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  auto lex = mizan::Lexicon::Load(dir);
  if (lex.ok()) {
    CheckLexicon(**lex);
    auto stage = mizan::ActorStage::Create(lex->get(), dir);
    if (stage.ok()) {
      mizan::Doc doc = mizan::fuzz::SampleDoc();  // references resolve against the loaded actors
      const mizan::Status st = (*stage)->Process(doc);
      FUZZ_CHECK(st.ok() || !st.message().empty());
    } else {
      FUZZ_CHECK(!stage.status().message().empty());
    }
  } else {
    FUZZ_CHECK(!lex.status().message().empty());
  }
  WriteFile(path, file.header);  // the next input starts from empty tables again
  return 0;
}
