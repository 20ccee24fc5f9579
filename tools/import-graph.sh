#!/usr/bin/env bash
# The import graph of each module's main code (tools/import_graph.py): file cycles, package cycles and,
# for fake-linkedin, the imports that run up its layer order (the order of its ArchitectureTest).
# Compiles the three modules first (offline, quiet), so that the graph is never that of stale classes.
# Exit 1 when any module has a cycle.
#
#   tools/import-graph.sh
#   IMPORT_GRAPH_NO_COMPILE=1 tools/import-graph.sh     # the classes as they are
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
if [ "${IMPORT_GRAPH_NO_COMPILE:-0}" != "1" ]; then
  ./mvnw -B -q -DskipTests compile -pl fake-linkedin,oauth-core,oauth-cli -am >&2
fi
f=fake.internal
fake_layers="$f.text,fake.model,$f.http,$f.state,$f.api,$f.oauth,$f.fixture,$f.admin,$f.server,fake,fake.junit,fake.testcontainers"
status=0
python3 tools/import_graph.py fake-linkedin/target/classes --layers "${fake_layers//fake/dev.linkedinoauth.fake}" || status=1
python3 tools/import_graph.py oauth-core/target/classes --layers dev.linkedinoauth.core,dev.linkedinoauth.core.probe || status=1
python3 tools/import_graph.py oauth-cli/target/classes || status=1
exit $status
