#include "io/code_loop.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace mizan {

Status CodeAll(DocReader& reader, const Coder& coder, const CodeLoopOptions& options,
               const std::function<Status(CodedDoc&)>& sink) {
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Chunks rather than a streaming queue: simple, deterministic output order, bounded memory; a chunk
  // holds enough documents that the threads rarely wait on the slowest one.
  const size_t chunk_docs = threads == 1 ? 1 : static_cast<size_t>(threads) * 32;
  std::vector<CodedDoc> chunk;
  RawDoc raw;
  bool more = true;
  while (more) {
    chunk.clear();
    size_t bytes = 0;
    while (chunk.size() < chunk_docs && bytes < options.chunk_bytes && (more = reader.Next(&raw))) {
      std::string origin = std::move(raw.origin);
      bytes += raw.text.size();
      chunk.push_back(CodedDoc{ToDoc(std::move(raw)), std::move(origin), Status::Ok(), false});
      raw = RawDoc{};
      if (options.want && !options.want(chunk.back().doc)) chunk.back().skipped = true;
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < chunk.size();)
        if (!chunk[i].skipped) chunk[i].status = coder.Code(chunk[i].doc);
    };
    size_t n_threads = std::min<size_t>(static_cast<size_t>(threads), chunk.size());
    if (n_threads <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (size_t t = 0; t < n_threads; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (CodedDoc& d : chunk) RETURN_IF_ERROR(sink(d));
  }
  return Status::Ok();
}

}  // namespace mizan
