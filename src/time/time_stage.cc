// TimeStage: runs the date grammar (time_parser.h) over each sentence's tokens.
#include "time/time_stage.h"

#include "text/normalize.h"
#include "time/calendar.h"
#include "time/offset_dates.h"
#include "time/month_lexicon.h"
#include "time/time_parser.h"

namespace mizan {
namespace {

// Whether the words after token t stand in a future clause: a verb with the future prefix (سيعقد،
// وستكون) or سوف opens one; a past marker (كان، قد، أمس، الماضي) or a strong boundary closes it.
bool FutureAfter(const Doc& doc, idx_t t, bool future) {
  const Token& tok = doc.tokens[t];
  if (tok.proclitics & kProSa) return true;
  const std::string_view w = doc.TokenText(t);
  auto is = [&](std::initializer_list<std::string_view> ws) {
    for (std::string_view x : ws)
      if (w == x) return true;
    return false;
  };
  if (is({"\xD8\xB3\xD9\x88\xD9\x81", "\xD9\x88\xD8\xB3\xD9\x88\xD9\x81"})) return true;  // سوف
  if (is({"\xD9\x83\xD8\xA7\xD9\x86", "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86",
          "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA", "\xD9\x82\xD8\xAF", "\xD9\x88\xD9\x82\xD8\xAF",
          "\xD8\xA7\xD9\x85\xD8\xB3", "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7", "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7"}))
    return false;  // كان، كانت، وكان، وكانت، قد، وقد، امس، فيما، بينما
  return future;
}

}  // namespace

TimeStage::TimeStage() { timex::MonthLexicon::Get(); }

StatusOr<std::unique_ptr<TimeStage>> TimeStage::Create() {
  if (timex::MonthLexicon::Get().size() < 12) return Internal("ICU gave no Arabic month names (ICU data missing?)");
  return std::make_unique<TimeStage>();
}

Status TimeStage::Process(Doc& doc) const {
  if (!doc.Has("segment")) return FailedPrecondition("ar.time.v4 needs the segment stage");
  std::optional<timex::CivilDate> pub = timex::ParsePublished(doc.published);
  std::vector<timex::Unit> units;
  for (idx_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    units.clear();
    bool future = false;
    for (idx_t t = sentence.tokens.begin; t < sentence.tokens.end && t < doc.tokens.size(); ++t) {
      const size_t from = units.size();
      timex::SplitUnits(doc.TokenText(t), doc.tokens[t].norm.begin, t, &units);
      for (size_t u = from; u < units.size(); ++u) units[u].future = future;
      future = FutureAfter(doc, t, future);
    }
    for (const timex::DateMatch& m : timex::FindDates(units, pub)) {
      TimeExpr e;
      e.tokens = {units[m.first].token, units[m.last - 1].token + 1};
      e.norm = {units[m.first].begin, units[m.last - 1].end};
      e.sentence = s;
      e.value = m.value;
      e.granularity = m.granularity;
      e.qualifier = m.qualifier;
      e.anchor = m.anchor;
      doc.times.push_back(std::move(e));
    }
  }
  AddBackReferenceDates(doc);
  if (pub) AddOffsetDates(doc);
  return Status::Ok();
}

StatusOr<TimeExpr> ParseDatePhrase(std::string_view normalized_phrase, std::string_view published) {
  std::string norm = NormalizeForMatch(normalized_phrase);  // idempotent on normalized text
  std::vector<timex::Unit> units;
  timex::SplitUnits(norm, 0, 0, &units);
  auto found = timex::FindDates(units, timex::ParsePublished(published));
  if (found.empty()) return NotFound("no date phrase in: " + norm);
  const timex::DateMatch& m = found.front();
  TimeExpr e;
  e.norm = {units[m.first].begin, units[m.last - 1].end};
  e.value = m.value;
  e.granularity = m.granularity;
  e.qualifier = m.qualifier;
  e.anchor = m.anchor;
  return e;
}

}  // namespace mizan
