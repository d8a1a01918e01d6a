"""Write stage: put facts YAML and rendered pages on disk, replacing site/ only when complete."""

import os
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path

import yaml

from .errors import FactsheetError

MERGED_FACTS_STEM = "_merged"  # content/facts/_merged.yaml; no source may take this id
REMOVED_FOLDER = "_removed"  # content/facts/_removed/: facts of deleted sources, kept for their review
# libyaml's emitter is ~20x faster; both give the same text for the plain data written here.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
FACT_KEYS = ("id", "kind", "value", "value_max", "unit", "qualifier", "text", "label", "subject", "also",
             "places", "anchor", "quote")


def fact_record(fact):
    data = asdict(fact)
    data["places"] = list(fact.places)
    return {key: data[key] for key in FACT_KEYS}


def facts_yaml(source, facts):
    """One source's facts as YAML text, in reading order, with a fixed key order for clean diffs."""
    document = {
        "source": source.id,
        "title": source.title,
        "facts": [fact_record(f) for f in facts],
    }
    return yaml.dump(document, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100)


def merged_yaml(merged):
    """Every merged fact with the extracted facts it cites, for review beside the per-source files."""
    document = {"facts": [
        {
            "id": m.id,
            "kind": m.kind,
            "value": m.value,
            "value_max": m.value_max,
            "unit": m.unit,
            "qualifier": m.qualifier,
            "label": m.label,
            "sources": m.source_count,
            "disagreements": list(m.disagreements),
            "conflicts": list(m.conflicts),
            "citations": [{"source": c.source, "fact": c.fact, "anchor": c.anchor} for c in m.citations],
            "wording": [{"source": w.source, "words": w.words, "other_source": w.other_source,
                         "other_words": w.other_words} for w in m.wording],
        }
        for m in merged
    ]}
    return yaml.dump(document, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100)


def facts_documents(site):
    """{file stem: YAML text} for content/facts/: one per source, plus the merged facts."""
    documents = {s.id: facts_yaml(s, site.facts[s.id]) for s in site.sources}
    documents[MERGED_FACTS_STEM] = merged_yaml(site.merged)
    return documents


def write_text_if_changed(path, text):
    """Leave unchanged files untouched so their timestamps and reviewers' editors stay calm."""
    path = Path(path)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_facts(facts_dir, documents):
    """documents: {file stem: yaml_text}, e.g. one per source plus '_merged'.

    Returns the paths of facts files whose source is gone: they are moved into _removed/
    rather than deleted, since they may hold a reviewer's work.
    """
    facts_dir = Path(facts_dir)
    for stem, text in sorted(documents.items()):
        write_text_if_changed(facts_dir / f"{stem}.yaml", text)
    stale = sorted(p for p in facts_dir.glob("*.yaml") if p.stem not in documents)
    for path in stale:
        (facts_dir / REMOVED_FOLDER).mkdir(exist_ok=True)
        path.replace(facts_dir / REMOVED_FOLDER / path.name)
    return [facts_dir / REMOVED_FOLDER / path.name for path in stale]


def check_paths(pages):
    """Two pages for one file would silently lose one of them."""
    seen = set()
    for page in pages:
        if page.path in seen:
            raise FactsheetError(page.path, None, "two pages would be written to this one file")
        seen.add(page.path)


def write_site(out_dir, pages):
    """Write every page into a fresh folder, then swap it in: a failed build leaves the old site."""
    check_paths(pages)
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for page in pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.text, encoding="utf-8")
        os.chmod(staging, 0o755)
        old = out_dir.with_name(f".{out_dir.name}-old")
        if old.exists():
            shutil.rmtree(old)
        if out_dir.exists():
            out_dir.rename(old)
        staging.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
