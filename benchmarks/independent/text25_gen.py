#!/usr/bin/env python3
"""text25_gen.py - held-out test collection (set 25) for a placeholder / mojibake auditor.

Python 3.11, standard library only.

  python3 text25_gen.py --seed N --out FILE
  python3 text25_gen.py --verify FILE [FILE ...]
  python3 text25_gen.py --style-table FILE

Records are Chinese document texts of two families:
  ph  placeholders left in published text   (labels placeholder / negative)
  mj  mojibake and encoding debris          (labels mojibake / negative)

Spans are marked while the text is built: a placeholder or a damaged stretch is wrapped in
control-character markers (STX idx EOT ... ETX) which are stripped at the end, so offsets are exact
Python str offsets.  Damaged stretches also remember the clean text they replaced, so --verify can
regenerate the seed and check that every mojibake span differs from the clean original.
All encoding damage is produced with real codecs (str.encode(...).decode(..., errors=...)).
"""
import argparse
import email.header
import html
import json
import quopri
import random
import re
import sys
import urllib.parse

STX, EOT, ETX = "\x02", "\x04", "\x03"
PER_STYLE = 17


# ----------------------------------------------------------------------------------------------
# marking
class Ctx:
    cleans = []


def M(s):
    """mark a placeholder stretch"""
    assert s
    return f"{STX}{EOT}{s}{ETX}"


def MD(dmg, clean):
    """mark a damaged stretch, remembering the clean text it replaced"""
    assert dmg and dmg != clean, (dmg, clean)
    Ctx.cleans.append(clean)
    return f"{STX}{len(Ctx.cleans) - 1}{EOT}{dmg}{ETX}"


def finalize(raw):
    out, spans, cleans = [], [], []
    i, pos = 0, 0
    while i < len(raw):
        c = raw[i]
        if c == STX:
            j = raw.index(EOT, i)
            idx = raw[i + 1:j]
            k = raw.index(ETX, j)
            body = raw[j + 1:k]
            assert STX not in body
            spans.append([pos, pos + len(body)])
            cleans.append(Ctx.cleans[int(idx)] if idx else None)
            out.append(body)
            pos += len(body)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    text = "".join(out)
    assert not any(ch in text for ch in (STX, EOT, ETX))
    # merge touching / overlapping spans
    merged, mcl = [], []
    for (s, e), cl in sorted(zip(spans, cleans), key=lambda t: t[0]):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if mcl[-1] is not None or cl is not None:
                mcl[-1] = (mcl[-1] or "") + (cl or "")
        else:
            merged.append([s, e])
            mcl.append(cl)
    return text, merged, mcl


# ----------------------------------------------------------------------------------------------
# pools (invented)
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯董程曹袁邓傅沈曾彭吕苏卢蒋蔡贾丁魏叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ("建国 海燕 丽华 志强 晓明 秀英 文静 子涵 宇航 嘉怡 国庆 春梅 立新 雨桐 浩然 明轩 思远 晨曦 振华 红霞 凤英 德胜 玉兰 "
         "俊杰 佳琪 伟 敏 磊 静 强 军 洁 勇 艳 杰 天佑 若溪 梓萱 一鸣 向东 卫红 淑芬 永刚 桂香 润泽 书瑶 亦凡").split()
PLACE = "青石 柳湾 枫林 北塘 东坪 南溪 云岭 桂湖 石门 白沙 龙泉 金塘 河口 桃源 新丰 双溪 望江 安澜 红星 长岭 松涛 鹤鸣 梅岗 兰亭 泉港 清河 凤栖 银杏".split()
ORGP = "恒达 华瑞 嘉禾 鑫源 宏远 绿洲 博创 瑞丰 中联 佳信 晨光 汇通 誉成 天启 润昌 合众 远航 锦程 启明 广益".split()
ORGK = ["科技有限公司", "建筑工程有限公司", "物业服务有限公司", "商贸有限责任公司", "环保科技股份有限公司", "食品有限公司",
        "劳务派遣有限公司", "园林绿化有限公司", "信息技术有限公司", "餐饮管理有限公司"]
ROADS = "人民路 建设路 解放路 和平街 迎宾大道 滨江路 文化路 学府路 工业大道 胜利街 朝阳路 幸福路".split()
CITIES = "杭州 成都 武汉 西安 长沙 南宁 昆明 福州 合肥 济南 太原 贵阳".split()
RARE_GIVEN = ["堃", "喆", "玥", "昇", "珺", "琤", "旻", "翀", "赟", "犇", "昕玥", "梓堃", "一喆", "思旻"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def pname(r):
    return pick(r, SURN) + pick(r, GIVEN)


# ----------------------------------------------------------------------------------------------
# placeholder schemes
SLOTNAMES = {  # slot: (Chinese label, english key)
    "count": ("数量", "count"), "num": ("金额", "amount"), "pct": ("比例", "rate"), "date": ("日期", "date"),
    "place": ("地区名称", "region"), "org": ("单位名称", "company"), "person": ("姓名", "name"),
    "phone": ("联系电话", "phone"), "idno": ("身份证号码", "id_no"), "addr": ("详细地址", "address"),
    "email": ("电子邮箱", "email"), "plate": ("车牌号码", "plate_no"), "year": ("年份", "year"),
    "docno": ("文号", "doc_no"), "blurb": ("具体内容", "content"), "time": ("时间", "time"),
    "price": ("价格", "price"), "order": ("订单号", "order_id"), "bank": ("银行账号", "account"),
}
PREFIX_SCHEMES = {"x", "X", "cross", "mou", "circle"}
MIXABLE = ["x", "X", "cross", "mou", "bracket", "stars", "circle", "blank"]


def _xform(s, scheme):
    if scheme == "X":
        return s.upper()
    if scheme == "cross":
        return s.replace("x", "×")
    return s


def ph_value(r, scheme, slot, field):
    """return placeholder text (unmarked) for slot, or None if scheme has no natural form"""
    cn, en = SLOTNAMES[slot]
    if scheme in ("x", "X", "cross"):
        base = {
            "count": pick(r, ["x", "xx", "xxx", "xx", "xxxx"]),
            "num": pick(r, ["xx.xx", "x.xx", "xx.x", "xx", "xxx.x", "x,xxx"]),
            "pct": pick(r, ["xx", "xx.x", "xxx", "x.x", "xx.xx"]),
            "date": pick(r, ["x月xx日", "x月x日", "xx月xx日", "x月xx日"]),
            "place": pick(r, ["xx", "xx", "xxx"]), "org": pick(r, ["xx", "xxx"]),
            "person": pick(r, ["xxx", "xx", "xxx"]), "year": "20xx",
            "phone": pick(r, ["1xxxxxxxxxx", "xxxxxxxxxxx", "0xxx-xxxxxxx"]),
            "docno": pick(r, ["xx", "x"]), "time": pick(r, ["xx:xx", "x时"]), "price": pick(r, ["xx", "xxx", "x.x"]),
            "addr": pick(r, ["xx路xx号", "xx小区x栋x单元xxx室"]), "idno": "xxxxxxxxxxxxxxxxxx",
        }.get(slot)
        return _xform(base, scheme) if base else None
    if scheme == "mou":
        return {"person": pick(r, SURN) + pick(r, ["某", "某某", "某", "某甲"]), "org": pick(r, ["某某", "某"]),
                "place": pick(r, ["某", "某某"])}.get(slot)
    if scheme == "circle":
        c = pick(r, ["○○", "□□", "○○○", "△△"])
        return c if slot in ("person", "org", "place", "count", "num", "date") and not (slot == "date") else (
            pick(r, ["○月○日", "□月□日"]) if slot == "date" else None)
    if scheme == "bracket":
        return f"【{cn}】"
    if scheme == "angle":
        return pick(r, [f"<{cn}>", f"[{cn}]", f"[{en.upper()}]"])
    if scheme == "merge":
        return f"«{cn}»"
    if scheme == "mustache":
        return pick(r, ["{{" + en + "}}", "{{ " + en + " }}"])
    if scheme == "dollar":
        parts = en.split("_")
        return "${" + parts[0] + "".join(p.title() for p in parts[1:]) + "}"
    if scheme == "brace":
        return pick(r, ["{" + en + "}", "{%d}" % r.randrange(4)])
    if scheme == "printf":
        return "%d" if slot in ("count",) else "%s"
    if scheme == "blank":
        return pick(r, ["＿＿＿＿", "＿＿＿", "________", "______", "＿＿＿＿＿＿"])
    if scheme == "fill":
        return pick(r, [f"（此处填写{cn}）", f"（请填写{cn}）", f"（填写{cn}）"])
    if scheme == "wordcc":
        return pick(r, ["单击或点击此处输入文字。", "单击此处输入文字。", "点击此处输入日期。" if slot == "date" else "单击或点击此处输入文字。"])
    if scheme == "tbd":
        if field or slot in ("blurb",):
            return pick(r, ["待定", "待定", "待补充", "TBD", "待确定"])
        return None
    if scheme == "todo":
        if field or slot == "blurb":
            return pick(r, ["TODO", "TODO：待核实", "[TODO]", "TODO 补充"])
        return None
    if scheme == "stars":
        if slot == "phone":
            return pick(r, ["13", "15", "18", "17"]) + str(r.randrange(10)) + "****" + "%04d" % r.randrange(10000)
        if slot == "idno":
            return "%06d" % r.randrange(110000, 659999) + "*" * pick(r, [8, 10, 11]) + str(r.randrange(100, 999)) + pick(r, ["X", "1", "5"])
        if slot == "person":
            g = pick(r, GIVEN)
            return pick(r, SURN) + pick(r, ["**", "*", "*" + g[-1] if len(g) == 2 else "**"])
        if slot == "email":
            return pick(r, ["zh", "li", "wang", "chen"]) + "***@" + pick(r, ["163.com", "qq.com", "126.com"])
        if slot == "plate":
            return pick(r, ["粤B", "浙A", "川A", "鄂A"]) + "·" + pick(r, ["***", "5**", "D**"]) + "%02d" % r.randrange(100)
        if slot == "bank":
            return "6222 **** **** %04d" % r.randrange(10000)
        if slot == "order":
            return "2023" + "*" * 8 + "%04d" % r.randrange(10000)
        return None
    raise ValueError(scheme)


class Fill:
    """slot filler: real values, or (with probability p) placeholders of a scheme"""

    def __init__(self, r, scheme=None, p=0.5):
        self.r, self.scheme, self.p, self.used = r, scheme, p, 0

    def _ph(self, slot, field=False):
        if self.scheme is None or self.r.random() >= self.p:
            return None, None
        sch = pick(self.r, MIXABLE) if self.scheme == "mixed" else self.scheme
        v = ph_value(self.r, sch, slot, field)
        if v is None:
            return None, None
        self.used += 1
        return M(v), sch

    def count(self, unit="", lo=3, hi=900, field=False):
        v, _ = self._ph("count", field)
        return (v or str(self.r.randint(lo, hi))) + unit

    def num(self, unit="", lo=1, hi=999, nd=2, field=False):
        v, _ = self._ph("num", field)
        return (v or f"{self.r.uniform(lo, hi):.{nd}f}") + unit

    def price(self, lo=8, hi=300):
        v, _ = self._ph("price")
        return (v or str(self.r.randint(lo, hi)))

    def pct(self, field=False):
        v, _ = self._ph("pct", field)
        return (v or f"{self.r.uniform(1, 99):.{self.r.choice([1, 1, 2])}f}") + "%"

    def date(self, field=False):
        v, _ = self._ph("date", field)
        return v or f"{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def fulldate(self, year=None, field=False):
        y = year or self.r.randint(2019, 2024)
        v, sch = self._ph("date", field)
        if v and sch in ("x", "X", "cross", "circle", "blank"):
            return f"{y}年{v}"
        return v or f"{y}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def time(self, field=False):
        v, _ = self._ph("time", field)
        return v or f"{self.r.randint(8, 20)}:{pick(self.r, ['00', '30', '15'])}"

    def year(self):
        v, _ = self._ph("year")
        return v or str(self.r.randint(2019, 2024))

    def _prefixed(self, slot, real_prefix, suffix, field=False):
        v, sch = self._ph(slot, field)
        if v is None:
            return real_prefix + suffix
        if sch in PREFIX_SCHEMES:
            return v + suffix
        return v

    def place(self, suffix="街道", field=False):
        return self._prefixed("place", pick(self.r, PLACE), suffix, field)

    def org(self, kind=None, field=False):
        kind = kind or pick(self.r, ORGK)
        return self._prefixed("org", pick(self.r, ORGP), kind, field)

    def person(self, field=False):
        v, sch = self._ph("person", field)
        return v or pname(self.r)

    def phone(self, field=False):
        v, _ = self._ph("phone", field)
        return v or (pick(self.r, ["138", "139", "150", "186", "177", "135"]) + "%08d" % self.r.randrange(10 ** 8))

    def idno(self, field=False):
        v, _ = self._ph("idno", field)
        return v or ("%06d" % self.r.randrange(110000, 659999) + str(self.r.randint(1960, 2003)) + "%02d%02d" % (
            self.r.randint(1, 12), self.r.randint(1, 28)) + "%03d" % self.r.randrange(1000) + pick(self.r, ["1", "2", "X", "7"]))

    def email(self, field=False):
        v, _ = self._ph("email", field)
        return v or (pick(self.r, ["service", "hr", "office", "zhaopin", "wyglc"]) + str(self.r.randint(1, 99)) + "@" + pick(self.r, ["163.com", "qq.com", "126.com", "sina.com"]))

    def plate(self, field=False):
        v, _ = self._ph("plate", field)
        return v or (pick(self.r, ["粤B", "浙A", "川A", "鄂A", "苏E"]) + "·" + "".join(pick(self.r, list("ABCDEFGHJKLMN0123456789")) for _ in range(5)))

    def addr(self, field=False):
        v, _ = self._ph("addr", field)
        return v or f"{pick(self.r, ROADS)}{self.r.randint(1, 399)}号"

    def bank(self, field=False):
        v, _ = self._ph("bank", field)
        return v or ("6222 %04d %04d %04d" % (self.r.randrange(10000), self.r.randrange(10000), self.r.randrange(10000)))

    def order(self, field=False):
        v, _ = self._ph("order", field)
        return v or ("2023%012d" % self.r.randrange(10 ** 12))

    def docno(self, pre="政发"):
        v, sch = self._ph("docno")
        y = self.r.randint(2019, 2024)
        if v and sch in ("x", "X", "cross"):
            return f"{pick(self.r, PLACE)[0]}{pre}〔{y}〕{v}号"
        return v or f"{pick(self.r, PLACE)[0]}{pre}〔{y}〕{self.r.randint(1, 99)}号"

    def blurb(self, real, field=False):
        v, _ = self._ph("blurb", field)
        return v or real


# ----------------------------------------------------------------------------------------------
# genres: (r, f) -> list of lines.  f supplies values (real or placeholders).
def sub(r, items, lo, hi):
    """keep order, choose between lo and hi items"""
    k = r.randint(lo, min(hi, len(items)))
    idx = sorted(r.sample(range(len(items)), k))
    return [items[i] for i in idx]


def g_work_report(r, f):
    y = r.randint(2020, 2024)
    pl = f.place(pick(r, ["街道", "镇", "乡"]))
    body = [
        lambda: f"一是稳住经济基本盘。全年完成固定资产投资{f.num('亿元', 1, 40)}，同比增长{f.pct()}；新登记市场主体{f.count('家')}。",
        lambda: f"二是兜牢民生底线。走访慰问困难群众{f.count('户')}，发放临时救助金{f.num('万元', 2, 90)}，新增城镇就业{f.count('人')}。",
        lambda: f"三是抓实基层治理。{f.date()}召开网格员业务培训会，全年排查矛盾纠纷{f.count('件')}，调处成功率{f.pct()}。",
        lambda: f"四是改善人居环境。清理卫生死角{f.count('处')}，新建口袋公园{f.count('个', 1, 12)}，完成老旧小区改造{f.count('栋', 2, 60)}。",
        lambda: f"五是推进项目建设。{f.org()}投资建设的产业园一期已于{f.date()}竣工，带动就业{f.count('人')}。",
        lambda: f"全年共办理群众来信来访{f.count('件')}，按期办结率{f.pct()}，群众满意率{f.pct()}。",
        lambda: f"组织开展应急演练{f.count('场次', 2, 40)}，参与群众{f.count('人次')}，辖区未发生较大安全事故。",
    ]
    lines = [f"{pl}{y}年工作总结和{y + 1}年工作计划",
             f"{y}年，{pl}在上级党委、政府的坚强领导下，坚持稳中求进工作总基调，各项工作取得新成效。现将有关情况报告如下：",
             "一、主要工作成效"]
    lines += [b() for b in sub(r, body, 2, 5)]
    lines += ["二、存在的问题", pick(r, ["产业结构较为单一，新增长点培育不足；基层干部队伍年龄偏大。",
                                  "项目储备不够充分，部分民生短板仍需加力补齐。", "财政收支矛盾突出，招商引资成效有待提升。"])]
    if r.random() < 0.6:
        lines += [f"{pl}办事处", f.fulldate(y + 1)]
    return lines


def g_summary(r, f):
    dept = pick(r, ["区卫生健康局", "县教育局", "市场监督管理所", "区民政局", "县农业农村局", "区文化旅游体育局"])
    y = r.randint(2020, 2024)
    body = [
        lambda: f"（一）聚焦重点任务。牵头完成{f.count('项')}重点民生实事，累计投入资金{f.num('万元', 10, 900)}。",
        lambda: f"（二）强化监督检查。全年检查经营单位{f.count('家')}，下达整改通知书{f.count('份')}，立案查处{f.count('起', 1, 60)}。",
        lambda: f"（三）优化公共服务。新建服务站点{f.count('个', 1, 30)}，服务群众{f.count('人次')}，网上办理率达{f.pct()}。",
        lambda: f"（四）加强队伍建设。举办业务培训{f.count('期', 1, 20)}，培训干部职工{f.count('人')}，{f.person()}同志获评市级先进个人。",
        lambda: f"（五）抓好安全生产。联合{f.org()}开展隐患排查，发现问题{f.count('处')}，已整改{f.count('处')}。",
        lambda: f"截至{f.fulldate(y)}，全系统{f.count('所')}学校（机构）均已完成年度考核，合格率{f.pct()}。",
    ]
    lines = [f"{dept}{y}年工作总结", f"{y}年，{dept}紧紧围绕年初目标，真抓实干，较好完成了全年任务。"]
    lines += [b() for b in sub(r, body, 2, 5)]
    lines += [pick(r, ["下一步，我们将继续补短板、强弱项，推动各项工作再上新台阶。", "下一步，将进一步压实责任，确保各项任务落地见效。"])]
    return lines


def g_notice(r, f):
    t = pick(r, ["关于开展夏季消防安全检查的通知", "关于做好防汛备汛工作的通知", "关于组织参加业务技能竞赛的通知", "关于开展城乡居民医保集中参保的通知"])
    lines = [t, f.docno(pick(r, ["办发", "政办", "卫发", "教发"])), "各村（社区）、各有关单位：",
             f"为切实做好相关工作，经研究，定于{f.date()}在{f.place('街道')}便民服务中心{pick(r, ['三楼会议室', '一楼大厅', '二楼报告厅'])}召开部署会。",
             f"一、参会人员：各单位分管负责人及业务骨干{f.count('名', 1, 5)}。",
             f"二、报名时间：{f.date(True)}前将报名表报送至{f.email()}。",
             f"三、联系人：{f.person(True)}，联系电话：{f.phone(True)}。"]
    if r.random() < 0.5:
        lines.append("请各单位高度重视，按时参加，不得缺席。")
    lines += [f.place(pick(r, ["街道办事处", "镇人民政府", "乡人民政府"])), f.fulldate()]
    return lines


def g_contract(r, f):
    lines = [pick(r, ["房屋租赁合同", "劳务服务合同", "采购合同", "物业服务委托合同"]),
             f"甲方（出租方/委托方）：{f.org(field=True)}", f"乙方（承租方/受托方）：{f.person(True)}",
             f"乙方身份证号码：{f.idno(True)}", f"第一条 甲方将位于{f.addr(True)}的房屋/场地交乙方使用，面积{f.num('平方米', 30, 500, 1)}。",
             f"第二条 合同期限自{f.fulldate()}起至{f.fulldate()}止。",
             f"第三条 费用为每月人民币{f.num('元', 800, 20000)}，乙方应于每月{f.count('日', 1, 10)}前支付至甲方账户{f.bank(True)}。",
             "第四条 任何一方违约，应按合同总额的百分之十向对方支付违约金。",
             f"甲方（盖章）：{f.org(field=True)}    乙方（签字）：{f.person(True)}",
             f"签订日期：{f.fulldate(field=True)}"]
    return lines[:3] + sub(r, lines[3:-2], 2, 5) + lines[-2:]


def g_minutes(r, f):
    lines = [pick(r, ["第三季度安全生产例会会议纪要", "项目推进协调会纪要", "业主委员会第五次会议纪要", "党政联席会议纪要"]),
             f"时间：{f.fulldate(field=True)} {f.time(True)}", f"地点：{f.place('社区')}党群服务中心会议室",
             f"主持：{f.person(True)}", f"参会：{f.person()}、{f.person()}、{f.person()}、{f.person()}",
             f"记录：{f.person(True)}", "会议议定事项如下：",
             f"一、由{f.org()}负责在{f.date()}前完成围挡整改，费用{f.num('万元', 1, 50)}由施工方承担。",
             f"二、{f.person()}牵头对接供电部门，力争{f.date()}前恢复{f.count('户')}居民用电。",
             f"三、下次会议定于{f.date(True)}召开。"]
    return lines[:2] + sub(r, lines[2:6], 2, 4) + lines[6:7] + sub(r, lines[7:], 1, 3)


def g_stat_table(r, f):
    hdr = pick(r, [["序号", "项目", "单位", "计划数", "完成数", "完成率"], ["序号", "指标", "单位", "本期", "同期", "增减"]])
    items = [("地区生产总值", "亿元"), ("一般公共预算收入", "万元"), ("新增就业", "人"), ("社会消费品零售额", "亿元"),
             ("农村危房改造", "户"), ("城镇新增停车位", "个"), ("造林绿化面积", "亩"), ("义诊服务", "人次")]
    sep = pick(r, [" | ", "\t", "  ", "|"])
    lines = [pick(r, ["表1 主要指标完成情况", f"{f.place('区')}重点任务完成情况统计表", "附件2：民生实事项目进度表"]), sep.join(hdr)]
    for i, (nm, u) in enumerate(sub(r, items, 3, 7), 1):
        lines.append(sep.join([str(i), nm, u, f.count('', 10, 9000), f.count('', 10, 9000), f.pct()]))
    lines.append(f"填报单位：{f.org(field=True)}  填报人：{f.person(True)}  联系电话：{f.phone(True)}")
    return lines


def g_court_case(r, f):
    lines = [pick(r, ["典型案例通报", "执法典型案例", "消费维权典型案例"]),
             f"案例{pick(r, ['一', '二', '三'])}：{f.org()}未按规定公示价格案",
             f"{f.fulldate()}，执法人员对位于{f.place('区')}{f.addr()}的{f.org()}进行检查，发现该单位存在商品未明码标价等问题。",
             f"经查，当事人{f.person()}（身份证号：{f.idno()}）系该店实际经营者，违法所得{f.num('元', 100, 9000)}。",
             f"依据相关规定，执法部门对当事人作出罚款{f.num('元', 500, 20000, 0)}的行政处罚。",
             f"消费者{f.person()}（电话{f.phone()}）投诉后，经调解获赔{f.num('元', 50, 3000, 0)}。"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_social(r, f):
    lines = [pick(r, ["#周末去哪儿# ", "今日份打卡～", "【转】", "终于等到了！"]) + f"今天在{f.place('公园', )}排了{f.count('分钟', 10, 90)}的队，",
             f"门票{f.price()}元一位，人超多，{pick(r, ['拍照很出片', '适合遛娃', '建议早点去'])}。",
             f"有问题私信{f.person()}，或者打{f.phone()}问。",
             pick(r, ["转发抽{n}位送周边".format(n=r.randint(1, 9)), "评论区见～", "点赞过百更下一期"]),
             f"{r.randint(1, 999)}条评论  {r.randint(10, 9999)}赞"]
    return sub(r, lines, 3, 5)


def g_forum(r, f):
    u1, u2 = pick(r, ["老街坊", "追风少年", "小区业主a", "路人甲乙", "吃瓜群众"]), pick(r, ["楼主", "潜水员", "热心网友", "新手上路"])
    lines = [f"【求助】{f.place('小区')}停车费涨价谁能说清楚？",
             f"1楼 {u1}：物业贴通知说下月起每月{f.price(100, 600)}元，比原来贵了{f.pct()}，业主们怎么看？",
             f"2楼 {u2}：问过{f.org('物业服务有限公司')}，说是{f.date()}业委会已经表决通过。",
             f"3楼 {u1}：表决一共才{f.count('户')}参加，程序有问题。",
             f"4楼 {pick(r, ['过路人', '老王'])}：可以打{f.phone()}投诉到住建部门。"]
    return lines[:2] + sub(r, lines[2:], 1, 3)


def g_comments(r, f):
    lines = [pick(r, ["网友评论（共" + str(r.randint(20, 900)) + "条）", "热门评论", "精彩评论"])]
    pool = [lambda: f"{pick(r, ['山城小雨', '阿杰不熬夜', '江南一棵树', '西北风'])}：{f.place('区')}这条路修了{f.count('年', 1, 5)}还没修完。",
            lambda: f"{pick(r, ['奔跑的蜗牛', '用户' + str(r.randint(1000, 9999))])}：听说是{f.org()}中的标，{f.num('万元', 100, 999)}的项目。",
            lambda: f"{pick(r, ['一只猫', '晚风'])}回复：我家就在{f.addr()}，每天堵车{f.count('分钟', 5, 60)}。",
            lambda: f"{pick(r, ['热心市民', '老李'])}：建议联系{f.person()}，他是片区负责人。",
            lambda: f"{pick(r, ['小鱼儿', '南风知我意'])}：已经{f.date()}反映过了，没人理。",
            lambda: f"{pick(r, ['Tom&Jerry', '老猫'])}：回复 @{pick(r, ['阿杰', '晚风'])}：\"{pick(r, ['说得对', '同意楼上', '这才是重点'])}\" <<顶>>",
            lambda: f"{pick(r, ['R&D小王', '吃瓜群众'])}：\"{pick(r, ['路修好了', '终于通车了'])}\"的消息是真的吗？"]
    return lines + [p() for p in sub(r, pool, 2, 5)]


def g_cs_chat(r, f):
    agent = pick(r, ["客服小美", "客服-阿杰", "售后专员02", "智能助手"])
    lines = [f"[{r.randint(9, 22)}:{r.randint(10, 59)}] 买家：你好，我的订单{f.order(True)}怎么还没发货？",
             f"[{r.randint(9, 22)}:{r.randint(10, 59)}] {agent}：亲，您好，{f.person()}您的订单已于{f.date()}出库，快递单号{f.count('', 10 ** 8, 10 ** 9 - 1)}。",
             f"[{r.randint(9, 22)}:{r.randint(10, 59)}] 买家：那退款{f.num('元', 10, 600)}什么时候到账？",
             f"[{r.randint(9, 22)}:{r.randint(10, 59)}] {agent}：预计{f.count('个工作日', 1, 7)}内原路退回，如有疑问请拨打{f.phone()}。",
             f"[{r.randint(9, 22)}:{r.randint(10, 59)}] 系统提示：会话已结束，请为本次服务评分。"]
    return lines[:2] + sub(r, lines[2:], 1, 3)


def g_product(r, f):
    item = pick(r, [("纯棉短袖T恤", "件"), ("不锈钢保温杯", "个"), ("有机大米5kg", "袋"), ("蓝牙降噪耳机", "副"), ("儿童护眼台灯", "台")])
    lines = [f"{f.org('旗舰店')} | {item[0]}", f"到手价：¥{f.price()}  原价：¥{r.randint(200, 600)}",
             f"月销{f.count(item[1] if r.random() < 0.5 else '+')}  好评率{f.pct()}",
             f"发货地：{pick(r, CITIES)}  预计{f.date()}前发货", f"售后电话：{f.phone()}",
             pick(r, ["【温馨提示】拍下后请核对收货地址。", "七天无理由退换，运费险已赠送。", "支持以旧换新，详询客服。"])]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_menu(r, f):
    dishes = ["宫保鸡丁", "鱼香肉丝", "清炒时蔬", "酸菜鱼", "蒜蓉粉丝蒸扇贝", "红烧肉", "麻婆豆腐", "小炒黄牛肉", "西红柿炒蛋", "老鸭汤", "糖醋里脊", "干锅花菜"]
    lines = [f"{pick(r, PLACE)}{pick(r, ['家常菜馆', '私房菜', '小馆', '大排档'])}菜单"]
    for d in sub(r, dishes, 4, 7):
        lines.append(f"{d}  ¥{f.price(12, 168)}")
    lines.append(f"订餐电话：{f.phone()}  地址：{f.addr()}")
    return lines


def g_itinerary(r, f):
    c = pick(r, CITIES)
    lines = [f"{c}{pick(r, ['三日游', '四日游', '五日深度游'])}行程单",
             f"D1 {f.date()} 抵达{c}，入住{f.org('酒店')}，自由活动。",
             f"D2 上午游览{f.place('古镇')}，午餐自理；下午乘车约{f.count('小时', 1, 4)}前往景区。",
             f"D3 返程，集合时间{f.time(True)}，地点：{f.addr(True)}。",
             f"领队：{f.person(True)}  电话：{f.phone(True)}",
             f"团费：{f.price(900, 4000)}元/人（含门票、住宿，不含餐）"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_rental(r, f):
    lines = [f"【出租】{f.place('小区')}{pick(r, ['两室一厅', '三室两厅', '一室一厅', '单间'])}，拎包入住",
             f"面积：{f.count('平方米', 20, 140)}  楼层：{r.randint(2, 30)}/{r.randint(31, 33)}层",
             f"租金：{f.price(800, 6000)}元/月，押一付三", f"地址：{f.addr(True)}，近地铁{r.randint(1, 12)}号线",
             f"联系人：{f.person(True)}  电话：{f.phone(True)}", "中介勿扰，可随时看房。"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_usedcar(r, f):
    car = pick(r, ["大众朗逸", "丰田卡罗拉", "本田思域", "比亚迪秦", "别克英朗", "日产轩逸"])
    lines = [f"{f.year()}款 {car} {pick(r, ['1.5L自动舒适版', '1.2T手动', '混动尊贵型'])}",
             f"上牌时间：{f.fulldate(field=True)}  表显里程：{f.num('万公里', 1, 15, 1)}",
             f"车牌：{f.plate(True)}  过户次数：{r.randint(0, 2)}次", f"车架号：LSV{f.count('', 10 ** 13, 10 ** 14 - 1)}",
             f"售价：{f.num('万元', 3, 20)}（可小刀）", f"车主：{f.person(True)}  电话：{f.phone(True)}"]
    return lines[:1] + sub(r, lines[1:], 3, 5)


def g_recruit(r, f):
    job = pick(r, ["行政文员", "仓库管理员", "电商运营", "会计", "销售代表", "厨师"])
    lines = [f"{f.org()}招聘{job}", f"招聘人数：{f.count('名', 1, 10, True)}",
             f"薪资待遇：{f.num('元', 3000, 6000, 0)}-{f.num('元', 6000, 12000, 0)}/月，五险一金",
             f"工作地点：{f.place('区')}{f.addr()}", f"面试时间：{f.date(True)} {f.time(True)}",
             f"简历投递：{f.email(True)}，联系人{f.person()}，电话{f.phone()}"]
    return lines[:1] + sub(r, lines[1:], 3, 5)


def g_lost(r, f):
    lines = [pick(r, ["失物招领", "寻物启事", "招领启事"]),
             f"{f.date()}下午在{f.place('公园')}东门附近拾到黑色钱包一个，内有身份证（{f.person()}，{f.idno()}）及现金若干。",
             f"请失主携带有效证件到{f.addr()}认领，联系电话：{f.phone()}。",
             f"另有银行卡一张，卡号{f.bank()}。", f"{f.place('派出所')}  {f.fulldate()}"]
    return lines[:2] + sub(r, lines[2:], 1, 3)


def g_property(r, f):
    lines = [pick(r, ["停水通知", "电梯维保通知", "关于缴纳物业费的温馨提示", "消防通道清理通知"]),
             "尊敬的业主：",
             f"因市政管网维修，{f.place('小区')}{f.count('栋', 1, 30)}将于{f.date()} {f.time()}至{f.time()}暂停供水，请提前储水。",
             f"{f.person()}业主（{f.addr()}）请于本月底前缴清物业费{f.num('元', 300, 3000)}。",
             f"如有疑问请联系物业服务中心：{f.phone()}。", f"{f.org('物业服务有限公司')}", f.fulldate()]
    return lines[:2] + sub(r, lines[2:], 2, 5)


def g_groupbuy(r, f):
    lines = [f"【{pick(r, PLACE)}社区团购】今日接龙",
             f"{pick(r, ['海南金煌芒', '赣南脐橙', '东北五常大米', '现挖春笋', '农家土鸡蛋'])} {f.price(9, 99)}元/{pick(r, ['箱', '斤', '盒'])}，截单时间{f.time()}",
             f"1. {f.person()} {f.addr()} {r.randint(1, 5)}份", f"2. {f.person()} {f.count('栋', 1, 20)}{r.randint(1, 30)}0{r.randint(1, 4)} {r.randint(1, 3)}份",
             f"3. {pick(r, SURN)}姐 {r.randint(1, 4)}份", f"团长：{f.person()} 收款码见群公告，提货电话{f.phone()}"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_livestream(r, f):
    lines = ["【直播回放文字稿】",
             f"主播：家人们晚上好，欢迎来到{f.org('官方直播间')}！",
             f"主播：今天这款{pick(r, ['羽绒服', '空气炸锅', '洗衣凝珠', '坚果礼盒'])}直播间专享价{f.price()}元，库存只有{f.count('单')}。",
             f"助播：{f.count('号', 1, 60)}链接，拍下备注主播名字，{f.date()}前发货。",
             f"主播：恭喜{f.person()}抽中免单，请联系客服{f.phone()}领取。",
             "主播：没点关注的家人们点点关注，下一场再见！"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_sms(r, f):
    sig = pick(r, ["【" + pick(r, PLACE) + "供电】", "【" + pick(r, PLACE) + "燃气】", "【医保服务】", "【快递驿站】"])
    body = pick(r, [
        lambda: f"尊敬的{f.person()}用户，您户号{f.count('', 10 ** 7, 10 ** 8 - 1)}本月电费{f.num('元', 20, 500)}，请于{f.date()}前缴纳。",
        lambda: f"您的包裹已到{f.addr()}驿站，取件码{f.count('', 1000, 9999)}，请于{f.date()}前领取。",
        lambda: f"{f.person()}您好，您预约的{f.date()} {f.time()}体检已确认，请携带身份证（{f.idno()}）准时到达。",
        lambda: f"尊敬的客户，您尾号{r.randint(1000, 9999)}的账户{f.date()}支出{f.num('元', 10, 5000)}，如非本人操作请致电{f.phone()}。"])
    lines = [sig + body()]
    if r.random() < 0.5:
        lines.append(pick(r, ["回复TD退订", "本短信由系统自动发送，请勿回复。"]))
    return lines


def g_email(r, f):
    lines = [f"主题：关于{pick(r, ['季度对账', '会议安排', '合同续签', '样品寄送'])}的说明",
             f"发件人：{f.person()} <{f.email()}>", f"{f.person()}您好：",
             f"附件为{f.org()}{f.year()}年度对账单，应收金额合计{f.num('元', 1000, 99999)}，请于{f.date()}前确认。",
             f"如有疑问请联系{f.person()}，电话{f.phone()}。", "此致", "敬礼", f.fulldate()]
    return lines[:3] + sub(r, lines[3:], 2, 5)


def g_pdf(r, f):
    y = r.randint(2020, 2024)
    pl = f.place("县")
    lines = [f"— {r.randint(1, 30)} —", f"{pl}{y}年国民经济和社会发展统计公报",
             f"全年全县地区生产总值{f.num('亿元', 50, 900)}，比上年增长", f"{f.pct()}。其中，第一产业增加值{f.num('亿元', 5, 90)}，",
             f"增长{f.pct()}；年末户籍人口{f.count('万人', 10, 90)}。", f"全年新建改建农村公路{f.count('公里')}，新增",
             f"5G基站{f.count('个')}。", f"{pl}统计局    {y + 1}年{r.randint(1, 4)}月"]
    return sub(r, lines, 5, 8)


def g_ocr(r, f):
    lines = [f"{f.place('村')}村民委员会证明", f"兹证明{f.person()}，性别{pick(r, ['男', '女'])}，身份证号{f.idno()}，",
             f"系我村{f.count('组', 1, 12)}村民，家庭人口{f.count('人', 1, 8)}，家庭年收入约{f.num('元', 8000, 60000, 0)}。",
             "特此证明。", f"证明人：{f.person()}  联系电话：{f.phone()}", f"（盖章）  {f.fulldate()}"]
    return lines[:2] + sub(r, lines[2:], 2, 4)


def g_csv(r, f):
    sep = pick(r, [",", "\t", ","])
    lines = [sep.join(["姓名", "单位", "联系电话", "金额", "日期"])]
    for _ in range(r.randint(3, 6)):
        lines.append(sep.join([f.person(True), f.org(field=True), f.phone(True), f.num('', 100, 9999, 2, True), f.fulldate(field=True)]))
    return lines


def g_cms(r, f):
    lines = [pick(r, ["首页 > 政务公开 > 通知公告", "当前位置：首页 > 新闻中心 > 基层动态"]),
             f"{f.place('镇')}召开{pick(r, ['秋冬季森林防火', '农村人居环境整治', '安全生产大检查'])}工作推进会",
             f"发布时间：{r.randint(2020, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}  来源：{f.org('办公室')}  浏览次数：{r.randint(10, 9999)}",
             f"{f.date()}，{f.place('镇')}召开专题会议，{f.person()}主持会议，{f.count('个', 3, 30)}村（社区）负责人参加。",
             f"会议要求，各村要在{f.date()}前完成隐患排查，确保不漏一户一人。", "【打印本页】【关闭窗口】",
             f"主办单位：{f.place('县')}人民政府办公室  备案号：{pick(r, ['浙', '川', '鄂'])}ICP备{r.randint(10 ** 7, 10 ** 8)}号"]
    return lines[:3] + sub(r, lines[3:], 2, 4)


def g_mt(r, f):
    lines = [pick(r, ["产品使用说明（机器翻译）", "安全须知", "Hotel Notice 酒店须知"]),
             f"请您在{f.time()}前退房，超时将收取{f.price()}元费用。", f"如果您有任何问题，请联系前台{f.phone()}或{f.person()}经理。",
             f"本产品由{f.org()}制造，保修期{f.count('个月', 6, 36)}。", "请不要把手放进机器里面当它正在运行的时候。",
             f"早餐提供从{f.time()}到{f.time()}，在{f.count('楼', 1, 5)}餐厅。"]
    return lines[:1] + sub(r, lines[1:], 2, 4)


def g_bid(r, f):
    lines = [f"{f.place('区')}{pick(r, ['道路提升改造工程', '智慧社区平台采购项目', '校园食堂食材配送服务'])}招标公告",
             f"项目编号：{pick(r, ['ZB', 'CG', 'GC'])}-{r.randint(2021, 2024)}-{f.count('', 10, 999)}",
             f"预算金额：{f.num('万元', 50, 5000, 2, True)}", f"招标人：{f.org(field=True)}",
             f"投标截止时间：{f.fulldate(field=True)} {f.time(True)}", f"开标地点：{f.addr(True)}",
             f"联系人：{f.person(True)}  电话：{f.phone(True)}"]
    return lines[:1] + sub(r, lines[1:], 4, 6)


def g_publicity(r, f):
    lines = [pick(r, ["拟录用人员公示", "困难家庭救助对象公示", "先进个人推荐人选公示", "公益性岗位拟聘人员名单公示"]),
             "序号  姓名  性别  身份证号  岗位"]
    for i in range(1, r.randint(3, 6)):
        lines.append(f"{i}  {f.person()}  {pick(r, ['男', '女'])}  {f.idno()}  {pick(r, ['保洁员', '网格员', '护林员', '协管员'])}")
    lines.append(f"公示期：{f.date()}至{f.date()}，如有异议请致电{f.phone()}。")
    return lines


def g_form(r, f):
    lines = [pick(r, ["入学申请表", "临时救助申请表", "志愿者报名表", "场地使用申请表"]),
             f"申请人：{f.person(True)}  联系电话：{f.phone(True)}", f"身份证号：{f.idno(True)}",
             f"家庭住址：{f.addr(True)}", f"申请事由：{f.blurb(pick(r, ['因病致贫，申请临时生活救助。', '周末开展社区读书会，需使用活动室。', '子女就近入学。']), True)}",
             f"所在单位：{f.org(field=True)}", f"申请日期：{f.fulldate(field=True)}"]
    return lines[:1] + sub(r, lines[1:], 3, 6)


def g_speech(r, f):
    lines = [pick(r, ["在年度总结表彰大会上的讲话", "在项目开工仪式上的致辞", "在新春团拜会上的讲话"]),
             f"{f.person()}", f"（{f.fulldate()}）", "同志们、朋友们：",
             f"过去一年，在{f.person()}同志的带领下，{f.org()}全体员工攻坚克难，实现营业收入{f.num('亿元', 1, 30)}，同比增长{f.pct()}。",
             f"今天，我们隆重表彰{f.count('名', 5, 60)}先进个人和{f.count('个', 2, 12)}先进集体。",
             "新的一年，让我们团结一心，再创佳绩！"]
    return lines[:1] + sub(r, lines[1:], 3, 6)


GENRES = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}


# ----------------------------------------------------------------------------------------------
# traps (clean look-alikes).  ph traps look like placeholders; mj traps look like damage.
PH_TRAPS = {
    "one_plus_x": lambda r: pick(r, [f"全年开展“1+X”证书制度试点，{r.randint(30, 400)}名学生取得职业技能等级证书。",
                                     "推行“7+X”服务模式，即7项基本服务加若干项特色服务。", "构建“1+X+N”网格治理体系，一张网格管到底。",
                                     f"学校组织{r.randint(20, 200)}名学生报考1+X证书（Web前端开发）。"]),
    "x_tech": lambda r: pick(r, ["采购x86架构服务器4台、ARM架构服务器2台。", "体检项目含胸部X光片、心电图、血常规。",
                                 f"放射科新增数字化X射线摄影系统（DR）{r.randint(1, 3)}套。", "系统支持Windows 10 x64及Linux。",
                                 "配备X线安检机2台，用于进站行李检查。", "本机采用x86-64指令集。"]),
    "sizes": lambda r: pick(r, ["尺码：S/M/L/XL/XXL，建议选大一码。", "XL码适合身高175-180cm，XXL码适合180-185cm。",
                                "库存：XS 12件、XL 30件、3XL 8件。"]),
    "multiply": lambda r: pick(r, [f"实行5×8小时工作制，节假日提供7×24小时热线服务。", f"规格：{r.randint(60, 200)}×{r.randint(40, 120)}×{r.randint(30, 90)}cm。",
                                   f"会场设{r.randint(6, 20)}×{r.randint(4, 12)}座位方阵。", "显示器分辨率1920x1080，刷新率144Hz。",
                                   f"3×4=12，4×5=20，请同学们熟记乘法口诀。", "采用2×2轮换值班制。"]),
    "formula": lambda r: pick(r, ["设x为月用水量（吨），则水费y=3.2x+5。", "若x>0且y<0，则点(x, y)位于第四象限。",
                                  "解方程：2x+3=11，得x=4。", "函数f(x)=x²-4x+3的最小值为-1。"]),
    "mou_prose": lambda r: pick(r, ["某些地方仍存在重形式、轻实效的现象。", "在某种程度上，这也反映了基层治理的难度。",
                                    "老人说，某年某月的一场大水冲垮了村口的木桥。", "对某一类问题，应当具体分析。", "某个瞬间，他突然想起了老家的院子。"]),
    "brands_x": lambda r: pick(r, [f"车型：宝马X5 xDrive35i，{r.randint(2016, 2022)}年上牌。", "手机：iPhone X 64GB，电池健康85%。",
                                   "SpaceX的猎鹰9号火箭再次成功回收。", "展厅展出特斯拉Model X一台。", "支持Xbox手柄和PS5手柄。",
                                   "本店招牌：XO酱炒萝卜糕。", "矫正X型腿需要长期训练。", "X染色体上的基因突变可能导致色盲。"]),
    "real_brackets": lambda r: pick(r, ["【重要提醒】近期电信诈骗高发，请勿向陌生账户转账。", "【新华社北京电】记者从有关部门获悉……",
                                        "【限时特惠】满199减30，仅限本周。", "【通知】本周六上午进行电梯年检。"]),
    "stars_asterisk": lambda r: pick(r, ["注：带*号的为必填项。", "评分：★★★★☆（4.2分）", "*以上数据为初步统计。",
                                         "※ 本活动最终解释权归主办方。"]),
    "tbd_prose": lambda r: pick(r, ["该方案是否实施尚待定夺。", "相关问题有待进一步调研论证。", "待定点医院名单公布后再行通知。"]),
    "xxgk_url": lambda r: pick(r, ["原文链接：http://www.qingshi.gov.cn/xxgk/tzgg/202303/t20230315_884512.html",
                                   "详见政府信息公开专栏（/xxgk/zfxxgkml/）。", "下载地址：https://www.example.gov.cn/xxgk/fdzdgknr/ghjh/"]),
    "x_words": lambda r: pick(r, ["重点削减氮氧化物（NOx）和二氧化硫排放。", "服务器操作系统为Linux，Web服务使用Nginx。",
                                  "请用Firefox或Chrome浏览器访问。", "下期嘉宾：Xu Ming（徐明），现居Xiamen。", "有问题加wx或vx联系都行。",
                                  "回放支持1.5x和2x倍速播放。", "本店可开发票，扫码关注公众号。"]),
    "files_emails": lambda r: pick(r, ["附件：2023_annual_report_final.xlsx", "请将材料发送至office_01@qingshi.gov.cn。",
                                       "配置文件路径：/etc/app/config_prod.yaml", "文件名：会议纪要_0315_定稿.docx"]),
    "code_doc": lambda r: pick(r, ["示例代码：printf(\"%d\\n\", total); 其中%d表示按十进制输出整数。",
                                   "在Shell中，用 echo ${HOME} 可以查看当前用户的主目录。",
                                   "Python中可以写 \"{}年\".format(2024)，大括号在运行时被替换。",
                                   "模板引擎Jinja2使用双大括号输出变量，这是语法说明而非遗留占位符。"]),
}
MJ_TRAPS = {
    "russian": lambda r: pick(r, ["俄方代表致辞：«Добро пожаловать!»（欢迎光临！）", "菜单俄文名：Борщ（红菜汤）、Пельмени（饺子）。",
                                  "边贸市场招牌写着“Обмен валюты”（货币兑换）。"]),
    "japanese": lambda r: pick(r, ["日方来宾留言：「ありがとうございました」。", "商品日文名：抹茶ラテ（抹茶拿铁）。",
                                   "收据上印有ｺｰﾋｰ 2点 ¥880。", "景点介绍：浅草寺（せんそうじ）是东京最古老的寺庙。"]),
    "korean": lambda r: pick(r, ["韩国游客留言：“감사합니다, 또 올게요!”", "店内提供韩文菜单：비빔밥（拌饭）、김치찌개（泡菜汤）。",
                                 "指示牌：출구 / 出口 / Exit"]),
    "greek_math": lambda r: pick(r, ["取显著性水平α=0.05，β系数为0.37。", "电阻值Ω=U/I，角度θ取30°。", "样本均值μ=12.6，标准差σ=2.1。",
                                     "∑xᵢ≥100，且∀ε>0都成立。", "√2≈1.414，π≈3.14159，∞表示无穷大。"]),
    "french": lambda r: pick(r, ["甜品：Crème brûlée（焦糖布丁）¥38", "饮品：Café au lait（法式牛奶咖啡）", "法方合作单位：Société Générale de Béton",
                                 "展览名称：«L'été à Pékin»（北京之夏）"]),
    "latin_misc": lambda r: pick(r, ["特色：越南Phở（牛肉河粉）¥32", "西班牙Jamón ibérico 火腿拼盘", "德国合作伙伴Müller先生到访。",
                                     "葡萄牙São Paulo分公司负责人到会。"]),
    "emoji": lambda r: pick(r, ["今天天气超好☀️🌸，出去走走～", "已下单🛒，坐等收货😄👍", "谢谢大家支持🙏❤️❤️", "冲鸭！(ง •̀_•́)ง",
                                "(╯°□°）╯︵ ┻━┻ 又堵车了", "晚安啦 (｡･ω･｡)ﾉ♡", "全家福👨‍👩‍👧拍好了"]),
    "rare_chars": lambda r: pick(r, ["获奖学生：李堃、王喆、陈玥、赵昇。", "地名“𠮷野”中的“𠮷”为异体字，请勿替换。", "犇腾、淼淼、鑫源等商户参加展销。",
                                     "古籍中“䶮”字读作yǎn。", "龘字由三个龍组成，读dá。"]),
    "html_code": lambda r: pick(r, ["技术说明：在HTML中用 &nbsp; 表示不换行空格，用 &lt; 表示小于号。", "示例：<span style=\"color:red\">提示文字</span> 会显示为红色。",
                                    "网页开发规范：段落使用<p>标签，换行使用<br>标签。", "XML中“&”必须写成&amp;，否则解析报错。"]),
    "pinyin_lesson": lambda r: pick(r, ["今天学习“发展(fāzhǎn)”一词，并用它造句。", "生字：晨(chén)、曦(xī)、霞(xiá)。",
                                        "“长”有两个读音：cháng和zhǎng。", "请给下列词语注音：经济(jīngjì)、服务(fúwù)。"]),
    "pinyin_numbers": lambda r: pick(r, ["拼音输入练习：ni3 hao3、xie4 xie5。", "声调标记：ma1 ma2 ma3 ma4 分别对应妈麻马骂。",
                                         "词条：fa1 zhan3（发展），jing1 ji4（经济）。"]),
    "trad_mixed": lambda r: pick(r, ["香港合作方來函稱：“項目進展順利，感謝支持。”", "台湾游客留言：「這裡的風景真美，下次還會再來。」",
                                     "澳門分店地址：新馬路123號。", "繁体招牌“茶餐廳”保留原样。"]),
    "math_symbols": lambda r: pick(r, ["合格标准：误差≤±0.5mm。", "若A⊆B且B⊆C，则A⊆C。", "室温控制在18℃～26℃，湿度≥40%。",
                                       "∵a>b，∴a+c>b+c。", "面积约2.5㎡，浓度35μg/m³，增幅3‰。"]),
    "percent_url": lambda r: pick(r, ["查询链接：https://www.baidu.com/s?wd=%E5%8F%91%E5%B1%95", "地图：https://map.example.com/?q=%E5%B8%82%E6%94%BF%E5%BA%9C&z=15",
                                      "下载：https://example.org/files/2023%E5%B9%B4%E6%8A%A5.pdf"]),
    "box_table": lambda r: ["┌──────┬──────┐", "│ 项目 │ 金额 │", "├──────┼──────┤", f"│ 水费 │ {r.randint(10, 99)}元 │", "└──────┴──────┘"],
    "questions": lambda r: pick(r, ["问：社保断缴了怎么办?答：可在三个月内补缴。", "为什么要垃圾分类?因为资源有限。",
                                    "Q: 可以带宠物吗? A: 不可以。", "请问几点开门?谢谢!"]),
    "lookalike_chars": lambda r: pick(r, ["涓涓细流，汇成江海。", "他操作娴熟，三分钟就修好了水管。", "宋词《浣溪沙》是必背篇目。",
                                          "瑙鲁是南太平洋的一个岛国。", "获奖名单：王璇、刘婕、陈瑾。", "港式石頭鍋拌飯 ¥42"]),
    "hex_doc": lambda r: pick(r, ["说明：汉字“发”的UTF-8编码为E5 8F 91，GBK编码为B7 A2。", "十六进制0x1F对应十进制31。",
                                  "校验值（SHA-256）：9f2c4e1a7b…", "颜色代码#FF6600为橙色。"]),
    "paths": lambda r: pick(r, ["文件保存在C:\\Users\\zhang\\Desktop\\报表.xlsx", "共享目录：\\\\fileserver\\unit01\\归档", "安装路径D:\\Program Files\\Office"]),
    "currency": lambda r: pick(r, ["汇率：1€≈7.8元，1£≈9.1元，100₩≈0.53元。", "报价：$199 / ¥1,399 / €189", "门票：成人¥120，儿童半价。"]),
    "typography": lambda r: pick(r, ["他说：“这件事——我们一定办好……”", "《政府工作报告》「全文」发布。", "张三·李四 合著", "〔2023〕号文件已下发。"]),
    "thai_arabic": lambda r: pick(r, ["导游教大家说泰语“สวัสดี”（你好）。", "阿拉伯语问候“مرحبا”意为你好。", "越南语“Xin chào”是你好的意思。"]),
    "escape_doc": lambda r: pick(r, ["Java教程：字符串\"\\u4e2d\"在源码中表示汉字“中”。", "JSON规范允许用反斜杠u加四位十六进制数的形式转义非ASCII字符。"]),
}


# ----------------------------------------------------------------------------------------------
# codec damage (fragment -> damaged fragment)
T2S = dict(zip("发展区经济领导实现项开服务组织时书长门东车马鸟鱼会议过进还这为们来个国说对关现头动业务产农电环资价卖买写乐书学习",
               "發展區經濟領導實現項開服務組織時書長門東車馬鳥魚會議過進還這為們來個國說對關現頭動業務產農電環資價賣買寫樂書學習"))


def to_trad(s):
    return "".join(T2S.get(c, c) for c in s)


def _u8(enc):
    return lambda s, r: s.encode("utf-8").decode(enc, errors="replace")


def d_utf8_gbk2(s, r):
    return s.encode("utf-8").decode("gbk", "replace").encode("utf-8").decode("gbk", "replace")


def d_cp1252_double(s, r):
    return s.encode("utf-8").decode("cp1252", "replace").encode("utf-8").decode("cp1252", "replace")


def d_gbk_utf8(s, r):
    return s.encode("gbk", "replace").decode("utf-8", "replace")


def d_kunkao(s, r):
    return s.encode("gbk", "replace").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


def d_big5_gbk(s, r):
    return to_trad(s).encode("big5", "replace").decode("gbk", "replace")


def d_gbk_big5(s, r):
    return s.encode("gbk", "replace").decode("big5", "replace")


def d_gbk_sjis(s, r):
    return s.encode("gbk", "replace").decode("shift_jis", "replace")


def d_qmark(s, r):
    return s.encode(pick(r, ["ascii", "latin-1"]), "replace").decode("latin-1")


def d_truncate(s, r):
    b = s.encode("utf-8")
    return b[:-r.randint(1, 2)].decode("utf-8", "replace")


def d_gbk_shift(s, r):
    b = s.encode("gbk", "replace")
    return b[1:].decode("gbk", "replace")


def d_utf8_gbk_roundtrip(s, r):
    return s.encode("utf-8").decode("gbk", "replace").encode("gbk", "replace").decode("gbk")


def d_ncr(s, r):
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


def d_ncr_hex(s, r):
    return "".join(c if ord(c) < 128 else "&#x%x;" % ord(c) for c in s)


def d_uescape(s, r):
    return s.encode("unicode_escape").decode("ascii")


def d_backslash_x(s, r):
    return s.encode("utf-8").decode("ascii", "backslashreplace")


def d_percent(s, r):
    return urllib.parse.quote(s, safe="")


def d_qp(s, r):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def d_mime(s, r):
    return email.header.Header(s, "utf-8").encode().replace("\n", "")


def d_rtf(s, r):
    return "".join(c if ord(c) < 128 else "".join("\\'%02x" % b for b in c.encode("gbk", "replace")) for c in s)


def d_hz(s, r):
    return s.encode("hz", "replace").decode("ascii")


def d_utf7(s, r):
    return s.encode("utf-7").decode("ascii")


def d_utf16_gbk(s, r):
    return s.encode("utf-16-le").decode("gbk", "replace").replace("\x00", "")


def d_html_escape2(s, r):
    return html.escape(html.escape(s))


def d_pinyin(s, r):
    out = []
    for c in s:
        if c in PY:
            out.append(T2S.get(c, c) + "(" + PY[c] + ")")
        else:
            out.append(c)
    return "".join(out)


PY = {"发": "fā", "区": "qū", "领": "lǐng", "导": "dǎo", "经": "jīng", "济": "jì", "实": "shí", "现": "xiàn", "项": "xiàng",
      "开": "kāi", "务": "wù", "组": "zǔ", "织": "zhī", "时": "shí", "会": "huì", "议": "yì", "进": "jìn", "这": "zhè",
      "为": "wèi", "们": "men", "个": "gè", "国": "guó", "关": "guān", "动": "dòng", "业": "yè", "产": "chǎn", "农": "nóng",
      "电": "diàn", "环": "huán", "资": "zī", "长": "zhǎng", "门": "mén", "车": "chē", "书": "shū", "学": "xué", "习": "xí",
      "户": "hù", "镇": "zhèn", "设": "shè", "费": "fèi", "处": "chù", "计": "jì", "划": "huà", "营": "yíng", "总": "zǒng",
      "结": "jié", "报": "bào", "县": "xiàn", "责": "zé", "单": "dān", "优": "yōu", "质": "zhì", "贫": "pín", "困": "kùn"}
for _c, _t in zip("户镇设费处计划营总结报县责单优质贫", "戶鎮設費處計劃營總結報縣責單優質貧"):
    T2S[_c] = _t

DAMAGE = {
    "utf8_gbk": _u8("gbk"), "utf8_gbk_double": d_utf8_gbk2, "utf8_gb18030": _u8("gb18030"), "utf8_cp1252": _u8("cp1252"),
    "utf8_latin1": _u8("latin-1"), "utf8_cp437": _u8("cp437"), "utf8_cp850": _u8("cp850"), "utf8_koi8r": _u8("koi8_r"),
    "utf8_macroman": _u8("mac_roman"), "utf8_sjis": _u8("shift_jis"), "utf8_big5": _u8("big5"), "utf8_euckr": _u8("euc_kr"),
    "utf8_cp1251": _u8("cp1251"), "utf8_cp866": _u8("cp866"), "utf8_greek": _u8("iso8859_7"), "utf8_eucjp": _u8("euc_jp"),
    "cp1252_double": d_cp1252_double, "gbk_utf8": d_gbk_utf8, "kunkao": d_kunkao, "big5_gbk": d_big5_gbk, "gbk_big5": d_gbk_big5,
    "gbk_sjis": d_gbk_sjis, "qmark": d_qmark, "truncate": d_truncate, "gbk_shift": d_gbk_shift, "utf8_gbk_roundtrip": d_utf8_gbk_roundtrip,
    "ncr": d_ncr, "ncr_hex": d_ncr_hex, "uescape": d_uescape, "backslash_x": d_backslash_x, "percent": d_percent, "qp": d_qp,
    "mime": d_mime, "rtf": d_rtf, "hz": d_hz, "utf7": d_utf7, "utf16_gbk": d_utf16_gbk, "html_escape2": d_html_escape2,
    "pinyin": d_pinyin,
}

CJK = re.compile(r"[\u4e00-\u9fff]")


def choose_fragment(r, lines, where):
    """return (line_index, start, end) of a clean fragment to damage"""
    cand = [i for i, l in enumerate(lines) if len(CJK.findall(l)) >= 2]
    if not cand:
        cand = list(range(len(lines)))
    if where == "special":
        sp = [i for i, l in enumerate(lines) if re.search(r"[&<>\"']", l)]
        if sp:
            i = pick(r, sp)
            return i, 0, len(lines[i])
        where = "line"
    if where == "title":
        i = 0 if CJK.search(lines[0]) else cand[0]
        return i, 0, len(lines[i])
    if where == "sig":
        i = cand[-1]
        return i, 0, len(lines[i])
    if where == "line":
        i = pick(r, cand)
        return i, 0, len(lines[i])
    if where == "cell":
        tl = [i for i in cand if re.search(r" \| |\t|,|\|| {2}", lines[i]) and i > 0]
        if tl:
            i = pick(r, tl)
            cells = [m for m in re.finditer(r"[^|\t,]+", lines[i]) if CJK.search(m.group())]
            if cells:
                m = pick(r, cells)
                s, e = m.start(), m.end()
                while s < e and lines[i][s] == " ":
                    s += 1
                while e > s and lines[i][e - 1] == " ":
                    e -= 1
                return i, s, e
        where = "word"
    i = pick(r, cand)
    runs = [m for m in re.finditer(r"[\u4e00-\u9fff]{2,}", lines[i])]
    if not runs:
        return i, 0, len(lines[i])
    m = pick(r, runs)
    if where == "char":
        k = 1
    elif where == "phrase":
        k = min(len(m.group()), r.randint(5, 14))
    else:
        k = min(len(m.group()), r.randint(2, 6))
    s = m.start() + r.randint(0, len(m.group()) - k)
    return i, s, s + k


def apply_damage(r, lines, kind, where, n=1):
    lines = list(lines)
    fn = DAMAGE[kind]
    if where == "para":
        cand = [i for i, l in enumerate(lines) if CJK.search(l)]
        a = pick(r, cand[:max(1, len(cand) - 1)])
        b = min(len(lines), a + r.randint(2, 4))
        for i in range(a, b):
            if CJK.search(lines[i]):
                d = fn(lines[i], r)
                if d != lines[i]:
                    lines[i] = MD(d, lines[i])
        return lines
    if where == "doc":
        for i in range(len(lines)):
            if CJK.search(lines[i]) and (i == 0 or r.random() < 0.85):
                d = fn(lines[i], r)
                if d != lines[i]:
                    lines[i] = MD(d, lines[i])
        return lines
    done = set()
    for _ in range(n):
        for _try in range(10):
            i, s, e = choose_fragment(r, lines, where)
            if i in done or STX in lines[i]:
                continue
            frag = lines[i][s:e]
            d = fn(frag, r)
            if d == frag or not frag:
                continue
            lines[i] = lines[i][:s] + MD(d, frag) + lines[i][e:]
            done.add(i)
            break
    return lines


# insertion-type debris
def ins_nbsp(r, lines):
    i = pick(r, [k for k, l in enumerate(lines) if CJK.search(l)])
    lines[i] = MD(pick(r, ["&nbsp;&nbsp;&nbsp;&nbsp;", "&nbsp;", "&nbsp;&nbsp;", "&#160;&#160;", "&amp;nbsp;"]), "") + lines[i]
    if r.random() < 0.5:
        j = pick(r, range(len(lines)))
        if STX not in lines[j]:
            pos = len(lines[j]) // 2
            lines[j] = lines[j][:pos] + MD(pick(r, ["&nbsp;", "&ensp;", "&emsp;"]), "") + lines[j][pos:]
    return lines


def ins_tags(r, lines):
    cand = [k for k, l in enumerate(lines) if CJK.search(l)]
    for i in sub(r, cand, 1, 2):
        l = lines[i]
        if STX in l:
            continue
        op = pick(r, ['<span style="font-family:仿宋_GB2312;font-size:16pt">', "<p>", "<strong>", '<p class="MsoNormal">',
                      '<font face="宋体">', '<div align="center">', "<o:p>"])
        cl = pick(r, ["</span>", "</p>", "</strong>", "<br/>", "</o:p>", "</font>"])
        mode = r.random()
        if mode < 0.4:
            lines[i] = MD(op, "") + l + MD(cl, "")
        elif mode < 0.7:
            pos = r.randint(1, max(1, len(l) - 1))
            lines[i] = l[:pos] + MD(cl, "") + l[pos:]
        else:
            lines[i] = l + MD(pick(r, ["<br>", "<br />", "</p><p>", "&lt;br&gt;"]), "")
    return lines


def ins_bom(r, lines):
    bom = "\ufeff".encode("utf-8").decode(pick(r, ["cp1252", "latin-1", "gbk"]), "replace")
    i = 0 if r.random() < 0.6 else pick(r, range(len(lines)))
    lines[i] = MD(bom, "") + lines[i]
    return lines


def ins_emoji_moji(r, lines):
    em = pick(r, ["😀", "👍", "🙏", "❤️", "🔥", "😂", "🎉", "✅"])
    enc = pick(r, ["cp1252", "gbk", "latin-1"])
    i = pick(r, range(len(lines)))
    if STX in lines[i]:
        i = 0
    lines[i] = lines[i] + MD(em.encode("utf-8").decode(enc, "replace"), em)
    return lines


def ins_punct_moji(r, lines):
    """typographic punctuation inside a line damaged via cp1252 / gbk"""
    i = pick(r, [k for k, l in enumerate(lines) if CJK.search(l)])
    if STX in lines[i]:
        return lines
    w = re.findall(r"[\u4e00-\u9fff]{2,4}", lines[i])
    if not w:
        return lines
    word = pick(r, w)
    qa, qb = pick(r, [("“", "”"), ("‘", "’"), ("《", "》"), ("—", "—")])
    enc = pick(r, ["cp1252", "gbk", "latin-1"])
    pos = lines[i].find(word)
    da, db = qa.encode("utf-8").decode(enc, "replace"), qb.encode("utf-8").decode(enc, "replace")
    lines[i] = lines[i][:pos] + MD(da, qa) + word + MD(db, qb) + lines[i][pos + len(word):]
    return lines


def ins_log_escape(r, lines):
    """a pasted application log whose message is left as JSON/unicode escapes"""
    i = pick(r, [k for k, l in enumerate(lines) if CJK.search(l)])
    if STX in lines[i]:
        return lines
    msg = lines[i]
    frag = msg[:r.randint(4, max(4, min(24, len(msg))))]
    esc = json.dumps(frag)[1:-1]
    if esc == frag:
        return lines
    ts = f"2023-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    lines.insert(i + 1, f"[{ts}] INFO push msg=\"" + MD(esc, frag) + "\" status=200")
    return lines


def ins_gb2312_lost(r, lines):
    """document saved as GB2312: every character outside GB2312 (rare name characters) becomes '?'"""
    out = []
    for l in lines:
        if STX in l:
            out.append(l)
            continue
        out.append("".join(MD(c.encode("gb2312", "replace").decode("ascii"), c) if _not_gb2312(c) else c for c in l))
    return out


def _not_gb2312(c):
    try:
        c.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


INSERTS = {"gb2312_lost": ins_gb2312_lost, "nbsp": ins_nbsp, "tags": ins_tags, "bom": ins_bom, "emoji_moji": ins_emoji_moji, "punct_moji": ins_punct_moji,
           "log_escape": ins_log_escape}


# ----------------------------------------------------------------------------------------------
# styles
# ph positive: (style, genre, scheme, p, trap-or-None)
PH_POS = [
    ("report_xx_counts", "work_report", "x", .6, None), ("report_xx_upper", "work_report", "X", .5, None),
    ("report_cross_marks", "work_report", "cross", .5, None), ("report_mixed_masks", "work_report", "mixed", .5, None),
    ("report_xx_with_1plusx_trap", "work_report", "x", .4, "one_plus_x"), ("summary_xx_sparse", "summary", "x", .15, None),
    ("summary_mou_names", "summary", "mou", .9, None), ("summary_xx_with_mou_trap", "summary", "X", .4, "mou_prose"),
    ("summary_circle_masks", "summary", "circle", .7, None), ("notice_bracket_template", "notice", "bracket", .5, None),
    ("notice_xx_dates", "notice", "x", .5, None), ("notice_fill_paren", "notice", "fill", .5, None),
    ("notice_blank_lines", "notice", "blank", .5, None), ("contract_blanks", "contract", "blank", .6, None),
    ("contract_fill_paren", "contract", "fill", .5, None), ("contract_wordcc", "contract", "wordcc", .4, None),
    ("contract_stars_id", "contract", "stars", .9, None), ("minutes_xxx_names", "minutes", "x", .5, None),
    ("minutes_tbd_values", "minutes", "tbd", .9, None), ("stat_table_xx_cells", "stat_table", "x", .35, None),
    ("stat_table_cross_cells", "stat_table", "cross", .35, "multiply"), ("court_case_mou", "court_case", "mou", .9, None),
    ("court_case_stars", "court_case", "stars", .9, None), ("social_post_stars_phone", "social", "stars", .9, "stars_asterisk"),
    ("forum_thread_mixed", "forum", "mixed", .5, None), ("news_comments_xx", "comments", "x", .4, None),
    ("cs_chat_mustache", "cs_chat", "mustache", .5, None), ("cs_chat_stars_order", "cs_chat", "stars", .9, None),
    ("product_listing_dollar", "product", "dollar", .5, "sizes"), ("menu_price_xx", "menu", "x", .3, "brands_x"),
    ("itinerary_tbd", "itinerary", "tbd", .9, None), ("itinerary_angle_fields", "itinerary", "angle", .5, None),
    ("rental_stars_contact", "rental", "stars", .9, None), ("rental_xx_place", "rental", "X", .5, "multiply"),
    ("usedcar_stars_plate", "usedcar", "stars", .9, "brands_x"), ("usedcar_xx_year", "usedcar", "x", .5, None),
    ("recruit_printf", "recruit", "printf", .5, None), ("recruit_mustache_wx_trap", "recruit", "mustache", .5, "x_words"),
    ("lost_found_stars", "lost", "stars", .9, None), ("property_notice_bracket", "property", "bracket", .5, "real_brackets"),
    ("property_notice_xx", "property", "x", .5, None), ("group_buy_stars", "groupbuy", "stars", .9, None),
    ("livestream_xx", "livestream", "x", .4, "x_words"), ("sms_brace_vars", "sms", "brace", .6, None),
    ("sms_dollar_vars", "sms", "dollar", .6, None), ("email_merge_fields", "email", "merge", .6, None),
    ("email_printf", "email", "printf", .5, "files_emails"), ("pdf_extract_xx", "pdf", "x", .4, None),
    ("ocr_certificate_cross", "ocr", "cross", .5, None), ("csv_export_stars", "csv", "stars", .8, None),
    ("cms_page_xx", "cms", "X", .4, "xxgk_url"), ("mt_output_brace", "mt", "brace", .5, None),
    ("bid_tbd_todo", "bid", "todo", .9, None), ("bid_xx_budget", "bid", "x", .5, None),
    ("publicity_stars_ids", "publicity", "stars", .8, None), ("form_wordcc", "form", "wordcc", .5, None),
    ("speech_xxx_salute", "speech", "X", .5, None),
]
# ph negative: (style, genre, trap)
PH_NEG = [
    ("neg_report_1plusx", "work_report", "one_plus_x"), ("neg_report_mou_prose", "work_report", "mou_prose"),
    ("neg_summary_xray", "summary", "x_tech"), ("neg_summary_formula", "summary", "formula"),
    ("neg_notice_real_brackets", "notice", "real_brackets"), ("neg_notice_xxgk_url", "notice", "xxgk_url"),
    ("neg_contract_multiply", "contract", "multiply"), ("neg_minutes_tbd_prose", "minutes", "tbd_prose"),
    ("neg_stat_table_multiply", "stat_table", "multiply"), ("neg_court_case_mou_prose", "court_case", "mou_prose"),
    ("neg_social_stars_rating", "social", "stars_asterisk"), ("neg_forum_x_words", "forum", "x_words"),
    ("neg_comments_brands", "comments", "brands_x"), ("neg_cs_chat_files", "cs_chat", "files_emails"),
    ("neg_product_sizes", "product", "sizes"), ("neg_menu_xo_sauce", "menu", "brands_x"),
    ("neg_itinerary_multiply", "itinerary", "multiply"), ("neg_rental_asterisk", "rental", "stars_asterisk"),
    ("neg_usedcar_bmw_x5", "usedcar", "brands_x"), ("neg_recruit_x86", "recruit", "x_tech"),
    ("neg_lost_found_mou_prose", "lost", "mou_prose"), ("neg_property_brackets", "property", "real_brackets"),
    ("neg_groupbuy_wx", "groupbuy", "x_words"), ("neg_livestream_sizes", "livestream", "sizes"),
    ("neg_email_files", "email", "files_emails"), ("neg_pdf_formula", "pdf", "formula"),
    ("neg_cms_code_doc", "cms", "code_doc"), ("neg_bid_x86", "bid", "x_tech"), ("neg_speech_1plusx", "speech", "one_plus_x"),
]
# mj positive: (style, genre, kind, where, n, trap)
MJ_POS = [
    ("report_utf8_as_gbk_word", "work_report", "utf8_gbk", "word", 2, None),
    ("report_utf8_as_gbk_para", "work_report", "utf8_gbk", "para", 1, None),
    ("report_pinyin_artefact", "work_report", "pinyin", "doc", 1, None),
    ("report_gbk_byte_shift", "work_report", "gbk_shift", "phrase", 1, None),
    ("report_html_tags", "work_report", "@tags", None, 1, None),
    ("summary_utf8_as_cp1252", "summary", "utf8_cp1252", "phrase", 1, None),
    ("summary_kunkao", "summary", "kunkao", "word", 2, None),
    ("summary_qmark_lost", "summary", "qmark", "word", 2, None),
    ("notice_title_utf8_gbk", "notice", "utf8_gbk", "title", 1, None),
    ("notice_nbsp_entities", "notice", "@nbsp", None, 1, None),
    ("notice_utf8_gbk_double", "notice", "utf8_gbk_double", "word", 1, None),
    ("contract_gbk_as_utf8", "contract", "gbk_utf8", "line", 1, None),
    ("contract_rtf_hex", "contract", "rtf", "phrase", 1, None),
    ("minutes_utf8_big5", "minutes", "utf8_big5", "word", 2, None),
    ("minutes_sig_utf8_gbk", "minutes", "utf8_gbk", "sig", 1, None),
    ("stat_table_cell_gbk", "stat_table", "utf8_gbk", "cell", 2, None),
    ("stat_table_cell_cp1252", "stat_table", "utf8_cp1252", "cell", 1, None),
    ("court_case_ncr", "court_case", "ncr", "word", 2, None),
    ("social_emoji_mojibake", "social", "@emoji_moji", None, 1, "emoji"),
    ("social_utf8_cp1252_with_french", "social", "utf8_cp1252", "word", 1, "french"),
    ("forum_utf8_gbk_roundtrip", "forum", "utf8_gbk_roundtrip", "phrase", 1, None),
    ("forum_utf8_sjis_with_japanese", "forum", "utf8_sjis", "word", 1, "japanese"),
    ("comments_utf8_euckr_with_korean", "comments", "utf8_euckr", "word", 1, "korean"),
    ("comments_html_escape2", "comments", "html_escape2", "special", 1, None),
    ("cs_chat_uescape_log", "cs_chat", "@log_escape", None, 1, None),
    ("cs_chat_replacement_trunc", "cs_chat", "truncate", "line", 1, None),
    ("product_utf8_latin1", "product", "utf8_latin1", "word", 1, None),
    ("product_utf8_koi8r_with_russian", "product", "utf8_koi8r", "word", 1, "russian"),
    ("menu_utf8_cp1252_with_french", "menu", "utf8_cp1252", "word", 2, "french"),
    ("menu_gbk_big5", "menu", "gbk_big5", "word", 2, None),
    ("itinerary_utf8_cp437", "itinerary", "utf8_cp437", "word", 1, "box_table"),
    ("itinerary_big5_as_gbk", "itinerary", "big5_gbk", "phrase", 1, "trad_mixed"),
    ("rental_utf8_cp850", "rental", "utf8_cp850", "word", 1, None),
    ("rental_punct_mojibake", "rental", "@punct_moji", None, 1, None),
    ("usedcar_cp1252_double", "usedcar", "cp1252_double", "word", 1, None),
    ("usedcar_utf8_macroman", "usedcar", "utf8_macroman", "word", 1, "currency"),
    ("recruit_utf8_cp1251", "recruit", "utf8_cp1251", "word", 1, None),
    ("recruit_percent_in_prose", "recruit", "percent", "word", 1, "percent_url"),
    ("lost_found_gbk_as_sjis", "lost", "gbk_sjis", "word", 1, None),
    ("property_utf8_gb18030_line", "property", "utf8_gb18030", "line", 1, None),
    ("property_bom_cp1252", "property", "@bom", None, 1, None),
    ("groupbuy_utf8_cp866", "groupbuy", "utf8_cp866", "word", 1, "emoji"),
    ("livestream_utf8_greek", "livestream", "utf8_greek", "word", 1, "greek_math"),
    ("sms_kunkao_char", "sms", "kunkao", "char", 1, None),
    ("email_quoted_printable", "email", "qp", "line", 1, None),
    ("email_mime_header", "email", "mime", "title", 1, None),
    ("email_utf7", "email", "utf7", "word", 1, None),
    ("pdf_utf16_as_gbk", "pdf", "utf16_gbk", "phrase", 1, None),
    ("pdf_pinyin_lines", "pdf", "pinyin", "para", 1, None),
    ("ocr_gb2312_lost_rare_names", "ocr", "@gb2312_lost", None, 1, "rare_chars"),
    ("csv_bom_and_gbk", "csv", "utf8_gbk", "cell", 2, None),
    ("csv_utf8_eucjp", "csv", "utf8_eucjp", "cell", 1, None),
    ("cms_ncr_hex_title", "cms", "ncr_hex", "title", 1, "html_code"),
    ("cms_hz_usenet", "cms", "hz", "phrase", 1, None),
    ("mt_backslash_x_bytes", "mt", "backslash_x", "word", 1, None),
    ("bid_uescape_field", "bid", "uescape", "word", 1, None),
    ("publicity_utf8_gbk_names", "publicity", "utf8_gbk", "word", 2, "rare_chars"),
    ("speech_whole_doc_utf8_gbk", "speech", "utf8_gbk", "doc", 1, None),
]
# mj negative: (style, genre, traps...)
MJ_NEG = [
    ("neg_report_pinyin_lesson", "work_report", ("pinyin_lesson",)), ("neg_report_rare_chars", "work_report", ("rare_chars",)),
    ("neg_summary_greek_math", "summary", ("greek_math", "math_symbols")), ("neg_notice_trad_mixed", "notice", ("trad_mixed",)),
    ("neg_notice_percent_url", "notice", ("percent_url",)), ("neg_contract_typography", "contract", ("typography", "currency")),
    ("neg_minutes_russian_quote", "minutes", ("russian",)), ("neg_stat_table_box", "stat_table", ("box_table",)),
    ("neg_court_case_lookalike", "court_case", ("lookalike_chars",)), ("neg_social_emoji_kaomoji", "social", ("emoji", "emoji")),
    ("neg_forum_questions", "forum", ("questions",)), ("neg_comments_korean", "comments", ("korean", "emoji")),
    ("neg_cs_chat_paths", "cs_chat", ("paths",)), ("neg_product_japanese_kana", "product", ("japanese",)),
    ("neg_menu_french_latin", "menu", ("french", "latin_misc")), ("neg_itinerary_thai", "itinerary", ("thai_arabic", "korean")),
    ("neg_rental_currency", "rental", ("currency",)), ("neg_usedcar_math", "usedcar", ("math_symbols",)),
    ("neg_recruit_hex_doc", "recruit", ("hex_doc",)), ("neg_lost_lookalike", "lost", ("lookalike_chars",)),
    ("neg_property_typography", "property", ("typography",)), ("neg_groupbuy_emoji", "groupbuy", ("emoji",)),
    ("neg_livestream_pinyin_numbers", "livestream", ("pinyin_numbers",)), ("neg_email_french", "email", ("french",)),
    ("neg_pdf_greek", "pdf", ("greek_math",)), ("neg_cms_html_code_doc", "cms", ("html_code",)),
    ("neg_mt_escape_doc", "mt", ("escape_doc",)), ("neg_bid_percent_url", "bid", ("percent_url",)),
    ("neg_publicity_rare_chars", "publicity", ("rare_chars",)),
]

# per-style pattern exemptions for the negative check (the trap is legitimately code / escapes)
NEG_EXEMPT = {"neg_cms_code_doc": {"code"}, "neg_cms_html_code_doc": {"html"}, "neg_mt_escape_doc": {"uesc"},
              "neg_notice_percent_url": set(), "neg_bid_percent_url": set()}


def insert_trap(r, lines, trap):
    t = PH_TRAPS.get(trap) or MJ_TRAPS.get(trap)
    v = t(r)
    if isinstance(v, list):
        pos = r.randint(1, len(lines))
        return lines[:pos] + v + lines[pos:]
    pos = r.randint(1, len(lines))
    if r.random() < 0.35 and pos < len(lines) and lines[pos - 1].endswith("。"):
        lines = list(lines)
        lines[pos - 1] = lines[pos - 1] + v
        return lines
    return lines[:pos] + [v] + lines[pos:]


def clip(r, lines):
    if len(lines) > 12:
        lines = lines[:12]
    return lines


def gen_record(seed, style, fam, spec, i):
    r = random.Random(f"t25|{seed}|{style}|{i}")
    Ctx.cleans = []
    if fam == "ph" and spec[0] == "pos":
        _, genre, scheme, p, trap = spec
        lines = None
        ok = False
        for attempt in range(40):
            f = Fill(r, scheme, p if attempt < 10 else 1.0)
            lines = GENRES[genre](r, f)
            if scheme in ("todo",) and r.random() < 0.5:
                lines.insert(r.randint(1, len(lines)), M(pick(r, ["TODO：补充联系人信息", "TODO: 核对金额", "【待补充】"])))
            if trap and r.random() < 0.6:
                lines = insert_trap(r, lines, trap)
            lines = clip(r, lines)
            if any(STX in l for l in lines):
                ok = True
                break
        assert ok, style
        label, note = "placeholder", f"{genre} with {scheme} placeholders" + (f"; trap {trap}" if trap else "")
    elif fam == "ph":
        _, genre, trap = spec
        lines = GENRES[genre](r, Fill(r))
        lines = insert_trap(r, lines, trap)
        if r.random() < 0.4:
            lines = insert_trap(r, lines, trap)
        label, note = "negative", f"{genre}, clean, look-alike {trap}"
    elif spec[0] == "pos":
        _, genre, kind, where, n, trap = spec
        ok = False
        for outer in range(10):
            lines = GENRES[genre](r, Fill(r))
            if trap and (r.random() < 0.6 or kind == "@gb2312_lost"):
                lines = insert_trap(r, lines, trap)
            lines = clip(r, lines)
            for attempt in range(20):
                Ctx.cleans = []
                if kind.startswith("@"):
                    out = INSERTS[kind[1:]](r, list(lines))
                else:
                    out = apply_damage(r, lines, kind, where, n if where not in ("char",) else r.randint(1, n))
                if any(STX in l for l in out):
                    lines, ok = out, True
                    break
            if ok:
                break
        assert ok, style
        label, note = "mojibake", (f"{genre}; {kind[1:]} debris" if kind.startswith("@") else f"{genre}; {kind} damage at {where}") + (f"; trap {trap}" if trap else "")
    else:
        _, genre, traps = spec
        lines = GENRES[genre](r, Fill(r))
        for t in traps:
            lines = insert_trap(r, lines, t)
        label, note = "negative", f"{genre}, clean, look-alike " + "+".join(traps)
    lines = clip(r, lines)
    text, spans, cleans = finalize("\n".join(lines))
    return {"id": None, "family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note}, cleans


def all_styles():
    out = []
    for s, g, sch, p, t in PH_POS:
        out.append((s, "ph", ("pos", g, sch, p, t)))
    for s, g, t in PH_NEG:
        out.append((s, "ph", ("neg", g, t)))
    for s, g, k, w, n, t in MJ_POS:
        out.append((s, "mj", ("pos", g, k, w, n, t)))
    for s, g, ts in MJ_NEG:
        out.append((s, "mj", ("neg", g, ts)))
    return out


def generate(seed):
    recs = []
    n = 0
    for style, fam, spec in all_styles():
        seen = set()
        k = 0
        tries = 0
        while k < PER_STYLE and tries < PER_STYLE * 6:
            rec, cleans = gen_record(seed, style, fam, spec, tries)
            tries += 1
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            n += 1
            k += 1
            rec["id"] = f"t25-s{seed}-{fam}-{n:05d}"
            recs.append((rec, cleans))
    return recs


# ----------------------------------------------------------------------------------------------
# verification
PH_SPAN_RE = re.compile(r"[xX×]|某|[＿_]{3,}|【[^】]+】|\{\{.+\}\}|\$\{\w+\}|\{\w+\}|%[sd]|«[^»]+»|\*|TODO|TBD|待定|待补充|待确定|"
                        r"此处|填写|点击|输入|[○□△]|<[^>]+>|\[[^\]]+\]")
STRONG_PH = {
    "xx": re.compile(r"(?<![A-Za-z])[xX]{2,}(?![A-Za-z])"),
    "x_unit": re.compile(r"(?<![A-Za-z])[xX](?=[月日号户家名项万元亿%])"),
    "cross": re.compile(r"××"),
    "moumou": re.compile(r"某某|某甲"),
    "surname_mou": re.compile("[" + "".join(SURN) + r"]某(?![些种个一年月日天时处人地样次方项瞬类])"),
    "blank": re.compile(r"＿{2,}|_{3,}"),
    "bracket": re.compile(r"【[^】]{0,8}(名称|姓名|金额|日期|电话|地址|数量|单位名|填写|号码|比例|年份|文号|内容|时间|价格)[^】]{0,4}】"),
    "code": re.compile(r"\{\{.*?\}\}|\$\{\w+\}|\{[A-Za-z_]\w*\}|\{\d\}|%[sd](?![A-Za-z])"),
    "merge": re.compile(r"«[^»]*[\u4e00-\u9fff][^»]*»"),
    "stars": re.compile(r"\*{2,}|[" + "".join(SURN) + r"]\*[\u4e00-\u9fff]|\d\*+\d"),
    "todo": re.compile(r"TODO|TBD|待定(?!夺|点)|待补充|待确定|此处填写|请填写|点击此处|单击或点击|单击此处"),
    "circle": re.compile(r"○○|□□|△△|[○□]月"),
    "angle": re.compile(r"<(姓名|名称|金额|日期|联系电话|单位名称|[\u4e00-\u9fff]{2,5})>|\[[A-Z_]{3,}\]|\[(姓名|客户名称|[\u4e00-\u9fff]{2,5}名称)\]"),
}
STRONG_MJ = {
    "kunkao": re.compile(r"锟斤拷|烫烫|屯屯"),
    "repl": re.compile("\ufffd"),
    "cp1252": re.compile(r"â€|Ã[\x80-\xbf¡-¿]|Â[\xa0-\xbf]|ï»¿|ðŸ"),
    "gbkmoji": re.compile(r"鍙|鐨|鏄|涓€|锛|銆|鍦|浠|鎴|瀹|缁|璁|鈥|闂"),
    "html": re.compile(r"&(amp;)+|&nbsp;|&ensp;|&emsp;|&#\d+;|&#x[0-9a-f]+;|</?(span|p|strong|font|div|o:p)[ >/]|<br"),
    "uesc": re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-f]{2}"),
    "qp": re.compile(r"=E[4-9][0-9A-F]=|=\?utf-8\?"),
    "pinyin_art": re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)[\u4e00-\u9fff]"),
    "rtf": re.compile(r"\\'[0-9a-f]{2}"),
    "hz": re.compile(r"~\{"),
}


def check_record(rec, cleans=None):
    errs = []
    t, sp = rec.get("text"), rec.get("spans")
    for key in ("id", "family", "style", "label", "text", "spans", "note"):
        if key not in rec:
            errs.append(f"missing {key}")
    if errs:
        return errs
    fam, lab = rec["family"], rec["label"]
    if fam not in ("ph", "mj") or lab not in ("placeholder", "mojibake", "negative"):
        errs.append("bad family/label")
    if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
        errs.append("label does not fit family")
    if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
        errs.append("style not snake_case")
    nlines = t.count("\n") + 1
    if not t.strip() or nlines > 12:
        errs.append(f"bad line count {nlines}")
    if "\n" in rec["note"]:
        errs.append("note not one line")
    prev = -1
    for s, e in sp:
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            errs.append(f"span out of range {s},{e}")
            continue
        if s < prev:
            errs.append("spans overlap/unsorted")
        prev = e
    if errs:
        return errs
    if lab == "negative":
        if sp:
            errs.append("negative with spans")
        ex = NEG_EXEMPT.get(rec["style"], set())
        for nm, rx in list(STRONG_PH.items()) + list(STRONG_MJ.items()):
            if nm in ex:
                continue
            m = rx.search(t)
            if m:
                errs.append(f"negative contains {nm}: {m.group()!r}")
        return errs
    if not sp:
        errs.append("positive without spans")
    masked = list(t)
    for s, e in sp:
        for k in range(s, e):
            masked[k] = "\x00"
    rest = "".join(masked)
    if lab == "placeholder":
        for s, e in sp:
            if not PH_SPAN_RE.search(t[s:e]):
                errs.append(f"span is not a placeholder: {t[s:e]!r}")
            pc = "xX×*＿_○□△"
            if (s > 0 and t[s - 1] in pc and t[s] in pc) or (e < len(t) and t[e - 1] in pc and t[e] in pc):
                errs.append(f"span boundary cuts a placeholder: {t[max(0, s - 2):e + 2]!r}")
        for nm, rx in list(STRONG_PH.items()) + list(STRONG_MJ.items()):
            m = rx.search(rest)
            if m:
                errs.append(f"placeholder outside spans ({nm}): {m.group()!r}")
    else:
        for nm, rx in STRONG_PH.items():
            m = rx.search(rest)
            if m:
                errs.append(f"mojibake record contains placeholder ({nm}): {m.group()!r}")
        if cleans is not None:
            if len(cleans) != len(sp):
                errs.append("clean list mismatch")
            else:
                for (s, e), cl in zip(sp, cleans):
                    if cl is None or t[s:e] == cl:
                        errs.append(f"mojibake span equals clean text: {t[s:e]!r}")
    return errs


def verify(paths):
    bad = 0
    cache = {}
    for path in paths:
        ids = set()
        n = 0
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except ValueError as ex:
                    print(f"{path}:{ln}: bad json {ex}")
                    bad += 1
                    continue
                n += 1
                if rec.get("id") in ids:
                    print(f"{path}:{ln}: duplicate id")
                    bad += 1
                ids.add(rec.get("id"))
                cleans = None
                m = re.match(r"t25-s(\d+)-", rec.get("id", ""))
                if m and rec.get("label") == "mojibake":
                    sd = int(m.group(1))
                    if sd not in cache:
                        cache[sd] = {rr["id"]: (rr, cl) for rr, cl in generate(sd)}
                    ref = cache[sd].get(rec["id"])
                    if ref is None or ref[0]["text"] != rec["text"] or ref[0]["spans"] != rec["spans"]:
                        print(f"{path}:{ln}: record does not match regeneration of seed {sd}")
                        bad += 1
                    else:
                        cleans = ref[1]
                for e in check_record(rec, cleans):
                    print(f"{path}:{ln} [{rec.get('style')}]: {e}")
                    bad += 1
        print(f"{path}: {n} records checked")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


def style_table(path):
    from collections import OrderedDict
    rows = OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            row = rows.setdefault(rec["style"], {"family": rec["family"], "placeholder": 0, "mojibake": 0, "negative": 0, "ex": None})
            row[rec["label"]] += 1
            if row["ex"] is None:
                t = rec["text"]
                if rec["spans"]:
                    s, e = rec["spans"][0]
                    a = max(0, s - 25)
                    ex = t[a:s] + "⟦" + t[s:e][:40] + "⟧" + t[e:e + 15]
                else:
                    ex = t[:70]
                row["ex"] = ex.replace("\n", "⏎").replace("|", "\\|")
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for s, row in rows.items():
        out.append(f"| {s} | {row['family']} | {row['placeholder']} | {row['mojibake']} | {row['negative']} | {row['ex']} |")
    print("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        style_table(a.style_table)
        return
    if a.seed is None or not a.out:
        ap.error("need --seed and --out")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec, _ in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["family"], r["label"]) for r, _ in recs)
    print(f"wrote {len(recs)} records to {a.out}: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(c.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
