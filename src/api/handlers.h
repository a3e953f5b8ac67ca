// The API's handlers, one per endpoint; Handle (api.h) routes to them after the method check.
#pragma once

#include <string>

#include "api/api.h"

namespace mizan::api {

// The id in a prefix route's path: "/api/events/seed:3:1" -> "seed:3:1".
std::string PathId(const ApiRequest& req);

ApiResponse HandleHealth(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleEvents(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleEvent(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleActors(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleActor(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleTimeline(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleBrokers(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleDocument(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleCode(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleIngest(const ApiContext& ctx, const ApiRequest& req);
ApiResponse HandleDyads(const ApiContext& ctx, const ApiRequest& req);

}  // namespace mizan::api
