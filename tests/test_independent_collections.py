"""A floor under the accuracy measured on the independently written test collections
(``benchmarks/independent/``, scored by ``benchmarks/independent_accuracy.py``).

The collections were written by authors who had not read the rules; the figures of
docs/performance.md are those of seed 1 (seed 5 for the third set, 7 for the fourth to the sixth, 11 for the
seventh to the fifteenth), on which the rules were improved. This test uses seed 2 (seed 6, seed 8,
seed 12: the same styles, other sentences and numbers) and holds precision and recall to a little under what the
rules reach on it, so that a change that loses much of either fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.engine import audit_documents, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import InputOptions, iter_records

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
# (the labels the brief sets where an author's differ; the fifteenth to twenty-first sets' malformed styles as labelled;
# the fifteenth set's masked numbers counted neither way: its brief listed them among the look-alikes, against the
# project's reading)
from independent_accuracy import (
    AVERAGES,
    BRIEF_LABELS,
    MALFORMED_AS_LABELLED,
    MASKED_NUMBERS_NEUTRAL,
    _masked_number,
)

GENERATORS = Path(__file__).resolve().parent.parent / "benchmarks" / "independent"
#: (averages, PC009, count on a totals collection too: benchmarks/independent_accuracy.AVERAGES)
PREFIXES = {"totals": ("TO", *AVERAGES), "pct": ("PC",), "ph": ("PH",), "mj": ("MJ", "EN")}
#: collection -> (least precision, least recall) on seed 2 of the first set, seed 6 of the third, seed 8 of the
#: fourth, the fifth and the sixth and seed 12 of the seventh to the fourteenth (the third set's percentages: PC004
#: reports 98.6 % as malformed, and five shares no whole number of their group can give, both labelled consistent by
#: its author; the fourth set's totals: 线上/线下 under 其中 are read as complete, its author reads them as partial;
#: the twelfth set's totals: 主营/其他业务收入 and 城镇/乡村 under 其中 are read as complete, its author reads them as
#: partial; the thirteenth set's totals: 男性/女性, 税收/非税, 门诊/急诊 and lists ending with 其他 under 其中 are read
#: as complete, its author reads them as partial)
FLOORS = {"totals": (0.99, 0.81), "pct": (0.99, 0.89), "ph": (0.99, 0.97), "mj": (0.98, 0.90),
          "totals3": (0.99, 0.81), "pct3": (0.92, 0.79), "ph3": (0.99, 0.88), "mj3": (0.99, 0.84),
          "totals4": (0.97, 0.72), "pct4": (0.98, 0.78), "ph4": (0.99, 0.88), "mj4": (0.99, 0.91),
          "totals5": (0.98, 0.70), "pct5": (0.99, 0.82), "ph5": (0.99, 0.90), "mj5": (0.99, 0.95),
          "totals6": (0.98, 0.58), "pct6": (0.97, 0.61), "ph6": (0.99, 0.88), "mj6": (0.99, 0.89),
          "totals7": (0.98, 0.61), "pct7": (0.99, 0.75), "ph7": (0.99, 0.93), "mj7": (0.99, 0.87),
          "totals8": (0.98, 0.82), "pct8": (0.98, 0.80), "ph8": (0.99, 0.89), "mj8": (0.99, 0.89),
          "totals9": (0.98, 0.72), "pct9": (0.99, 0.80), "ph9": (0.98, 0.84), "mj9": (0.99, 0.85),
          "totals10": (0.98, 0.68), "pct10": (0.98, 0.84), "ph10": (0.98, 0.82), "mj10": (0.98, 0.88),
          "totals11": (0.98, 0.73), "pct11": (0.98, 0.88), "ph11": (0.98, 0.90), "mj11": (0.98, 0.91),
          "totals12": (0.97, 0.65), "pct12": (0.98, 0.79), "ph12": (0.98, 0.93), "mj12": (0.98, 0.94),
          "totals13": (0.94, 0.55), "pct13": (0.98, 0.76), "ph13": (0.98, 0.94), "mj13": (0.98, 0.90),
          "totals14": (0.96, 0.61), "pct14": (0.98, 0.79), "ph14": (0.98, 0.92), "mj14": (0.98, 0.86),
          "totals15": (0.98, 0.65), "pct15": (0.98, 0.81), "ph15": (0.98, 0.92), "mj15": (0.98, 0.90),
          "totals16": (0.98, 0.73), "pct16": (0.98, 0.87), "ph16": (0.98, 0.95), "mj16": (0.98, 0.86),
          "totals17": (0.98, 0.65), "pct17": (0.98, 0.81), "ph17": (0.98, 0.91), "mj17": (0.98, 0.90),
          "totals18": (0.98, 0.58), "pct18": (0.98, 0.78), "ph18": (0.98, 0.90), "mj18": (0.98, 0.89),
          "totals19": (0.98, 0.72), "pct19": (0.98, 0.89), "ph19": (0.98, 0.87), "mj19": (0.98, 0.91),
          "totals20": (0.98, 0.56), "pct20": (0.98, 0.84), "ph20": (0.98, 0.82), "mj20": (0.98, 0.90),
          "totals21": (0.98, 0.70), "pct21": (0.98, 0.78), "ph21": (0.98, 0.86), "mj21": (0.98, 0.86),
          "totals22": (0.98, 0.66), "pct22": (0.98, 0.80), "ph22": (0.98, 0.89), "mj22": (0.98, 0.86),
          "totals23": (0.98, 0.64), "pct23": (0.98, 0.80), "ph23": (0.98, 0.90), "mj23": (0.98, 0.89),
          "totals24": (0.98, 0.61), "pct24": (0.98, 0.84), "ph24": (0.98, 0.88), "mj24": (0.98, 0.87),
          "totals25": (0.98, 0.64), "pct25": (0.98, 0.78), "ph25": (0.98, 0.85), "mj25": (0.98, 0.91),
          "totals26": (0.98, 0.69), "pct26": (0.98, 0.84), "ph26": (0.98, 0.93), "mj26": (0.98, 0.94),
          "totals27": (0.98, 0.73), "pct27": (0.98, 0.83), "ph27": (0.98, 0.87), "mj27": (0.98, 0.92),
          "totals28": (0.98, 0.62), "pct28": (0.98, 0.82), "ph28": (0.98, 0.87), "mj28": (0.98, 0.87),
          "totals29": (0.98, 0.67), "pct29": (0.98, 0.85), "ph29": (0.98, 0.87), "mj29": (0.98, 0.90),
          "totals30": (0.98, 0.76), "pct30": (0.98, 0.82), "ph30": (0.98, 0.87), "mj30": (0.98, 0.92),
          "totals31": (0.98, 0.67), "pct31": (0.98, 0.73), "ph31": (0.98, 0.85), "mj31": (0.98, 0.86),
          "totals32": (0.98, 0.69), "pct32": (0.98, 0.84), "ph32": (0.98, 0.92), "mj32": (0.98, 0.93),
          "totals33": (0.98, 0.71), "pct33": (0.98, 0.89), "ph33": (0.98, 0.93), "mj33": (0.98, 0.93),
          "totals34": (0.98, 0.76), "pct34": (0.98, 0.86), "ph34": (0.98, 0.94), "mj34": (0.98, 0.92),
          "totals35": (0.98, 0.67), "pct35": (0.98, 0.90), "ph35": (0.98, 0.95), "mj35": (0.98, 0.90),
          "totals36": (0.98, 0.72), "pct36": (0.98, 0.82), "ph36": (0.98, 0.91), "mj36": (0.98, 0.86),
          # (the thirty-seventh set's mojibake: ligatures of a PDF's text, which MJ021 reports, labelled clean)
          "totals37": (0.98, 0.74), "pct37": (0.98, 0.76), "ph37": (0.98, 0.88), "mj37": (0.97, 0.93),
          "totals38": (0.98, 0.73), "pct38": (0.98, 0.78), "ph38": (0.98, 0.94), "mj38": (0.98, 0.92),
          "totals39": (0.98, 0.69), "pct39": (0.98, 0.74), "ph39": (0.98, 0.92), "mj39": (0.98, 0.94),
          "totals40": (0.98, 0.72), "pct40": (0.98, 0.72), "ph40": (0.98, 0.91), "mj40": (0.98, 0.94),
          "totals41": (0.98, 0.65), "pct41": (0.98, 0.84), "ph41": (0.98, 0.89), "mj41": (0.98, 0.93),
          # (the forty-second set's percentages mix ％ and % in consistent records, which PC005 reports as info; its
          # totals call some lists overlapping that name one dimension, 网上信访 and 来信)
          "totals42": (0.97, 0.71), "pct42": (0.97, 0.79), "ph42": (0.98, 0.90), "mj42": (0.98, 0.91),
          "totals43": (0.98, 0.76), "pct43": (0.98, 0.82), "ph43": (0.98, 0.95), "mj43": (0.98, 0.93),
          # (the forty-fourth set's mojibake drops bytes with errors='ignore': a character silently missing, which no
          # reading of the text can see)
          "totals44": (0.98, 0.78), "pct44": (0.98, 0.78), "ph44": (0.98, 0.96), "mj44": (0.98, 0.86),
          "totals45": (0.98, 0.78), "pct45": (0.98, 0.80), "ph45": (0.98, 0.95), "mj45": (0.98, 0.94),
          # (the forty-seventh set's mojibake reads Korean EUC-KR as GBK: plausible Chinese characters, left)
          "totals46": (0.98, 0.73), "pct46": (0.97, 0.77), "ph46": (0.98, 0.94), "mj46": (0.98, 0.91),
          "totals47": (0.98, 0.82), "pct47": (0.98, 0.79), "ph47": (0.98, 0.95), "mj47": (0.98, 0.89),
          "totals48": (0.98, 0.71), "pct48": (0.97, 0.75), "ph48": (0.96, 0.91), "mj48": (0.98, 0.90),
          "totals49": (0.95, 0.78), "pct49": (0.98, 0.75), "ph49": (0.98, 0.82), "mj49": (0.98, 0.88),
          # (the fiftieth set's percentages: a survey's grades that miss their whole, which only TO001 reports)
          "totals50": (0.98, 0.60), "pct50": (0.97, 0.78), "ph50": (0.98, 0.93), "mj50": (0.98, 0.91),
          "totals51": (0.97, 0.60), "pct51": (0.98, 0.86), "ph51": (0.97, 0.95), "mj51": (0.98, 0.90)}
#: collection -> (generator, the family its records must have (None: all), seed)
SOURCES = {"totals": ("totals_gen.py", None, 2), "pct": ("pct_gen.py", None, 2), "ph": ("ph_gen.py", None, 2),
           "mj": ("mj_gen.py", None, 2), "totals3": ("numbers3_gen.py", "totals", 6),
           "pct3": ("numbers3_gen.py", "pct", 6), "ph3": ("text3_gen.py", "ph", 6), "mj3": ("text3_gen.py", "mj", 6),
           "totals4": ("numbers4_gen.py", "totals", 8), "pct4": ("numbers4_gen.py", "pct", 8),
           "ph4": ("text4_gen.py", "ph", 8), "mj4": ("text4_gen.py", "mj", 8),
           "totals5": ("numbers5_gen.py", "totals", 8), "pct5": ("numbers5_gen.py", "pct", 8),
           "ph5": ("text5_gen.py", "ph", 8), "mj5": ("text5_gen.py", "mj", 8),
           "totals6": ("numbers6_gen.py", "totals", 8), "pct6": ("numbers6_gen.py", "pct", 8),
           "ph6": ("text6_gen.py", "ph", 8), "mj6": ("text6_gen.py", "mj", 8),
           "totals7": ("numbers7_gen.py", "totals", 12), "pct7": ("numbers7_gen.py", "pct", 12),
           "ph7": ("text7_gen.py", "ph", 12), "mj7": ("text7_gen.py", "mj", 12),
           "totals8": ("numbers8_gen.py", "totals", 12), "pct8": ("numbers8_gen.py", "pct", 12),
           "ph8": ("text8_gen.py", "ph", 12), "mj8": ("text8_gen.py", "mj", 12),
           "totals9": ("numbers9_gen.py", "totals", 12), "pct9": ("numbers9_gen.py", "pct", 12),
           "ph9": ("text9_gen.py", "ph", 12), "mj9": ("text9_gen.py", "mj", 12),
           "totals10": ("numbers10_gen.py", "totals", 12), "pct10": ("numbers10_gen.py", "pct", 12),
           "ph10": ("text10_gen.py", "ph", 12), "mj10": ("text10_gen.py", "mj", 12),
           "totals11": ("numbers11_gen.py", "totals", 12), "pct11": ("numbers11_gen.py", "pct", 12),
           "ph11": ("text11_gen.py", "ph", 12), "mj11": ("text11_gen.py", "mj", 12),
           "totals12": ("numbers12_gen.py", "totals", 12), "pct12": ("numbers12_gen.py", "pct", 12),
           "ph12": ("text12_gen.py", "ph", 12), "mj12": ("text12_gen.py", "mj", 12),
           "totals13": ("numbers13_gen.py", "totals", 12), "pct13": ("numbers13_gen.py", "pct", 12),
           "ph13": ("text13_gen.py", "ph", 12), "mj13": ("text13_gen.py", "mj", 12),
           "totals14": ("numbers14_gen.py", "totals", 12), "pct14": ("numbers14_gen.py", "pct", 12),
           "ph14": ("text14_gen.py", "ph", 12), "mj14": ("text14_gen.py", "mj", 12),
           "totals15": ("numbers15_gen.py", "totals", 12), "pct15": ("numbers15_gen.py", "pct", 12),
           "ph15": ("text15_gen.py", "ph", 12), "mj15": ("text15_gen.py", "mj", 12),
           "totals16": ("numbers16_gen.py", "totals", 12), "pct16": ("numbers16_gen.py", "pct", 12),
           "ph16": ("text16_gen.py", "ph", 12), "mj16": ("text16_gen.py", "mj", 12),
           "totals17": ("numbers17_gen.py", "totals", 12), "pct17": ("numbers17_gen.py", "pct", 12),
           "ph17": ("text17_gen.py", "ph", 12), "mj17": ("text17_gen.py", "mj", 12),
           "totals18": ("numbers18_gen.py", "totals", 12), "pct18": ("numbers18_gen.py", "pct", 12),
           "ph18": ("text18_gen.py", "ph", 12), "mj18": ("text18_gen.py", "mj", 12),
           "totals19": ("numbers19_gen.py", "totals", 12), "pct19": ("numbers19_gen.py", "pct", 12),
           "ph19": ("text19_gen.py", "ph", 12), "mj19": ("text19_gen.py", "mj", 12),
           "totals20": ("numbers20_gen.py", "totals", 12), "pct20": ("numbers20_gen.py", "pct", 12),
           "ph20": ("text20_gen.py", "ph", 12), "mj20": ("text20_gen.py", "mj", 12),
           "totals21": ("numbers21_gen.py", "totals", 12), "pct21": ("numbers21_gen.py", "pct", 12),
           "ph21": ("text21_gen.py", "ph", 12), "mj21": ("text21_gen.py", "mj", 12),
           "totals22": ("numbers22_gen.py", "totals", 12), "pct22": ("numbers22_gen.py", "pct", 12),
           "ph22": ("text22_gen.py", "ph", 12), "mj22": ("text22_gen.py", "mj", 12),
           "totals23": ("numbers23_gen.py", "totals", 12), "pct23": ("numbers23_gen.py", "pct", 12),
           "ph23": ("text23_gen.py", "ph", 12), "mj23": ("text23_gen.py", "mj", 12),
           "totals24": ("numbers24_gen.py", "totals", 12), "pct24": ("numbers24_gen.py", "pct", 12),
           "ph24": ("text24_gen.py", "ph", 12), "mj24": ("text24_gen.py", "mj", 12),
           "totals25": ("numbers25_gen.py", "totals", 12), "pct25": ("numbers25_gen.py", "pct", 12),
           "ph25": ("text25_gen.py", "ph", 12), "mj25": ("text25_gen.py", "mj", 12),
           "totals26": ("numbers26_gen.py", "totals", 12), "pct26": ("numbers26_gen.py", "pct", 12),
           "ph26": ("text26_gen.py", "ph", 12), "mj26": ("text26_gen.py", "mj", 12),
           "totals27": ("numbers27_gen.py", "totals", 12), "pct27": ("numbers27_gen.py", "pct", 12),
           "ph27": ("text27_gen.py", "ph", 12), "mj27": ("text27_gen.py", "mj", 12),
           "totals28": ("numbers28_gen.py", "totals", 12), "pct28": ("numbers28_gen.py", "pct", 12),
           "ph28": ("text28_gen.py", "ph", 12), "mj28": ("text28_gen.py", "mj", 12),
           "totals29": ("numbers29_gen.py", "totals", 12), "pct29": ("numbers29_gen.py", "pct", 12),
           "ph29": ("text29_gen.py", "ph", 12), "mj29": ("text29_gen.py", "mj", 12),
           "totals30": ("numbers30_gen.py", "totals", 12), "pct30": ("numbers30_gen.py", "pct", 12),
           "ph30": ("text30_gen.py", "ph", 12), "mj30": ("text30_gen.py", "mj", 12),
           "totals31": ("numbers31_gen.py", "totals", 12), "pct31": ("numbers31_gen.py", "pct", 12),
           "ph31": ("text31_gen.py", "ph", 12), "mj31": ("text31_gen.py", "mj", 12),
           "totals32": ("numbers32_gen.py", "totals", 12), "pct32": ("numbers32_gen.py", "pct", 12),
           "ph32": ("text32_gen.py", "ph", 12), "mj32": ("text32_gen.py", "mj", 12),
           "totals33": ("numbers33_gen.py", "totals", 12), "pct33": ("numbers33_gen.py", "pct", 12),
           "ph33": ("text33_gen.py", "ph", 12), "mj33": ("text33_gen.py", "mj", 12),
           "totals34": ("numbers34_gen.py", "totals", 12), "pct34": ("numbers34_gen.py", "pct", 12),
           "ph34": ("text34_gen.py", "ph", 12), "mj34": ("text34_gen.py", "mj", 12),
           "totals35": ("numbers35_gen.py", "totals", 12), "pct35": ("numbers35_gen.py", "pct", 12),
           "ph35": ("text35_gen.py", "ph", 12), "mj35": ("text35_gen.py", "mj", 12),
           "totals36": ("numbers36_gen.py", "totals", 12), "pct36": ("numbers36_gen.py", "pct", 12),
           "ph36": ("text36_gen.py", "ph", 12), "mj36": ("text36_gen.py", "mj", 12),
           "totals37": ("numbers37_gen.py", "totals", 12), "pct37": ("numbers37_gen.py", "pct", 12),
           "ph37": ("text37_gen.py", "ph", 12), "mj37": ("text37_gen.py", "mj", 12),
           "totals38": ("numbers38_gen.py", "totals", 12), "pct38": ("numbers38_gen.py", "pct", 12),
           "ph38": ("text38_gen.py", "ph", 12), "mj38": ("text38_gen.py", "mj", 12),
           "totals39": ("numbers39_gen.py", "totals", 12), "pct39": ("numbers39_gen.py", "pct", 12),
           "ph39": ("text39_gen.py", "ph", 12), "mj39": ("text39_gen.py", "mj", 12),
           "totals40": ("numbers40_gen.py", "totals", 12), "pct40": ("numbers40_gen.py", "pct", 12),
           "ph40": ("text40_gen.py", "ph", 12), "mj40": ("text40_gen.py", "mj", 12),
           "totals41": ("numbers41_gen.py", "totals", 12), "pct41": ("numbers41_gen.py", "pct", 12),
           "ph41": ("text41_gen.py", "ph", 12), "mj41": ("text41_gen.py", "mj", 12),
           "totals42": ("numbers42_gen.py", "totals", 12), "pct42": ("numbers42_gen.py", "pct", 12),
           "ph42": ("text42_gen.py", "ph", 12), "mj42": ("text42_gen.py", "mj", 12),
           "totals43": ("numbers43_gen.py", "totals", 12), "pct43": ("numbers43_gen.py", "pct", 12),
           "ph43": ("text43_gen.py", "ph", 12), "mj43": ("text43_gen.py", "mj", 12),
           "totals44": ("numbers44_gen.py", "totals", 12), "pct44": ("numbers44_gen.py", "pct", 12),
           "ph44": ("text44_gen.py", "ph", 12), "mj44": ("text44_gen.py", "mj", 12),
           "totals45": ("numbers45_gen.py", "totals", 12), "pct45": ("numbers45_gen.py", "pct", 12),
           "ph45": ("text45_gen.py", "ph", 12), "mj45": ("text45_gen.py", "mj", 12),
           "totals46": ("numbers46_gen.py", "totals", 12), "pct46": ("numbers46_gen.py", "pct", 12),
           "ph46": ("text46_gen.py", "ph", 12), "mj46": ("text46_gen.py", "mj", 12),
           "totals47": ("numbers47_gen.py", "totals", 12), "pct47": ("numbers47_gen.py", "pct", 12),
           "ph47": ("text47_gen.py", "ph", 12), "mj47": ("text47_gen.py", "mj", 12),
           "totals48": ("numbers48_gen.py", "totals", 12), "pct48": ("numbers48_gen.py", "pct", 12),
           "ph48": ("text48_gen.py", "ph", 12), "mj48": ("text48_gen.py", "mj", 12),
           "totals49": ("numbers49_gen.py", "totals", 12), "pct49": ("numbers49_gen.py", "pct", 12),
           "ph49": ("text49_gen.py", "ph", 12), "mj49": ("text49_gen.py", "mj", 12),
           "totals50": ("numbers50_gen.py", "totals", 12), "pct50": ("numbers50_gen.py", "pct", 12),
           "ph50": ("text50_gen.py", "ph", 12), "mj50": ("text50_gen.py", "mj", 12),
           "totals51": ("numbers51_gen.py", "totals", 12), "pct51": ("numbers51_gen.py", "pct", 12),
           "ph51": ("text51_gen.py", "ph", 12), "mj51": ("text51_gen.py", "mj", 12)}


@pytest.mark.parametrize("collection", list(FLOORS))
def test_accuracy_on_an_independent_collection_stays_above_its_floor(tmp_path, collection):
    generator, wanted, seed = SOURCES[collection]
    family = collection.rstrip("0123456789")
    raw = tmp_path / "raw.jsonl"
    subprocess.run([sys.executable, str(GENERATORS / generator), "--seed", str(seed), "--out", str(raw)],
                   check=True, capture_output=True)
    # (records split at line feeds only: a record's text may hold U+2028 or U+0085 raw, which splitlines() splits at)
    lines = [line for line in raw.read_text(encoding="utf-8").split("\n")
             if line and (wanted is None or json.loads(line)["family"] == wanted)]
    corpus = tmp_path / f"{collection}.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = {r["id"]: r for r in map(json.loads, lines)}
    checkers = build_checkers([r for r in load_rulebook() if r.id.startswith(PREFIXES[family])])
    for c in checkers:
        c.keep_verified = False
    counts = {"TP": 0, "FN": 0, "FP": 0, "TN": 0}
    for result in audit_documents(iter_records(str(corpus), "jsonl", InputOptions()), checkers):
        record = records[result.document.path.rsplit("#", 1)[-1]]
        label = record["label"]
        if family == "pct" and record["style"].startswith("malformed") and collection not in MALFORMED_AS_LABELLED:
            label = "inconsistent"  # (PC004's: the sign is what is wrong)
        label = BRIEF_LABELS.get((family, record["style"]), label)
        found = [(f.start, f.end) for f in result.findings if collection not in MASKED_NUMBERS_NEUTRAL or
                 not _masked_number(record["text"], {"start": f.start, "end": f.end})]
        if family == "ph" and label == "placeholder":
            hit = all(any(a < e and s < b for a, b in found) for s, e in record["spans"])
            counts["TP" if hit else "FN"] += 1
        elif label in ("inconsistent", "placeholder", "mojibake"):
            counts["TP" if found else "FN"] += 1
        else:
            counts["FP" if found else "TN"] += 1
    assert counts["TP"] + counts["FN"] > 400 and counts["TN"] + counts["FP"] > 250
    precision = counts["TP"] / (counts["TP"] + counts["FP"])
    recall = counts["TP"] / (counts["TP"] + counts["FN"])
    least_precision, least_recall = FLOORS[collection]
    assert precision >= least_precision, counts
    assert recall >= least_recall, counts
