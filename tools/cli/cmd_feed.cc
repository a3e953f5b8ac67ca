// `mizan feed`: publishes documents (files, JSON Lines, .jsonl.gz, RSS/Atom files) to a NATS JetStream stream.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "io/input.h"
#include "stream/doc_message.h"
#include "stream/feed_xml.h"
#include "stream/nats_client.h"

namespace mizan::cli {
namespace {

struct FeedOptions {
  std::vector<std::string> inputs;
  std::string nats = "nats://127.0.0.1:4222", published, format = "auto";
  stream::StreamConfig stream;
  double progress_interval_s = 10;
  bool quiet = false;
};

bool IsFeedFile(const std::string& path) {
  for (const char* ext : {".xml", ".rss", ".atom"})
    if (path.size() > std::strlen(ext) && path.compare(path.size() - std::strlen(ext), std::string::npos, ext) == 0)
      return true;
  return false;
}

int RunFeed(const FeedOptions& o) {
  auto format = ParseInputFormat(o.format);
  if (!format.ok()) {
    fmt::print(stderr, "mizan feed: {}\n", format.status().message());
    return kExitUsage;
  }
  InputOptions in;
  in.format = *format;
  in.published = NormalizePublished(o.published);
  if (!o.published.empty() && in.published.empty()) {
    fmt::print(stderr, "mizan feed: --published wants YYYY-MM-DD, got '{}'\n", o.published);
    return kExitUsage;
  }
  auto client = stream::NatsClient::Connect(o.nats, "mizan-feed");
  if (!client.ok()) {
    fmt::print(stderr, "mizan feed: {}\n", client.status().ToString());
    return kExitFatal;
  }
  auto replicas = (*client)->EnsureStream(o.stream);
  if (!replicas.ok()) {
    fmt::print(stderr, "mizan feed: {}\n", replicas.status().ToString());
    return kExitFatal;
  }
  size_t published = 0, duplicates = 0, bad = 0;
  auto start = std::chrono::steady_clock::now();
  auto last = start;
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  Status fatal;
  auto publish = [&](const RawDoc& doc) {
    bool dup = false;
    Status st = (*client)->Publish(o.stream.subject, stream::DocToMessage(doc), stream::MessageId(doc), {}, &dup);
    if (!st.ok()) {
      fatal = st;
      return false;
    }
    ++(dup ? duplicates : published);
    auto now = std::chrono::steady_clock::now();
    if (!o.quiet && o.progress_interval_s > 0 &&
        std::chrono::duration<double>(now - last).count() >= o.progress_interval_s) {
      last = now;
      double s = seconds();
      fmt::print(stderr, "mizan feed: {} published, {} duplicates, {:.0f} docs/s\n", published, duplicates,
                 (published + duplicates) / s);
    }
    return true;
  };
  std::vector<std::string> plain;
  for (const std::string& input : o.inputs) {
    if (!IsFeedFile(input)) {
      plain.push_back(input);
      continue;
    }
    std::ifstream f(input, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    if (!f) {
      fmt::print(stderr, "mizan feed: bad input: {}: cannot read\n", input);
      ++bad;
      continue;
    }
    std::string xml = ss.str();
    if (!stream::LooksLikeFeed(xml)) {
      fmt::print(stderr, "mizan feed: bad input: {}: not an RSS or Atom feed\n", input);
      ++bad;
      continue;
    }
    for (const RawDoc& d : stream::ParseFeed(xml, input))
      if (!publish(d)) break;
    if (!fatal.ok()) break;
  }
  if (fatal.ok() && !plain.empty()) {
    DocReader reader(plain, in, [&](const InputError& e) {
      fmt::print(stderr, "mizan feed: bad input: {}: {}\n", e.origin, e.message);
      ++bad;
    });
    RawDoc doc;
    while (reader.Next(&doc))
      if (!publish(doc)) break;
  }
  double s = seconds();
  if (!fatal.ok()) {
    fmt::print(stderr, "mizan feed: fatal: {}; {} documents were published before it (running again is safe: "
                       "the stream drops duplicates)\n", fatal.ToString(), published);
    return kExitFatal;
  }
  fmt::print(stderr,
             "mizan feed: {} published, {} duplicates (already in the stream), {} bad inputs; {:.2f} s "
             "({:.0f} docs/s) to stream {} ({} replicas), subject {}\n",
             published, duplicates, bad, s, s > 0 ? (published + duplicates) / s : 0.0, o.stream.name, *replicas,
             o.stream.subject);
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterFeed(CLI::App& app) {
  auto o = std::make_shared<FeedOptions>();
  CLI::App* cmd = app.add_subcommand("feed", "Publish documents to a NATS JetStream stream for `mizan worker`");
  cmd->add_option("inputs", o->inputs,
                  "Files (.txt, .json, .jsonl, .jsonl.gz), RSS/Atom files (.xml, .rss, .atom), directories or -")
      ->required();
  cmd->add_option("--nats", o->nats, "NATS server URL, or a comma-separated list of cluster members")
      ->capture_default_str();
  cmd->add_option("--stream", o->stream.name, "JetStream stream (created when missing)")->capture_default_str();
  cmd->add_option("--subject", o->stream.subject, "Subject documents are published on")->capture_default_str();
  cmd->add_option("--dead-subject", o->stream.dead_subject,
                  "Subject workers publish poison documents on (part of the same stream)")
      ->capture_default_str();
  cmd->add_option("--replicas", o->stream.replicas,
                  "Replicas of a new stream (0 = 3 on a cluster of 3 or more servers, else 1)")
      ->capture_default_str();
  cmd->add_option("--duplicate-window", o->stream.duplicate_window_s,
                  "Seconds during which a document published again (same id and content) is dropped")
      ->capture_default_str();
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD");
  cmd->add_option("--format", o->format, "Input format: auto, txt, json or jsonl")->capture_default_str();
  cmd->add_option("--progress-interval", o->progress_interval_s, "Seconds between progress lines (0 = summary only)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No progress lines (the summary is still printed)");
  cmd->footer(
      "Each document becomes one message (JSON: id, text, published, outlet, title, url) whose\n"
      "Nats-Msg-Id is its id and content hash: JetStream stores a document published twice within the\n"
      "duplicate window once, so a feeder that is killed can simply be run again. RSS/Atom items become\n"
      "documents (guid or link as id, title + description/content as text, the channel title as outlet).\n"
      "Workers (`mizan worker`) code what is published; start them before or after.\n"
      "Exit 0: all published; 1: some inputs were bad; 2: usage; 3: NATS unreachable or the stream refused.\n"
      "Examples:\n"
      "  mizan feed corpus/*.jsonl.gz --nats nats://127.0.0.1:4222\n"
      "  mizan feed feeds/aljazeera.xml feeds/bbcarabic.rss --nats nats://10.0.0.5:4222\n"
      "  mizan feed articles/ --published 2021-12-15 --nats nats://a:4222,nats://b:4222,nats://c:4222");
  return [o] { return RunFeed(*o); };
}

MIZAN_COMMAND(22, RegisterFeed);

}  // namespace mizan::cli
