"""Cost against length on adversarial text: each construction repeated into one document, at two lengths.

    python benchmarks/adversarial.py [--chars 30000] [--factor 4] [--only 占比1%]

Every unit (a placeholder, a share, a URL, mojibake, a sum word …) is repeated without a full stop into one
document of ``--chars`` characters, then ``--factor`` times as long, and all default rules run over each
(in this process, best of two). A cost that grows with the length is linear when the ratio of the two
times is about the factor; the table marks a ratio above 1.5 × the factor: something reads the text
again for each of its parts (issue #10 found a "sentence" of 7,500 shares taking minutes, a comma-less
clause read whole for each of its quantities, a line of URLs searched to its end from each URL, and a
long run of mojibake copied at each decoding error). Numbers only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import time

UNITS = [
    "中文，", "12%、", "其中1人", "由1到2", "男1人", "共1人，", "x月x日", "某某", "【待填】", "http://a.com/x",
    "<b>", "&amp;", "發(fā)", "\ufffd", "锟斤拷", "Ã©", "?", "12.5%", "1、", "共计", "其中：", "占比1%",
    "合计1人，其中", "增长1%", "提高1个百分点", "1+X", "x86", "XX", "xx.xx万元", "李某", "TBD ", "lorem ipsum ",
    "鍙戝睍", "·¢Õ¹", "å‘å±•", "(", "（1）", "按期1件超期1件", "已1未1", "满意率1%，调查1人", "约1人", "1至2",
    "1-2", "1~2万元", "一二三四", "百分之五", "1/2", "第1", "2023年", "1.2.3", "男1人女2人", "由1%提高到2%，",
    "9" * 400 + "元、",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=30_000)
    parser.add_argument("--factor", type=int, default=4)
    parser.add_argument("--only", nargs="*", help="these units only")
    args = parser.parse_args()

    from auditor.document import Document
    from auditor.engine import audit_documents, build_checkers
    from auditor.rulebook import load_rulebook

    checkers = build_checkers(list(load_rulebook()))
    for checker in checkers:
        checker.keep_verified = False  # as `auditor check` runs them
    list(audit_documents([Document("warm-up.txt", "".join(UNITS) * 20)], checkers))

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            begin = time.perf_counter()
            list(audit_documents([Document("adversarial.txt", text)], checkers))
            best = min(best, time.perf_counter() - begin)
        return best

    print(f"{'unit':>24} {'chars':>8} {'ms':>9} {'× ' + str(args.factor) + ' ms':>10} {'ratio':>6} {'µs/char':>8}")
    for unit in args.only or UNITS:
        repeat = max(1, args.chars // len(unit))
        short, long = seconds(unit * repeat), seconds(unit * repeat * args.factor)
        ratio = long / max(short, 1e-4)
        mark = "  superlinear" if ratio > 1.5 * args.factor and long > 0.05 else ""
        shown = unit if len(unit) <= 20 else unit[:8] + "…" + unit[-4:]
        print(f"{shown!r:>24} {len(unit) * repeat:>8} {short * 1000:>9.1f} {long * 1000:>10.1f} {ratio:>6.1f} "
              f"{long / (len(unit) * repeat * args.factor) * 1e6:>8.2f}{mark}", flush=True)


if __name__ == "__main__":
    main()
