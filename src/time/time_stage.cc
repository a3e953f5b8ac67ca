// TimeStage: runs the date grammar (time_parser.h) over each sentence's tokens.
#include "time/time_stage.h"

#include "text/normalize.h"
#include "time/calendar.h"
#include "time/month_lexicon.h"
#include "time/time_parser.h"

namespace mizan {

TimeStage::TimeStage() { timex::MonthLexicon::Get(); }

StatusOr<std::unique_ptr<TimeStage>> TimeStage::Create() {
  if (timex::MonthLexicon::Get().size() < 12) return Internal("ICU gave no Arabic month names (ICU data missing?)");
  return std::make_unique<TimeStage>();
}

Status TimeStage::Process(Doc& doc) const {
  if (!doc.Has("segment")) return FailedPrecondition("ar.time.v1 needs the segment stage");
  std::optional<timex::CivilDate> pub = timex::ParsePublished(doc.published);
  std::vector<timex::Unit> units;
  for (idx_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    units.clear();
    for (idx_t t = sentence.tokens.begin; t < sentence.tokens.end && t < doc.tokens.size(); ++t)
      timex::SplitUnits(doc.TokenText(t), doc.tokens[t].norm.begin, t, &units);
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
