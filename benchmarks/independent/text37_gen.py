#!/usr/bin/env python3
"""text37_gen.py - held-out set 37: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Deterministic per seed (string seeds go through SHA-512 in random.Random,
so PYTHONHASHSEED has no effect).

  python3 text37_gen.py --seed 11 --out text37_seed11.jsonl
  python3 text37_gen.py --verify text37_seed11.jsonl text37_seed12.jsonl
  python3 text37_gen.py --seed 11 --table        # markdown style table (used for the README)
"""
import argparse
import codecs
import json
import random
import re
import sys
from collections import Counter, OrderedDict

SET_ID = 37


# ---------------------------------------------------------------------------
# codec error handler: bytes that cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are
# mapped to the C1 control with the same number, as browsers and many converters do.
# ---------------------------------------------------------------------------
def _t37_latin1(exc):
    if isinstance(exc, UnicodeDecodeError):
        b = exc.object[exc.start:exc.end]
        return ''.join(chr(x) for x in b), exc.end
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            out.append(ord(ch) if ord(ch) < 256 else 0x3F)
        return bytes(out), exc.end
    raise exc


codecs.register_error('t37latin1', _t37_latin1)
LATIN_DEC = ('cp1252', 'latin-1')
CP1252_HIGH = set(bytes(range(0x80, 0xA0)).decode('cp1252', 't37latin1'))

LINEBREAKS = set('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')

# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
            '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴孔向汤')
GIVEN = ['建国', '丽华', '志强', '秀英', '海燕', '晓东', '文博', '雪梅', '俊杰', '玉兰', '国庆', '春生', '明辉', '静怡',
         '子涵', '宇航', '佳琪', '立新', '红霞', '德胜', '永刚', '凤英', '桂芳', '浩然', '梓萱', '天佑', '晨曦', '思远',
         '金凤', '瑞峰', '卫东', '淑珍', '少华', '婷', '磊', '敏', '勇', '洁']
RARE_GIVEN = ['堃', '喆', '玥', '珺', '祎', '赟', '燊', '垚', '犇', '龑', '䶮', '昇', '彧', '翀', '旻', '晞', '媞', '琇',
              '瑄', '梓堃', '一喆', '思玥', '若珺', '嘉祎', '文赟', '子垚', '俊翀', '雨晞']
EXTB_GIVEN = ['𠮷', '𪚥', '𬌗', '𫖮', '𬘭', '𬭎']  # CJK Ext B-F characters seen in real names
CITIES = ['清河', '临江', '青川', '安平', '永宁', '东阳', '南溪', '北岭', '云台', '石门', '长乐', '新丰', '瑞安', '丰宁',
          '桃源', '湖口', '白沙', '平川']
T_CITIES = ['清河', '臨江', '青川', '安平', '永寧', '東陽', '南溪', '北嶺', '雲台', '石門', '長樂', '新豐']
STREETS = ['城东', '新华', '朝阳', '滨江', '文昌', '解放', '向阳', '和平', '长安', '胜利', '城南', '西湖']
T_STREETS = ['城東', '新華', '朝陽', '濱江', '文昌', '解放', '向陽', '和平', '長安', '勝利']
VILLAGES = ['王庄', '李家湾', '石桥', '杨柳', '白塔', '河西', '前进', '红旗', '双井', '梨园', '沙坪', '下塘']
COMMS = ['翠湖花园', '锦绣华庭', '阳光水岸', '金色家园', '滨江壹号', '御景湾', '书香苑', '万和城', '紫薇苑', '枫林雅居']
T_COMMS = ['翠湖花園', '錦繡華庭', '海濱大廈', '君悅灣', '帝景峰', '嘉湖山莊', '麗港城', '美孚新邨']
ROADS = ['人民', '建设', '中山', '解放', '迎宾', '青年', '工业', '学府', '民主', '幸福', '光明', '枫林']
COS = ['华润达', '鑫源', '恒通', '瑞丰', '新宇', '博远', '汇通', '明发', '天宏', '中迅', '嘉禾', '立信']
PRODUCTS = [('纯棉短袖T恤', '件'), ('不锈钢保温杯', '个'), ('蓝牙降噪耳机', '副'), ('五常大米5kg', '袋'),
            ('儿童护眼台灯', '台'), ('真丝枕套', '对'), ('电动牙刷', '支'), ('加厚羽绒服', '件'), ('铸铁炒锅', '口'),
            ('空气炸锅', '台'), ('无线充电器', '个'), ('冻干咖啡粉', '盒')]
T_PRODUCTS = ['純棉短袖T恤', '不鏽鋼保溫杯', '藍牙降噪耳機', '兒童護眼檯燈', '電動牙刷', '空氣炸鍋']
COURIERS = [('顺丰速运', 'SF'), ('中通快递', 'ZT'), ('圆通速递', 'YT'), ('京东物流', 'JD'), ('韵达快递', 'YD')]

SLOT_RE = re.compile(r'\{(N|F|DATE|YMD|ISO|TIME|NAME|NAME2|TNAME|RARENAME|CITY|TCITY|STREET|TSTREET|VILL|COMM|TCOMM|ROAD|CO|'
                     r'PHONE|ID18|ORDER|WAYBILL|DOC|ABBR|YEAR|NEXTYEAR|PROD|TPROD|UNIT|COURIER|N4)(?::([^{}]*))?\}')
PINYIN_RE = re.compile(r'⟨([^⟩]+)⟩')

NUMERIC = {'N', 'F', 'DATE', 'YMD', 'ISO', 'TIME', 'PHONE', 'ID18', 'ORDER', 'WAYBILL', 'DOC', 'YEAR', 'NEXTYEAR', 'N4'}
NAMEISH = {'NAME', 'NAME2', 'CITY', 'STREET', 'VILL', 'COMM', 'ROAD', 'CO', 'ABBR'}

LABELS = {'NAME': ('姓名', 'name', 'NAME', 'userName'), 'NAME2': ('联系人', 'contact', 'CONTACT', 'contactName'),
          'N': ('数量', 'count', 'COUNT', 'count'), 'F': ('金额', 'amount', 'AMOUNT', 'amount'),
          'DATE': ('日期', 'date', 'DATE', 'date'), 'YMD': ('日期', 'date', 'DATE', 'signDate'),
          'ISO': ('日期', 'date', 'DATE', 'date'), 'TIME': ('时间', 'time', 'TIME', 'time'),
          'CITY': ('城市', 'city', 'CITY', 'cityName'), 'STREET': ('街道', 'street', 'STREET', 'street'),
          'VILL': ('村名', 'village', 'VILLAGE', 'village'), 'COMM': ('小区名称', 'community', 'COMMUNITY', 'community'),
          'ROAD': ('路名', 'road', 'ROAD', 'road'), 'CO': ('公司名称', 'company', 'COMPANY', 'companyName'),
          'PHONE': ('联系电话', 'phone', 'PHONE', 'mobile'), 'ORDER': ('订单号', 'order_id', 'ORDER_NO', 'orderId'),
          'WAYBILL': ('运单号', 'tracking_no', 'TRACKING_NO', 'trackingNo'), 'DOC': ('文号', 'doc_no', 'DOC_NO', 'docNo'),
          'YEAR': ('年份', 'year', 'YEAR', 'year'), 'NEXTYEAR': ('年份', 'year', 'YEAR', 'nextYear'),
          'N4': ('尾号', 'tail', 'TAIL', 'tail'), 'ID18': ('身份证号', 'id_no', 'ID_NO', 'idNo')}


def cjk(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF


def new_ctx(rng):
    prod, unit = rng.choice(PRODUCTS)
    city = rng.choice(CITIES)
    cour = rng.choice(COURIERS)
    year = rng.randint(2019, 2024)
    return {'CITY': city, 'TCITY': rng.choice(T_CITIES), 'STREET': rng.choice(STREETS), 'TSTREET': rng.choice(T_STREETS),
            'VILL': rng.choice(VILLAGES), 'COMM': rng.choice(COMMS), 'TCOMM': rng.choice(T_COMMS),
            'ROAD': rng.choice(ROADS), 'CO': rng.choice(COS), 'PROD': prod, 'UNIT': unit,
            'TPROD': rng.choice(T_PRODUCTS), 'COURIER': cour[0], 'CPFX': cour[1], 'YEAR': str(year),
            'NEXTYEAR': str(year + 1), 'ABBR': city[0] + rng.choice(['政', '府办', '卫', '环', '教', '农']),
            'NAME2': rng.choice(SURNAMES) + rng.choice(GIVEN), 'names': {}}


def real_value(t, arg, ctx, rng):
    if t in ('CITY', 'TCITY', 'STREET', 'TSTREET', 'VILL', 'COMM', 'TCOMM', 'ROAD', 'CO', 'PROD', 'UNIT', 'TPROD',
             'COURIER', 'YEAR', 'NEXTYEAR', 'ABBR', 'NAME2'):
        return ctx[t]
    if t == 'N':
        a, b = (arg or '1-99').split('-')
        return str(rng.randint(int(a), int(b)))
    if t == 'N4':
        return '%04d' % rng.randint(0, 9999)
    if t == 'F':
        parts = (arg or '1-99:2').split(':')
        a, b = parts[0].split('-')
        d = int(parts[1]) if len(parts) > 1 else 2
        return '%.*f' % (d, rng.uniform(float(a), float(b)))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if t == 'DATE':
        return '%d月%d日' % (m, d)
    if t == 'YMD':
        return '%s年%d月%d日' % (ctx['YEAR'], m, d)
    if t == 'ISO':
        return '%s-%02d-%02d' % (ctx['YEAR'], m, d)
    if t == 'TIME':
        return '%02d:%02d' % (rng.randint(7, 21), rng.randint(0, 59))
    if t in ('NAME', 'TNAME', 'RARENAME'):
        if arg and (t, arg) in ctx['names']:
            return ctx['names'][(t, arg)]
        if t == 'RARENAME':
            v = rng.choice(SURNAMES) + rng.choice(RARE_GIVEN)
        elif t == 'TNAME':
            v = rng.choice('陳黃林張李吳劉鄭梁何') + rng.choice(['家豪', '志明', '淑芬', '美玲', '建宏', '雅婷', '俊傑', '詠詩'])
        else:
            v = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if arg:
            ctx['names'][(t, arg)] = v
        return v
    if t == 'PHONE':
        return '1' + rng.choice('3578') + ''.join(rng.choice('0123456789') for _ in range(9))
    if t == 'ID18':
        return '%d%04d%02d%02d%03d%s' % (rng.randint(110000, 659999), rng.randint(1960, 2003), rng.randint(1, 12),
                                         rng.randint(1, 28), rng.randint(0, 999), rng.choice('0123456789X'))
    if t == 'ORDER':
        return str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(17))
    if t == 'WAYBILL':
        return ctx['CPFX'] + ''.join(rng.choice('0123456789') for _ in range(12))
    if t == 'DOC':
        return str(rng.randint(1, 99))
    raise KeyError(t)


# ---------------------------------------------------------------------------
# placeholder maskers: (type, value, rng) -> list of (text, is_span) or None (= not maskable)
# ---------------------------------------------------------------------------
def x_masker(c):
    def m(t, v, rng):
        r = rng.random()
        if t == 'N':
            return [(c * (len(v) if r < 0.5 else rng.randint(2, 3)), True)]
        if t == 'N4':
            return [(c * 4, True)]
        if t == 'F':
            if '.' in v and r < 0.7:
                return [(c * rng.randint(1, 3) + '.' + c * len(v.split('.')[1]), True)]
            return [(c * rng.randint(2, 3), True)]
        if t == 'DATE':
            return [(c * rng.randint(1, 2) + '月' + c * 2 + '日', True)]
        if t == 'YMD':
            if r < 0.5:
                return [('20', False), (c * 2 + '年' + c + '月' + c * 2 + '日', True)]
            return [(v.split('年')[0] + '年', False), (c + '月' + c * 2 + '日', True)]
        if t == 'ISO':
            return [(v[:5], False), (c * 2 + '-' + c * 2, True)]
        if t == 'TIME':
            return [(c * 2 + ':' + c * 2, True)]
        if t in ('YEAR', 'NEXTYEAR'):
            return [('20', False), (c * 2, True)]
        if t == 'PHONE':
            return [(c * 11, True)] if r < 0.5 else [('1', False), (c * 10, True)]
        if t == 'ORDER':
            return [(c * rng.randint(6, 18), True)]
        if t == 'ID18':
            return [(c * 18, True)] if r < 0.5 else [(v[:6], False), (c * 12, True)]
        if t == 'WAYBILL':
            return [(v[:2], False), (c * 12, True)]
        if t == 'DOC':
            return [(c * rng.randint(1, 2), True)]
        if t in ('NAME', 'NAME2'):
            return [(c * rng.randint(2, 3), True)]
        if t in ('CITY', 'STREET', 'VILL', 'COMM', 'ROAD', 'CO'):
            return [(c * 2, True)]
        if t == 'ABBR':
            return [(c, True), (v[1:], False)]
        return None
    return m


def ling_masker(t, v, rng):
    c = rng.choice('〇○') if False else '〇'
    if t in ('NAME', 'NAME2', 'CITY', 'STREET', 'VILL', 'COMM', 'ROAD', 'CO', 'N', 'DOC'):
        return [(c * rng.randint(2, 3), True)]
    if t == 'DATE':
        return [(c + '月' + c + '日', True)]
    if t == 'YMD':
        return [(c + '年' + c + '月' + c + '日', True)]
    return None


def circle_masker(t, v, rng):
    c = '○'
    if t in ('NAME', 'NAME2', 'CITY', 'STREET', 'VILL', 'COMM', 'ROAD', 'CO', 'N', 'DOC'):
        return [(c * rng.randint(2, 3), True)]
    if t == 'DATE':
        return [(c + '月' + c + '日', True)]
    if t == 'YMD':
        return [(c + '年' + c + '月' + c + '日', True)]
    return None


def mou_masker(t, v, rng):
    if t in ('NAME', 'NAME2'):
        r = rng.random()
        if r < 0.65:
            return [(v[0] + '某', True)]
        if r < 0.85:
            return [(v[0] + '某某', True)]
        return [('某某', True)]
    if t in ('CITY', 'STREET', 'VILL', 'COMM', 'ROAD', 'CO'):
        return [('某某', True)]
    return None


def token_masker(kind):
    def m(t, v, rng):
        if t not in LABELS:
            return None
        zh, en, up, camel = LABELS[t]
        if kind == 'todo':
            tok = rng.choice(['【待填】', '【待补充】', '【待定】', '【请填写%s】' % zh, '【%s待填】' % zh])
        elif kind == 'fill':
            tok = rng.choice(['（填写）', '（请填写%s）' % zh, '（填写%s）' % zh, '（此处填写%s）' % zh])
        elif kind == 'blank':
            tok = '_' * rng.randint(4, 10)
        elif kind == 'fwblank':
            tok = '＿' * rng.randint(2, 6)
        elif kind == 'bracket':
            tok = rng.choice(['[%s]', '[%s]', '【%s】']) % zh
        elif kind == 'mustache':
            tok = rng.choice(['{{%s}}', '{{ %s }}']) % en
        elif kind == 'dollar':
            tok = '$%s$' % up
        elif kind == 'dbrace':
            tok = '${%s}' % camel
        elif kind == 'printf':
            tok = '%d' if t in ('N', 'N4') else '%s'
        else:
            raise KeyError(kind)
        return [(tok, True)]
    return m


PH_KINDS = {
    'x_lower': (x_masker('x'), 0.85, 0.6, 'lower-case x runs'),
    'x_upper': (x_masker('X'), 0.85, 0.6, 'upper-case X runs'),
    'times_sign': (x_masker('×'), 0.85, 0.6, '× (U+00D7) runs'),
    'x_fullwidth': (x_masker('Ｘ'), 0.85, 0.6, 'full-width Ｘ runs'),
    'ling_zero': (ling_masker, 0.5, 0.8, '〇〇 (U+3007) masks'),
    'circle_mask': (circle_masker, 0.5, 0.8, '○○ (U+25CB) masks'),
    'mou': (mou_masker, 0.0, 0.9, '某/某某 pseudonyms'),
    'todo': (token_masker('todo'), 0.35, 0.35, '【待填】-style markers'),
    'fill': (token_masker('fill'), 0.35, 0.35, '（填写）-style markers'),
    'blank': (token_masker('blank'), 0.4, 0.4, '____ blanks'),
    'fw_blank': (token_masker('fwblank'), 0.4, 0.4, '＿＿ full-width blanks'),
    'bracket': (token_masker('bracket'), 0.35, 0.35, '[字段] markers'),
    'mustache': (token_masker('mustache'), 0.4, 0.4, '{{var}} template variables'),
    'dollar': (token_masker('dollar'), 0.4, 0.4, '$VAR$ template variables'),
    'dollar_brace': (token_masker('dbrace'), 0.4, 0.4, '${var} template variables'),
    'printf': (token_masker('printf'), 0.45, 0.45, '%s/%d format specifiers'),
}

# ---------------------------------------------------------------------------
# document shapes: header / body (sample keeps order) / footer line templates
# ---------------------------------------------------------------------------
SHAPES = {
    'gov_report': dict(
        desc='government work report',
        header=['{CITY}市{STREET}街道{YEAR}年工作总结', '{STREET}街道{YEAR}年上半年工作情况汇报', '关于{CITY}县{YEAR}年度民生实事完成情况的报告'],
        body=['一、主要工作成效',
              '（一）经济运行总体平稳。全年完成地区生产总值{F:10-99:2}亿元，同比增长{F:1-9:1}%，完成固定资产投资{F:1-30:2}亿元。',
              '（二）民生底线持续兜牢。新增城镇就业{N:200-3000}人，发放各类救助资金{F:10-500:2}万元，惠及困难群众{N:50-900}户。',
              '{DATE}，召开全街道安全生产工作会议，{NAME}副主任作工作部署，全年排查整改隐患{N:20-300}处。',
              '根据《关于做好{YEAR}年度农村人居环境整治工作的通知》（{ABBR}办〔{YEAR}〕{DOC}号），共清理卫生死角{N:30-600}处。',
              '全年受理群众来信来访{N:50-800}件次，按期办结率{F:90-99:1}%，群众满意率稳步提升。',
              '{VILL}村完成改厕{N:20-300}户，新铺设污水管网{F:1-20:1}公里，村容村貌明显改善。',
              '二是抓好项目建设。{ROAD}路改造工程完成投资{F:100-999:1}万元，预计{DATE}前全线通车。',
              '二、存在的问题',
              '一是经济总量偏小，新增项目储备不足；二是基层治理力量相对薄弱，网格员流动性较大。',
              '三、{NEXTYEAR}年工作计划',
              '计划新增就业岗位{N:100-2000}个，完成老旧小区改造{N:2-20}个，争取上级资金{F:100-900:0}万元。'],
        kmin=3, kmax=7,
        footer=['{CITY}市{STREET}街道办事处\n{YMD}', '联系人：{NAME2}，联系电话：{PHONE}', '']),
    'listing': dict(
        desc='e-commerce product listing',
        header=['【{CO}官方旗舰店】{PROD} 新款现货', '{PROD}｜{CO}自营 限时包邮', '商品详情：{PROD}'],
        body=['商品名称：{PROD}', '品牌：{CO}', '原价：{F:59-899:2}元　到手价：{F:29-599:2}元', '月销量：{N:100-9999}+　累计评价：{N:50-5000}条',
              '发货地：{CITY}　承诺{N:24-72}小时内发货', '库存：{N:10-999}{UNIT}', '店铺客服电话：{PHONE}',
              '活动时间：{DATE}至{DATE}，满{N:99-299}减{N:10-50}，每人限购{N:1-5}{UNIT}。', '下单后请在{N:15-30}分钟内完成支付，超时订单自动取消。',
              '温馨提示：因拍摄光线原因，实物颜色可能略有差异，请以收到的商品为准。', '售后：支持7天无理由退换，运费险由{CO}承担。'],
        kmin=3, kmax=7, footer=['', '本店所有商品均为正品，假一赔十。']),
    'review': dict(
        desc='product review thread',
        header=['买家评价（{N:20-900}条）', '商品评价｜{PROD}', '追评'],
        body=['{NAME}：用了{N:2-30}天再来评价，做工不错，和描述一致，物流也快。', '买家{NAME}（{CITY}）：第二次回购了，这次{F:20-200:2}元拿下，比上次便宜。',
              '包装很严实，{DATE}下单，隔天就到了{COMM}的快递柜。', '客服态度很好，有问题{N:5-30}分钟内就回复了。',
              '追评：用了一个月，质量还可以，就是颜色比图片深一点。', '给{N:3-5}星吧，赠品没收到，联系客服说{DATE}补发。',
              '帮家里老人买的，他们说很好用，下次还会再来。', '快递员{NAME}很负责，送货上门还帮忙拆箱检查。'],
        kmin=2, kmax=6, footer=['', '以上评价由买家发表，仅代表个人观点。']),
    'waybill': dict(
        desc='logistics waybill',
        header=['{COURIER} 电子面单', '{COURIER}　标准快递　运单号：{WAYBILL}', '快递面单（寄件联）'],
        body=['运单号：{WAYBILL}', '寄件人：{NAME}　电话：{PHONE}', '寄件地址：{CITY}市{ROAD}路{N:1-300}号{CO}仓库',
              '收件人：{NAME}　电话：{PHONE}', '收件地址：{CITY}市{STREET}街道{COMM}{N:1-30}栋{N:1-6}单元{N:101-2802}室',
              '托寄物：{PROD}　件数：{N:1-5}', '计费重量：{F:0-30:1}kg　运费：{F:8-90:2}元', '寄件日期：{ISO}　揽件员：{NAME}',
              '订单号：{ORDER}', '签收时请当面验货，外包装破损请拒收。'],
        kmin=4, kmax=8, footer=['', '已验视　{COURIER}竭诚为您服务']),
    'tracking': dict(
        desc='parcel tracking page',
        header=['物流详情｜{COURIER}', '您的包裹正在派送中', '运单号 {WAYBILL} 的物流信息'],
        body=['{ISO} {TIME} 【{CITY}转运中心】已发出，下一站【{CITY}市{STREET}营业点】',
              '{ISO} {TIME} 快件已到达【{CITY}市{STREET}营业点】', '{ISO} {TIME} 快递员{NAME}（电话{PHONE}）正在为您派件',
              '{ISO} {TIME} 您的快件已放入{COMM}{N:1-20}号丰巢柜，请凭取件码{N:100000-999999}取件',
              '{ISO} {TIME} 已签收，签收人：本人', '订单编号：{ORDER}', '预计送达：{DATE}'],
        kmin=3, kmax=7, footer=['', '如有疑问请联系{COURIER}客服。']),
    'realestate': dict(
        desc='real-estate listing',
        header=['【二手房】{COMM} {N:2-4}室{N:1-2}厅 南北通透', '{CITY}{STREET}板块｜{COMM}精装三房出售', '房源编号：{N:100000-999999}'],
        body=['小区名称：{COMM}', '挂牌价：{F:80-600:1}万元（单价{N:8000-60000}元/㎡）', '建筑面积：{F:60-180:2}㎡　楼层：{N:2-30}/{N:18-33}层',
              '位置：{CITY}市{ROAD}路{N:1-500}号，距地铁{N:1-6}号线{N:200-1500}米', '产权年限：70年　建成年代：{N:1998-2020}年',
              '业主诚心出售，满五唯一，税费低，看房需提前预约。', '经纪人：{NAME}　联系电话：{PHONE}', '周边配套：{ROAD}路小学、社区医院、大型商超步行{N:5-15}分钟。',
              '物业费：{F:1-5:1}元/㎡·月　车位：{N:1-2}个'],
        kmin=3, kmax=7, footer=['', '以上信息由经纪人发布，具体以实际看房为准。']),
    'wechat': dict(
        desc='WeChat public-account article export',
        header=['点击上方蓝字“{CITY}发布”关注我们', '{CITY}发布\n{YMD}'],
        body=['近日，{CITY}市{STREET}街道开展“文明过节”主题宣传活动，发放宣传资料{N:200-3000}份。', '活动现场，{NAME}向居民讲解了垃圾分类的具体要求。',
              '截至{DATE}，全市累计接种疫苗{N:10000-99999}剂次，{N:60-95}岁以上老人接种率达{F:60-98:1}%。', '报名时间：{DATE}至{DATE}，报名电话：{PHONE}。',
              '据了解，{CO}公司计划投资{F:1-50:1}亿元建设智能制造产业园，预计可带动就业{N:300-3000}人。', '图 | {NAME}　文 | {NAME}',
              '来源：{CITY}市融媒体中心', '编辑：{NAME}　审核：{NAME2}'],
        kmin=3, kmax=7, footer=['阅读原文', '▼\n点“在看”，让更多人看到', '']),
    'forum': dict(
        desc='community forum post',
        header=['【求助】{COMM}小区物业问题，大家怎么看', '楼主：{NAME}　发表于 {ISO} {TIME}', '回复：关于{ROAD}路修路的事'],
        body=['我住在{COMM}{N:1-20}栋，这个月物业费突然涨到{F:1-5:1}元一平，有没有邻居一起去问问。', '楼上说得对，我上周找过{NAME}经理，他说是业委会{DATE}开会定的。',
              '{ROAD}路那段从{DATE}开始封路，公交{N:1-99}路改道了，出门的注意一下。', '同问，我家也是，报修了{N:2-10}次都没人来。',
              '建议直接打12345，上次我反映停车的问题{N:3-7}天就有人回电话了。', '顶一下，希望早点解决。', '{CITY}本地人，说两句：这事去年就有过，最后退了一部分钱。'],
        kmin=2, kmax=6, footer=['', '—— 来自{CITY}生活论坛手机版']),
    'ocr_notice': dict(
        desc='OCR output of a scanned notice',
        header=['{CITY}市{STREET}街道办事处\n关 于 开 展 {YEAR} 年 度 消 防 安 全 检 查 的 通 知', '通　知'],
        body=['各社区、辖区各单位：', '为切实做好冬春火灾防控工作，经研究，决定于{DATE}至{DATE}在全街道范围内开展消防安全检查。现将有关事项通知如下：',
              '一、检查对象：辖区内{N:20-200}家“三小”场所及{N:5-40}栋高层住宅。', '二、请各单位于{DATE}前将自查情况报送街道安监办，联系人：{NAME}，电话：{PHONE}。',
              '三、检查中发现的问题须在{N:3-15}个工作日内整改到位。', '特此通知。'],
        kmin=3, kmax=6, footer=['{STREET}街道办事处（印）\n{YMD}', '—1—']),
    'csv_open': dict(
        desc='government open-data CSV export',
        header=['序号,单位名称,项目名称,金额（万元）,完成日期,负责人', '区划,机构名称,服务人次,满意率(%),统计日期'],
        body=['{N:1-9},{CITY}市{STREET}街道,老旧小区改造,{F:10-900:2},{ISO},{NAME}', '{N:10-19},{CITY}市{VILL}村委会,道路硬化,{F:10-500:2},{ISO},{NAME}',
              '{N:20-29},{CO}有限公司,污水处理设施,{F:50-900:2},{ISO},{NAME}', '{N:30-39},{CITY}市{ROAD}路小学,校舍维修,{F:5-99:2},{ISO},{NAME}',
              '{N:40-49},{CITY}市社区卫生服务中心,设备采购,{F:20-300:2},{ISO},{NAME}', '{N:50-59},{CITY}市{STREET}街道,路灯改造,{F:5-80:2},{ISO},{NAME}'],
        kmin=3, kmax=6, footer=['', '数据来源：{CITY}市政务数据开放平台，更新时间{ISO}']),
    'pdf_text': dict(
        desc='text extracted from a PDF policy document',
        header=['{CITY}市人民政府办公室文件\n{ABBR}办〔{YEAR}〕{DOC}号', '附件{N:1-3}'],
        body=['　　为进一步规范政府投资项目管理，根据有关法律法规，结合本市实际，制定本办法。', '　　第一条　本办法适用于{CITY}市行政区域内使用财政资金{F:50-500:0}万元以上的建设项目。',
              '　　第二条　项目单位应当于每年{DATE}前向发展改革部门报送下一年度项目计划。', '　　第三条　项目总投资超过概算{N:5-15}%的，应当重新报批。',
              '　　第四条　本办法自{YMD}起施行，有效期{N:3-5}年。', '— {N:2-9} —', '抄送：市委办公室，市人大常委会办公室，市政协办公室。'],
        kmin=3, kmax=6, footer=['{CITY}市人民政府办公室　　{YMD}印发', '']),
    'contract': dict(
        desc='contract / agreement form',
        header=['房屋租赁合同', '住房租赁协议', '房屋租赁合同\n合同编号：ZL-{YEAR}-{N:100-999}'],
        body=['甲方（出租方）：{NAME}　身份证号：{ID18}',
              '乙方（承租方）：{NAME}　联系电话：{PHONE}', '一、甲方将位于{CITY}市{ROAD}路{N:1-300}号{COMM}{N:1-30}栋{N:101-2802}室的房屋出租给乙方使用。',
              '二、租赁期限自{YMD}起至{NEXTYEAR}年{N:1-12}月{N:1-28}日止，共{N:6-36}个月。', '三、月租金人民币{N:800-9000}元，押金{N:800-9000}元，每{N:1-3}个月支付一次。',
              '四、乙方应于每月{N:1-10}日前将租金转入甲方账户。', '五、本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。',
              '甲方（签字）：{NAME}　　乙方（签字）：{NAME}', '签订日期：{YMD}'],
        kmin=4, kmax=8, footer=['', '（以下无正文）']),
    'judgment': dict(
        desc='court judgment / case report',
        header=['{CITY}市人民法院\n民事判决书', '（{YEAR}）{ABBR}0{N:100-199}民初{N:100-9999}号', '案例通报'],
        body=['原告：{NAME:a}，男，{N:1960-2000}年出生，汉族，住{CITY}市{STREET}街道。', '被告：{NAME:b}，女，{N:1960-2000}年出生，住{CITY}市{ROAD}路。',
              '被告：{CO}有限公司，住所地{CITY}市{ROAD}路{N:1-300}号，法定代表人{NAME:c}。', '原告{NAME:a}向本院提出诉讼请求：判令被告返还借款{F:1-50:2}万元及利息。',
              '经审理查明，{YMD}，被告{NAME:b}向原告{NAME:a}借款{N:10000-300000}元，并出具借条一张。', '本院认为，合法的借贷关系受法律保护。',
              '案件受理费{N:100-5000}元，由被告{NAME:b}负担。', '审判员　{NAME}'],
        kmin=3, kmax=7, footer=['{YMD}', '书记员　{NAME}']),
    'sms_notice': dict(
        desc='SMS / e-mail notification',
        header=['【{CO}】', '【{CITY}政务服务】', '【{COURIER}】'],
        body=['尊敬的{NAME}用户，您的订单{ORDER}已发货，运单号{WAYBILL}，请注意查收。', '您本月账单金额为{F:20-900:2}元，还款日为{DATE}，请按时还款。',
              '您的验证码为{N:100000-999999}，{N:5-10}分钟内有效，请勿泄露给他人。', '您预约的{DATE} {TIME}业务已办理成功，办理窗口：{N:1-30}号窗口。',
              '您有{N:1-5}件包裹待取，取件码{N:1000-9999}，地址：{COMM}驿站。', '如非本人操作，请致电{PHONE}。', '退订回T'],
        kmin=2, kmax=4, footer=['']),
    'minutes': dict(
        desc='meeting minutes',
        header=['会议纪要', '{CO}有限公司第{N:2-30}次经理办公会纪要', '{VILL}村“两委”联席会议记录'],
        body=['时间：{YMD} {TIME}', '地点：{CO}三楼会议室', '主持人：{NAME}　记录人：{NAME2}', '参会人员：{NAME}、{NAME}、{NAME}、{NAME}',
              '会议议定事项如下：', '一、同意采购办公设备一批，预算{F:1-20:2}万元，由{NAME}负责落实。', '二、{DATE}前完成年度考核材料的收集整理。',
              '三、关于{ROAD}路厂区搬迁事宜，由{NAME}牵头，{N:2-5}周内提出方案。', '散会。'],
        kmin=3, kmax=7, footer=['', '（会议纪要经主持人审阅后印发）']),
    'hr_cert': dict(
        desc='HR certificate / form',
        header=['在职证明', '收入证明', '入职登记表'],
        body=['兹证明{NAME}同志，身份证号码{ID18}，自{YMD}起在我单位工作，现任{CO}销售部经理。',
              '该员工月收入为人民币{N:3000-30000}元（税前）。', '特此证明。', '单位名称：{CITY}市{CO}有限公司', '单位地址：{CITY}市{ROAD}路{N:1-300}号',
              '联系人：{NAME2}　联系电话：{PHONE}', '本证明仅用于办理{CITY}市住房公积金贷款，不作其他用途。'],
        kmin=3, kmax=6, footer=['{CO}有限公司（盖章）\n{YMD}']),
    # ---- traditional-character shapes (marked pinyin annotations in ⟨⟩) ----
    'trad_gov': dict(
        desc='government report converted to traditional characters',
        header=['{TCITY}區⟨qū⟩{TSTREET}街道{YEAR}年上半年工作總⟨zǒng⟩結⟨jié⟩', '{TSTREET}街道{YEAR}年工作情況⟨kuàng⟩匯⟨huì⟩報⟨bào⟩'],
        body=['上半年，我街緊⟨jǐn⟩緊⟨jǐn⟩圍⟨wéi⟩繞⟨rào⟩區⟨qū⟩委、區⟨qū⟩政府的工作部署，推動各項⟨xiàng⟩事業⟨yè⟩穩⟨wěn⟩步發⟨fā⟩展。',
              '一、上半年工作落實⟨shí⟩情況⟨kuàng⟩',
              '完成規⟨guī⟩模以上工業⟨yè⟩總⟨zǒng⟩產⟨chǎn⟩值{F:1-20:2}億⟨yì⟩元，同比增長⟨zhǎng⟩{F:1-30:1}%。',
              '組⟨zǔ⟩織⟨zhī⟩開⟨kāi⟩展安全生產⟨chǎn⟩檢⟨jiǎn⟩查{N:10-90}次，整改隱⟨yǐn⟩患{N:20-300}處⟨chù⟩。',
              '新增城鎮⟨zhèn⟩就業⟨yè⟩{N:100-900}人，發⟨fā⟩放各類⟨lèi⟩救助資⟨zī⟩金{F:10-300:2}萬⟨wàn⟩元。',
              '持續⟨xù⟩優⟨yōu⟩化營⟨yíng⟩商環⟨huán⟩境，新登記⟨jì⟩市場⟨chǎng⟩主體⟨tǐ⟩{N:50-600}戶⟨hù⟩。',
              '推進⟨jìn⟩鄉⟨xiāng⟩村振興⟨xīng⟩，完成農⟨nóng⟩村人居環⟨huán⟩境整治{N:5-40}個⟨gè⟩村。',
              '加強⟨qiáng⟩黨⟨dǎng⟩員⟨yuán⟩幹⟨gàn⟩部隊⟨duì⟩伍建設⟨shè⟩，舉⟨jǔ⟩辦⟨bàn⟩專⟨zhuān⟩題⟨tí⟩培訓⟨xùn⟩{N:3-20}期。',
              '醫⟨yī⟩療⟨liáo⟩衛⟨wèi⟩生服務⟨wù⟩能力進⟨jìn⟩一步提升，家庭醫⟨yī⟩生簽⟨qiān⟩約⟨yuē⟩率達⟨dá⟩{F:60-95:1}%。',
              '二、存在問⟨wèn⟩題⟨tí⟩',
              '一是經⟨jīng⟩濟⟨jì⟩總⟨zǒng⟩量偏小；二是基層⟨céng⟩治理力量薄弱，網⟨wǎng⟩格員⟨yuán⟩流動⟨dòng⟩性較⟨jiào⟩大。',
              '三、下半年工作計⟨jì⟩劃⟨huà⟩'],
        kmin=3, kmax=7, footer=['{TCITY}區⟨qū⟩{TSTREET}街道辦⟨bàn⟩事處⟨chù⟩', '']),
    'trad_news': dict(
        desc='county news page converted to traditional characters',
        header=['{TCITY}新聞⟨wén⟩網⟨wǎng⟩', '本網⟨wǎng⟩訊⟨xùn⟩（記⟨jì⟩者　{TNAME}）'],
        body=['近日，{TCITY}縣⟨xiàn⟩舉⟨jǔ⟩行⟨xíng⟩重點⟨diǎn⟩項⟨xiàng⟩目集中開⟨kāi⟩工儀⟨yí⟩式，共{N:5-30}個⟨gè⟩項⟨xiàng⟩目、總⟨zǒng⟩投資⟨zī⟩{F:10-90:1}億⟨yì⟩元。',
              '據⟨jù⟩介紹⟨shào⟩，這⟨zhè⟩些項⟨xiàng⟩目涵蓋先進⟨jìn⟩製⟨zhì⟩造、現⟨xiàn⟩代⟨dài⟩農⟨nóng⟩業⟨yè⟩和城市更新等領⟨lǐng⟩域。',
              '縣⟨xiàn⟩委書⟨shū⟩記⟨jì⟩{TNAME}要求，各部門要強⟨qiáng⟩化服務⟨wù⟩保障，確⟨què⟩保項⟨xiàng⟩目早建成、早見⟨jiàn⟩效。',
              '今年以來，全縣⟨xiàn⟩新簽⟨qiān⟩約⟨yuē⟩項⟨xiàng⟩目{N:10-60}個⟨gè⟩，到位資⟨zī⟩金{F:5-80:1}億⟨yì⟩元。',
              '活動⟨dòng⟩現⟨xiàn⟩場⟨chǎng⟩，{N:100-900}餘⟨yú⟩名幹⟨gàn⟩部群眾⟨zhòng⟩參⟨cān⟩加。',
              '下一步，{TCITY}將⟨jiāng⟩繼⟨jì⟩續⟨xù⟩優⟨yōu⟩化營⟨yíng⟩商環⟨huán⟩境，推動⟨dòng⟩經⟨jīng⟩濟⟨jì⟩高質⟨zhì⟩量發⟨fā⟩展。'],
        kmin=3, kmax=6, footer=['責⟨zé⟩任編⟨biān⟩輯⟨jí⟩：{TNAME}', '']),
    'trad_hk': dict(
        desc='Hong Kong property / shop listing in traditional characters',
        header=['【放盤】{TCOMM} {N:2-3}房{N:1-2}廳 海景單位', '{TPROD}｜門市現貨', '{TCOMM}｜業主急讓'],
        body=['實用面積：{N:300-1200}呎　建築面積：{N:400-1500}呎', '售價：港幣{N:400-2000}萬元　呎價約{N:10000-30000}元', '座向：東南　樓層：中層',
              '屋苑設施齊全，設有會所、泳池及健身室，步行{N:3-12}分鐘到港鐵站。', '業主誠意出售，交吉，歡迎預約睇樓。', '聯絡：{TNAME}先生　電話：{N:5000-9999}{N:1000-9999}',
              '本店地址：九龍旺角{N:1-300}號地舖，營業時間上午十時至晚上九時。', '貨品售出，恕不退換；如有質量問題，請於七日內聯絡本店。'],
        kmin=3, kmax=6, footer=['', '以上資料僅供參考，以最終成交為準。']),
    # ---- shapes mainly used by look-alike negatives ----
    'tech_post': dict(
        desc='technical forum post / blog note',
        header=['【教程】软路由折腾记录', '技术笔记：部署踩坑总结', 'Re: 这个报错怎么解决？'],
        body=['环境：Ubuntu 22.04，Python 3.11，内存{N:4-64}G。', '按照官方文档一步步来，基本没遇到什么问题。', '如果提示权限不足，记得加 sudo 重新执行一遍。',
              '我这边测试了{N:3-10}次，平均耗时{F:0-9:2}秒。', '有问题欢迎在评论区留言，看到会回复。', '更新：{ISO}，补充了配置文件的说明。'],
        kmin=2, kmax=4, footer=['', '（全文完）']),
    'school': dict(
        desc='vocational school / education report',
        header=['{CITY}职业技术学院{YEAR}年度质量报告', '{CITY}市第{N:1-20}中学工作简报'],
        body=['全校现有在校生{N:2000-15000}人，专任教师{N:100-900}人。', '本年度毕业生就业率达{F:90-99:1}%，对口就业率{F:60-90:1}%。',
              '学校与{N:20-90}家企业签订校企合作协议，共建实训基地{N:5-30}个。', '组织教师参加各级培训{N:100-900}人次。',
              '在全省职业院校技能大赛中获一等奖{N:1-9}项、二等奖{N:2-15}项。'],
        kmin=2, kmax=4, footer=['', '{CITY}职业技术学院　{YMD}']),
    'medical': dict(
        desc='hospital notice / medical report',
        header=['{CITY}市人民医院就诊须知', '体检报告单', '{CITY}市第一人民医院新闻'],
        body=['门诊时间：周一至周日 8:00—17:30。', '姓名：{NAME}　性别：男　年龄：{N:20-70}岁', '请携带身份证和医保卡，提前{N:10-30}分钟到达。',
              '空腹项目请于上午10点前完成。', '检查结果可于{N:1-3}个工作日后在自助机打印。'],
        kmin=2, kmax=4, footer=['', '咨询电话：{PHONE}']),
    'science': dict(
        desc='textbook / popular science text',
        header=['第{N:1-9}章　练习与思考', '科普｜你知道吗？', '高一生物　课堂笔记'],
        body=['请认真阅读下面的材料，回答问题。', '本节我们学习的内容是本章的重点，也是考试的常考点。', '注意：计算结果保留两位小数。',
              '实验中应注意安全，佩戴护目镜和手套。', '同学们可以结合生活实际想一想。'],
        kmin=1, kmax=3, footer=['', '（本题满分{N:6-12}分）']),
    'sports': dict(
        desc='sports club news',
        header=['{CITY}市棋类协会简讯', '{CITY}市第{N:5-20}届全民运动会赛况'],
        body=['本次比赛共有{N:50-300}名选手参加，分少年组和成人组进行。', '比赛采用瑞士制，共进行{N:5-9}轮。', '赛事得到了{CO}公司的大力支持。',
              '颁奖仪式于{DATE}下午举行。'],
        kmin=1, kmax=3, footer=['', '（{CITY}市体育局供稿）']),
    'lesson': dict(
        desc='language lesson / teaching material',
        header=['二年级语文　第{N:1-20}课　生字表', '汉语入门　第{N:1-20}课', '英语单词表（Unit {N:1-8}）'],
        body=['请跟读以下内容，注意声调。', '课后把生字抄写{N:2-5}遍。', '小组合作，互相检查读音。', '下节课听写。'],
        kmin=1, kmax=3, footer=['', '家长签字：已检查']),
    'travel': dict(
        desc='travel guide',
        header=['【攻略】{N:5-10}天自由行实用信息汇总', '出境游小贴士'],
        body=['建议提前办理签证，并购买境外旅游保险。', '当地交通卡可以在机场柜台购买，押金约合人民币{N:30-100}元。', '景区门票可以在官网提前预约，现场排队要{N:30-120}分钟。',
              '多数餐厅可以刷卡，小摊贩只收现金。'],
        kmin=1, kmax=3, footer=['', '——以上信息截至{YEAR}年，仅供参考']),
}


# ---------------------------------------------------------------------------
# text building with exact offsets
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.parts, self.n, self.spans = [], 0, []

    def add(self, s, span=False):
        if span and s:
            self.spans.append([self.n, self.n + len(s)])
        self.parts.append(s)
        self.n += len(s)

    def result(self):
        text = ''.join(self.parts)
        merged = []
        for a, b in sorted(self.spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return text, merged


def pick_lines(shape, rng, extra=None):
    """Return a list of template lines (header, ordered sample of body, footer)."""
    sh = SHAPES[shape]
    body = sh['body']
    k = rng.randint(min(sh['kmin'], len(body)), min(sh['kmax'], len(body)))
    idx = sorted(rng.sample(range(len(body)), k))
    lines = [rng.choice(sh['header'])] + [body[i] for i in idx]
    foot = rng.choice(sh['footer'])
    if foot:
        lines.append(foot)
    return lines


def render_template(tpl, ctx, rng, b, masker=None, p_num=0.0, p_name=0.0, pinyin=False):
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        _add_literal(tpl[pos:m.start()], b, pinyin)
        t, arg = m.group(1), m.group(2)
        v = real_value(t, arg, ctx, rng)
        segs = None
        if masker is not None:
            p = p_num if t in NUMERIC else p_name if t in NAMEISH else 0.0
            if p > 0 and rng.random() < p:
                segs = masker(t, v, rng)
        if segs is None:
            b.add(v)
        else:
            for s, isp in segs:
                b.add(s, isp)
        pos = m.end()
    _add_literal(tpl[pos:], b, pinyin)


def _add_literal(s, b, pinyin):
    pos = 0
    for m in PINYIN_RE.finditer(s):
        b.add(s[pos:m.start()])
        if pinyin:
            b.add('(' + m.group(1) + ')', True)
        pos = m.end()
    b.add(s[pos:])


def render_plain(tpl, ctx, rng):
    b = Builder()
    render_template(tpl, ctx, rng, b)
    return b.result()[0]


def n_lines(text):
    return text.count('\n') + 1


# ---------------------------------------------------------------------------
# ph positives
# ---------------------------------------------------------------------------
PH_POS = [
    ('gov_report', 'x_lower'), ('gov_report', 'x_upper'), ('gov_report', 'times_sign'), ('gov_report', 'x_fullwidth'), ('gov_report', 'ling_zero'),
    ('listing', 'mustache'), ('listing', 'dollar_brace'), ('listing', 'bracket'), ('listing', 'todo'), ('listing', 'x_upper'),
    ('review', 'mou'), ('review', 'x_lower'),
    ('waybill', 'x_lower'), ('waybill', 'times_sign'), ('waybill', 'blank'), ('waybill', 'bracket'),
    ('tracking', 'mustache'), ('tracking', 'dollar'), ('tracking', 'printf'),
    ('realestate', 'x_lower'), ('realestate', 'x_upper'), ('realestate', 'todo'), ('realestate', 'fill'),
    ('wechat', 'dollar'), ('wechat', 'mustache'), ('wechat', 'x_lower'), ('wechat', 'todo'),
    ('forum', 'mou'), ('forum', 'x_lower'), ('forum', 'circle_mask'),
    ('ocr_notice', 'blank'), ('ocr_notice', 'times_sign'), ('ocr_notice', 'fw_blank'),
    ('csv_open', 'x_lower'), ('csv_open', 'x_upper'), ('csv_open', 'times_sign'),
    ('pdf_text', 'blank'), ('pdf_text', 'fw_blank'), ('pdf_text', 'fill'),
    ('contract', 'blank'), ('contract', 'fw_blank'), ('contract', 'fill'), ('contract', 'bracket'), ('contract', 'todo'),
    ('contract', 'ling_zero'),
    ('judgment', 'mou'), ('judgment', 'times_sign'), ('judgment', 'x_lower'),
    ('sms_notice', 'printf'), ('sms_notice', 'dollar_brace'), ('sms_notice', 'mustache'), ('sms_notice', 'dollar'),
    ('sms_notice', 'bracket'),
    ('minutes', 'mou'), ('minutes', 'x_lower'), ('minutes', 'todo'),
    ('hr_cert', 'blank'), ('hr_cert', 'fill'), ('hr_cert', 'bracket'), ('hr_cert', 'x_lower'),
]


def gen_ph_pos(shape, kind, rng):
    masker, p_num, p_name, kdesc = PH_KINDS[kind]
    for _ in range(50):
        ctx = new_ctx(rng)
        lines = pick_lines(shape, rng)
        b = Builder()
        for i, tpl in enumerate(lines):
            if i:
                b.add('\n')
            render_template(tpl, ctx, rng, b, masker, p_num, p_name)
        text, spans = b.result()
        if spans and n_lines(text) <= 12:
            note = '%s with unfilled %s' % (SHAPES[shape]['desc'], kdesc)
            return text, spans, note
    raise RuntimeError('could not place a placeholder in %s/%s' % (shape, kind))


# ---------------------------------------------------------------------------
# ph negatives (look-alikes); a line is a template string or a callable(rng, ctx) -> str
# ---------------------------------------------------------------------------
def _mul3(rng, ctx):
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
    return '例：一个长方体的长、宽、高分别为%d cm、%d cm、%d cm，体积V=%d×%d×%d=%d（cm³）。' % (a, b, c, a, b, c, a * b * c)


def _area(rng, ctx):
    a, b = rng.randint(3, 12), rng.randint(2, 9)
    return '长方形的面积=长×宽，所以这块菜地的面积是%d×%d=%d（平方米）。' % (a, b, a * b)


def _price(rng, ctx):
    p, n = rng.randint(5, 60), rng.randint(2, 9)
    return '单价%d元×%d件=%d元，满%d元再减10元。' % (p, n, p * n, (p * n) // 10 * 10 or 10)


def _equation(rng, ctx):
    x = rng.randint(2, 30)
    a, c = rng.randint(2, 9), rng.randint(5, 90)
    return '设x为每台机器每天的产量，则%dx+%d=%d，解得x=%d。' % (a, c, a * x + c, x)


def _dims(rng, ctx):
    return '包裹尺寸：%d×%d×%dcm，计费重量%.1fkg。' % (rng.randint(20, 60), rng.randint(10, 40), rng.randint(5, 30),
                                           rng.uniform(0.5, 20))


PH_NEG = [
    ('one_plus_x_certificate', 'school', ['学院深入推进1+X证书制度试点，本年度共有{N:100-900}名学生取得“1+X”职业技能等级证书。',
                                          '新增Web前端开发、智能财税等{N:3-9}个1+X证书试点项目，考核通过率{F:80-98:1}%。',
                                          '落实“1+X”证书制度，将证书培训内容融入专业人才培养方案。'], '1+X证书 (vocational certificate system)'),
    ('n_plus_x_policy', 'gov_report', ['构建“7+X”重点产业链体系，其中“X”为各地结合资源禀赋自主培育的特色产业。',
                                       '推行“5+X”课后服务模式，每周5天全覆盖，“X”项特色课程由学校自主开设。',
                                       '实施“3+X”帮扶机制，3名干部固定结对，X名志愿者按需参与。'], '7+X / 5+X policy slogans'),
    ('x86_architecture', 'tech_post', ['这台软路由是x86架构，装OpenWrt没问题，J4125的板子满载功耗大概{N:10-20}W。',
                                       '官方只提供x86_64和arm64两个版本的安装包，32位x86已经不再维护。',
                                       '下载页面里选 Windows x64 的那个，别选 ARM64。', '在x86服务器上编译通过，但交叉编译到aarch64时报错。'], 'x86/x64 architecture names'),
    ('xray_medical', 'medical', ['入职体检项目包括血常规、肝功能、胸部X光片及心电图。', 'X射线检查请提前取下金属饰品，孕妇请主动告知医务人员。',
                                 '本院新购置数字化X线摄影系统（DR）一台，已于{DATE}投入使用。', '胸部X光片示：双肺纹理清晰，心影不大。'], 'X光 / X射线 in medical text'),
    ('times_in_formula', 'science', [_mul3, _area, _price], '× as multiplication in worked formulas'),
    ('mou_as_ordinary_word', 'wechat', ['在某种程度上，这种做法确实缓解了停车难的问题。', '某些商家打着“原价”的旗号虚标价格，消费者要擦亮眼睛。',
                                        '如果某一天你也遇到类似情况，可以先拨打12315咨询。', '专家提醒，某些野生菌外观与可食用菌十分相似，切勿采食。'], '某些/某种/某一天 as ordinary words'),
    ('model_numbers', 'listing', ['适配型号：XR-200 / XR-300 / XE-520', '相机型号：X-T5，标配镜头XF 18-55mm F2.8-4',
                                  '主机型号XG-{N:1000-9000}，额定功率{N:800-2000}W。', '兼容机型：MX-{N:10-99}、MX-{N:100-199}Pro'], 'model numbers containing X'),
    ('masked_declared', 'waybill', ['收件人：{SUR}**　电话：1{N:30-89}****{N4}（隐私面单，已隐藏部分信息）',
                                    '为保护用户隐私，面单上的手机号已做脱敏处理，派件员通过虚拟号码联系收件人。',
                                    '证件号：{N:110000-659999}********{N4}（已按规定脱敏展示）'], 'masks that the document says are deliberate'),
    ('maths_variable', 'science', [_equation, '已知函数f(x)=2x²−3x+1，求f(x)在区间[0,2]上的最小值。', '在平面直角坐标系中，点P(x, y)满足x+y=5且x>0。',
                                   '若方程x²−4x+m=0有两个相等的实数根，求m的值。'], 'x as a maths variable'),
    ('roman_numerals', 'science', ['2022年北京冬奥会是第XXIV届冬季奥林匹克运动会。', '本项目隧道穿越Ⅳ级、Ⅴ级围岩段共{N:200-900}米。',
                                   '法王路易十四（Louis XIV）在位长达72年。', '该产品属于第Ⅱ类医疗器械，注册证编号见包装。',
                                   '教皇庇护十二世（Pius XII）于1939年当选。'], 'Roman numerals (XXIV, XIV, Ⅳ)'),
    ('chess_notation', 'sports', ['第{N:10-30}回合黑方走出Nxe5!，白方随即Bxf7+，局面急转直下。', '开局棋谱：1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6',
                                  '关键一步是24.Rxd7，弃车之后白方形成杀势。'], 'chess notation with x for captures'),
    ('clothing_sizes', 'listing', ['尺码：S / M / L / XL / XXL / XXXL', '身高175cm、体重70kg建议选XL，偏胖选XXL。', 'XXL码已售罄，预计{DATE}补货。',
                                   '尺码表：XL 胸围112cm　XXL 胸围116cm'], 'XL/XXL clothing sizes'),
    ('sku_codes', 'listing', ['商品编码：SKU-X{N:100-999}-BK', '货号：2X-{N:1000-9999}　颜色：深灰', 'SKU：TX0{N:10-99}XL-RED　库存{N:5-90}件'], 'SKU codes containing X'),
    ('parcel_dimensions', 'waybill', [_dims, '外箱规格：{N:40-60}×{N:30-40}×{N:20-30}cm，每箱{N:6-24}件。'], '× in parcel dimensions'),
    ('zoom_and_speed', 'tech_post', ['支持10x光学变焦、100x数字变焦。', '视频可以调成2x倍速播放，学习效率高很多。', '显卡插槽为PCIe 4.0 x16，向下兼容x8。',
                                     '开启4x MSAA之后帧数掉了大概{N:10-30}%。'], '10x zoom, 2x speed, PCIe x16'),
    ('hex_codes', 'tech_post', ['寄存器地址0x1F，默认值0xFF。', '错误码：0x80070005（拒绝访问）', '颜色用十六进制表示，0x00FF00就是纯绿色。'], 'hexadecimal 0x literals'),
    ('sex_chromosomes', 'science', ['正常女性的性染色体组成为XX，男性为XY。', 'X染色体隐性遗传病如红绿色盲，男性发病率高于女性。',
                                    '某个体的性染色体组成为XXY，称为克氏综合征。'.replace('某个体', '若个体'), '果蝇的性别决定方式也是XY型。'], 'XX/XY chromosomes'),
    ('brand_names', 'forum', ['我用的是iPhone X，电池已经不太行了。', '周末去看了《X战警》，特效还可以。', 'SpaceX这次星舰试飞又推迟了。',
                              '家里的Xbox Series X放了半年没开机。', '这条消息最早是在X（原推特）上发的。'], 'brand and title names with X'),
    ('genetic_cross', 'science', ['亲本杂交AA×aa，F1代基因型全部为Aa。', '玉米品种“郑单958”由郑58×昌7-2选育而成。', '让F1自交，即Aa×Aa，后代性状分离比为3∶1。'], '× in genetic crosses'),
    ('package_spec', 'listing', ['规格：250ml×12瓶/箱', '0.5g×24片/盒，口服，一次2片，一日3次。', '净含量：5kg×2袋', '规格：{N:10-50}g×{N:6-30}包'], '× in package specifications'),
    ('chinese_zero_dates', 'judgment', ['二〇二三年三月十五日', '本判决书于二〇〇八年九月一日送达。', '落款日期：二〇二〇年十二月三十日', '二〇一〇年五月至二〇一九年十月，原告在被告处工作。'], '〇 as the digit zero in dates'),
    ('code_identifiers', 'tech_post', ['配置项 max_retry_count 默认为3。', '在 __init__.py 中导入模块，并在 __main__ 里调用。', '变量命名统一用 snake_case，例如 user_id、order_total。',
                                       '常量写成全大写，如 MAX_BUFFER_SIZE。'], 'underscores in identifiers'),
    ('template_syntax_doc', 'tech_post', ['Vue 的插值语法写作 `{{ message }}`，花括号中是 JavaScript 表达式。', 'Shell 里用 `$HOME` 引用环境变量，用 `${PATH}` 也可以。',
                                          'Python 中推荐使用 f-string，比如 f"你好，{name}"。'], 'template syntax explained in documentation'),
    ('bracket_tags', 'wechat', ['【限时特惠】全场满{N:99-299}减{N:10-50}', '【新闻】{CITY}市召开城市更新工作推进会', '参考文献：[1] 王力. 汉语史稿[M]. 北京: 中华书局, 1980.',
                                '【温馨提示】本周六上午停水，请提前储水。'], '【】 and [1] used as tags and citations'),
    ('axis_labels', 'science', ['图中横轴（X轴）表示年份，纵轴（Y轴）表示产量。', '把数据点标在X-Y坐标系中，可以看出两者呈线性关系。', '沿X轴方向平移3个单位长度。'], 'X/Y axis labels'),
    ('filled_contract', 'contract', ['甲方（盖章）：{CITY}市{CO}有限公司', '乙方（签字）：{NAME}', '签订地点：{CITY}市{ROAD}路{N:1-200}号'], 'fully filled form (no blanks)'),
    ('sports_formats', 'sports', ['男子4×100米接力决赛中，{CITY}队以{F:38-42:2}秒夺冠。', '3x3篮球赛采用半场对抗，先得21分者获胜。', '5×5米的场地用于少儿足球训练。'], '4×100米, 3x3 sports formats'),
    ('x_culture', 'forum', ['X世代的人大多经历过从磁带到流媒体的变化。', '《X档案》是我小时候最爱看的美剧。', 'Z世代和X世代在消费观念上差别很大。'], 'X世代 / X档案 culture terms'),
    ('check_marks', 'ocr_notice', ['注：√表示已完成，×表示未完成，○表示部分完成。', '消防通道畅通　√　　灭火器在有效期内　×　　应急照明　○', '检查结果：×（灭火器压力不足，已责令整改）'], '× and ○ as check marks with a legend'),
    ('unit_multipliers', 'tech_post', ['服务器配置：2×Intel Xeon，内存16×32GB。', '网卡为2×10G光口+4×1G电口。', '阵列由8×4TB硬盘组成RAID 6。'], 'N× hardware multipliers'),
]


def gen_neg(shape, lookalikes, rng, family_check=None):
    for _ in range(50):
        ctx = new_ctx(rng)
        sur, extb = rng.choice(SURNAMES), rng.choice(EXTB_GIVEN)
        lines = pick_lines(shape, rng)
        body_k = rng.randint(1, min(3, len(lookalikes)))
        chosen = rng.sample(lookalikes, body_k)
        # insert look-alike lines after the header at random positions
        for la in chosen:
            pos = rng.randint(1, max(1, len(lines) - 1))
            lines.insert(pos, la)
        b = Builder()
        for i, tpl in enumerate(lines):
            if i:
                b.add('\n')
            if callable(tpl):
                b.add(tpl(rng, ctx))
            else:
                tpl = tpl.replace('{SUR}', sur).replace('{EXTB}', extb)
                render_template(tpl, ctx, rng, b)
        text, spans = b.result()
        if n_lines(text) <= 12 and (family_check is None or family_check(text)):
            return text
    raise RuntimeError('negative failed')


# ---------------------------------------------------------------------------
# mj: damage functions working on a clean segment
# ---------------------------------------------------------------------------
def codec_damage(enc, dec, rounds=1):
    def f(seg, rng):
        s = seg
        for _ in range(rounds):
            err = 't37latin1' if dec in LATIN_DEC else 'replace'
            s = s.encode(enc).decode(dec, err)
        return s
    f.tag = 'codec:%s>%s' % (enc, dec)
    return f


def kunjinkao(seg, rng):
    return seg.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace')
kunjinkao.tag = 'codec:utf-8>gbk'


def qmark_run(seg, rng):
    return seg.encode('latin-1', 'replace').decode('latin-1')
qmark_run.tag = 'qmark'


def fffd_run(seg, rng):
    return seg.encode('gbk').decode('ascii', 'replace')
fffd_run.tag = 'fffd'


def gbk_shift(seg, rng):
    b = seg.encode('gbk')
    return (b[1:] + b'?').decode('gbk', 'replace')
gbk_shift.tag = 'gbkshift'


def xmlref(seg, rng):
    return seg.encode('ascii', 'xmlcharrefreplace').decode('ascii')
xmlref.tag = 'html'


# segment requirements per damage
SEG_ENC = {'codec:big5hkscs>gbk': 'big5hkscs', 'codec:gb2312>latin-1': 'gb2312', 'codec:gbk>big5': 'gbk'}

ZW = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060']
CTRL = ['\x00', '\x01', '\x02', '\x03', '\x07', '\x08', '\x10', '\x1a', '\x1b', '\x7f', '\x00\x00', '\x00\x00\x00']
HTML_TAGS = ['<br>', '<br/>', '<br />', '</p><p>', '</strong>', '<strong>', '</span>', '<span style="color:#333;">', '<p>', '</p>', '</div>']


def choose_segment(line, rng, need_enc=None, lo=2, hi=12, mid=True):
    """Pick [a, b) inside line, starting and ending on CJK characters, strictly inside if mid."""
    idx = [i for i, ch in enumerate(line) if cjk(ch)]
    if len(idx) < lo + (2 if mid else 0):
        return None
    for _ in range(30):
        a = rng.choice(idx)
        if mid and a == 0:
            continue
        L = rng.randint(lo, hi)
        bnd = min(len(line), a + L)
        while bnd > a and not cjk(line[bnd - 1]) and line[bnd - 1] not in '，、；：。':
            bnd -= 1
        if bnd - a < lo or (mid and bnd >= len(line)):
            continue
        seg = line[a:bnd]
        if need_enc:
            try:
                seg.encode(need_enc)
            except UnicodeEncodeError:
                continue
        return a, bnd
    return None


def trim(orig, dmg):
    p = 0
    while p < len(orig) and p < len(dmg) and orig[p] == dmg[p]:
        p += 1
    s = 0
    while s < len(orig) - p and s < len(dmg) - p and orig[-1 - s] == dmg[-1 - s]:
        s += 1
    return p, len(orig) - s, dmg[p:len(dmg) - s]


def seg_edits(lines, rng, fn, nseg=(1, 3), mid=True, lo=2, hi=12):
    """Edits (line, a, b, replacement) produced by damaging 1-3 segments on different lines."""
    need = SEG_ENC.get(fn.tag)
    cand = list(range(len(lines)))
    rng.shuffle(cand)
    want = rng.randint(*nseg)
    edits = []
    for li in cand:
        if len(edits) >= want:
            break
        seg = choose_segment(lines[li], rng, need, lo, hi, mid)
        if not seg:
            continue
        a, bnd = seg
        orig = lines[li][a:bnd]
        try:
            dmg = fn(orig, rng)
        except UnicodeEncodeError:
            continue
        p, q, rep = trim(orig, dmg)
        if not rep or any(c in LINEBREAKS for c in rep):
            continue
        edits.append((li, a + p, a + q, rep))
    return edits


def insert_edits(lines, rng, tokens, n=(1, 3), inside_word=True):
    edits = []
    want = rng.randint(*n)
    cand = list(range(len(lines)))
    rng.shuffle(cand)
    for li in cand:
        if len(edits) >= want:
            break
        line = lines[li]
        pos = [i for i in range(1, len(line)) if (cjk(line[i - 1]) and cjk(line[i])) or
               (not inside_word and line[i - 1] in '，。；：')]
        if not pos:
            continue
        i = rng.choice(pos)
        edits.append((li, i, i, rng.choice(tokens)))
    return edits


def html_entity_edits(lines, rng):
    edits = []
    for li in rng.sample(range(len(lines)), len(lines)):
        line = lines[li]
        opts = []
        for i, ch in enumerate(line):
            if ch in '　 ' and 0 < i:
                opts.append((i, i + 1, '&nbsp;'))
            if ch == '“':
                opts.append((i, i + 1, rng.choice(['&ldquo;', '&quot;'])))
            if ch == '”':
                opts.append((i, i + 1, rng.choice(['&rdquo;', '&quot;'])))
            if ch == '—':
                opts.append((i, i + 1, '&mdash;'))
            if ch == '·':
                opts.append((i, i + 1, '&middot;'))
        if opts and rng.random() < 0.7:
            a, b_, rep = rng.choice(opts)
            edits.append((li, a, b_, rep))
        elif rng.random() < 0.5:
            i = [k for k in range(1, len(line)) if cjk(line[k - 1]) and cjk(line[k])]
            if i:
                k = rng.choice(i)
                edits.append((li, k, k, rng.choice(['&nbsp;', '&nbsp;&nbsp;', '&emsp;'])))
        if len(edits) >= 3:
            break
    used = {e[0] for e in edits}
    if rng.random() < 0.6:
        for li in rng.sample(range(len(lines)), len(lines)):
            runs = [m for m in re.finditer(r'[\u4e00-\u9fff]{3,}', lines[li]) if m.start() > 0]
            if li in used or not runs:
                continue
            m = rng.choice(runs)
            a = rng.randint(m.start(), m.end() - 2)
            bnd = rng.randint(a + 2, min(m.end(), a + 5))
            edits.append((li, a, bnd, xmlref(lines[li][a:bnd], rng)))
            break
    return edits


def qmark_loss_edits(lines, rng):
    edits = []
    for li, line in enumerate(lines):
        for i, ch in enumerate(line):
            rep = ch.encode('gb2312', 'replace').decode('gb2312')
            if rep != ch:
                edits.append((li, i, i + 1, rep))
    return edits


def apply_edits(lines, edits):
    per = {}
    for li, a, bnd, rep in edits:
        per.setdefault(li, []).append((a, bnd, rep))
    b = Builder()
    for li, line in enumerate(lines):
        if li:
            b.add('\n')
        pos = 0
        for a, bnd, rep in sorted(per.get(li, [])):
            if a < pos:
                continue  # overlapping edit: skip
            b.add(line[pos:a])
            b.add(rep, True)
            pos = bnd
        b.add(line[pos:])
    return b.result()


def render_lines(shape, ctx, rng, extra=None, pinyin=False):
    tpls = pick_lines(shape, rng)
    if extra:
        for e in rng.sample(extra, rng.randint(1, min(2, len(extra)))):
            tpls.insert(rng.randint(1, len(tpls)), e)
    out = []
    for t in tpls:
        b = Builder()
        render_template(t, ctx, rng, b, pinyin=pinyin)
        out.extend(b.result()[0].split('\n'))
    return out


RARE_LINES = {'judgment': ['委托诉讼代理人：{RARENAME}，{CITY}市明德律师事务所律师。', '证人{RARENAME}出庭作证。', '第三人：{RARENAME}，男，{N:1960-2000}年出生。'],
              'gov_report': ['联系人：{RARENAME}，联系电话：{PHONE}', '本次表彰的优秀志愿者有{NAME}、{RARENAME}等{N:5-30}人。', '{RARENAME}同志被评为年度先进个人。'],
              'hr_cert': ['经办人：{RARENAME}　复核：{RARENAME}', '申请人：{RARENAME}（本人签字确认）', '人事专员：{RARENAME}']}

MJ_DAMAGE = {
    'utf8_as_gbk': (codec_damage('utf-8', 'gbk'), 'UTF-8 bytes read as GBK'),
    'kunjinkao': (kunjinkao, 'GBK read as UTF-8 with U+FFFD, saved, re-read as GBK (锟斤拷)'),
    'utf8_as_cp1252': (codec_damage('utf-8', 'cp1252'), 'UTF-8 bytes read as cp1252'),
    'utf8_as_latin1': (codec_damage('utf-8', 'latin-1'), 'UTF-8 bytes read as Latin-1 (C1 controls)'),
    'utf8_cp1252_double': (codec_damage('utf-8', 'cp1252', rounds=2), 'UTF-8 read as cp1252 and re-encoded, twice'),
    'gb2312_as_latin1': (codec_damage('gb2312', 'latin-1'), 'GB2312 bytes read as Latin-1'),
    'gbk_as_utf8': (codec_damage('gbk', 'utf-8'), 'GBK bytes read as UTF-8 with replacement'),
    'big5hkscs_as_gbk': (codec_damage('big5hkscs', 'gbk'), 'Big5-HKSCS bytes read as GBK'),
    'gbk_as_big5': (codec_damage('gbk', 'big5'), 'GBK bytes read as Big5'),
    'utf8_as_shiftjis': (codec_damage('utf-8', 'shift_jis'), 'UTF-8 bytes read as Shift_JIS'),
    'utf8_as_euckr': (codec_damage('utf-8', 'euc_kr'), 'UTF-8 bytes read as EUC-KR'),
    'utf16le_as_latin1': (codec_damage('utf-16-le', 'latin-1'), 'UTF-16LE bytes read as Latin-1 (NULs)'),
    'unicode_escape_leak': (codec_damage('unicode_escape', 'ascii'), 'JSON/Python \\u escapes left in text'),
    'qmark_run': (qmark_run, 'characters lost to ? by a Latin-1 column'),
    'fffd_run': (fffd_run, 'GBK bytes read as ASCII: U+FFFD runs'),
    'gbk_byte_shift': (gbk_shift, 'GBK stream decoded one byte out of step'),
}

MJ_POS = [
    ('utf8_as_gbk', 'gov_report'), ('utf8_as_gbk', 'listing'), ('utf8_as_gbk', 'forum'), ('utf8_as_gbk', 'wechat'),
    ('kunjinkao', 'forum'), ('kunjinkao', 'csv_open'), ('kunjinkao', 'review'),
    ('utf8_as_cp1252', 'listing'), ('utf8_as_cp1252', 'wechat'), ('utf8_as_cp1252', 'tracking'),
    ('utf8_as_latin1', 'csv_open'), ('utf8_as_latin1', 'sms_notice'),
    ('utf8_cp1252_double', 'review'), ('utf8_cp1252_double', 'realestate'),
    ('gb2312_as_latin1', 'gov_report'), ('gb2312_as_latin1', 'minutes'),
    ('gbk_as_utf8', 'csv_open'), ('gbk_as_utf8', 'pdf_text'), ('gbk_as_utf8', 'waybill'),
    ('big5hkscs_as_gbk', 'trad_hk'), ('big5hkscs_as_gbk', 'trad_news'),
    ('gbk_as_big5', 'listing'), ('gbk_as_big5', 'realestate'),
    ('utf8_as_shiftjis', 'review'), ('utf8_as_shiftjis', 'wechat'),
    ('utf8_as_euckr', 'tracking'),
    ('qmark_loss', 'judgment'), ('qmark_loss', 'gov_report'), ('qmark_loss', 'hr_cert'),
    ('qmark_run', 'csv_open'), ('qmark_run', 'waybill'),
    ('fffd_run', 'tracking'), ('fffd_run', 'ocr_notice'), ('fffd_run', 'pdf_text'),
    ('gbk_byte_shift', 'gov_report'), ('gbk_byte_shift', 'trad_gov'), ('gbk_byte_shift', 'minutes'),
    ('html_entities', 'wechat'), ('html_entities', 'listing'), ('html_entities', 'forum'),
    ('html_tags', 'wechat'), ('html_tags', 'gov_report'), ('html_tags', 'realestate'),
    ('control_chars', 'csv_open'), ('control_chars', 'waybill'), ('control_chars', 'pdf_text'),
    ('zero_width', 'listing'), ('zero_width', 'forum'), ('zero_width', 'wechat'),
    ('utf16le_as_latin1', 'csv_open'), ('utf16le_as_latin1', 'tracking'),
    ('unicode_escape_leak', 'sms_notice'), ('unicode_escape_leak', 'listing'),
    ('pinyin_artefact', 'trad_gov'), ('pinyin_artefact', 'trad_news'),
    ('pinyin_and_qmark', 'trad_gov'),
    ('utf8_as_gbk_whole_field', 'csv_open'),
]


def gen_mj_pos(kind, shape, rng):
    for _ in range(60):
        ctx = new_ctx(rng)
        tags = []
        if kind in ('pinyin_artefact', 'pinyin_and_qmark'):
            tpls = pick_lines(shape, rng)
            b = Builder()
            for i, t in enumerate(tpls):
                if i:
                    b.add('\n')
                render_template(t, ctx, rng, b, pinyin=True)
            text, spans = b.result()
            tags = ['pinyin']
            desc = 'scraper inserted ASCII-parenthesised pinyin after converted characters'
            if kind == 'pinyin_and_qmark':
                # characters lost to '?' on top of the pinyin artefact (as in scraped pages)
                lines = text.split('\n')
                # spans are recomputed from edits: re-render lines with pinyin marks as edits
                edits = []
                off = 0
                for li, line in enumerate(lines):
                    for a, bnd in spans:
                        if off <= a < off + len(line):
                            edits.append((li, a - off, bnd - off, line[a - off:bnd - off]))
                    off += len(line) + 1
                # replace 1-2 clean CJK characters by '?'
                for li in rng.sample(range(len(lines)), min(len(lines), rng.randint(1, 2))):
                    line = lines[li]
                    ok = [i for i, ch in enumerate(line) if cjk(ch) and i > 0 and line[i - 1] != ')'
                          and line[i + 1:i + 2] != '(']
                    if ok:
                        i = rng.choice(ok)
                        edits.append((li, i, i + 1, line[i].encode('ascii', 'replace').decode('ascii')))
                text, spans = apply_edits(lines, edits)
                tags = ['pinyin', 'qmark']
                desc += ', plus characters lost to ?'
        else:
            extra = RARE_LINES[shape] if kind == 'qmark_loss' else None
            lines = render_lines(shape, ctx, rng, extra=extra)
            if kind in MJ_DAMAGE:
                fn, desc = MJ_DAMAGE[kind]
                nseg = (1, 1) if kind in ('utf16le_as_latin1',) else (1, 3)
                edits = seg_edits(lines, rng, fn, nseg=nseg)
                tags = [fn.tag]
            elif kind == 'utf8_as_gbk_whole_field':
                fn = codec_damage('utf-8', 'gbk')
                desc = 'one CSV field written as UTF-8 and read as GBK'
                edits = []
                for li in rng.sample(range(1, len(lines)), len(lines) - 1):
                    fields = lines[li].split(',')
                    if len(fields) < 3:
                        continue
                    fi = rng.choice([k for k, f in enumerate(fields) if any(cjk(c) for c in f)] or [0])
                    a = sum(len(f) + 1 for f in fields[:fi])
                    orig = fields[fi]
                    p, q, rep = trim(orig, fn(orig, rng))
                    if rep and not any(c in LINEBREAKS for c in rep):
                        edits.append((li, a + p, a + q, rep))
                    if len(edits) >= rng.randint(1, 2):
                        break
                tags = [fn.tag]
            elif kind == 'qmark_loss':
                edits = qmark_loss_edits(lines, rng)
                desc = 'text passed through GB2312: characters outside it became ?'
                tags = ['qmark']
            elif kind == 'html_entities':
                edits = html_entity_edits(lines, rng)
                desc = 'HTML entities left in exported text'
                tags = ['html']
            elif kind == 'html_tags':
                edits = insert_edits(lines, rng, HTML_TAGS, n=(1, 3), inside_word=False)
                desc = 'HTML tag debris left in exported text'
                tags = ['html']
            elif kind == 'control_chars':
                edits = insert_edits(lines, rng, CTRL, n=(1, 3))
                desc = 'NUL and other control characters inside text'
                tags = ['ctrl']
            elif kind == 'zero_width':
                edits = insert_edits(lines, rng, ZW, n=(1, 3))
                desc = 'stray zero-width characters inside words'
                tags = ['zw']
            else:
                raise KeyError(kind)
            text, spans = apply_edits(lines, edits)
        if spans and n_lines(text) <= 12:
            note = '%s; %s; damage=%s' % (SHAPES[shape]['desc'], desc, '|'.join(tags))
            return text, spans, note
    raise RuntimeError('mj failed %s %s' % (kind, shape))


# ---------------------------------------------------------------------------
# mj negatives
# ---------------------------------------------------------------------------
MJ_NEG = [
    ('russian_quotation', 'travel', ['俄罗斯朋友送了我一句谚语：«Тише едешь — дальше будешь»，意思是慢慢走反而走得远。', '地铁站名都是俄文，比如«Площадь Революции»（革命广场站）。',
                                     '餐厅菜单上写着«Борщ»，就是红菜汤。'], 'genuine Russian quotations'),
    ('japanese_quotation', 'review', ['包装上写着「賞味期限：2025年5月」和「要冷蔵」，国内代购的。', '日本网友的评论：「このラーメンは本当に美味しい！」', '说明书是日文的，「電源を切ってから掃除してください」意思是先断电再清洁。'], 'genuine Japanese quotations'),
    ('korean_quotation', 'wechat', ['韩剧里常听到的“감사합니다”意思是“谢谢”。', '这家店的招牌写着“맛있는 집”，直译就是“好吃的店”。', '首尔的“명동”就是我们常说的明洞。'], 'genuine Korean quotations'),
    ('greek_letters', 'science', ['公式中λ表示波长，ω表示角频率，Δt表示时间间隔。', 'α粒子带两个单位正电荷，β射线是高速电子流。', '希腊语“Ευχαριστώ”意为“谢谢”。', '取π≈3.14，计算圆的面积。'], 'Greek letters and words'),
    ('french_quotation', 'travel', ['加缪写道：« Au milieu de l’hiver, j’ai découvert en moi un invincible été. »', '菜单上的“crème brûlée”就是法式焦糖布丁。', '街角那家“Café de Flore”总是坐满了人。',
                                    '法国人见面常说“Ça va ?”。'], 'genuine French quotations'),
    ('german_quotation', 'travel', ['歌德说过：„Wer nicht vorwärts geht, der geht zurück.“', '德国面包店里的“Brötchen”就是小圆面包。', '明信片上写着“Grüße aus München”。', '路牌上的“Straße”是街道的意思。'], 'genuine German quotations'),
    ('vietnamese_text', 'travel', ['越南河粉叫“Phở bò”，一碗大概三万越南盾。', '“Xin chào”是越南语的“你好”。', '我们住在Thành phố Hồ Chí Minh的第一郡。', '还剑湖的越南语名称是“Hồ Hoàn Kiếm”。'], 'Vietnamese with diacritics'),
    ('pinyin_lesson', 'lesson', ['发 fā　展 zhǎn　建 jiàn　设 shè', '读一读：chūn tiān lái le，xiǎo niǎo zài chàng gē。', '给加点字注音：美丽（lì）　快乐（lè）', '声调练习：mā má mǎ mà'], 'pinyin with tone marks in a lesson'),
    ('traditional_text', 'trad_hk', ['本屋苑管理完善，二十四小時保安巡邏。', '歡迎致電查詢，週末照常營業。'], 'clean traditional Chinese'),
    ('rare_char_names', 'school', ['获奖学生：{RARENAME}、{RARENAME}、{NAME}。', '优秀教师：{RARENAME}（数学组）', '本届学生会主席为{SUR}𠮷同学。'.replace('𠮷', '龑')], 'rare characters in names'),
    ('extb_char_names', 'hr_cert', ['申请人姓名：{SUR}{EXTB}（注：“{EXTB}”为生僻字，已核对户籍信息）', '经核实，{SUR}{EXTB}同志的姓名用字与身份证一致。'], 'CJK Extension B+ characters in names'),
    ('math_symbols', 'science', ['对任意ε>0，存在δ>0，使得当|x−a|<δ时|f(x)−f(a)|<ε。', '∑ᵢ₌₁ⁿ i = n(n+1)/2', '∫₀¹ x² dx = 1/3', '若A⊆B，则A∩B=A，A∪B=B。', '√2≈1.414，∞表示无穷大。'], 'Unicode maths symbols'),
    ('emoji_review', 'review', ['宝贝收到了😍 质量超级好👍👍👍', '一家人都很喜欢👨‍👩‍👧', '物流太快了🚀 好评！', '颜色很正🎨 下次还来🙏🏻'], 'emoji incl. ZWJ sequences and skin tones'),
    ('legit_question_marks', 'forum', ['请问这个怎么退款?? 急!!!', '是不是我操作错了？？？', '有没有人知道{ROAD}路那家店还开不开?', '价格多少?有优惠吗?'], 'question marks in genuine questions'),
    ('code_snippet', 'tech_post', ['示例代码：print("你好，世界")', '模板里写 <div class="title">标题</div> 就行。', '读文件时要指定编码：open(path, encoding="utf-8")',
                                   '命令：grep -rn "TODO" ./src'], 'code snippets in a technical note'),
    ('ocr_confusions', 'ocr_notice', ['经核查，该户己于{YEAR}年搬离本社区。', '逾期末报送的单位将予以通报。', '根据《消防法》第十六条规走，各单位应落实主体责任。', '请于本月20曰前完成整改。'], 'OCR confusions (己/已, 末/未, 曰/日) are not mojibake'),
    ('pdf_ligatures', 'pdf_text', ['Eﬀective ﬁnancial management is essential.', '本文参考了 develop-\nment economics 的相关研究。', '　　关键词：城市更新；ﬂexible governance'], 'PDF ligatures, hyphenation, full-width spaces'),
    ('ipa_transcription', 'lesson', ['water 英 /ˈwɔːtə(r)/ 美 /ˈwɔːtər/', 'thought /θɔːt/　measure /ˈmeʒə(r)/', '注意区分[ʃ]和[ʒ]，以及鼻音[ŋ]。'], 'IPA transcriptions'),
    ('latin_brand_names', 'listing', ['Nestlé雀巢咖啡 速溶 48条装', 'Häagen-Dazs哈根达斯冰淇淋礼券', 'Citroën雪铁龙原厂脚垫', 'L’Oréal欧莱雅男士洁面', 'Moët & Chandon酩悦香槟 750ml'], 'Latin-script brand names with diacritics'),
    ('units_and_currency', 'listing', ['工作温度：-10℃～45℃', '适用面积：15～25㎡', '滤网精度0.3µm，电阻约10kΩ', '含糖量≤5‰', '欧洲直邮，原价€59.90，约合£51。'], 'unit and currency symbols'),
    ('fullwidth_forms', 'ocr_notice', ['编号：ＮＯ．{N:1000-9999}', '联系电话：０７５５－８８６６{N:1000-9999}'.replace('{N:1000-9999}', '１２３４'), '　　（一）ＡＢＣ三类场所每月检查一次。'], 'full-width letters, digits and spaces'),
    ('box_drawing', 'tech_post', ['项目结构：\n├── src\n│   └── main.py\n└── README.md', '┌────────┐\n│ 运行成功 │\n└────────┘'], 'box-drawing characters in CLI output'),
    ('chemical_formulas', 'science', ['H₂O、CO₂和SO₄²⁻的检验方法见下表。', 'CaCO₃ → CaO + CO₂↑', 'Fe³⁺遇KSCN溶液显红色。'], 'sub/superscripts in chemical formulas'),
    ('dingbats', 'wechat', ['★★★★☆ 推荐指数', '※ 注意：活动名额有限', '◆ 报名方式 → 后台回复“报名”', '✔ 已完成　✘ 未完成', '☎ 咨询电话：{PHONE}'], 'dingbats and symbols'),
    ('html_entity_explained', 'tech_post', ['HTML里不间断空格要写成 `&nbsp;`，版权符号写成 `&copy;`。', '换行用 `<br>` 标签，段落用 `<p>` 标签。'], 'HTML markup quoted in a tutorial'),
    ('mojibake_explained', 'tech_post', ['常见乱码“锟斤拷”是把UTF-8的替换字符（EF BF BD）按GBK解读的结果。', '文件开头出现“ï»¿”，说明BOM被当成Latin-1显示了。'], 'mojibake quoted as an example in a tutorial'),
    ('url_percent_encoding', 'tech_post', ['搜索链接：https://example.com/search?q=%E5%8F%91%E5%B1%95', '接口返回的URL是 https://example.org/api?city=%E6%B8%85%E6%B2%B3 ，需要先解码。'], 'percent-encoding inside URLs'),
    ('hashes_and_base64', 'tech_post', ['SHA-256：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'Base64编码后是“5L2g5aW9”，解码即“你好”。'], 'hashes and Base64 strings'),
    ('cantonese_forum', 'trad_hk', ['呢間餐廳啲嘢食好正，下次再嚟。', '佢哋話聽日冇得開，搞咗成個禮拜都未搞掂。', '係咪要預約㗎？'], 'written Cantonese characters'),
    ('zhuyin_lesson', 'lesson', ['注音：ㄈㄚ ㄓㄢˇ（發展）', 'ㄅㄆㄇㄈ，跟老師唸一遍。', 'ㄋㄧˇ ㄏㄠˇ（你好）'], 'Bopomofo (zhuyin) in a lesson'),
    ('arabic_thai_quotation', 'travel', ['泰语“สวัสดี”（萨瓦迪卡）是最常用的问候语。', '阿拉伯语“مرحبا”意思是“你好”。', '曼谷全称很长，开头是“กรุงเทพมหานคร”。'], 'Thai and Arabic script'),
    ('polyphone_dictionary', 'lesson', ['多音字：行（xíng／háng）、长（cháng／zhǎng）', '“重”有两个读音：zhòng（重量）和chóng（重复）。'], 'polyphonic-character readings in a dictionary entry'),
]


def mj_neg_ok(text):
    return '\ufffd' not in text and not any(ord(c) < 32 and c not in '\n\t' for c in text)


def ph_neg_ok(text):
    return not any(s in text for s in ('【待填】', '（填写', '某某', '____', '＿＿', '[姓名]'))


def gen_mj_neg(shape, lookalikes, rng):
    return gen_neg(shape, lookalikes, rng, mj_neg_ok)


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def style_list():
    out = []
    for shape, kind in PH_POS:
        out.append(('%s_%s' % (shape, kind), 'ph', 'placeholder', (shape, kind)))
    for name, shape, la, note in PH_NEG:
        out.append(('neg_%s' % name, 'ph', 'negative', (shape, la, note)))
    for kind, shape in MJ_POS:
        out.append(('%s_%s' % (shape, kind), 'mj', 'mojibake', (kind, shape)))
    for name, shape, la, note in MJ_NEG:
        out.append(('neg_%s' % name, 'mj', 'negative', (shape, la, note)))
    names = [s[0] for s in out]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    return out


def generate(seed):
    master = random.Random('text%d:%d' % (SET_ID, seed))
    records = []
    for style, fam, label, spec in style_list():
        rng = random.Random('text%d:%d:%s' % (SET_ID, seed, style))
        n = rng.randint(15, 19)
        for _ in range(n):
            if fam == 'ph' and label == 'placeholder':
                text, spans, note = gen_ph_pos(spec[0], spec[1], rng)
            elif fam == 'mj' and label == 'mojibake':
                text, spans, note = gen_mj_pos(spec[0], spec[1], rng)
            elif fam == 'ph':
                text = gen_neg(spec[0], spec[1], rng, ph_neg_ok)
                spans, note = [], 'look-alike, not a placeholder: %s (%s)' % (spec[2], SHAPES[spec[0]]['desc'])
            else:
                text = gen_mj_neg(spec[0], spec[1], rng)
                spans, note = [], 'look-alike, not mojibake: %s (%s)' % (spec[2], SHAPES[spec[0]]['desc'])
            records.append({'family': fam, 'style': style, 'label': label, 'text': text, 'spans': spans, 'note': note})
    master.shuffle(records)
    for i, r in enumerate(records):
        r['id'] = 't%d-s%d-%05d' % (SET_ID, seed, i + 1)
    keys = ['id', 'family', 'style', 'label', 'text', 'spans', 'note']
    return [{k: r[k] for k in keys} for r in records]


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
PH_MARK_RE = re.compile(r'[xXＸ×〇○_＿某]|【[^】]*】|（[^）]*填[^）]*）|\{\{[^{}]+\}\}|\$[A-Z_]+\$|\$\{[A-Za-z]+\}|\[[^\]]+\]|%[sd]')
HTML_RE = re.compile(r'(?:&(?:[a-z]+|#\d+|#x[0-9a-fA-F]+);|<[^<>]*>)+')
PINYIN_SPAN_RE = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')


TRIM = 1  # bytes that may be cut off at either end of a span


def _repair_differs(span, tag):
    """Reverse the codec step named by tag (span.encode(B).decode(A)) and require that the result differs
    from the span and is mostly clean: a stretch of undamaged Chinese does not survive this (its bytes
    fail to encode, or decode back to U+FFFD), while real damage does."""
    enc, dec = tag.split(':', 1)[1].split('>')
    if dec == 'gbk' and enc == 'utf-8' and '锟' in span:
        return True                       # 锟 = EF BF, the start of U+FFFD in UTF-8, read as GBK
    if dec in ('utf-8', 'ascii') and enc != 'unicode_escape' and '\ufffd' not in span \
            and any(ord(c) >= 0x800 for c in span):
        return False                      # GBK bytes that happen to be valid UTF-8 give 2-byte characters only
    if '\ufffd' in span and dec not in LATIN_DEC:
        return True                       # the decoder's errors='replace' left U+FFFD: never in clean text
    pieces = [span]
    err = 't37latin1' if dec in LATIN_DEC else 'strict'
    good = wide = 0
    changed = False
    for piece in pieces:
        if dec in LATIN_DEC and any(ord(c) > 255 and c not in CP1252_HIGH for c in piece):
            return False
        try:
            raw = piece.encode(dec, err)
        except (UnicodeError, LookupError):
            return False
        best = None
        # a piece cut out of a longer byte stream may start or end inside a multi-byte sequence
        for a in range(0, min(TRIM, len(raw))):
            for b in range(0, min(TRIM, len(raw) - a)):
                try:
                    back = raw[a:len(raw) - b].decode(enc, 'replace')
                except (UnicodeError, LookupError):
                    continue
                w = [c for c in back if ord(c) > 127]
                g = [c for c in w if c != '\ufffd']
                score = (len(g) - (len(w) - len(g)), len(g))
                if best is None or score > best[0]:
                    best = (score, len(g), len(w), back)
        if best is None:
            return False
        good += best[1]
        wide += best[2]
        changed = changed or best[3] != piece
    return changed and good > 0 and good >= 0.6 * wide


def check_mj_span(s, tags):
    for t in tags:
        if t.startswith('codec:') and _repair_differs(s, t):
            return True
        if t == 'qmark' and '?' in s and all(c == '?' or ord(c) < 128 for c in s):
            return True
        if t == 'fffd' and '\ufffd' in s and all(c == '\ufffd' or ord(c) < 128 for c in s):
            return True
        if t == 'gbkshift':
            b = s.encode('gbk', 'replace')
            if b[1:].decode('gbk', 'replace') != s or (b'?' + b).decode('gbk', 'replace') != s:
                return True
        if t == 'html' and (HTML_RE.fullmatch(s) or (s.split() and all(HTML_RE.fullmatch(p) for p in s.split()))):
            return True
        if t == 'pinyin' and PINYIN_SPAN_RE.fullmatch(s):
            return True
        if t == 'ctrl' and all(ord(c) < 32 or ord(c) == 127 for c in s):
            return True
        if t == 'zw' and all(c in ZW for c in s):
            return True
    return False


def verify(paths):
    problems = 0
    for path in paths:
        seen = set()
        counts = Counter()
        styles = Counter()
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                def bad(msg):
                    nonlocal problems
                    problems += 1
                    print('%s:%d: %s' % (path, ln, msg))
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    bad('bad JSON: %s' % e)
                    continue
                if set(r) != {'id', 'family', 'style', 'label', 'text', 'spans', 'note'}:
                    bad('keys %s' % sorted(r))
                    continue
                if r['id'] in seen:
                    bad('duplicate id %s' % r['id'])
                seen.add(r['id'])
                fam, lab, text, spans = r['family'], r['label'], r['text'], r['spans']
                counts[(fam, lab)] += 1
                styles[(fam, r['style'])] += 1
                if (fam, lab) not in {('ph', 'placeholder'), ('ph', 'negative'), ('mj', 'mojibake'), ('mj', 'negative')}:
                    bad('family/label %s/%s' % (fam, lab))
                if not re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*', r['style']):
                    bad('style not snake_case: %r' % r['style'])
                if not isinstance(text, str) or not text.strip():
                    bad('empty text')
                    continue
                if not 1 <= text.count('\n') + 1 <= 12:
                    bad('%d lines' % (text.count('\n') + 1))
                if '\n' in r['note'] or not r['note']:
                    bad('note must be one non-empty line')
                if lab == 'negative':
                    if spans:
                        bad('negative with spans')
                    if fam == 'mj' and not mj_neg_ok(text):
                        bad('mj negative contains U+FFFD or control characters')
                    if fam == 'ph' and not ph_neg_ok(text):
                        bad('ph negative contains an unambiguous placeholder')
                    continue
                if not spans:
                    bad('positive without spans')
                prev = -1
                tags = []
                if fam == 'mj':
                    m = re.search(r'damage=([^;]+)', r['note'])
                    tags = m.group(1).split('|') if m else []
                    if not tags:
                        bad('mojibake note without damage= tags')
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
                        bad('span shape %r' % (sp,))
                        continue
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        bad('span %r outside text (len %d) or empty' % (sp, len(text)))
                        continue
                    if a < prev:
                        bad('spans overlap or unsorted at %r' % (sp,))
                    prev = b
                    s = text[a:b]
                    if '\n' in s:
                        bad('span %r crosses a line break' % (sp,))
                    if fam == 'ph' and not PH_MARK_RE.search(s):
                        bad('placeholder span %r=%r has no placeholder marker' % (sp, s))
                    if fam == 'mj' and not check_mj_span(s, tags):
                        bad('mojibake span %r=%r does not differ under its codec round trip / pattern %s' % (sp, s, tags))
        print('%s: %d records, %d styles, %s' % (path, sum(counts.values()), len(styles),
                                                ', '.join('%s/%s=%d' % (f, l, c) for (f, l), c in sorted(counts.items()))))
    return problems


def style_table(seed):
    recs = generate(seed)
    by = OrderedDict()
    for st, fam, lab, _ in style_list():
        by[st] = [fam, lab, 0, None]
    for r in recs:
        e = by[r['style']]
        e[2] += 1
        if e[3] is None:
            e[3] = r
    out = ['| style | family | label | n | example (first record, first line with a span; repr) |', '|---|---|---|---|---|']
    for st, (fam, lab, n, r) in by.items():
        text = r['text']
        if r['spans']:
            a, b = r['spans'][0]
            ls = text.rfind('\n', 0, a) + 1
            le = text.find('\n', b)
            le = len(text) if le < 0 else le
            ex = text[max(ls, a - 25):min(le, b + 25)]
        else:
            ex = max(text.split('\n'), key=len)[:60]
        ex = json.dumps(ex, ensure_ascii=False)[1:-1].replace('|', '\\|').replace('`', "'")
        out.append('| %s | %s | %s | %d | `%s` |' % (st, fam, lab, n, ex))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--table', action='store_true', help='print the markdown style table for --seed')
    a = ap.parse_args()
    if a.verify:
        n = verify(a.verify)
        print('problems: %d' % n)
        sys.exit(1 if n else 0)
    if a.seed is None:
        ap.error('--seed is required')
    if a.table:
        print(style_table(a.seed))
        return
    recs = generate(a.seed)
    out = open(a.out, 'w', encoding='utf-8') if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
    if a.out:
        out.close()
        c = Counter((r['family'], r['label']) for r in recs)
        print('wrote %d records to %s (%s)' % (len(recs), a.out, ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(c.items()))),
              file=sys.stderr)


if __name__ == '__main__':
    main()
