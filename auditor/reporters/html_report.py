"""``--format html``: one self-contained HTML5 page to read or share a run's findings.

The page has the summary counts and a table per rule, two inline SVG bar charts (findings per
category, and the documents with the most findings, both split by severity), a sortable table of all
findings (a few lines of inline JavaScript; click or press Enter on a column head), and a section per
document listing its findings, each with its source excerpt (HTML-escaped, the span in ``<mark>``).

Nothing is loaded from anywhere: styles, charts and script are inline, a Content-Security-Policy
forbids every fetch, and the page contains no ``http://`` or ``https://`` at all — a URL quoted
from a document is written with its colon as ``&#58;`` (shown the same, never a link).

The rows of the findings table and the document sections are spooled to a temporary file as the run
goes, so memory stays flat; the table keeps the first :data:`MAX_TABLE_ROWS` findings (the document
sections keep every one).
"""

from __future__ import annotations

import heapq
import html
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from typing import TextIO

from auditor import __version__
from auditor.curation import verdict_of
from auditor.engine import DocumentResult
from auditor.finding import SEVERITY_RANK
from auditor.reporters.common import Summary, excerpt

SEVERITY_ORDER = ("error", "warning", "info")
MAX_TABLE_ROWS = 10_000
TOP_DOCUMENTS = 10
_SPOOL_BYTES = 8 * 1024 * 1024

#: characters HTML5 does not allow in text (controls other than whitespace, surrogates, noncharacters)
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _visible(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ␁ … (Unicode control pictures)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def esc(text: object) -> str:
    """Text (or an attribute value) for the page: escaped, valid, and never a URL."""
    out = html.escape(_BAD_CHARS.sub(_visible, str(text)), quote=True)
    return out.replace("://", "&#58;//")


def highlight(source: str, a: int, b: int, severity: str) -> str:
    """The excerpt with ``source[a:b]`` marked (an empty span marks the character at *a*)."""
    b = min(len(source), max(b, a + 1))
    return (f"{esc(source[:a])}<mark class=\"sev-{severity}\">{esc(source[a:b])}</mark>{esc(source[b:])}")


def _shorten(label: str, budget: int = 34) -> str:
    """*label* cut from the left to about *budget* narrow characters (wide CJK count twice)."""
    width = 0
    for i in range(len(label) - 1, -1, -1):
        width += 2 if unicodedata.east_asian_width(label[i]) in "WF" else 1
        if width > budget:
            return "…" + label[i + 1:]
    return label


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def bar_chart(chart_id: str, title: str, items: list[tuple[str, Counter, str | None]],
              label_width: int = 250) -> str:
    """An inline SVG of horizontal bars, one per ``(label, counts by severity, link)``, stacked by severity."""
    width, bar_height, gap, top = 760, 22, 8, 8
    height = top * 2 + len(items) * (bar_height + gap)
    largest = max((sum(c.values()) for _, c, _ in items), default=1) or 1
    room = width - label_width - 70
    parts = [f'<svg class="chart" id="{chart_id}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="{chart_id}-title" preserveAspectRatio="xMinYMin meet">',
             f'<title id="{chart_id}-title">{esc(title)}</title>']
    for i, (label, counts, link) in enumerate(items):
        y = top + i * (bar_height + gap)
        total = sum(counts.values())
        detail = ", ".join(f"{counts[s]} {s}" for s in SEVERITY_ORDER if counts[s])
        row = [f"<g><title>{esc(label)}: {_plural(total, 'finding')} ({detail})</title>",
               f'<text class="label" x="{label_width - 8}" y="{y + bar_height * 0.72:.1f}" '
               f'text-anchor="end">{esc(_shorten(label))}</text>']
        x = float(label_width)
        for severity in SEVERITY_ORDER:
            if counts[severity]:
                w = max(1.0, counts[severity] / largest * room)
                row.append(f'<rect class="sev-{severity}" x="{x:.1f}" y="{y}" width="{w:.1f}" '
                           f'height="{bar_height}"/>')
                x += w
        row.append(f'<text class="count" x="{x + 6:.1f}" y="{y + bar_height * 0.72:.1f}">{total:,}</text>')
        row.append("</g>")
        body = "".join(row)
        parts.append(f'<a href="#{link}">{body}</a>' if link else body)
    parts.append("</svg>")
    return "\n".join(parts)


STYLE = """
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --bg: #fff;
  --alt: #f6f8fa; --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --mark: #fff3b0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
  --bg: #0d1117; --alt: #151b23; --error: #f47067; --warning: #daaa3f; --info: #6cb6ff; --ok: #57ab5a;
  --mark: #5a4a00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system,
  "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--fg);
  background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; word-break: break-all; }
.muted, .meta { color: var(--muted); }
nav a { margin-right: 1rem; }
a { color: var(--info); }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; padding: 0; }
.counts div { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
.counts dt { color: var(--muted); font-size: .85rem; } .counts dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
tbody tr:nth-child(even) { background: var(--alt); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
table.sortable th::after { content: " \\2195"; color: var(--muted); }
table.sortable th[aria-sort="ascending"]::after { content: " \\2191"; }
table.sortable th[aria-sort="descending"]::after { content: " \\2193"; }
td.path { word-break: break-all; }
.excerpt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace;
  white-space: pre-wrap; word-break: break-all; }
mark { background: var(--mark); color: inherit; border-bottom: 2px solid var(--warning); padding: 0 1px; }
mark.sev-error { border-color: var(--error); } mark.sev-info { border-color: var(--info); }
.sev { font-weight: 600; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
.sev.info { color: var(--info); } .sev.ok { color: var(--ok); }
tr.verified td { color: var(--muted); }
svg.chart { width: 100%; max-width: 760px; height: auto; display: block; }
svg .label, svg .count { font-size: 13px; fill: var(--fg); }
svg rect.sev-error, .key.sev-error { fill: var(--error); background: var(--error); }
svg rect.sev-warning, .key.sev-warning { fill: var(--warning); background: var(--warning); }
svg rect.sev-info, .key.sev-info { fill: var(--info); background: var(--info); }
svg a:hover rect, svg a:focus rect { opacity: .8; }
.key { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin: 0 .3rem 0 .8rem; }
figure { margin: 1rem 0 2rem; } figcaption { font-weight: 600; margin-bottom: .5rem; }
section.doc { border-top: 1px solid var(--line); }
.verdict.v-reject { color: var(--error); font-weight: 600; } .verdict.v-review { color: var(--warning); }
.verdict.v-keep { color: var(--ok); }
"""

#: a filter of the findings table and the document sections by verdict (auditor.curation)
VERDICT_FILTER = ("<p><label>Verdict: <select id=\"verdict-filter\"><option value=\"\">all</option>"
                  "<option>reject</option><option>review</option><option>keep</option></select></label></p>")
VERDICT_SCRIPT = """
var verdictFilter = document.getElementById("verdict-filter");
if (verdictFilter) verdictFilter.addEventListener("change", function () {
  var wanted = verdictFilter.value;
  document.querySelectorAll("#all-findings tbody tr, section.doc").forEach(function (el) {
    el.hidden = wanted !== "" && el.dataset.verdict !== wanted;
  });
});
"""

SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    th.tabIndex = 0;
    function sort() {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.dataset.type === "number", body = table.tBodies[0];
      var key = function (row) { var c = row.cells[column]; return c.dataset.sort || c.textContent; };
      var rows = Array.prototype.slice.call(body.rows).sort(function (a, b) {
        var x = key(a), y = key(b), order = numeric ? x - y : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
    });
  });
});
"""

#: every fetch is forbidden; only the page's own inline style and script run
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


class HtmlReporter:
    def __init__(self, out: TextIO, show_verified: bool = False, rule_names: dict | None = None,
                 max_table_rows: int = MAX_TABLE_ROWS, top_documents: int = TOP_DOCUMENTS, **_options):
        self.out = out
        self.show_verified = show_verified
        self.rule_names = rule_names or {}
        self.max_table_rows = max_table_rows
        self.top_documents = top_documents
        self.table_rows = 0
        self.sections = 0
        self.by_category: dict[str, Counter] = defaultdict(Counter)
        self.worst: list[tuple[int, int, str, int, Counter]] = []  # min-heap of (findings, -index, …)
        self._table = self._spool()
        self._docs = self._spool()

    @staticmethod
    def _spool():
        return tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8", newline="\n")

    def start(self) -> None:
        pass

    def _rule_cell(self, rule_id: str) -> str:
        name = self.rule_names.get(rule_id)
        return f'<td title="{esc(name)}">{esc(rule_id)}</td>' if name else f"<td>{esc(rule_id)}</td>"

    def document(self, result: DocumentResult) -> None:
        verified = result.verified if self.show_verified else []
        findings = result.findings
        if not findings and not verified:
            return
        doc = result.document
        self.sections += 1
        anchor = f"doc-{self.sections}"
        counts = Counter(f.severity for f in findings)
        for f in findings:
            self.by_category[f.category][f.severity] += 1
        if findings:
            entry = (len(findings), -self.sections, doc.path, self.sections, counts)
            if len(self.worst) < self.top_documents:
                heapq.heappush(self.worst, entry)
            elif self.top_documents and entry[:2] > self.worst[0][:2]:
                heapq.heapreplace(self.worst, entry)

        detail = ", ".join(f'<span class="sev {s}">{counts[s]} {s}</span>' for s in SEVERITY_ORDER if counts[s])
        head = _plural(len(findings), "finding") + (f" ({detail})" if detail else "")
        if verified:
            head += f", {_plural(len(verified), 'statement')} verified"
        verdict = verdict_of(result)
        label = verdict.label if verdict is not None else ""
        if verdict is not None:  # auditor.curation: the document's verdict and its reasons
            head += f' · verdict <span class="verdict v-{label}">{label}</span> {esc(verdict.reasons_text())}'
        lines = [f'<section class="doc" id="{anchor}" data-verdict="{label}">',
                 f'<h3>{esc(doc.path)}</h3>',
                 f'<p class="meta">{head} · encoding {esc(doc.encoding)}</p>',
                 "<table><thead><tr><th class=\"num\">Line</th><th class=\"num\">Col</th><th>Severity</th>"
                 "<th>Rule</th><th>Message</th><th>Excerpt</th></tr></thead><tbody>"]
        table = []
        for f in findings:
            line, column = doc.position(f.start)
            source, a, b = excerpt(doc, f)
            marked = highlight(source, a, b, f.severity)
            lines.append(f'<tr><td class="num">{line}</td><td class="num">{column}</td>'
                         f'<td class="sev {f.severity}">{f.severity}</td>{self._rule_cell(f.rule_id)}'
                         f'<td>{esc(f.message)}</td><td class="excerpt">{marked}</td></tr>')
            if self.table_rows < self.max_table_rows:
                self.table_rows += 1
                table.append(f'<tr data-verdict="{label}"><td class="path"><a href="#{anchor}">{esc(doc.path)}</a></td>'
                             f'<td class="verdict v-{label}">{label}</td>'
                             f'<td class="num">{line}</td><td class="num">{column}</td>'
                             f'{self._rule_cell(f.rule_id)}<td>{esc(f.category)}</td>'
                             f'<td class="sev {f.severity}" data-sort="{SEVERITY_RANK[f.severity]}">{f.severity}</td>'
                             f'<td>{esc(f.message)}</td><td class="excerpt">{marked}</td></tr>')
        for f in verified:
            line, column = doc.position(f.start)
            source, a, b = excerpt(doc, f)
            lines.append(f'<tr class="verified"><td class="num">{line}</td><td class="num">{column}</td>'
                         f'<td class="sev ok">✓ verified</td>{self._rule_cell(f.rule_id)}'
                         f'<td>{esc(f.message)}</td><td class="excerpt">{highlight(source, a, b, "info")}</td></tr>')
        lines.append("</tbody></table></section>\n")
        self._docs.write("\n".join(lines))
        if table:
            self._table.write("\n".join(table) + "\n")

    def finish(self, summary: Summary) -> None:
        write = self.out.write
        title = (f"doc-auditor report: {_plural(summary.findings, 'finding')} in "
                 f"{_plural(summary.documents_with_findings, 'document')}")
        write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              f"<meta name=\"generator\" content=\"doc-auditor {esc(__version__)}\">\n"
              f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n")
        write(f"<header>\n<h1>doc-auditor report</h1>\n<p class=\"muted\">doc-auditor {esc(__version__)} · "
              f"{_plural(summary.documents, 'document')} checked</p>\n<nav><a href=\"#summary\">Summary</a>"
              "<a href=\"#charts\">Charts</a><a href=\"#findings\">All findings</a>"
              "<a href=\"#documents\">Documents</a></nav>\n</header>\n<main>\n")
        write(self._summary(summary))
        write(self._charts(summary))
        write("<section id=\"findings\">\n<h2>All findings</h2>\n")
        if summary.findings:
            if self.table_rows < summary.findings:
                write(f"<p class=\"muted\">The first {self.table_rows:,} of {summary.findings:,} findings; "
                      "every finding is listed under its document below.</p>\n")
            write("<p class=\"muted\">Click a column head to sort.</p>\n" + VERDICT_FILTER +
                  "<table class=\"sortable\" id=\"all-findings\">"
                  "<thead><tr><th>Document</th><th>Verdict</th><th class=\"num\" data-type=\"number\">Line</th>"
                  "<th class=\"num\" data-type=\"number\">Col</th><th>Rule</th><th>Category</th>"
                  "<th data-type=\"number\">Severity</th><th>Message</th><th>Excerpt</th></tr></thead>\n<tbody>\n")
            self._copy(self._table)
            write("</tbody></table>\n")
        else:
            write("<p>No findings.</p>\n")
        write("</section>\n<section id=\"documents\">\n<h2>Documents</h2>\n")
        if self.sections:
            self._copy(self._docs)
        else:
            write(f"<p>No findings in {_plural(summary.documents, 'document')}.</p>\n")
        write(f"</section>\n</main>\n<script>{SCRIPT}{VERDICT_SCRIPT}</script>\n</body>\n</html>\n")
        self.out.flush()

    def _copy(self, spool) -> None:
        spool.seek(0)
        shutil.copyfileobj(spool, self.out)
        spool.close()

    def _summary(self, summary: Summary) -> str:
        cells = [("Documents", summary.documents), ("With findings", summary.documents_with_findings),
                 ("Findings", summary.findings)]
        cells += [(s.capitalize(), summary.by_severity[s]) for s in SEVERITY_ORDER]
        if self.show_verified:
            cells.append(("Verified", summary.verified))
        cells += [(label.capitalize(), n) for label, n in summary.curation.get("verdicts", {}).items()]
        parts = ["<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"counts\">"]
        parts += [f"<div><dt>{name}</dt><dd>{n:,}</dd></div>" for name, n in cells]
        parts.append("</dl>")
        if summary.by_rule:
            parts.append("<table class=\"sortable\" id=\"rules\"><thead><tr><th>Rule</th><th>Name</th>"
                         "<th>Category</th><th data-type=\"number\">Severity</th>"
                         "<th class=\"num\" data-type=\"number\">Findings</th>"
                         "<th class=\"num\" data-type=\"number\">Documents</th></tr></thead><tbody>")
            for rule_id, n in sorted(summary.by_rule.items(), key=lambda item: (-item[1], item[0])):
                category, severity = summary.rule_info[rule_id]
                parts.append(f"<tr><td>{esc(rule_id)}</td><td>{esc(self.rule_names.get(rule_id, ''))}</td>"
                             f"<td>{esc(category)}</td><td class=\"sev {severity}\" "
                             f"data-sort=\"{SEVERITY_RANK[severity]}\">{severity}</td>"
                             f"<td class=\"num\">{n:,}</td>"
                             f"<td class=\"num\">{summary.docs_by_rule[rule_id]:,}</td></tr>")
            parts.append("</tbody></table>")
        parts.append("</section>\n")
        return "\n".join(parts)

    def _charts(self, summary: Summary) -> str:
        parts = ["<section id=\"charts\">\n<h2>Charts</h2>"]
        if not summary.findings:
            parts.append("<p>No findings to chart.</p>\n</section>\n")
            return "\n".join(parts)
        legend = "<p class=\"legend muted\">" + "".join(
            f"<span class=\"key sev-{s}\"></span>{s}" for s in SEVERITY_ORDER) + "</p>"
        categories = sorted(self.by_category.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        parts.append("<figure><figcaption>Findings per category</figcaption>")
        parts.append(bar_chart("chart-categories", "Findings per category",
                               [(name, counts, None) for name, counts in categories], label_width=150))
        parts.append(legend + "</figure>")
        worst = sorted(self.worst, reverse=True)
        parts.append(f"<figure><figcaption>Documents with the most findings (top {len(worst)} of "
                     f"{summary.documents_with_findings:,})</figcaption>")
        parts.append(bar_chart("chart-documents", "Documents with the most findings",
                               [(path, counts, f"doc-{index}") for _n, _i, path, index, counts in worst]))
        parts.append(legend + "</figure>\n</section>\n")
        return "\n".join(parts)
