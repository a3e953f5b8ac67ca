// GET /api/health: is the database readable, how much is in it, which pipeline codes posted text.
#include "api/handlers.h"
#include "api/params.h"

namespace mizan::api {

ApiResponse HandleHealth(const ApiContext& ctx, const ApiRequest& req) {
  if (Status st = CheckParams(req, {}, ctx.options.max_param_bytes); !st.ok()) return ErrorResponse(st);
  auto store = ctx.stores->Read();
  auto docs = store->CountDocuments();
  if (!docs.ok()) return ErrorResponse(docs.status());
  auto events = store->CountEvents();
  if (!events.ok()) return ErrorResponse(events.status());
  return JsonResponse({{"status", "ok"},
                       {"documents", *docs},
                       {"events", *events},
                       {"pipeline", ctx.coder->PipelineVersion()},
                       {"writes", !ctx.options.token.empty()}});
}

}  // namespace mizan::api
