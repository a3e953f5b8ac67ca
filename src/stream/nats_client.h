// NatsClient: one NATS connection with its JetStream context: the stream, publishing, a durable pull consumer.
//
// Thin over nats.c 3.4 (Debian libnats-dev): every nats.c error becomes a Status naming what was tried.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/status.h"

namespace mizan::stream {

struct StreamConfig {
  std::string name = "MIZAN";
  std::string subject = "mizan.docs";      // documents to code
  std::string dead_subject = "mizan.dead"; // poison documents, with their error (kept in the same stream)
  int replicas = 0;                        // 0 = 3 when the cluster has at least 3 servers, else 1
  double duplicate_window_s = 24 * 3600;   // a document published twice within this is stored once
};

struct ConsumerConfig {
  std::string durable = "mizan-workers";  // shared by every worker: each message goes to one of them
  double ack_wait_s = 60;                 // redelivered when not acknowledged within this
  int max_deliver = 5;                    // the last delivery is not coded: it goes to the dead letters
};

// One fetched message. Ack/Nak/Term answer JetStream; the message is freed with the batch.
struct Delivery {
  std::string data;
  std::string msg_id;       // Nats-Msg-Id header
  uint64_t delivered = 1;   // how many times JetStream has handed it out (1 = first time)
  uint64_t stream_seq = 0;
  void* msg = nullptr;      // natsMsg*, owned by the client's batch
};

class NatsClient {
 public:
  // urls: "nats://127.0.0.1:4222" or a comma-separated list of cluster members (the client fails over).
  static StatusOr<std::unique_ptr<NatsClient>> Connect(const std::string& urls, const std::string& name);
  ~NatsClient();
  NatsClient(const NatsClient&) = delete;
  NatsClient& operator=(const NatsClient&) = delete;

  // Creates the stream when missing (file storage), or checks it exists. Returns the replicas in use.
  StatusOr<int> EnsureStream(const StreamConfig& config);
  // Publishes and waits for JetStream's acknowledgement. *duplicate: the stream already had msg_id.
  Status Publish(const std::string& subject, std::string_view data, const std::string& msg_id,
                 const std::vector<std::pair<std::string, std::string>>& headers, bool* duplicate);

  // Binds the durable pull consumer on subject (created on first use, shared afterwards).
  Status Subscribe(const StreamConfig& stream, const ConsumerConfig& consumer);
  // Up to max messages, waiting at most timeout_ms; an empty batch when none came. The previous batch's
  // messages are freed (ack them first).
  StatusOr<std::vector<Delivery>> Fetch(int max, int64_t timeout_ms);
  Status Ack(const Delivery& d);   // done: never redelivered
  Status Nak(const Delivery& d, int64_t delay_ms);  // failed: redeliver after delay
  Status Term(const Delivery& d);  // give up: never redelivered (after publishing it to the dead letters)
  // Documents not yet delivered plus those delivered but not acknowledged; -1 when unknown.
  StatusOr<int64_t> Pending();
  // Servers this connection knows of (the cluster's size as seen from here).
  int KnownServers() const;

 private:
  struct Impl;
  explicit NatsClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::stream
