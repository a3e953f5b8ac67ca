#include "ingest/store_sink.h"

#include <utility>

#include <fmt/core.h>

#include "io/event_json.h"

namespace mizan {

StoreSink::StoreSink(Store& store, const Lexicon& lexicon, std::string pipeline_version, StoreSinkOptions options,
                     BadDocFn on_bad)
    : store_(store), lexicon_(lexicon), pipeline_(std::move(pipeline_version)), options_(options),
      on_bad_(std::move(on_bad)) {
  if (options_.batch_docs == 0) options_.batch_docs = 1;
}

StoreSink::~StoreSink() { Abort(); }

StatusOr<bool> StoreSink::AlreadyStored(const Doc& doc) { return store_.HasDocument(doc.id, ContentHash(doc)); }

Status StoreSink::Put(CodedDoc& d) {
  auto with_doc = [&](const Status& st) {
    Abort();
    return Status(st.code(), fmt::format("storing document {} ({}): {}", d.doc.id, d.origin, st.message()));
  };
  if (!d.skipped && !d.status.ok()) {
    ++counts_.failed;
    if (on_bad_) on_bad_(d.origin, d.status);
    return Status::Ok();
  }
  if (d.skipped) {
    ++counts_.unchanged;
  } else {
    if (!open_) {
      if (Status st = store_.BeginBatch(); !st.ok()) return with_doc(st);
      open_ = true;
      batch_start_ = std::chrono::steady_clock::now();
    }
    records_.clear();
    for (const Event& e : d.doc.events) records_.push_back(EventToJson(d.doc, e, lexicon_));
    auto put = store_.PutDocument(d.doc, records_, pipeline_);
    if (!put.ok()) return with_doc(put.status());
    if (*put == PutResult::kUnchanged) {
      ++counts_.unchanged;
    } else {
      ++(*put == PutResult::kReplaced ? counts_.replaced : counts_.inserted);
      counts_.events += records_.size();
    }
    ++in_batch_;
  }
  bool full = in_batch_ >= options_.batch_docs;
  bool old = open_ && std::chrono::duration<double>(std::chrono::steady_clock::now() - batch_start_).count() >=
                          options_.max_batch_seconds;
  if (full || old) {
    if (Status st = Flush(); !st.ok())
      return Status(st.code(), fmt::format("committing the batch that ends with document {} ({}): {}", d.doc.id,
                                           d.origin, st.message()));
  }
  return Status::Ok();
}

Status StoreSink::Flush() {
  if (!open_) return Status::Ok();
  Status st = store_.Commit();  // a failed Commit rolls back itself
  open_ = false;
  size_t n = in_batch_;
  in_batch_ = 0;
  if (st.ok()) counts_.committed_docs += n;
  else rolled_back_ = n;
  return st;
}

void StoreSink::Abort() {
  if (!open_) return;
  store_.Rollback();
  open_ = false;
  rolled_back_ = in_batch_;
  in_batch_ = 0;
}

}  // namespace mizan
