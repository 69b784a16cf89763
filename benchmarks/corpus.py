"""Generate a synthetic collection of Chinese work reports (our own sentences) for benchmarks.

    python benchmarks/corpus.py OUT_DIR --mb 50            # many .txt files
    python benchmarks/corpus.py corpus.jsonl --mb 1000     # one JSON Lines corpus

About one sentence in twelve carries a placeholder, a total or a rate, as in real collections.
"""

from __future__ import annotations

import argparse
import json
import os
import random

PLACES = ["东城", "西湖", "南山", "北岗", "青石", "白沙", "红星", "金桥", "柳林", "松涛"]
WORK = ["社区治理", "安全生产", "环境整治", "民生保障", "乡村振兴", "文明创建", "营商环境", "疫情防控"]
CLEAN = [
    "{p}街道坚持以人民为中心的发展思想，扎实推进{w}各项工作，取得了阶段性成效。",
    "全年召开{w}专题会议{n}次，研究解决重点难点问题{m}个。",
    "围绕{w}目标任务，细化责任分工，层层压实责任，确保各项措施落到实处。",
    "深入开展走访调研，收集群众意见建议{n}条，已全部办理答复。",
    "持续完善工作机制，推动{w}工作制度化、规范化、常态化。",
    "下一步，{p}街道将继续聚焦群众关切，补齐短板弱项，推动{w}再上新台阶。",
]
DIRTY = [
    "全年走访困难群众xx户，发放慰问金xx.xx万元。",
    "XX社区于x月xx日完成{w}验收工作。",
    "共受理群众诉求{t}件，办结{a}件，办结率{r}%。",
    "全年开展检查{n}次，其中日常检查{m}次、专项检查{k}次。",
    "种植经济作物{t}亩，分别是东片{a}亩、西片{b}亩。",
    "××单位负责人张某参加会议。",
]


def sentence(rng: random.Random) -> str:
    n = rng.randint(5, 400)
    m = rng.randint(2, n)
    t = rng.randint(200, 5000)
    a = rng.randint(t // 2, t)
    template = rng.choice(DIRTY) if rng.random() < 1 / 12 else rng.choice(CLEAN)
    return template.format(p=rng.choice(PLACES), w=rng.choice(WORK), n=n, m=m, k=max(0, n - m), t=t, a=a,
                           b=t - a, r=f"{100 * a / t:.2f}")


def document(rng: random.Random, size: int) -> str:
    parts, length = [], 0
    while length < size:
        paragraph = "".join(sentence(rng) for _ in range(rng.randint(3, 8))) + "\n"
        parts.append(paragraph)
        length += len(paragraph.encode("utf-8"))
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=20.0, help="total size in MB")
    parser.add_argument("--doc-kb", type=float, default=20.0, help="average document size in KB")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total = int(args.mb * 1_000_000)
    written = 0
    index = 0
    if args.out.endswith(".jsonl"):
        with open(args.out, "w", encoding="utf-8") as handle:
            while written < total:
                text = document(rng, int(rng.uniform(0.5, 1.5) * args.doc_kb * 1000))
                line = json.dumps({"id": f"doc{index:07d}", "text": text}, ensure_ascii=False) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                index += 1
    else:
        os.makedirs(args.out, exist_ok=True)
        while written < total:
            text = document(rng, int(rng.uniform(0.5, 1.5) * args.doc_kb * 1000))
            folder = os.path.join(args.out, f"{index // 1000:04d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"report-{index:07d}.txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
            written += len(text.encode("utf-8"))
            index += 1
    print(f"wrote {index} documents, {written / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
