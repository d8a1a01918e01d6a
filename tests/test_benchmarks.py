"""The README's speed table is the one made from the recorded benchmark figures."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def speed_table():
    spec = importlib.util.spec_from_file_location("speed_table", ROOT / "benchmarks" / "speed_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_speed_table_is_made_from_the_recorded_figures():
    module = speed_table()
    results = json.loads(module.RESULTS.read_text(encoding="utf-8"))
    readme = module.README.read_text(encoding="utf-8")
    assert module.table(results) in readme
    assert module.with_table(readme, results) == readme


def test_speed_table_shows_each_build_as_a_share_of_the_full_build():
    results = {"1000": {"builds": {"full": {"seconds": 20.0, "peak_mib": 300},
                                   "nothing changed": {"seconds": 0.5, "peak_mib": 80},
                                   "one source added": {"seconds": 1.0, "peak_mib": 310},
                                   "one source edited": {"seconds": 2.0, "peak_mib": 310},
                                   "one facts file edited": {"seconds": 0.8, "peak_mib": 200}},
                        "site_bytes": 77_400_000, "index_bytes": 8_800_000, "index_gzipped": 1_600_000,
                        "query_p50_ms": 3.0, "query_p95_ms": 13.9, "mkdocs_seconds": 16.0,
                        "served_facts_edit_seconds": 0.6}}
    row = speed_table().table(results).splitlines()[-1]
    assert row.startswith("| 1,000 | 20.0 s, 300 MiB | 0.5 s (2%), 80 MiB | 1.0 s (5%), 310 MiB | 2.0 s (10%), 310 MiB "
                          "| 0.8 s (4%), 200 MiB | 0.6 s |")
    del results["1000"]["builds"]["one facts file edited"]  # figures recorded before that build was timed
    assert "| 2.0 s (10%), 310 MiB | not run |" in speed_table().table(results)
    assert "16.0 s, 1.25" in row and "77.4 MB" in row and "8.8 MB (1.6 MB)" in row and "3.0 / 13.9 ms" in row
