// HttpServer: translates httplib requests into ApiRequest, adds CORS, serves the page from disk.
#include "api/http_server.h"

#include <httplib.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include <fmt/core.h>

namespace mizan::api {
namespace {

ApiRequest FromHttplib(const httplib::Request& in) {
  ApiRequest r;
  r.method = in.method;
  r.path = in.path;
  // From the URL only: httplib also merges a form-encoded body into params, and curl --data sends
  // JSON Lines as application/x-www-form-urlencoded.
  size_t q = in.target.find('?');
  if (q != std::string::npos) {
    httplib::Params params;
    httplib::detail::parse_query_text(in.target.substr(q + 1), params);
    for (const auto& [k, v] : params) r.query.emplace_back(k, v);
  }
  for (const auto& [k, v] : in.headers) {
    std::string name = k;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers.emplace_back(std::move(name), v);
  }
  r.body = in.body;
  return r;
}

void ToHttplib(const ApiResponse& in, httplib::Response& out) {
  out.status = in.status;
  for (const auto& [k, v] : in.headers) out.set_header(k, v);
  out.set_content(in.body, in.content_type.c_str());
}

}  // namespace

std::string FindWebDir() {
  namespace fs = std::filesystem;
  auto ok = [](const fs::path& p) { return fs::exists(p / "index.html"); };
  if (const char* env = std::getenv("MIZAN_WEB"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (const fs::path& c : {dir / "../share/mizan/web", dir / "../web/dist", dir / "web"})
      if (ok(c)) return fs::weakly_canonical(c).string();
  }
  fs::path src = fs::path(MIZAN_SOURCE_DATA_DIR) / "../web/dist";
  return ok(src) ? fs::weakly_canonical(src).string() : "";
}

HttpServer::HttpServer(const ApiContext& ctx, ServerOptions options)
    : ctx_(ctx), options_(std::move(options)), server_(std::make_unique<httplib::Server>()) {}

HttpServer::~HttpServer() = default;

Status HttpServer::Run(const std::function<void(int port)>& on_listening) {
  httplib::Server& svr = *server_;
  // httplib gives each open connection a pool thread until it has been idle for the keep-alive timeout
  // (5 s). A browser keeps up to 6 connections open per host, so with only `threads` pool threads its
  // next connection waited 5 s for an idle one to expire (the page's dyad and evidence views took 5.5 s
  // at random on any store). Extra threads only wait on sockets; store reads still share `threads`
  // connections (StorePool).
  const int threads = std::max(1, options_.threads) + 8;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  // httplib answers a too-long body itself (before our handler); one byte over our limit lets Handle
  // see the size when the client sent no Content-Length.
  svr.set_payload_max_length(ctx_.options.max_body_bytes + 1);
  svr.set_tcp_nodelay(true);  // without it headers and body wait on Nagle + delayed ACK: a 40 ms floor
  svr.set_read_timeout(10, 0);
  svr.set_write_timeout(10, 0);

  const std::string cors = options_.cors_origin;
  auto add_cors = [cors](httplib::Response& res) {
    if (cors.empty()) return;
    res.set_header("Access-Control-Allow-Origin", cors);
    if (cors != "*") res.set_header("Vary", "Origin");
  };
  auto api = [this, add_cors](const httplib::Request& req, httplib::Response& res) {
    auto t0 = std::chrono::steady_clock::now();
    ApiResponse r = Handle(ctx_, FromHttplib(req));
    ToHttplib(r, res);
    add_cors(res);
    if (options_.access_log || r.status >= 500) {
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      fmt::print(stderr, "{} {} {} {:.1f} ms{}\n", req.method, req.target, r.status, ms,
                 r.status >= 500 ? " " + r.body : "");
    }
  };
  const char* kApi = R"(/api/.*)";
  svr.Get(kApi, api);
  svr.Post(kApi, api);
  svr.Put(kApi, api);
  svr.Patch(kApi, api);
  svr.Delete(kApi, api);
  svr.Options(kApi, [cors, api](const httplib::Request& req, httplib::Response& res) {
    if (cors.empty()) return api(req, res);  // no CORS: OPTIONS is just a method we do not serve
    res.status = 204;
    res.set_header("Access-Control-Allow-Origin", cors);
    res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization");
    res.set_header("Access-Control-Max-Age", "600");
  });
  // Errors httplib produces itself (413 from the payload limit, 404 for a missing file, 400 for a
  // malformed request) get the same JSON body as ours.
  svr.set_error_handler([add_cors](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* what = res.status == 413 ? "request body too large"
                       : res.status == 404 ? "not found"
                       : res.status == 400 ? "bad request"
                                            : "request failed";
    ApiResponse r = ErrorResponse(res.status, what);
    res.set_content(r.body, r.content_type.c_str());
    add_cors(res);
  });
  if (!options_.web_dir.empty() && !svr.set_mount_point("/", options_.web_dir))
    return NotFound(fmt::format("web directory '{}' does not exist", options_.web_dir));
  // The page's files never change under one name except index.html, which names the hashed assets.
  svr.set_file_request_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/assets/", 0) == 0 || req.path.rfind("/fonts/", 0) == 0)
      res.set_header("Cache-Control", "public, max-age=31536000, immutable");
    else
      res.set_header("Cache-Control", "no-cache");
  });
  svr.set_file_extension_and_mimetype_mapping("ttf", "font/ttf");

  int port = options_.port;
  if (port == 0) {
    port = svr.bind_to_any_port(options_.host);
    if (port < 0) return Unavailable(fmt::format("cannot bind {}:<any port>", options_.host));
  } else if (!svr.bind_to_port(options_.host, port)) {
    return Unavailable(fmt::format("cannot bind {}:{} (in use? try --port 0 for any free port)", options_.host, port));
  }
  on_listening(port);
  if (!svr.listen_after_bind()) return Internal("the server stopped with an error");
  return Status::Ok();
}

void HttpServer::Stop() { server_->stop(); }

}  // namespace mizan::api
