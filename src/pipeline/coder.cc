// Coder: builds the pipeline (normalize → segment → actors → time → claims → events) and runs it.
#include "mizan/coder.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "actor/actor_stage.h"
#include "event/event_stage.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "attrib/claim_stage.h"
#include "time/time_stage.h"

namespace mizan {
namespace {

// The segmenter splits clitics only off words some dictionary knows.
class LexiconWords : public KnownWords {
 public:
  explicit LexiconWords(const Lexicon* lex) : lex_(lex) {}
  bool IsKnown(std::string_view w) const override { return lex_->IsKnownWord(w); }

 private:
  const Lexicon* lex_;
};

// Owns the KnownWords adapter next to the segment stage that uses it.
class OwningSegmentStage : public Stage {
 public:
  explicit OwningSegmentStage(const Lexicon* lex) : words_(lex), seg_(&words_) {}
  std::string Name() const override { return seg_.Name(); }
  std::vector<std::string> Requires() const override { return seg_.Requires(); }
  std::string Provides() const override { return seg_.Provides(); }
  Status Process(Doc& doc) const override { return seg_.Process(doc); }

 private:
  LexiconWords words_;
  SegmentStage seg_;
};

}  // namespace

std::string FindDataDir() {
  namespace fs = std::filesystem;
  auto ok = [](const fs::path& p) { return fs::exists(p / "VERSION"); };
  if (const char* env = std::getenv("MIZAN_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (const fs::path& c : {dir / "../share/mizan/data", dir / "../data", dir / "data"})
      if (ok(c)) return fs::weakly_canonical(c).string();
  }
  return MIZAN_SOURCE_DATA_DIR;
}

StatusOr<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  std::string dir = options.data_dir.empty() ? FindDataDir() : options.data_dir;
  std::unique_ptr<Coder> c(new Coder());
  c->max_doc_bytes_ = options.max_doc_bytes;
  ASSIGN_OR_RETURN(c->lexicon_, Lexicon::Load(dir));
  const Lexicon* lex = c->lexicon_.get();
  c->stages_.push_back(std::make_unique<NormalizeStage>());
  c->stages_.push_back(std::make_unique<OwningSegmentStage>(lex));
  ASSIGN_OR_RETURN(auto actors, ActorStage::Create(lex, dir));
  c->stages_.push_back(std::move(actors));
  ASSIGN_OR_RETURN(auto time, TimeStage::Create());
  c->stages_.push_back(std::move(time));
  ASSIGN_OR_RETURN(auto claims, ClaimStage::Create(dir));
  c->stages_.push_back(std::move(claims));
  c->stages_.push_back(std::make_unique<EventStage>(lex, options.one_sided_events));
  // Check the chain once, here, rather than on every document (spaCy's analyze_pipes).
  std::vector<std::string> provided;
  for (const auto& s : c->stages_) {
    for (const auto& r : s->Requires())
      if (std::find(provided.begin(), provided.end(), r) == provided.end())
        return Internal(fmt::format("stage {} needs {} before it", s->Name(), r));
    provided.push_back(s->Provides());
  }
  return c;
}

Status Coder::Code(Doc& doc) const { return CodeUpTo(doc, ""); }

Status Coder::CodeUpTo(Doc& doc, const std::string& last) const {
  if (doc.text().size() > max_doc_bytes_)
    return ResourceExhausted(fmt::format("document {} has {} bytes, over the limit of {}", doc.id,
                                         doc.text().size(), max_doc_bytes_));
  if (!last.empty()) {
    bool known = false;
    for (const auto& s : stages_) known = known || s->Provides() == last;
    if (!known) return InvalidArgument(fmt::format("no stage named '{}' (try normalize, segment, actors, time, claims, events)", last));
  }
  for (const auto& s : stages_) {
    if (doc.Has(s->Provides())) continue;
    RETURN_IF_ERROR(s->Process(doc));
    doc.done.push_back(s->Provides());
    if (s->Provides() == last) break;
  }
  return Status::Ok();
}

std::string Coder::PipelineVersion() const {
  std::string v;
  for (const auto& s : stages_) v += (v.empty() ? "" : ",") + s->Name();
  return v + ",data." + lexicon_->version();
}

}  // namespace mizan
