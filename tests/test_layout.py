"""The code's layout: the stages (every module below the pipeline) import neither the scheduling nor the
cache, and imports run one way."""

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
ABOVE_THE_STAGES = ("build", "cache", "parallel", "site_files")  # the pipeline, its store and its scheduling
COMMANDS = ("cli", "serve", "__main__")  # what runs the pipeline


def module_name(path):
    parts = path.relative_to(GENERATOR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path, modules):
    """The generator modules a module's relative imports name."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + [node.module or ""]).strip(".")
            found |= {target for target in (base, *(f"{base}.{alias.name}" for alias in node.names)) if target in modules}
    return found - {name}


def import_graph():
    paths = {module_name(path): path for path in GENERATOR.rglob("*.py")}
    return {name: imported(path, paths) for name, path in paths.items()}


def test_no_stage_imports_the_scheduling_or_the_cache():
    above = {f"generator.{name}" for name in ABOVE_THE_STAGES + COMMANDS}
    below = {name: deps for name, deps in import_graph().items() if name != "generator" and name not in above}
    assert "generator.read" in below and "generator.search.lunr_index" in below
    assert {name: sorted(deps & above) for name, deps in below.items() if deps & above} == {}


def test_imports_run_one_way_without_a_cycle():
    graph = import_graph()
    # A package's own submodules are what it is made of, not a way back up.
    graph = {name: {d for d in deps if not d.startswith(name + ".")} for name, deps in graph.items()}
    done, path = set(), []

    def walk(name):
        assert name not in path, f"an import cycle: {' -> '.join(path[path.index(name):] + [name])}"
        if name in done:
            return
        path.append(name)
        for dependency in sorted(graph[name]):
            walk(dependency)
        path.pop()
        done.add(name)
    for name in sorted(graph):
        walk(name)
