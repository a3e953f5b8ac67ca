#include "io/input.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "text/decode.h"

namespace mizan {
namespace fs = std::filesystem;

namespace {

// A NUL byte or many C0 controls in the first few KiB: not a text document.
bool LooksBinary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192), controls = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return n > 0 && controls * 10 > n;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Strips a UTF-8 byte order mark; JSON parsers and the coder do not want it.
std::string_view StripBom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

std::string Stem(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (const char* ext : {".jsonl.gz", ".jsonl", ".json", ".txt", ".gz"})
    if (name.ends_with(ext)) return name.substr(0, name.size() - std::strlen(ext));
  return fs::path(path).stem().string();
}

bool IsInputFile(const fs::path& p) {
  std::string name = p.filename().string();
  return name.ends_with(".txt") || name.ends_with(".json") || name.ends_with(".jsonl") ||
         name.ends_with(".jsonl.gz");
}

}  // namespace

Doc ToDoc(RawDoc&& raw) {
  Doc doc(std::move(raw.id), std::move(raw.text));
  doc.published = std::move(raw.published);
  doc.outlet = std::move(raw.outlet);
  doc.title = std::move(raw.title);
  doc.url = std::move(raw.url);
  return doc;
}

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "txt") return InputFormat::kTxt;
  if (name == "json") return InputFormat::kJson;
  if (name == "jsonl" || name == "jsonl.gz" || name == "ndjson") return InputFormat::kJsonl;
  return InvalidArgument(fmt::format("unknown input format '{}' (txt, json, jsonl or auto)", name));
}

std::string NormalizePublished(std::string_view v) {
  if (v.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return "";
  }
  if (v.size() > 10 && v[10] != 'T' && v[10] != ' ') return "";
  int month = (v[5] - '0') * 10 + (v[6] - '0'), day = (v[8] - '0') * 10 + (v[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(v.substr(0, 10));
}

Status RawDocFromJson(std::string_view json_text, const std::string& default_id, RawDoc* doc) {
  nlohmann::json j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return InvalidArgument("malformed JSON");
  if (!j.is_object()) return InvalidArgument("a document must be a JSON object");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) return InvalidArgument("missing \"text\" (a string)");
  doc->text = text->get<std::string>();
  doc->id = default_id;
  if (auto id = j.find("id"); id != j.end()) {
    if (id->is_string()) doc->id = id->get<std::string>();
    else if (id->is_number_integer()) doc->id = std::to_string(id->get<long long>());
    else if (!id->is_null()) return InvalidArgument("\"id\" must be a string or an integer");
  }
  if (doc->id.empty()) doc->id = default_id;
  auto str = [&](const char* key, std::string* out) -> Status {
    out->clear();
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (!it->is_string()) return InvalidArgument(fmt::format("\"{}\" must be a string", key));
    *out = it->get<std::string>();
    return Status::Ok();
  };
  std::string published;
  RETURN_IF_ERROR(str("published", &published));
  RETURN_IF_ERROR(str("outlet", &doc->outlet));
  RETURN_IF_ERROR(str("title", &doc->title));
  RETURN_IF_ERROR(str("url", &doc->url));
  doc->published = NormalizePublished(published);
  if (!published.empty() && doc->published.empty())
    return InvalidArgument(fmt::format("\"published\" is not a date: '{}'", published));
  return Status::Ok();
}

// A JSON Lines file read through zlib, which also reads plain files and stdin transparently,
// in blocks, so that a large .jsonl.gz never sits in memory. Lines may hold NUL bytes (binary junk).
struct DocReader::LineFile {
  gzFile gz = nullptr;
  std::string name;   // for origins: the path or "-"
  std::string stem;   // for default ids
  size_t line_no = 0;
  std::string buf;    // bytes read and not yet handed out
  size_t pos = 0;
  bool eof = false;
  ~LineFile() {
    if (gz) gzclose(gz);
  }
  // Next line without its newline; false at the end. *too_long when it passed max_bytes (the line is
  // skipped but still counted).
  bool ReadLine(std::string* line, size_t max_bytes, bool* too_long) {
    line->clear();
    *too_long = false;
    bool got = false;
    for (;;) {
      if (pos < buf.size()) {
        got = true;
        const char* start = buf.data() + pos;
        const void* nl = std::memchr(start, '\n', buf.size() - pos);
        size_t n = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : buf.size() - pos;
        if (!*too_long) line->append(start, n);
        if (line->size() > max_bytes) {
          *too_long = true;
          line->clear();
        }
        pos += n + (nl ? 1 : 0);
        if (nl) break;
      }
      if (eof) break;
      buf.resize(1 << 17);
      pos = 0;
      int n = gzread(gz, buf.data(), static_cast<unsigned>(buf.size()));
      if (n <= 0) {
        buf.clear();
        eof = true;
      } else {
        buf.resize(static_cast<size_t>(n));
      }
    }
    if (!got) return false;
    ++line_no;
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return true;
  }
};

DocReader::DocReader(std::vector<std::string> inputs, InputOptions options, InputErrorCallback on_error)
    : options_(std::move(options)), on_error_(std::move(on_error)) {
  for (const auto& in : inputs) Expand(in);
  std::error_code ec;
  for (const std::string& path : queue_) {
    uintmax_t size = path == "-" ? 0 : fs::file_size(path, ec);
    if (path == "-" || ec) total_known_ = false;
    else total_bytes_ += size;
  }
  if (!total_known_) total_bytes_ = 0;
}

DocReader::~DocReader() = default;

void DocReader::Report(std::string origin, std::string message) {
  ++bad_;
  if (on_error_) on_error_(InputError{std::move(origin), std::move(message)});
}

void DocReader::Expand(const std::string& input) {
  if (input == "-") {
    queue_.push_back(input);
    return;
  }
  std::error_code ec;
  auto st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    Report(input, "no such file or directory");
    return;
  }
  if (!fs::is_directory(st)) {
    queue_.push_back(input);
    return;
  }
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && IsInputFile(it->path())) found.push_back(it->path().string());
  }
  if (ec) Report(input, fmt::format("cannot list directory: {}", ec.message()));
  std::sort(found.begin(), found.end());
  queue_.insert(queue_.end(), found.begin(), found.end());
}

InputFormat DocReader::FormatOf(const std::string& path) const {
  if (path == "-") return InputFormat::kJsonl;
  if (options_.format != InputFormat::kAuto) return options_.format;
  if (path.ends_with(".jsonl") || path.ends_with(".jsonl.gz") || path.ends_with(".ndjson") || path.ends_with(".gz"))
    return InputFormat::kJsonl;
  if (path.ends_with(".json")) return InputFormat::kJson;
  return InputFormat::kTxt;
}

bool DocReader::Next(RawDoc* doc) {
  for (;;) {
    if (lines_) {
      if (NextFromLines(doc)) return true;
      if (z_off_t off = gzoffset(lines_->gz); off >= 0) bytes_done_ += static_cast<uint64_t>(off);
      bytes_current_ = 0;
      lines_.reset();
    }
    if (next_ >= queue_.size()) return false;
    const std::string path = queue_[next_++];
    ++files_done_;
    InputFormat format = FormatOf(path);
    if (format == InputFormat::kJsonl) {
      auto lf = std::make_unique<LineFile>();
      lf->name = path;
      lf->stem = path == "-" ? "" : Stem(path);
      lf->gz = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
      if (!lf->gz) {
        Report(path, fmt::format("cannot open: {}", std::strerror(errno)));
        continue;
      }
      gzbuffer(lf->gz, 1 << 17);
      lines_ = std::move(lf);
      continue;
    }
    bool got = ReadWholeFile(path, doc, format);
    std::error_code ec;
    uintmax_t size = fs::file_size(path, ec);
    if (!ec) bytes_done_ += size;
    if (got) return true;
  }
}

bool DocReader::NextFromLines(RawDoc* doc) {
  LineFile& lf = *lines_;
  std::string line;
  bool too_long = false;
  while (lf.ReadLine(&line, options_.max_doc_bytes, &too_long)) {
    if (z_off_t off = gzoffset(lf.gz); off >= 0) bytes_current_.store(static_cast<uint64_t>(off), std::memory_order_relaxed);
    std::string origin = fmt::format("{}:{}", lf.name, lf.line_no);
    if (too_long) {
      Report(origin, fmt::format("line longer than {} bytes, skipped", options_.max_doc_bytes));
      continue;
    }
    if (IsBlank(line)) continue;
    if (LooksBinary(line)) {
      Report(origin, "binary data, not a JSON line");
      continue;
    }
    std::string encoding;
    auto utf8 = DecodeToUtf8(StripBom(line), &encoding);
    if (!utf8.ok()) {
      Report(origin, fmt::format("cannot decode: {}", utf8.status().message()));
      continue;
    }
    std::string default_id = lf.stem.empty() ? std::to_string(lf.line_no) : fmt::format("{}-{}", lf.stem, lf.line_no);
    Status st = RawDocFromJson(*utf8, default_id, doc);
    if (!st.ok()) {
      Report(origin, st.message());
      continue;
    }
    if (IsBlank(doc->text)) {
      Report(origin, "empty \"text\"");
      continue;
    }
    // A windows-1256 line grows when decoded (one byte becomes two): the limit holds for the text too.
    if (doc->text.size() > options_.max_doc_bytes) {
      Report(origin, fmt::format("text longer than {} bytes once decoded, skipped", options_.max_doc_bytes));
      continue;
    }
    doc->origin = std::move(origin);
    ++docs_;
    return true;
  }
  int err = 0;
  const char* msg = gzerror(lf.gz, &err);
  // Z_BUF_ERROR at the end: the gzip stream stopped early (a cut download); its last line is lost.
  if (err == Z_BUF_ERROR) Report(fmt::format("{}:{}", lf.name, lf.line_no), "truncated gzip stream");
  else if (err != Z_OK) Report(lf.name, fmt::format("read error: {}", msg));
  return false;
}

bool DocReader::ReadWholeFile(const std::string& path, RawDoc* doc, InputFormat format) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Report(path, fmt::format("cannot open: {}", std::strerror(errno)));
    return false;
  }
  std::string bytes;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > options_.max_doc_bytes) {
      Report(path, fmt::format("larger than {} bytes, skipped", options_.max_doc_bytes));
      return false;
    }
  }
  if (IsBlank(bytes)) {
    Report(path, "empty file");
    return false;
  }
  // Binary files are refused by DecodeToUtf8 (which also knows UTF-16 with a BOM, full of NULs).
  std::string encoding;
  auto utf8 = DecodeToUtf8(StripBom(bytes), &encoding);
  if (!utf8.ok()) {
    Report(path, fmt::format("cannot decode: {}", utf8.status().message()));
    return false;
  }
  *doc = RawDoc{};
  if (format == InputFormat::kJson) {
    Status st = RawDocFromJson(*utf8, Stem(path), doc);
    if (!st.ok()) {
      Report(path, st.message());
      return false;
    }
    if (IsBlank(doc->text)) {
      Report(path, "empty \"text\"");
      return false;
    }
  } else {
    doc->id = Stem(path);
    doc->text = std::move(*utf8);
    doc->published = options_.published;
  }
  if (doc->text.size() > options_.max_doc_bytes) {
    Report(path, fmt::format("text longer than {} bytes once decoded, skipped", options_.max_doc_bytes));
    return false;
  }
  doc->origin = path;
  ++docs_;
  return true;
}

}  // namespace mizan
