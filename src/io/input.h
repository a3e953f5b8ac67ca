// Document sources: walk files, directories and stdin and hand out raw documents, reporting bad input.
//
// A source knows nothing of the coder or of where results go: `mizan code` prints, `mizan ingest`
// stores, and a stream worker can read documents from elsewhere with the same RawDoc.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

// One document as read, before any processing. text is valid UTF-8.
struct RawDoc {
  std::string id, text, published, outlet, title, url;
  std::string origin;  // where it came from, for messages: "file.jsonl:12", "article.txt", "-:3"
};

// A Doc with the raw document's id, text and metadata (moved out of raw).
Doc ToDoc(RawDoc&& raw);

enum class InputFormat { kAuto, kTxt, kJson, kJsonl };
// "auto", "txt", "json", "jsonl" (also "jsonl.gz", "ndjson"); anything else is InvalidArgument.
StatusOr<InputFormat> ParseInputFormat(std::string_view name);

struct InputOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension; stdin is always JSON Lines
  std::string published;                    // publication date for .txt inputs ("YYYY-MM-DD")
  size_t max_doc_bytes = 16u << 20;         // larger documents and lines are reported as bad
};

// A piece of input that could not become a document. The rest of the batch goes on.
struct InputError {
  std::string origin;   // "file.jsonl:12"
  std::string message;  // "malformed JSON: ..."
};
using InputErrorCallback = std::function<void(const InputError&)>;

// "2018-03-14T09:30:00Z" -> "2018-03-14"; "" when the value does not start with a valid date.
std::string NormalizePublished(std::string_view value);

// Fills doc from one JSON object (the .json / JSON Lines format of event-schema.md). default_id is
// used when the object has no "id". Errors: not an object, no string "text", wrong field types.
Status RawDocFromJson(std::string_view json_text, const std::string& default_id, RawDoc* doc);

// Reads documents one at a time from files, directories (every .txt/.json/.jsonl/.jsonl.gz below
// them, sorted) and "-" (stdin, JSON Lines). Streams: a .jsonl.gz is read line by line, never whole.
class DocReader {
 public:
  DocReader(std::vector<std::string> inputs, InputOptions options, InputErrorCallback on_error);
  ~DocReader();
  DocReader(const DocReader&) = delete;
  DocReader& operator=(const DocReader&) = delete;

  // Next good document into *doc; false at the end of all inputs. Bad pieces go to on_error.
  bool Next(RawDoc* doc);

  size_t docs() const { return docs_; }         // good documents handed out
  size_t bad() const { return bad_; }           // pieces reported to on_error
  size_t files() const { return files_done_; }  // files opened
  // Input bytes consumed so far (compressed bytes for .gz), for progress and ETA. May be read from
  // another thread while Next() runs.
  uint64_t bytes_read() const { return bytes_done_ + bytes_current_.load(std::memory_order_relaxed); }
  // Sum of the input files' sizes; 0 when unknown (stdin is among the inputs).
  uint64_t total_bytes() const { return total_bytes_; }

 private:
  struct LineFile;
  void Expand(const std::string& input);
  void Report(std::string origin, std::string message);
  bool NextFromLines(RawDoc* doc);
  bool ReadWholeFile(const std::string& path, RawDoc* doc, InputFormat format);
  InputFormat FormatOf(const std::string& path) const;

  InputOptions options_;
  InputErrorCallback on_error_;
  std::vector<std::string> queue_;  // files (and "-") still to read, in order
  size_t next_ = 0;
  std::unique_ptr<LineFile> lines_;  // the JSON Lines file being read, if any
  size_t docs_ = 0, bad_ = 0, files_done_ = 0;
  uint64_t total_bytes_ = 0;
  bool total_known_ = true;
  std::atomic<uint64_t> bytes_done_{0};     // bytes of the files finished
  std::atomic<uint64_t> bytes_current_{0};  // bytes consumed of the file being read
};

}  // namespace mizan
