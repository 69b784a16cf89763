"""The Dask engine: ``auditor check --engine dask`` and :func:`auditor.dask.audit_dataframe`, on a real
``distributed.LocalCluster`` with worker processes (shut down at the end of the module).

Skipped when dask, distributed, pandas or pyarrow are missing (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

MISSING = [name for name in ("dask", "distributed", "pandas", "pyarrow") if importlib.util.find_spec(name) is None]
needs_dask = pytest.mark.skipif(bool(MISSING), reason=f"{', '.join(MISSING)} not installed: "
                                "pip install 'doc-auditor[dask]' (or -e '.[dev]')")

SENTENCES = [
    "今年全区经济平稳运行，居民收入稳步增长。",
    "全年走访困难群众xx户，发放慰问金xx.xx万元。",
    "XX社区于x月xx日完成验收工作。",
    "共受理群众诉求{t}件，办结{a}件，办结率{r}%。",
    "种植经济作物{t}亩，分别是东片{a}亩、西片{b}亩。",
    "全年开展检查{n}次，其中日常检查{m}次、专项检查{k}次。",
    "××单位负责人张某参加会议。",
]


def _texts(count: int = 45, seed: int = 3) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lines = []
        for _ in range(rng.randint(1, 6)):
            n = rng.randint(5, 300)
            m = rng.randint(1, n)
            t = rng.randint(100, 4000)
            a = rng.randint(t // 2, t)
            b = t - a + (rng.randint(1, 5) if rng.random() < 0.3 else 0)
            lines.append(rng.choice(SENTENCES).format(n=n, m=m, k=n - m, t=t, a=a, b=b, r=f"{100 * a / t:.1f}"))
        text = "" if i == 7 else "\n".join(lines) + "\n"
        out.append((f"doc-{i:03d}.txt", text))
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[tuple[str, str]]]:
    """The documents as files (for the local engine) and as a Parquet dataset of three files."""
    root = tmp_path_factory.mktemp("dask")
    texts = _texts()
    files = root / "files"
    files.mkdir()
    for name, text in texts:
        (files / name).write_text(text, encoding="utf-8")
    if not MISSING:
        import pandas as pd

        parquet = root / "parquet"
        parquet.mkdir()
        frame = pd.DataFrame({"name": [n for n, _ in texts], "text": [t for _, t in texts]})
        for part, start in enumerate(range(0, len(frame), 15)):
            frame.iloc[start:start + 15].to_parquet(parquet / f"part-{part}.parquet", index=False)
    return root, texts


@pytest.fixture(scope="module")
def client():
    """A LocalCluster with two worker processes for the whole module."""
    if MISSING:
        pytest.skip(needs_dask.kwargs["reason"])
    import logging

    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                           silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _local_findings(files: Path) -> set[tuple]:
    """The findings of the local engine (``--isolated``, default rules) as comparable rows."""
    from auditor.cli import _parser
    from auditor.run import plan_run

    plan = plan_run(_parser().parse_args(["check", "--isolated", "--jobs", "1", str(files)]))
    rows = set()
    for result in plan.results([str(files)]):
        doc = result.document
        for f in result.findings:
            rows.add((Path(doc.path).name, f.rule_id, f.category, f.severity, f.message, f.start, f.end,
                      *doc.position(f.start), f.subtype, f.fingerprint))
    return rows


@needs_dask
def test_audit_dataframe_on_parquet_equals_the_local_engine(client, corpus):
    import dask.dataframe as dd
    import pandas as pd

    from auditor.dask import FINDING_COLUMNS, audit_dataframe

    root, _ = corpus
    ddf = dd.read_parquet(str(root / "parquet"))
    assert ddf.npartitions == 3
    findings = audit_dataframe(ddf, text="text", id="name")
    assert tuple(findings.columns) == FINDING_COLUMNS
    frame = findings.compute()
    assert dict(frame.dtypes) == dict(findings._meta.dtypes)  # the explicit meta is what partitions return
    rows = {tuple(None if pd.isna(value) else value for value in row)
            for row in frame.itertuples(index=False, name=None)}
    local = _local_findings(root / "files")
    assert len(local) > 50
    assert {r[1] for r in local} >= {"PH001"}
    assert rows == local
    # each worker process built the checkers of this selection once
    built = client.run(lambda: len(__import__("auditor.dask", fromlist=["x"])._PARTITION_CHECKERS))
    assert set(built.values()) <= {0, 1}


@needs_dask
def test_audit_dataframe_selection_and_index_ids(client, corpus):
    import dask.dataframe as dd
    import pandas as pd

    from auditor.dask import audit_dataframe

    frame = pd.DataFrame({"text": ["走访xx户，办结率xx%。", None, "全年走访xx户。", "今年平稳。"]},
                         index=pd.Index([10, 11, 12, 13], name="row"))
    ddf = dd.from_pandas(frame, npartitions=2)
    only = audit_dataframe(ddf, select="PH001").compute()
    assert set(only["rule_id"]) == {"PH001"}
    assert sorted(set(only["id"])) == [10, 12]  # the index names the documents
    assert only["id"].dtype == frame.index.dtype
    without = audit_dataframe(ddf, ignore=["PH001"]).compute()
    assert "PH001" not in set(without["rule_id"])
    with pytest.raises(KeyError, match="no column 'body'"):
        audit_dataframe(ddf, text="body")


@needs_dask
def test_engine_dask_with_workers_equals_the_local_engine(run_cli, corpus):
    root, _ = corpus
    files = root / "files"
    local = run_cli("check", "--isolated", "--format", "json", "--jobs", "1", files)
    dask = run_cli("check", "--isolated", "--format", "json", "--engine", "dask", "--workers", "2", files)
    assert dask.returncode == local.returncode == 1, dask.stderr
    assert dask.stdout == local.stdout
    assert json.loads(dask.stdout)["summary"]["documents"] == 45
    assert "Traceback" not in dask.stderr


@needs_dask
def test_engine_dask_with_a_scheduler_address(run_cli, client, corpus):
    root, _ = corpus
    files = root / "files"
    local = run_cli("check", "--isolated", "--format", "concise", "--jobs", "1", files)
    remote = run_cli("check", "--isolated", "--format", "concise", "--engine", "dask", "--scheduler",
                     client.scheduler.address, files)
    assert remote.returncode == local.returncode
    assert remote.stdout == local.stdout


@needs_dask
def test_engine_dask_without_documents_starts_no_cluster(run_cli, tmp_path):
    proc = run_cli("check", "--isolated", "--engine", "dask", "--workers", "2", tmp_path / "missing.txt", timeout=60)
    assert proc.returncode == 2
    assert "no such file or directory" in proc.stderr


def test_engine_dask_without_dask_installed_exits_2(run_cli, tmp_path, write_doc):
    """Simulate a missing installation with a ``distributed`` that cannot be imported."""
    shadow = tmp_path / "shadow" / "distributed"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('No module named distributed (simulated)')\n")
    doc = write_doc("a.txt", "走访xx户。\n")
    proc = run_cli("check", "--engine", "dask", doc, env={"PYTHONPATH": str(shadow.parent)})
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'doc-auditor[dask]'" in proc.stderr
    assert "Traceback" not in proc.stderr
