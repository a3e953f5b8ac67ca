// Fuzz target: the HTTP API's request handling (api/api.h Handle: routing, parameter checks, handlers,
// JSON errors) without sockets, over a small SQLite store with a few coded articles. The input is a
// request as text: "METHOD PATH" on the first line, then "name=value" query lines, a blank line,
// "name: value" headers, a blank line, and the body. Every answer must be an HTTP status with a JSON
// body; errors carry {"error": {"status", "message"}}.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "fuzz_check.h"

namespace {

constexpr const char* kToken = "fuzz-token";

struct Server {
  std::string db;
  std::unique_ptr<mizan::api::StorePool> stores;
  std::unique_ptr<mizan::Coder> coder;
  mizan::api::ApiContext ctx;
};

mizan::api::ApiRequest Post(std::string path, std::string body) {
  mizan::api::ApiRequest req;
  req.method = "POST";
  req.path = std::move(path);
  req.headers = {{"authorization", std::string("Bearer ") + kToken}, {"content-type", "application/json"}};
  req.body = std::move(body);
  return req;
}

// Built once per process; leaked on purpose (the atexit cleanup must outlive static destructors).
Server& Get() {
  static Server* s = [] {
    auto* srv = new Server;
    srv->db = (std::filesystem::exists("/dev/shm") ? std::string("/dev/shm") : std::filesystem::temp_directory_path().string()) +
              "/mizan-api-fuzz-" + std::to_string(getpid()) + ".db";
    std::filesystem::remove(srv->db);
    auto pool = mizan::api::StorePool::Open(srv->db, 2);
    FUZZ_CHECK(pool.ok());
    srv->stores = std::move(*pool);
    auto coder = mizan::Coder::Create(mizan::CoderOptions{});
    FUZZ_CHECK(coder.ok());
    srv->coder = std::move(*coder);
    srv->ctx.stores = srv->stores.get();
    srv->ctx.coder = srv->coder.get();
    srv->ctx.options.token = kToken;
    srv->ctx.options.max_body_bytes = 64 * 1024;
    // A few articles, so that the read endpoints have actors, dyads and events to page through.
    const auto r = mizan::api::Handle(srv->ctx, Post("/api/ingest",
        R"({"id": "f1", "published": "2019-03-10", "text": "التقى وزير الخارجية المصري نظيره الليبي في القاهرة أمس. وأدانت الحكومة التونسية الهجوم على طرابلس."})"
        "\n"
        R"({"id": "f2", "published": "2020-01-05", "text": "قال الرئيس الجزائري إن بلاده ترفض التدخل في ليبيا، واتصل هاتفيا بالرئيس الفرنسي."})"));
    FUZZ_CHECK(r.status == 200);
    std::atexit([] {
      std::filesystem::remove(Get().db);
      std::filesystem::remove(Get().db + "-wal");
      std::filesystem::remove(Get().db + "-shm");
    });
    return srv;
  }();
  return *s;
}

std::string_view NextLine(std::string_view* in) {
  const size_t nl = in->find('\n');
  std::string_view line = in->substr(0, nl);
  in->remove_prefix(nl == std::string_view::npos ? in->size() : nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  Server& srv = Get();
  std::string_view in(reinterpret_cast<const char*>(data), size);
  mizan::api::ApiRequest req;
  const std::string_view first = NextLine(&in);
  const size_t sp = first.find(' ');
  req.method = std::string(first.substr(0, sp));
  req.path = sp == std::string_view::npos ? "/" : std::string(first.substr(sp + 1));
  for (std::string_view line; !in.empty() && !(line = NextLine(&in)).empty();) {
    const size_t eq = line.find('=');
    req.query.emplace_back(line.substr(0, eq), eq == std::string_view::npos ? "" : line.substr(eq + 1));
  }
  for (std::string_view line; !in.empty() && !(line = NextLine(&in)).empty();) {
    const size_t colon = line.find(':');
    std::string value(colon == std::string_view::npos ? "" : line.substr(colon + 1));
    if (!value.empty() && value[0] == ' ') value.erase(0, 1);
    req.headers.emplace_back(line.substr(0, colon), std::move(value));
  }
  req.body = std::string(in);

  const mizan::api::ApiResponse res = mizan::api::Handle(srv.ctx, req);
  FUZZ_CHECK(res.status >= 200 && res.status <= 599);
  if (res.content_type.rfind("application/json", 0) == 0) {
    const nlohmann::json j = nlohmann::json::parse(res.body, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!j.is_discarded());
    if (res.status >= 400) {
      FUZZ_CHECK(j.contains("error") && j["error"].contains("message"));
      FUZZ_CHECK(j["error"]["status"] == res.status);
    }
  }
  return 0;
}
