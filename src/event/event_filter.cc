#include "event/event_filter.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace mizan {

namespace {

std::string_view TrimLineEnd(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabViews(std::string_view line) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

bool ParseDouble(std::string_view s, double* out) {
  std::string buf(s);
  char* end = nullptr;
  *out = std::strtod(buf.c_str(), &end);
  return !buf.empty() && end == buf.c_str() + buf.size() && std::isfinite(*out);
}

// A bucket name for a count, so that a linear model can see "none", "one", "a few", "many".
const char* Bucket(size_t n) {
  if (n == 0) return "0";
  if (n == 1) return "1";
  if (n <= 3) return "2-3";
  if (n <= 7) return "4-7";
  if (n <= 15) return "8-15";
  return "16+";
}

// Words that put an act in the future, a condition, a wish or a generality rather than the past.
bool IsModalWord(std::string_view k) {
  static const char* const kWords[] = {"سوف", "لن", "اذا", "لو", "لولا", "قد", "ربما", "يجب", "ينبغي", "يمكن",
                                       "حال", "حالة", "ضرورة", "عدم", "دون", "بدون", "لمنع", "منع", "وقف", "ضد"};
  for (const char* w : kWords)
    if (k == w) return true;
  return false;
}

}  // namespace

StatusOr<DetectionFilter> DetectionFilter::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(fmt::format("event filter model {} not found", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

StatusOr<DetectionFilter> DetectionFilter::Parse(std::string_view text, const std::string& where) {
  DetectionFilter f;
  size_t line_no = 0;
  bool header = false;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = TrimLineEnd(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (line_no == 1) {
      if (line != "# mizan-event-filter v1")
        return InvalidArgument(fmt::format("{}:1: expected '# mizan-event-filter v1'", where));
      header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitTabViews(line);
    double v = 0;
    if (cols.size() != 3 || !ParseDouble(cols[2], &v))
      return InvalidArgument(fmt::format("{}:{}: expected KIND<TAB>NAME<TAB>NUMBER", where, line_no));
    if (cols[0] == "w") {
      f.weights_[std::string(cols[1])] = v;
    } else if (cols[0] == "threshold") {
      f.thresholds_[std::string(cols[1])] = v;
    } else {
      return InvalidArgument(fmt::format("{}:{}: unknown row kind '{}'", where, line_no, cols[0]));
    }
  }
  if (!header) return InvalidArgument(fmt::format("{}: empty model", where));
  return f;
}

double DetectionFilter::Score(const std::vector<std::string>& features) const {
  double z = 0;
  for (const std::string& s : features) {
    auto it = weights_.find(std::string_view(s));
    if (it != weights_.end()) z += it->second;
  }
  return 1.0 / (1.0 + std::exp(-z));
}

double DetectionFilter::Threshold(std::string_view plover) const {
  auto it = thresholds_.find(std::string(plover));
  return it == thresholds_.end() ? 0.5 : it->second;
}

char FilterType(const Lexicon& lex, const Event& ev) {
  const CameoInfo* info = lex.Cameo(ev.cameo);
  if (!info) return 0;
  if (info->plover == "PROTEST") return 'P';
  if (info->plover == "ASSAULT") return 'A';
  return 0;
}

std::vector<std::string> FilterFeatures(const Doc& doc, const Event& ev, char type) {
  std::vector<std::string> f;
  const std::string pre = std::string(1, type) + ":";
  auto add = [&](std::string_view name) { f.push_back(pre + std::string(name)); };
  const Sentence& s = doc.sentences[ev.sentence];
  const idx_t t = ev.trigger_tokens.begin;
  const Token& tk = doc.tokens[t];
  auto key = [&](idx_t i) -> std::string {
    if (i < s.tokens.begin || i >= s.tokens.end) return "<s>";
    const Token& x = doc.tokens[i];
    if (x.flags & kTokNumber) return "<n>";
    if (x.flags & kTokPunct) return "<p>";
    return doc.token_keys[i];
  };
  add("bias");
  add("pat=" + ev.pattern_id);
  add("cameo=" + ev.cameo.substr(0, 3));
  add("w=" + doc.token_keys[t]);
  if (ev.trigger_tokens.size() > 1) add("multiword");
  // Clitics on the trigger: ال marks a noun used as a topic, س a future verb, و/ف a narrative chain.
  if (tk.proclitics & kProAl) add("al");
  if (tk.proclitics & kProSa) add("sa");
  if (tk.proclitics & (kProWa | kProFa)) add("wa");
  if (tk.proclitics & (kProBi | kProLi)) add("prep");
  if (tk.enclitic != Enclitic::kNone) add("encl");
  // Context words around the trigger.
  add("l1=" + key(t - 1));
  add("l2=" + key(t - 2));
  add("r1=" + key(ev.trigger_tokens.end));
  add("r2=" + key(ev.trigger_tokens.end + 1));
  add("l1r1=" + key(t - 1) + "_" + key(ev.trigger_tokens.end));
  // Who: identified actors make a specific event.
  auto actor = [&](const EventActor& a, const char* side) {
    if (a.code.empty()) {
      add(std::string(side) + "=none");
      return;
    }
    add(std::string(side) + "=yes");
    if (a.code.size() >= 6) add(std::string(side) + "role=" + a.code.substr(3, 3));
    if (a.code.compare(0, 3, "---") == 0) add(std::string(side) + "=nocountry");
    if (a.mention != kNone && a.mention < doc.mentions.size())
      add(std::string(side) + "via=" + MentionViaName(doc.mentions[a.mention].via));
  };
  actor(ev.source, "src");
  actor(ev.target, "tgt");
  // How the text frames it.
  if (ev.negated) add("negated");
  add(std::string("cert=") + CertaintyName(ev.certainty));
  if (ev.attribution != kNone) add("attributed");
  if (ev.time != kNone && ev.time < doc.times.size() && doc.times[ev.time].sentence == ev.sentence) add("dated");
  if (ev.place != kNone) add("placed");
  // Counts, casualties and the modal words of the sentence; its bag of words.
  size_t numbers = 0, mentions = 0, words = 0;
  bool quote = false, modal_before = false, number_near = false;
  std::vector<std::string> bag;
  for (idx_t i = s.tokens.begin; i < s.tokens.end; ++i) {
    const Token& x = doc.tokens[i];
    if (x.flags & kTokNumber) {
      ++numbers;
      if (i + 6 >= t && i <= t + 8) number_near = true;
    }
    if (x.flags & kTokQuote) quote = true;
    if (!(x.flags & kTokWord)) continue;
    ++words;
    const std::string& k = doc.token_keys[i];
    if (i < t && i + 6 >= t && IsModalWord(k)) modal_before = true;
    bag.push_back("s=" + k);
  }
  for (const Mention& m : doc.mentions)
    if (m.sentence == ev.sentence && m.via != MentionVia::kPronoun && !m.code.empty()) ++mentions;
  add(std::string("nums=") + Bucket(numbers));
  add(std::string("ments=") + Bucket(mentions));
  add(std::string("len=") + Bucket(words / 4));
  add(std::string("pos=") + Bucket(t - s.tokens.begin));
  if (number_near) add("num_near");
  if (quote) add("quote");
  if (modal_before) add("modal_before");
  std::sort(bag.begin(), bag.end());
  bag.erase(std::unique(bag.begin(), bag.end()), bag.end());
  for (const std::string& b : bag) add(b);
  // Every feature once more under the shared prefix "*:": what makes a protest a specific act (a
  // count, a place, a date, a past verb) mostly makes an attack one too, and PROTEST has few examples.
  const size_t n = f.size();
  for (size_t i = 0; i < n; ++i) f.push_back("*" + f[i].substr(1));
  return f;
}

bool RepeatsAct(const Event& a, const Event& b) {
  return a.trigger_tokens.begin == b.trigger_tokens.begin && a.trigger_tokens.end == b.trigger_tokens.end &&
         a.source.code == b.source.code && a.target.code == b.target.code && a.cameo == b.cameo;
}

}  // namespace mizan
