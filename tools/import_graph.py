#!/usr/bin/env python3
"""Import graph of a module's main code: file cycles, package cycles and imports up the layer order.

    tools/import-graph.sh                 # all three modules (compiles them first when needed)
    python3 tools/import_graph.py MODULE/target/classes [--layers a,b,c]

Reads `jdeps -verbose:class` over compiled classes, folds nested classes (A$B) into their top-level
file (A), and prints per module the strongly connected components of the file graph and of the
package graph, and every import from a package to one later in the layer order. The layer order is
given from the most basic layer (imported by all) to the top. Exits 1 when there is a cycle.
"""
import argparse
import collections
import re
import subprocess
import sys

PREFIX = "dev.linkedinoauth."
LINE = re.compile(r"^\s+(\S+)\s+->\s+(\S+)")


def top_level(name):
    return name.split("$", 1)[0]


def package_of(name):
    return name.rsplit(".", 1)[0]


def edges_of(classes_dir):
    out = subprocess.run(["jdeps", "-verbose:class", "-filter:none", "-e", r"dev\.linkedinoauth\..*",
                          classes_dir], check=True, capture_output=True, text=True).stdout
    edges = set()
    for line in out.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        source, target = top_level(match.group(1)), top_level(match.group(2))
        if source.startswith(PREFIX) and target.startswith(PREFIX) and source != target:
            edges.add((source, target))
    return edges


def cycles(edges):
    """Tarjan's strongly connected components with more than one member."""
    graph = collections.defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
        graph.setdefault(b, set())
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        work = [(node, iter(sorted(graph[node])))]
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        while work:
            current, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[current] = min(low[current], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[current])
            if low[current] == index[current]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == current:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer_rank(package, layers):
    """The index of the longest layer prefix that names the package, or None."""
    best, rank = -1, None
    for i, layer in enumerate(layers):
        if (package == layer or package.startswith(layer + ".")) and len(layer) > best:
            best, rank = len(layer), i
    return rank


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("classes")
    parser.add_argument("--layers", default="", help="packages from the most basic layer to the top, comma-separated")
    args = parser.parse_args()
    edges = edges_of(args.classes)
    short = lambda name: name[len(PREFIX):]
    file_cycles = cycles(edges)
    package_edges = {(package_of(a), package_of(b)) for a, b in edges if package_of(a) != package_of(b)}
    package_cycles = cycles(package_edges)
    layers = [layer for layer in args.layers.split(",") if layer]
    upward = []
    for a, b in sorted(edges):
        ra, rb = layer_rank(package_of(a), layers), layer_rank(package_of(b), layers)
        if ra is not None and rb is not None and rb > ra:
            upward.append((a, b))
    files = {name for edge in edges for name in edge}
    print(f"{args.classes}: {len(files)} files, {len(edges)} imports between them")
    print(f"  file cycles: {len(file_cycles)}")
    for component in file_cycles:
        print("    " + " <-> ".join(short(n) for n in component))
    print(f"  package cycles: {len(package_cycles)}")
    for component in package_cycles:
        print("    " + " <-> ".join(short(n) for n in component))
    if layers:
        print(f"  imports up the layer order: {len(upward)}")
        for a, b in upward:
            print(f"    {short(a)} -> {short(b)}")
    return 1 if file_cycles or package_cycles else 0


if __name__ == "__main__":
    sys.exit(main())
