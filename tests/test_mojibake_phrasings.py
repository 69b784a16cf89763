"""Damage and look-alikes that an independently written test collection used and the mojibake rules
first missed or misread (each sentence is written here)."""

from __future__ import annotations

import json

import pytest

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import InputOptions, iter_records

CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith("MJ")])


def _found(text: str, path: str = "a.txt") -> list[tuple[str, str]]:
    doc = Document(path, text)
    return [(f.rule_id, text[f.start:f.end]) for f in audit_document(doc, CHECKERS)]


@pytest.mark.parametrize(("text", "rule", "span"), [
    # the same mark left at a line's start, no quotation marks around it
    ("ï»¿全年工作总结\n一、主要成效", "MJ014", "ï»¿"),
    # the twenty-eighth and twenty-ninth sets: a page's style sheet, a word processor's balloons and a content
    # system's page breaks in the text; a PDF's simulated bold; escapes of a comment with its emoji; Japanese read
    # as cp1252 inside Chinese quotation marks, bytes of it lost
    (".TRS_Editor P{margin-top:-5px;font-size:12pt;}\n此外，争取上级专项资金1850万元。", "MJ011",
     ".TRS_Editor P{margin-top:-5px;font-size:12pt;}"),
    ("一、主要工作成效删除的内容: 16\n全年完成地区生产总值", "MJ011", "删除的内容: 16"),
    ("项目于7月27日正式投产。[page][page]\n完成参保9823人", "MJ011", "[page][page]"),
    ("一一、、主主要要工工作作成成效效\n全年完成投资", "MJ021", "一一、、主主要要工工作作成成效效"),
    ("网友留言：\\u4e3a\\u5bb6\\u4e61\\u70b9\\u8d5e\\ud83d\\ude4f", "MJ013",
     "\\u4e3a\\u5bb6\\u4e61\\u70b9\\u8d5e\\ud83d\\ude4f"),
    ("来信原文如下：“ç’°å¢ƒã«ã‚„ã•ã—ã„ã¾ã¡ã¥ãã‚Šã‚’ç›®æŒ‡ã—ã¦ã„ã¾ã™”", "MJ004",
     "ç’°å¢ƒã«ã‚„ã•ã—ã„ã¾ã¡ã¥ãã‚Šã‚’ç›®æŒ‡ã—ã¦ã„ã¾ã™"),
    # a tag whose > was lost, its last value open before the text; attributes without the tag's name; a decimal
    # reference without its semicolon
    ("全县基本<p style=\"text-indent:2em养老保险参保率稳定。", "MJ011", "<p style=\"text-indent:2em"),
    ("有关单位：\nstyle=\"line-height:150%\">东岭乡获评示范乡镇。", "MJ011", "style=\"line-height:150%\">"),
    ("一、工作成效\n&#12288一是深化联动机制。", "MJ012", "&#12288"),
    # a one-letter tag glued between Chinese characters, attributes glued to one; an object's placeholder in a word;
    # a literal line break before a year
    ("收集群p>众意见建议。", "MJ011", "p>"),
    ("经验被市style=\"line-height:150%\">级简报刊发。", "MJ011", "style=\"line-height:150%\">"),
    ("医疗卫\ufffc生服务按时推进。", "MJ014", "\ufffc"),
    ("夯实发展基础\\n2024年民生实事项目。", "MJ013", "\\n"),
    # emoji of UTF-8 read as GBK: 馃 and one more character each
    ("居民留言：“活动办得真好馃憤馃憤”", "MJ001", "馃憤"),
    ("标题为《丰收啦馃帀》的推文", "MJ001", "馃帀"),
    # JSON or JavaScript escapes nobody decoded, and GBK bytes percent-escaped
    ("区\\u6587\\u65c5局召开会议。", "MJ013", "\\u6587\\u65c5"),
    ("区%u6587%u65C5局召开会议。", "MJ013", "%u6587%u65C5"),
    ("有力保障了%BE%AD%BC%C3发展。", "MJ013", "%BE%AD%BC%C3"),
    # words lost to question marks, whole clauses at a time
    ("上半年，????????????183??，超额完成任务。", "MJ008", "????????????"),
    # the 0xDD fill of freed memory read as GBK
    ("发放救助资金8606葺葺葺葺葺葺。", "MJ007", "葺葺葺葺葺葺"),
    # UTF-8 bytes written as Python escapes or as quoted-printable
    ("维修山塘水库34\\xe5\\xba\\xa7。", "MJ013", "\\xe5\\xba\\xa7"),
    ("累计培训298=E4=BA=BA=E6=AC=A1。", "MJ013", "=E4=BA=BA=E6=AC=A1"),
    # a comment left by a copy from Word, a tag with attributes whose < was lost
    ("全面完成项目验收，<!--[endif]-->群众满意度提升。", "MJ011", "<!--[endif]-->"),
    ("新建基站35个，p style=\"text-indent:2em\">建成变电站一座。", "MJ011", "p style=\"text-indent:2em\">"),
    # a simplified word annotated character by character
    ("完成年度投(tóu)资(zī)计划的90%。", "MJ010", "投(tóu)资(zī)"),
    # glyphs a PDF extractor could not map; invisible debris of joined files and web pages
    ("现(cid:7965)协调解决用地问题。", "MJ007", "(cid:7965)"),
    ("粮食播种面积保持稳定。ï»¿标准化厂房项目已完工。", "MJ014", "ï»¿"),
    ("完成植\ufeff树造林5467亩。", "MJ014", "\ufeff"),
    ("我们深入开\u200b展实践活动。", "MJ014", "\u200b"),
    # a Kangxi radical and a compatibility ideograph for ordinary characters (PDF extraction)
    ("已完成主体⼯程，累计完成投资739.17万元。", "MJ019", "⼯"),
    ("截⾄⽬前，形成了经验做法。", "MJ019", "⾄⽬"),
    ("精\uf9a8神文明建设。", "MJ019", "\uf9a8"),
    # a tag whose > was lost, between Chinese text and punctuation
    ("精心部署信访维稳</spa，呈现良好态势。", "MJ011", "</spa"),
    ("大力实施退役军人服务<br，各项指标稳中有进。", "MJ011", "<br"),
    # direction marks pasted into Chinese text
    ("持续深化\u202b作风建设三年行动。", "MJ014", "\u202b"),
    ("兰桥社区持续深化\u200f党建引领。", "MJ014", "\u200f"),
    ("整顿软弱涣散村党组织\x0b8个。", "MJ014", "\x0b"),
    ("abc\x1fdef", "MJ014", "\x1f"),
    # a byte-order mark at the start of a line inside the text: two files joined
    ("全面完成各项任务。\n\ufeff全年一般公共预算收入增长。", "MJ014", "\ufeff"),
    # … and at the start of a record's text (a file's or standard input's is taken off by the reader)
    ("\ufeff全年一般公共预算收入增长。", "MJ014", "\ufeff"),
    # two ? between Chinese punctuation, or after a percentage, where characters were lost
    ("各项任务按时序推进。??“生态文明建设”工作思路", "MJ008", "??"), ("参保率稳定在20.0%??。", "MJ008", "??"),
    # the end of a tag whose name and attribute were lost, an entity whose & was lost
    ("新增产值13.83亿元\"font-size:16px\">。", "MJ011", "\"font-size:16px\">"),
    ("新兴产业支撑不足nbsp;。", "MJ012", "nbsp;"),
    # a soft hyphen beside Chinese text; two ? before a number after a Chinese word
    ("深入开展安全生产专项整治\xad，排查整改隐患。", "MJ014", "\xad"), ("总值81.85亿元，同比??4.5%。", "MJ008", "??"),
    # UTF-8 read as KOI8-R and as DOS 850
    ("项目Е╝▄Ф┬░И╙▄Ф■╤，群众满意。", "MJ015", "Е╝▄Ф┬░И╙▄Ф■╤"),
    ("Õå£Þ┤©Õ©éÕ£║改造完成。", "MJ015", "Õå£Þ┤©Õ©éÕ£║"),
    # a mail header's encoded word left as it came (UTF-8 and GB2312, base64)
    ("收到邮件，主题：=?UTF-8?B?5YWz5LqO5byA5bGV5bel5L2c?=，请阅处。", "MJ013", "=?UTF-8?B?5YWz5LqO5byA5bGV5bel5L2c?="),
    ("附件：=?GB2312?B?1tDOxLmk1/c=?=.docx", "MJ013", "=?GB2312?B?1tDOxLmk1/c=?="),
    # quoted-printable of GBK bytes; a word processor's styles copied with its text
    ("=B3=D6=D0=F8=BF=AA=D5=B9，清理积存垃圾。", "MJ013", "=B3=D6=D0=F8=BF=AA=D5=B9"),
    ("推进建设。mso-spacerun:yes扎实开展走访。", "MJ011", "mso-spacerun:yes"),
    ('style="mso-char-indent-count:2.0"区医疗保障局高度重视。', "MJ011", 'style="mso-char-indent-count:2.0"'),
    ("下降2.4%。/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;mso-tstyle-rowband-size:0;}",
     "MJ011", "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;mso-tstyle-rowband-size:0;}"),
    # GBK read with windows-1251, KOI8-R and DOS 866 (the thirteenth held-out set)
    ("全市УЄЙМ»·ѕііЦРшУЕ»Ї。", "MJ020", "УЄЙМ»·ѕііЦРшУЕ»Ї"),
    ("开展е╘╢Ехк╬с╩╥╬ЁуШжн行动。", "MJ020", "е╘╢Ехк╬с╩╥╬ЁуШжн"),
    ("│╟╩╨╣▄└э║═╫█║╧╓┤╖и工作有序推进。", "MJ020", "│╟╩╨╣▄└э║═╫█║╧╓┤╖и"),
    # a word of two characters overwritten with fill (a table's cell, a field's name)
    ("序号\t工作烫烫\t责任单位\n1\t档案整理\t县档案馆", "MJ007", "烫烫"),
    ("项目名称：道路改造\n屯屯地点：东湖镇", "MJ007", "屯屯"),
    # an emoji saved in GBK, lost as ? before a comma
    ("东湖公园的樱花开了?，周末一起去看看吧！", "MJ008", "?"),
    # the twenty-sixth and twenty-seventh sets: a JSON string of HTML that kept its tags' letters and its numbers as
    # they were; a line end converted twice; accents and an enclosing circle on ideographs
    ("会议召开。\n\\u003cp\\u003e\\u589e\\u957f84.3%\\u3002\\u003c/p\\u003e\n特此通知。", "MJ013",
     "\\u003cp\\u003e\\u589e\\u957f84.3%\\u3002\\u003c/p\\u003e"),
    ("志愿者报名表\r\r\n姓名：王强\r\n", "MJ014", "\r"),
    ("《江\u0301行》\n吴晓峰（2021年作）", "MJ014", "\u0301"),
    ("作者：袁明\u20dd轩", "MJ014", "\u20dd"),
    # a magnitude lost between a number and its unit
    ("全年完成规模以上工业总产值110.99?元，同比增长19.8%。", "MJ008", "?"),
    # a wiki page's markup and a LaTeX source's commands left in the text
    ("永洲乡\n\'\'\'永洲乡\'\'\'是兴原区下辖的乡，位于[[兴原区|兴原区]]南部。", "MJ011", "[[兴原区|兴原区]]"),
    ("面积20.5平方公里。<ref>{{cite web|title=概况}}</ref>\n== 历史 ==\n1957年设乡。", "MJ011", "== 历史 =="),
    ("一、取得的成效~\\cite{zhang2022}\n全年税收收入占一般公共预算收入的52.8\\%。", "MJ011", "\\%"),
    # a lost character in a figure, outside any quotation
    ("全年完成投资\ufffd亿元。", "MJ007", "\ufffd"),
    # a line break escaped in prose, beside a line of JSON; a radical in running text, in an index's document
    ('{"id": 1}\n备注：第一行\\n第二行', "MJ013", "\\n"),
    # a name git or a shell quoted in octal, its quotes kept; GBK read as Mac OS Roman, a title, a short table cell
    ('会议纪要\n"\\344\\270\\273\\346\\214\\201"：孙云', "MJ013", "\\344\\270\\273\\346\\214\\201"),
    ("œÓƒøÕ∆Ω¯◊®Ã‚ª·“ÈºÕ“™\n时间：2022年12月22日", "MJ020", "œÓƒøÕ∆Ω¯◊®Ã‚ª·“ÈºÕ“™"),
    ("序号\t单位\t项目\n1\t«¯◊°Ω®æ÷\t学校食堂改造", "MJ020", "«¯◊°Ω®æ÷"),
    # RTF's Unicode escapes in decimal, signed past 32767; a mail's short line of Base64 (面试通知)
    ("押金为人\\u27665?\\u24065?8374.48元。", "MJ013", "\\u27665?\\u24065?"),
    ("6Z2i6K+V6YCa55+l\n您已被我单位录用。", "MJ013", "6Z2i6K+V6YCa55+l"),
    ("部首检字表\n⼈⼤代表", "MJ019", "⼈⼤"),
])
def test_damage_is_found(text, rule, span):
    assert (rule, span) in _found(text)


@pytest.mark.parametrize("text", [
    # a byte-order mark shown as Latin-1, quoted in a text about encodings; a lesson on tone sandhi; a garble quoted
    # as the example of a text about encodings; words doubled in a blessing; a style rule written about
    "用GBK打开UTF-8文件，“发展”会显示为“鍙戝睍”。",
    "祝大家平平安安、健健康康、快快乐乐！",
    "在CSS中写 p{color:red;} 即可把段落设为红色。",
    "文件开头的BOM在部分编辑器中会显示为“ï»¿”，保存为无BOM格式即可。",
    "“一(yī)”在第四声前变读为第二声，如一定(yídìng)。",
    # a comparison, a path
    "当a>b时，公式成立。", "文件保存在D:\\n2024\\data目录。",
    # HTML shown on purpose: a closed tag whose value is Chinese
    "图片须添加替代文本，例如<img src=\"map.png\" alt=\"区位图\">。",
    # a dish's name of rare characters (莜面栲栳栳): its GBK⇄Big5 swap is common characters that make no word
    "山西面食节上，莜面栲栳栳最受欢迎。",
    # 馃 of 馃子 (a pastry), a rare character: no emoji after it
    "山西面食节上，油馃子最受欢迎。",
    # a table drawn in box characters is no Big5 read as GBK
    "┌────────┬────┐\n│指标│数值│\n└────────┴────┘",
    "╔══════╦══════╗\n║指标║数值║\n╚══════╩══════╝",
    # tags and references written about, not left over
    "在HTML中，不间断空格写作“&nbsp;”，与号写作“&amp;”。",
    "开发人员将页面中的 <br> 换行标签替换为CSS样式。",
    "发布前检查正文，不得残留“<span>”等标签。",
    # a real question, and a pinyin lesson
    "这项工作完成了吗?",
    "“谢谢”的拼音是 xiè xie，“重(zhòng)要”中的重读第四声。",
    # signatures and escapes written about
    "文件出现“锟斤拷”时，说明已按错误编码保存过。",
    "程序员常说的“烫烫烫”，来自未初始化的栈内存。",
    "在JSON字符串中，汉字“中”可以写作\\u4e2d。",
    "地址栏中的%20表示空格。",
    # equals signs and hexadecimal in a formula; a style sheet in an HTML page is its own
    "颜色值为=FF=00=AA=BB，公式a=B2=C3。",
    # this tool's own directives are no debris
    "<!-- auditor-disable-next-line PH001 -->\n正文。",
    # code quoting an escape of a Latin letter
    "字母A写作\\u0041。",
    # mojibake quoted as an example, references explained by 写作; a page break, an emoji sequence
    "培训中展示了GBK与UTF-8混用时出现“鍙戝睍”之类乱码的原因。",
    "技术规范要求，文本中的“&”必须写作&amp;，不换行空格写作&nbsp;。",
    "第一页结束。\n\x0c\n第二页开始。",
    "全家福👨\u200d👩\u200d👧",
    # a byte-order mark at the very start, a doubled question, a Russian title
"这是真的吗??", "俄文报刊《Правда》和《Известия》。",
    "hyphen\xadation in an English word", "是吗??5个人都来了",
    # direction marks doing their work beside Arabic or Hebrew; a tag shown as the way to write it
    "阿拉伯语问候写作\u200fمرحبا\u200f。", "希伯来语\u202bשלום\u202c一词。",
    "无障碍改造要求为图片添加替代文本，写法如<img alt=\"公告\">。", "当a<b时，x<y，成立。", "符号“<br”表示换行。",
    "培训课件示例：<title>政务公开</title>用于设置网页标题。", "部首 ⼯ 的写法",
    # the tenth held-out set: a tag given as an example, an escape named beside the line break it stands for
    "地图须标注来源，例如<img src=\"a.png\" alt=\"示意\">。", "数据文件的换行符统一为LF（\\n）。",
    # an encoded word written about, or one of Latin text
    "邮件主题中的=?UTF-8?B?5Lit5paH?=是编码写法。", "Subject: =?UTF-8?B?SGVsbG8=?=",
    # Russian quoted in Chinese text: its bytes read as GBK make no Chinese words
    "代表团团长致辞：“Дорогие друзья, добро пожаловать в наш город”。",
    "合作备忘录的俄文标题为«Соглашение о сотрудничестве»。",
    # 烫烫 that means "very hot"; a question that ends its sentence
    "刚出锅的馒头烫烫的，小心别烫着手。", "冬天抱着热烫烫的暖水袋。", "他们真的完成了?",
    # a line of HTML shown whole after a line about markup that ends with a colon; JSON fields each escaped apart;
    # letters between escapes that make no Chinese string; pinyin's tones on Latin letters, decomposed
    "前端笔记\n在HTML中，可以这样写：\n<span style=\"color:red\">重要提示</span>\n其中的标签需成对出现。",
    "接口返回：{\"name\":\"\\u4e2d\\u6587\",\"id\":\"\\u5de5\\u4f5c\"}（说明文档中的JSON示例）",
    "代码示例：\\u4e2dabc\\u6587", "拼音：fa\u0304 zha\u030cn（发展）", "一、主要工作\r\n二、存在问题\r\n",
    "这件衣服多少元?",
    # LaTeX's commands in a text about LaTeX
    "LaTeX入门：加粗文字使用\\textbf{文字}命令，引用文献使用\\cite{key}，百分号须写作\\%。",
    # a garble quoted as the example of itself in a text about encodings; a reader that gives every character of its
    # sentences its reading
    "把UTF-8编码的“中文”按GBK解读，就会显示成“涓\ufffd鏂\ufffd”。",
    "亲子共读小故事\n春(chūn)天(tiān)来(lái)了(le)。\n小(xiǎo)猫(māo)钓(diào)鱼(yú)。",
    # Zhuyin in a lesson; boxes an edition declares its mark of characters the source does not show; a line break
    # escaped in a string of JSON shown as an example; an index of radicals
    "第二課 注音符號：ㄅㄆㄇㄈ、ㄉㄊㄋㄌ。\n請拼出：ㄇㄚ（媽）、ㄅㄚˋ（爸）。",
    "桥碑（校注本）\n是岁秋，□蝗为灾，知县□公开仓赈济。\n凡例：阙文以□标示，一□为一字。",
    "返回示例：\n{\"code\": 0, \"remark\": \"第一行\\n第二行\"}",
    "部首检字表\n⼈部 第12页  ⽔部 第40页\n⽊部 第33页",
    # octal escapes written about in Chinese quotation marks; math signs of Mac OS Roman used as math
    "git 中文件名显示为“\\344\\270\\255”，这是八进制转义。", "π≈3.14，∑为求和符号。",
    "验证码：ABCDEFGHabcdefgh\n请在5分钟内输入。",
])
def test_look_alikes_stay_silent(text):
    assert _found(text) == []


def test_a_record_of_a_corpus_file_is_plain_text(tmp_path):
    """Whole HTML tags are debris in a .txt file, and in a record of a JSON Lines corpus too."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "r1", "text": "第一段<br>第二段"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    (doc,) = list(iter_records(str(corpus), "jsonl", InputOptions()))
    assert [(f.rule_id, doc.text[f.start:f.end]) for f in audit_document(doc, CHECKERS)] == [("MJ011", "<br>")]
    assert _found("第一段<br>第二段", "notes.md") == []
