# Stream tests: `mizan feed` -> NATS JetStream -> `mizan worker` x N -> PostgreSQL, compared with a
# single-node `mizan ingest` of the same documents (tests/stream/stream_test.sh). Each starts its own
# NATS servers (scripts/nats_cluster.sh) and PostgreSQL (scripts/pg_test.sh); skipped without the
# corpus in ../shared, nats-server or the PostgreSQL binaries.
find_program(MIZAN_NATS_SERVER nats-server)
file(GLOB MIZAN_STREAM_INITDB /usr/lib/postgresql/*/bin/initdb)
find_package(Python3 COMPONENTS Interpreter)
set(MIZAN_STREAM_CORPUS ${CMAKE_SOURCE_DIR}/../shared/corpora/ant-multisource/ant-multisource.jsonl.gz)
if(MIZAN_NATS_SERVER)
  # The worker's idle exit against one NATS server (tests/unit/stream_worker_test.cc; skipped in the unit
  # shards, which have no server).
  add_test(NAME stream.worker_idle
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/nats_cluster.sh -n 1
                   $<TARGET_FILE:mizan_unit_tests> --gtest_brief=1 --gtest_filter=StreamWorker*)
  set_tests_properties(stream.worker_idle PROPERTIES TIMEOUT 120)
endif()
if(MIZAN_NATS_SERVER AND (MIZAN_STREAM_INITDB OR DEFINED ENV{PGBIN}) AND Python3_Interpreter_FOUND)
  # One NATS server, two workers: the plain path (dedup on publish, shared consumer, ack after commit).
  add_test(NAME stream.single_node_two_workers
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/pg_test.sh ${CMAKE_SOURCE_DIR}/scripts/nats_cluster.sh -n 1
                   ${CMAKE_CURRENT_SOURCE_DIR}/stream/stream_test.sh $<TARGET_FILE:mizan_cli> ${MIZAN_STREAM_CORPUS}
                   60 2)
  # Three NATS nodes, four workers; a worker and a NATS node are killed (-9) in the middle.
  add_test(NAME stream.cluster_fault
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/pg_test.sh ${CMAKE_SOURCE_DIR}/scripts/nats_cluster.sh -n 3
                   ${CMAKE_CURRENT_SOURCE_DIR}/stream/stream_test.sh $<TARGET_FILE:mizan_cli> ${MIZAN_STREAM_CORPUS}
                   300 4 fault)
  # Poison documents: the three longest exceed the workers' --max-doc-bytes and must become dead letters
  # without blocking the rest.
  add_test(NAME stream.dead_letters
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/pg_test.sh ${CMAKE_SOURCE_DIR}/scripts/nats_cluster.sh -n 1
                   ${CMAKE_CURRENT_SOURCE_DIR}/stream/stream_test.sh $<TARGET_FILE:mizan_cli> ${MIZAN_STREAM_CORPUS}
                   60 2 dead)
  set_tests_properties(stream.single_node_two_workers stream.cluster_fault stream.dead_letters PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 150)
endif()
