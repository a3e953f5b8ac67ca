// The HTTP API of `mizan serve` as one function from request to response (routing, limits, errors).
#pragma once

#include <cstddef>
#include <string>

#include "api/api_types.h"
#include "api/response_cache.h"
#include "api/store_pool.h"
#include "mizan/coder.h"

namespace mizan::api {

struct ApiOptions {
  std::string token;                 // "" = writes disabled: POST /api/ingest answers 403
  size_t max_body_bytes = 4u << 20;  // larger request bodies answer 413
  int default_limit = 100;           // events per page when ?limit= is absent
  int max_limit = 1000;              // ?limit= above this answers 400
  size_t max_param_bytes = 512;      // a longer query parameter value answers 400
};

// What handlers share. Both pointers outlive every request; the coder is immutable and thread-safe.
struct ApiContext {
  StorePool* stores = nullptr;
  const Coder* coder = nullptr;
  ResponseCache* cache = nullptr;  // optional: GET answers other than /api/health are kept here
  ApiOptions options;
};

// Routes req to its handler. Never throws; every failure is a JSON error response (docs/api.md).
ApiResponse Handle(const ApiContext& ctx, const ApiRequest& req);

}  // namespace mizan::api
