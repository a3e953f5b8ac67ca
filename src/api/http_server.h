// HttpServer: cpp-httplib glue for `mizan serve`: the API under /api/, the page's static files elsewhere.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "api/api.h"

namespace httplib {
class Server;
}

namespace mizan::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;           // 0 = any free port (the callback gets the one chosen)
  int threads = 4;           // worker threads answering requests
  std::string cors_origin;   // "" = no CORS headers; "*" or "https://example.org"
  std::string web_dir;       // the built page (index.html, assets/, fonts/); "" = API only
  bool access_log = false;   // one line per request on stderr
};

// Where the built page is: $MIZAN_WEB, <exe>/../share/mizan/web, <exe>/../web/dist, the source tree's
// web/dist. "" when none holds an index.html.
std::string FindWebDir();

class HttpServer {
 public:
  HttpServer(const ApiContext& ctx, ServerOptions options);
  ~HttpServer();

  // Binds, calls on_listening(port) once requests can be served, and blocks until Stop().
  // Unavailable when the address cannot be bound.
  Status Run(const std::function<void(int port)>& on_listening);
  // Thread-safe; makes Run return.
  void Stop();

 private:
  const ApiContext& ctx_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace mizan::api
