#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers51_gen.py - held-out set 51 (totals and percentages in Chinese work reports).
Python 3.11, standard library only. See numbers51_README.md."""
import argparse, json, sys

ENT = {
    'soe': ['城建投资集团', '交通发展集团', '水务环境集团', '文旅产业集团', '产业投资集团', '农业发展集团', '安居建设集团', '数字科技集团'],
    'invest': ['滨江经开区', '北山高新区', '临港物流园', '城南科创园', '东湖文旅区', '西坪工业园', '青溪县', '梅岭区'],
    'quake': ['清河县', '北塘区', '安平县', '石门县', '云溪区', '南坪县', '龙湾区', '柏林镇'],
    'ethnic': ['东城区', '河西区', '白沙县', '红岩县', '兴隆镇', '新华街道', '双桥乡', '松林县'],
    'agmach': ['丰禾农机专业合作社', '金穗农机合作社', '绿野植保服务队', '沃土家庭农场', '稻香农机合作社', '仓满粮食种植合作社', '田园农业服务中心', '禾丰农机服务公司'],
}

SRC = {}

SRC['soe'] = dict(
    org=['市属国有企业', '全市国资系统', '市国资委监管企业', '各出资企业', ''],
    time=['2024年', '今年以来', '1—9月', '上半年', '全年', '截至11月底'],
    cnt=[
        ('推进混合所有制改革项目', '个', ['引入战略投资者', '员工持股试点', '股权多元化', '整体上市', '合资新设'], 3, 30),
        ('压减法人户数', '户', ENT['soe'][:6], 2, 25),
        ('梳理发现各类问题', '个', ['财务管理方面', '投资决策方面', '采购招标方面', '工程建设方面', '资产处置方面'], 4, 60),
        ('清理退出低效无效企业', '户', ['僵尸企业', '长期亏损企业', '空壳企业', '非主业企业'], 2, 20),
        ('完成经理层成员任期制契约化签约', '人', ['集团本部', '二级企业', '三级及以下企业'], 20, 300),
    ],
    amt=[
        ('实现营业收入', '亿', '元', ENT['soe'], 8, 260, 1),
        ('实现利润总额', '亿', '元', ENT['soe'], 1, 30, 2),
        ('处置低效无效资产', '万', '元', ['闲置房产', '存量土地', '参股股权', '老旧设备', '应收账款'], 200, 9000, 0),
        ('完成固定资产投资', '亿', '元', ENT['soe'], 3, 120, 1),
    ],
    money=[('完成固定资产投资', ENT['soe']), ('上缴国有资本收益', ['城建投资集团', '交通发展集团', '水务环境集团', '文旅产业集团', '产业投资集团'])],
    rates=[
        ('巡视巡察和审计发现问题', '已完成整改', '整改完成率', '个', 40, 600),
        ('应签订契约的经理层成员', '已签订', '签约率', '人', 50, 800),
        ('子企业应建董事会', '已建立', '应建尽建率', '户', 20, 200),
        ('职工群众反映诉求', '已办结', '办结率', '件', 50, 1800),
        ('年度重点改革任务', '已完成', '完成率', '项', 20, 120),
    ],
    growth=[
        ('市属国有企业营业收入', '亿', '元', 100, 900, 1),
        ('利润总额', '亿', '元', 5, 80, 2),
        ('上缴国有资本收益', '万', '元', 3000, 60000, 0),
        ('研发经费投入', '亿', '元', 2, 30, 2),
        ('资产总额', '亿', '元', 800, 6000, 1),
    ],
    pp=[('平均资产负债率', 52, 70), ('研发投入强度', 1, 4), ('营业收入利润率', 3, 12), ('经理层任期制覆盖率', 60, 96), ('全级次企业亏损面', 8, 25)],
    shares=[
        ('监管企业资产总额', '亿', '元', 800, 5000, 1, ['基础设施领域', '公共服务领域', '战略性新兴产业', '金融类企业', '其他领域']),
        ('国有资本经营预算支出', '万', '元', 5000, 60000, 0, ['资本金注入', '解决历史遗留问题', '改革成本支出', '其他支出']),
    ],
    names=[('家企业', '入选省级“科改示范企业”名单', ENT['soe']), ('户子企业', '完成公司制改制', ['物业管理公司', '建材贸易公司', '旅游开发公司', '供水工程公司', '停车管理公司', '检测认证公司', '置业公司'])],
    tasks=('国企改革', ['完善中国特色现代企业制度', '推进国有资本布局优化', '深化三项制度改革', '健全市场化经营机制', '加强国有资产监督', '防范化解重大风险', '推动瘦身健体提质增效', '加强企业党的建设']),
    per=[
        ('工资总额', '亿', '元', 5, 40, 2, '在岗职工', '人', 3000, 40000, '人均工资', '万', '元', 2, 1),
        ('营业收入', '亿', '元', 50, 600, 1, '从业人员', '人', 5000, 60000, '人均营业收入', '万', '元', 1, 1),
    ],
    flows=('监管企业户数', '户', ['新设', '划入'], ['注销', '划出', '吸收合并'], 150, 600),
    budget=('国有资本经营预算收入', '国有资本经营预算支出', '结转下年', '万', '元'),
    cover=[('户重要子企业', '户', '完成外部董事占多数的董事会建设', '覆盖率'), ('家二级企业', '家', '建立经理层成员任期制管理', '覆盖率')],
    plan=[('年度投资计划', '完成投资', '计划完成率', '亿', '元', 20, 300, 1), ('年度亏损企业治理目标', '减亏', '目标完成率', '万', '元', 2000, 30000, 0)],
    split=[('集团本部', '所属企业'), ('省内', '省外'), ('新建', '续建')],
    overlap=('在岗职工', '人', 5000, 40000, ['党员', '女职工', '35岁以下青年职工', '专业技术人员']),
    subset=[('新增投资项目', '个', '亿元以上项目'), ('清理低效无效企业', '户', '完成工商注销的')],
    cumul=[('完成公司制改制', '户'), ('引入战略投资者', '家')],
    wholes=['营业收入增长', '利润总额增长', '上缴税费增长', '研发投入增长'],
    nobase=['职工满意率', '考核优秀率', '国有资产保值增值率'],
    idents=[
        ('按照《市属国有企业改革深化提升行动实施方案》（国资发〔2024〕12号）部署', ['2024', '12'], '〔2024〕12号'),
        ('开通国资监管举报电话0731-8896523', ['0731-8896523'], '举报电话'),
        ('构建“1+3+N”国资监管制度体系', ['1+3+N'], '“1+3+N”'),
        ('完成2023年度经营业绩考核，考核结果于4月28日公布', ['2023', '4', '28'], '4月28日'),
    ],
    ranges=[('资产负债率在60%～70%之间的企业', '户'), ('职工人数300～500人的企业', '家')],
    permille=('抽查会计凭证', '份', '发现差错', '差错率'),
    times=['国有资本收益上缴额', '对外投资额'],
)

SRC['invest'] = dict(
    org=['全市', '全县', '市投资促进局', '各园区', ''],
    time=['2024年', '今年以来', '1—10月', '上半年', '一季度', '全年'],
    cnt=[
        ('新签约项目', '个', ['先进制造', '数字经济', '现代物流', '文化旅游', '现代农业'], 3, 40),
        ('新开工重点项目', '个', ENT['invest'][:6], 2, 30),
        ('组织外出招商', '批次', ['长三角', '珠三角', '京津冀', '成渝地区', '境外'], 2, 25),
        ('引进500强企业项目', '个', ['世界500强', '中国500强', '民营500强'], 1, 12),
        ('收集企业诉求', '件', ['用地保障', '融资对接', '用工招聘', '审批服务', '水电气保障'], 5, 80),
    ],
    amt=[
        ('签约项目协议投资', '亿', '元', ['先进制造', '数字经济', '现代物流', '文化旅游', '现代农业'], 5, 200, 1),
        ('实际到位资金', '亿', '元', ENT['invest'], 2, 60, 2),
        ('重点项目完成投资', '亿', '元', ENT['invest'], 3, 90, 1),
        ('兑现招商优惠政策资金', '万', '元', ['固定资产投资奖励', '租金补贴', '人才引进补助', '物流补贴'], 100, 5000, 0),
    ],
    money=[('实际到位资金', ENT['invest']), ('重点项目完成投资', ['工业项目', '基础设施项目', '社会民生项目', '生态环保项目'])],
    rates=[
        ('列入年度计划的重点项目', '已开工', '开工率', '个', 30, 300),
        ('签约项目', '已落地', '履约率', '个', 20, 240),
        ('项目审批事项', '在承诺时限内办结', '按时办结率', '件', 80, 1500),
        ('企业反映问题', '已解决', '解决率', '件', 40, 600),
        ('省级重点项目', '已竣工投产', '竣工率', '个', 10, 90),
    ],
    growth=[
        ('实际到位省外资金', '亿', '元', 50, 600, 1),
        ('实际使用外资', '万', '美元', 2000, 40000, 0),
        ('固定资产投资', '亿', '元', 100, 1200, 1),
        ('新签约项目协议投资', '亿', '元', 80, 900, 2),
        ('工业技改投资', '亿', '元', 10, 120, 2),
    ],
    pp=[('重点项目开工率', 70, 95), ('签约项目资金到位率', 40, 80), ('工业投资占固定资产投资比重', 25, 45), ('民间投资占比', 40, 65), ('项目履约率', 75, 96)],
    shares=[
        ('签约项目协议总投资', '亿', '元', 100, 900, 1, ['工业项目', '服务业项目', '农业项目', '基础设施项目']),
        ('实际到位资金', '亿', '元', 50, 500, 2, ['长三角地区', '珠三角地区', '京津冀地区', '其他地区']),
    ],
    names=[('个园区', '获评省级招商引资先进园区', ENT['invest'][:6]), ('个项目', '列入省重点项目', ['新能源电池材料项目', '冷链物流中心项目', '智能装备产业园项目', '康养综合体项目', '高端纺织项目', '数据中心项目', '生物医药孵化器项目'])],
    tasks=('项目建设', ['强化项目谋划储备', '开展产业链精准招商', '推行以商招商', '落实用地用能要素保障', '实行项目全程代办', '建立督查考核机制', '优化营商环境']),
    per=[
        ('签约项目协议投资', '亿', '元', 60, 600, 1, '签约项目', '个', 20, 120, '平均单体投资', '亿', '元', 2, 1),
        ('实际到位资金', '亿', '元', 20, 200, 1, '在建项目', '个', 30, 200, '平均每个项目到位', '万', '元', 0, 1),
    ],
    flows=('项目库在库项目', '个', ['新入库', '调整入库'], ['开工转出', '调出'], 80, 500),
    budget=('招商引资专项经费收入', '招商引资专项经费支出', '年末结余', '万', '元'),
    cover=[('个乡镇（街道）', '个', '建立招商工作专班', '覆盖率'), ('个重点产业链', '条', '编制招商图谱', '覆盖率')],
    plan=[('重点项目年度计划投资', '完成投资', '投资完成率', '亿', '元', 30, 400, 1), ('年度到位资金目标', '实际到位', '目标完成率', '亿', '元', 20, 200, 2)],
    split=[('新建', '续建'), ('内资', '外资'), ('工业', '非工业')],
    overlap=('签约项目', '个', 40, 200, ['亿元以上项目', '外资项目', '高新技术项目', '总部类项目']),
    subset=[('签约项目', '个', '10亿元以上项目'), ('在建重点项目', '个', '当年新开工的')],
    cumul=[('引进亿元以上项目', '个'), ('签约落地项目', '个')],
    wholes=['开工率', '竣工率', '投资完成率', '资金到位率'],
    nobase=['企业满意率', '政策兑现率', '项目履约率'],
    idents=[
        ('投资促进服务热线0371-6618520全天候受理企业咨询', ['0371-6618520'], '服务热线'),
        ('依据《招商引资项目全程代办办法》（投促〔2024〕7号）', ['2024', '7'], '〔2024〕7号'),
        ('着力打造“7+X”现代产业集群', ['7+X'], '“7+X”'),
        ('在9月8日举行的投洽会上集中签约', ['9', '8'], '9月8日'),
    ],
    ranges=[('单体投资5亿～10亿元的项目', '个'), ('用地规模50～100亩的项目', '个')],
    permille=('抽查招商合同条款', '条', '发现瑕疵', '瑕疵率'),
    times=['实际使用外资', '新签约项目协议投资'],
)

SRC['quake'] = dict(
    org=['全市', '全省地震台网', '市地震局', '市应急管理局', ''],
    time=['2024年', '今年以来', '上半年', '1—11月', '全年', '震后一周内'],
    cnt=[
        ('共记录到地震', '次', ['M1.0～1.9级', 'M2.0～2.9级', 'M3.0～3.9级', 'M4.0级以上'], 1, 400, 'desc'),
        ('建成地震监测台站', '个', ['测震台', '强震动台', '地下流体观测点', '地磁台', 'GNSS基准站'], 3, 60),
        ('开展地震应急演练', '场', ['中小学校', '医疗机构', '城市社区', '工矿企业', '大型商场'], 5, 90),
        ('排查地震安全隐患', '处', ['农村民居', '学校校舍', '医院建筑', '桥梁隧道', '危化品企业'], 6, 150),
        ('转移安置受灾群众', '人', ['集中安置', '投亲靠友', '分散安置'], 50, 3000),
    ],
    amt=[
        ('下拨救灾资金', '万', '元', ['中央', '省级', '市级', '县级'], 50, 3000, 0),
        ('投入恢复重建资金', '亿', '元', ['农房重建', '公共设施修复', '基础设施修复', '地质灾害治理'], 1, 15, 2),
        ('投入地震监测能力建设资金', '万', '元', ['台站改造', '预警终端部署', '数据中心扩容', '观测环境保护'], 30, 900, 1),
    ],
    money=[('下拨救灾资金', ['中央', '省级', '市级', '县级']), ('投入恢复重建资金', ENT['quake'][:5])],
    rates=[
        ('地震速报任务', '在规定时限内完成', '速报及时率', '次', 20, 200),
        ('部署的地震预警终端', '运行正常', '在线率', '台', 100, 2500),
        ('受损农房', '完成修缮加固', '修缮完成率', '户', 100, 3000),
        ('中小学校舍', '完成抗震加固', '加固完成率', '栋', 40, 600),
        ('群测群防员', '参加年度培训', '培训覆盖率', '名', 80, 1200),
    ],
    growth=[
        ('地震监测台站数量', '', '个', 60, 400, 0),
        ('防震减灾科普受众', '万', '人次', 10, 200, 1),
        ('应急避难场所面积', '万', '平方米', 20, 300, 1),
        ('地震预警终端', '', '台', 300, 5000, 0),
        ('防震减灾专项投入', '万', '元', 300, 8000, 0),
    ],
    pp=[('城乡建筑抗震设防达标率', 70, 95), ('防震减灾知识普及率', 60, 92), ('预警信息覆盖率', 50, 90), ('台网数据完整率', 90, 99), ('农居抗震改造完成率', 40, 85)],
    shares=[
        ('救灾资金', '万', '元', 500, 8000, 0, ['生活救助', '倒损房屋恢复', '基础设施抢修', '医疗救治', '其他']),
        ('恢复重建投资', '亿', '元', 5, 60, 2, ['城乡住房', '公共服务设施', '基础设施', '产业恢复']),
    ],
    names=[('个县（市、区）', '启动地震应急四级响应', ENT['quake'][:7]), ('个社区', '被命名为省级地震安全示范社区', ['桃源社区', '新港社区', '望江社区', '石桥社区', '杏林社区', '柳岸社区', '金沙社区'])],
    tasks=('应急处置', ['开展震情会商研判', '派出现场工作队', '组织灾情调查评估', '调拨救灾物资', '做好舆情引导', '排查次生灾害隐患', '抢修通信电力设施']),
    per=[
        ('救灾资金', '万', '元', 100, 3000, 1, '受灾群众', '人', 500, 20000, '人均救助', '', '元', 0, 1),
        ('避难场所面积', '万', '平方米', 20, 300, 1, '常住人口', '万', 20, 400, '人均避难场所面积', '', '平方米', 2, 1),
    ],
    flows=('在册群测群防员', '名', ['新聘', '调入'], ['解聘', '调出'], 300, 2000),
    budget=('防震减灾专项资金收入', '防震减灾专项资金支出', '年末结余', '万', '元'),
    cover=[('个乡镇（街道）', '个', '配备地震预警信息接收终端', '覆盖率'), ('所中小学校', '所', '开展防震减灾示范创建', '覆盖率')],
    plan=[('年度台站改造计划投资', '完成投资', '投资完成率', '万', '元', 200, 5000, 0), ('农居抗震改造年度任务', '完成改造', '任务完成率', '', '户', 500, 8000, 0)],
    split=[('城镇', '农村'), ('新建', '改造'), ('国家级', '省级')],
    overlap=('转移安置群众', '人', 800, 9000, ['老年人', '儿童', '因灾受伤群众', '外来务工人员']),
    subset=[('记录到地震', '次', 'M3.0级以上地震'), ('排查房屋', '户', '存在抗震隐患的')],
    cumul=[('建成地震预警终端', '台'), ('命名地震安全示范社区', '个')],
    wholes=['台站运行率', '数据完整率', '速报及时率', '预警发布成功率'],
    nobase=['速报准确率', '群众满意率', '预警信息送达率'],
    idents=[
        ('地震灾情报送热线12322保持24小时畅通', ['12322'], '热线12322'),
        ('以“5·12”防灾减灾日为契机开展宣传', ['5', '12'], '“5·12”'),
        ('按照GB 18306-2015《中国地震动参数区划图》开展设防审查', ['18306', '2015'], 'GB 18306-2015'),
        ('根据《地震应急预案》（震发〔2024〕9号）', ['2024', '9'], '〔2024〕9号'),
    ],
    ranges=[('M3.0～3.9级地震', '次'), ('震中距20～50千米范围内的乡镇', '个')],
    permille=('抽检地震监测数据', '条', '发现异常', '异常率'),
    times=['预警终端部署数量', '科普受众人次'],
)

SRC['ethnic'] = dict(
    org=['全市', '市民族宗教事务局', '市侨联', '各县（市、区）', ''],
    time=['2024年', '今年以来', '上半年', '1—10月', '全年', '过去一年'],
    cnt=[
        ('登记宗教活动场所', '处', ['佛教', '道教', '伊斯兰教', '天主教', '基督教'], 3, 120),
        ('命名民族团结进步示范单位', '个', ['机关', '社区', '学校', '企业', '宗教活动场所'], 2, 40),
        ('接待海外侨胞来访', '批次', ['东南亚地区', '欧洲', '北美洲', '大洋洲', '港澳地区'], 2, 30),
        ('办理涉侨法律服务事项', '件', ['侨房纠纷', '侨资企业权益', '出入境证件', '婚姻家庭', '继承公证'], 3, 60),
        ('开展民族团结进步宣传活动', '场', ['进机关', '进社区', '进学校', '进企业', '进宗教活动场所'], 5, 80),
    ],
    amt=[
        ('争取少数民族发展资金', '万', '元', ['基础设施建设', '特色产业发展', '民族文化保护', '教育卫生事业'], 50, 2000, 0),
        ('侨资企业新增投资', '亿', '元', ENT['ethnic'], 1, 30, 2),
        ('投入宗教活动场所安全改造资金', '万', '元', ['消防设施', '电气线路', '建筑加固', '技防设备'], 10, 600, 1),
    ],
    money=[('争取少数民族发展资金', ENT['ethnic'][:5]), ('侨资企业新增投资', ENT['ethnic'][:6])],
    rates=[
        ('为侨服务事项', '已办结', '办结率', '件', 40, 800),
        ('宗教活动场所', '完成消防安全改造', '改造完成率', '处', 30, 300),
        ('少数民族流动人口', '纳入社区服务管理', '服务覆盖率', '人', 500, 9000),
        ('群众反映的涉民族宗教问题', '已化解', '化解率', '件', 20, 300),
        ('宗教教职人员', '参加政策法规培训', '培训率', '人', 50, 900),
    ],
    growth=[
        ('民族特色村寨接待游客', '万', '人次', 10, 300, 1),
        ('侨资企业数量', '', '家', 80, 900, 0),
        ('少数民族特色产业产值', '亿', '元', 3, 60, 2),
        ('侨汇收入', '万', '美元', 500, 9000, 0),
        ('民族团结宣传活动参与群众', '万', '人次', 5, 120, 1),
    ],
    pp=[('宗教活动场所规范化管理达标率', 70, 96), ('国家通用语言文字普及率', 75, 97), ('涉侨诉求办结率', 80, 98), ('民族村寨集体经济“空壳村”占比', 5, 25), ('侨资企业上规率', 20, 45)],
    shares=[
        ('全市少数民族常住人口', '', '人', 8000, 90000, 0, ['回族', '满族', '蒙古族', '土家族', '其他民族']),
        ('侨资企业累计投资', '亿', '元', 20, 300, 1, ['制造业', '商贸物流', '现代农业', '文化旅游', '其他行业']),
    ],
    names=[('个村寨', '入选省级少数民族特色村寨', ['竹林村', '石榴寨', '清泉村', '白云寨', '古榕村', '溪口村', '花坪村']), ('个单位', '被评为全国民族团结进步示范单位', ['市第一中学', '新华街道', '市人民医院', '兴隆镇', '市侨商会', '东城区税务局', '河西社区'])],
    tasks=('民族宗教和侨务', ['铸牢中华民族共同体意识宣传教育', '推进民族团结进步创建', '依法管理宗教事务', '排查宗教活动场所安全隐患', '维护归侨侨眷合法权益', '开展海外联谊', '服务侨资企业发展']),
    per=[
        ('少数民族发展资金', '万', '元', 200, 3000, 1, '受益村', '个', 10, 80, '村均', '万', '元', 1, 1),
        ('为侨服务经费', '万', '元', 20, 300, 1, '服务归侨侨眷', '人', 500, 6000, '人均', '', '元', 0, 1),
    ],
    flows=('登记宗教教职人员', '人', ['新认定', '迁入备案'], ['注销', '迁出'], 200, 1500),
    budget=('民族宗教专项经费收入', '民族宗教专项经费支出', '年末结余', '万', '元'),
    cover=[('个民族村', '个', '建立民族团结进步创建站', '覆盖率'), ('个乡镇', '个', '设立为侨服务站', '覆盖率')],
    plan=[('年度民族发展资金计划', '实际下达', '计划执行率', '万', '元', 300, 5000, 0), ('年度宗教场所改造计划', '完成改造', '计划完成率', '', '处', 20, 300, 0)],
    split=[('城镇', '农村'), ('归侨', '侨眷'), ('男性', '女性')],
    overlap=('归侨侨眷', '人', 3000, 30000, ['归侨', '女性', '60岁以上老人', '留学归国人员']),
    subset=[('宗教活动场所', '处', '列入文物保护单位的'), ('侨资企业', '家', '规模以上企业')],
    cumul=[('命名民族团结进步示范单位', '个'), ('建成为侨服务站', '个')],
    wholes=['创建覆盖率', '安全达标率', '培训参与率', '诉求办结率'],
    nobase=['群众满意率', '归侨侨眷满意率', '活动知晓率'],
    idents=[
        ('印发《民族团结进步创建工作方案》（民宗发〔2024〕15号）', ['2024', '15'], '〔2024〕15号'),
        ('在12345政务服务便民热线设立侨务专席', ['12345'], '12345政务服务便民热线'),
        ('推行“1+X”民族团结进步示范创建模式', ['1+X'], '“1+X”'),
        ('于9月12日至14日举办第3届民族文化旅游节', ['9', '12', '14', '3'], '第3届'),
    ],
    ranges=[('年龄18～45周岁的宗教教职人员', '人'), ('投资额1000万～5000万元的侨资项目', '个')],
    permille=('抽查宗教活动场所财务台账', '笔', '发现不规范', '不规范率'),
    times=['侨汇收入', '特色村寨接待游客量'],
)

SRC['agmach'] = dict(
    org=['全市', '全县', '市农业农村局', '县农机推广站', ''],
    time=['2024年', '今年以来', '三夏期间', '上半年', '全年', '秋收期间'],
    cnt=[
        ('补贴机具', '台（套）', ['拖拉机', '联合收割机', '插秧机', '植保无人机', '谷物烘干机'], 20, 900),
        ('建设农技推广示范基地', '个', ENT['agmach'][:6], 1, 12),
        ('推广主推技术', '项', ['粮食作物', '经济作物', '畜禽养殖', '水产养殖', '农机装备'], 2, 20),
        ('开展农机安全检验', '台', ['拖拉机', '联合收割机', '农用挂车', '植保机械'], 30, 900),
        ('组织技术培训', '场', ['田间课堂', '现场观摩', '线上直播', '入户指导'], 5, 120),
    ],
    amt=[
        ('落实农机购置补贴资金', '万', '元', ['拖拉机', '联合收割机', '插秧机', '植保无人机', '谷物烘干机'], 50, 3000, 1),
        ('完成机耕面积', '万', '亩', ['小麦', '水稻', '玉米', '油菜', '大豆'], 2, 90, 1),
        ('新增农机总动力', '万', '千瓦', ['动力机械', '耕整地机械', '收获机械', '植保机械'], 5, 120, 1),
    ],
    money=[('落实农机购置补贴资金', ['中央资金', '省级资金', '市级配套', '县级配套']), ('发放农机作业补贴', ENT['agmach'][:5])],
    rates=[
        ('补贴申请', '完成资金兑付', '兑付率', '件', 100, 3000),
        ('科技示范户', '应用主推技术', '技术到位率', '户', 50, 800),
        ('农机安全检验', '检验合格', '合格率', '台', 100, 2000),
        ('参训学员', '考核合格', '合格率', '人', 60, 900),
        ('报废更新申请', '完成审核', '审核完成率', '件', 30, 500),
    ],
    growth=[
        ('农机总动力', '万', '千瓦', 20, 300, 1),
        ('植保无人机保有量', '', '架', 60, 2000, 0),
        ('农机作业服务收入', '亿', '元', 1, 30, 2),
        ('农机购置补贴资金', '万', '元', 500, 9000, 0),
        ('主推技术推广面积', '万', '亩', 10, 200, 1),
    ],
    pp=[('农作物耕种收综合机械化率', 68, 92), ('主推技术到位率', 80, 97), ('设施农业机械化率', 30, 60), ('水稻机插秧率', 45, 85), ('秸秆机械化还田率', 55, 90)],
    shares=[
        ('农机购置补贴资金', '万', '元', 500, 8000, 1, ['耕整地机械', '种植施肥机械', '收获机械', '植保机械', '其他机具']),
        ('粮食作物机收面积', '万', '亩', 20, 300, 1, ['小麦', '水稻', '玉米', '大豆']),
    ],
    names=[('家合作社', '被评为省级农机合作社示范社', ENT['agmach']), ('个乡镇', '被确定为全程机械化示范乡镇', ['城关镇', '河口镇', '官桥镇', '永丰乡', '三河镇', '白马镇', '新安乡'])],
    tasks=('农机化和农技推广', ['稻麦全程机械化示范', '秸秆综合利用', '农机安全生产检查', '主推技术示范推广', '基层农技人员培训', '农机报废更新', '农机作业服务组织培育']),
    per=[
        ('补贴资金', '万', '元', 100, 3000, 1, '补贴机具', '台', 200, 5000, '台均补贴', '', '元', 0, 1),
        ('拖拉机保有量', '', '台', 2000, 30000, 0, '农户', '户', 20000, 200000, '每百户拥有拖拉机', '', '台', 1, 100),
    ],
    flows=('拖拉机保有量', '台', ['新购置', '外地转入'], ['报废', '转出'], 3000, 20000),
    budget=('农机化专项资金收入', '农机化专项资金支出', '年末结余', '万', '元'),
    cover=[('个行政村', '个', '配备农技推广联络员', '覆盖率'), ('个乡镇', '个', '建成区域农机服务中心', '覆盖率')],
    plan=[('年度机收作业计划', '完成机收', '计划完成率', '万', '亩', 20, 200, 1), ('年度补贴资金预算', '实际兑付', '预算执行率', '万', '元', 500, 6000, 0)],
    split=[('平原', '丘陵'), ('中央', '省级'), ('大中型', '小型')],
    overlap=('培训高素质农民', '人次', 800, 8000, ['女性学员', '青年农民', '脱贫户学员', '家庭农场主']),
    subset=[('补贴机具', '台', '大中型拖拉机'), ('示范基地', '个', '省级示范基地')],
    cumul=[('推广植保无人机', '架'), ('建成区域农机服务中心', '个')],
    wholes=['机耕率', '机播率', '机收率', '机械化植保率'],
    nobase=['技术到位率', '农户满意率', '机具完好率'],
    idents=[
        ('推广4LZ-8型履带式谷物联合收割机', ['4', '8'], '4LZ-8型'),
        ('开通12316三农服务热线', ['12316'], '12316'),
        ('推行“1+X”职业技能等级证书培训', ['1+X'], '“1+X”'),
        ('依据《农机购置与应用补贴实施方案》（农机〔2024〕5号）', ['2024', '5'], '〔2024〕5号'),
        ('示范推广2BFG-12型旋耕施肥播种机', ['2', '12'], '2BFG-12型'),
    ],
    ranges=[('作业幅宽2～3米的旋耕机', '台'), ('功率50～100马力的拖拉机', '台')],
    permille=('抽检补贴机具', '台', '发现质量问题', '问题率'),
    times=['植保无人机保有量', '农机作业服务收入'],
)

SOURCES = ['soe', 'invest', 'quake', 'ethnic', 'agmach']
SOURCE_TITLE = {'soe': '国资国企改革与经营', 'invest': '招商引资与重点项目建设', 'quake': '地震监测与应急救灾',
                'ethnic': '民族宗教与侨务工作', 'agmach': '农机化与农技推广'}
# ---------------------------------------------------------------- generator core
import random
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from fractions import Fraction as F
import math

getcontext().prec = 60
MULT = {'': 1, '万': 10 ** 4, '亿': 10 ** 8}
FWD = str.maketrans('0123456789', '０１２３４５６７８９')
CN = '零一二三四五六七八九'


def cn_int(n):
    assert 0 < n < 10000
    units = ['千', '百', '十', '']
    digs = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    s, zero = '', False
    for i, dg in enumerate(digs):
        if dg == 0:
            if s:
                zero = True
        else:
            if zero:
                s += '零'
                zero = False
            s += CN[dg] + units[i]
    if s.startswith('一十'):
        s = s[1:]
    return s


def group(ip, sep):
    out = ''
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    return ip + out


class W:
    """A number as written: s (text), v (value after 万/亿 scaling), q (quantum of the written precision)."""
    __slots__ = ('s', 'v', 'q')

    def __init__(self, s, v, q):
        self.s, self.v, self.q = s, v, q


def w(m, d=0, style='ascii', mult='', pct=''):
    m = D(m).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)
    neg = m < 0
    s = f'{abs(m):.{d}f}'
    ip, _, fp = s.partition('.')
    if style == 'cn' and d == 0 and 0 < abs(m) < 10000:
        body = cn_int(int(ip))
    else:
        sep = {'comma': ',', 'fwcomma': '，', 'space': ' '}.get(style)
        if sep and len(ip) > 3:
            ip = group(ip, sep)
        body = ip + ('.' + fp if fp else '')
        if style in ('fw', 'fwdot'):
            body = body.translate(FWD)
            if style == 'fwdot':
                body = body.replace('.', '．')
    if neg:
        body = ('－' if style in ('fw', 'fwdot') else '-') + body
    if pct and style in ('fw', 'fwdot'):
        pct = '％'
    return W(body + mult + pct, m * MULT[mult], D(1).scaleb(-d) * MULT[mult])


def rm(rng, lo, hi, d):
    return D(rng.randint(int(lo * 10 ** d), int(hi * 10 ** d))).scaleb(-d)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def pick_labels(rng, labels, kmin=3, kmax=5):
    k = rng.randint(kmin, min(kmax, len(labels)))
    idx = sorted(rng.sample(range(len(labels)), k))
    return [labels[i] for i in idx]


def fr(x):
    return F(D(x))


def rhu(x, q):
    """round Fraction x to multiple of Fraction q, half away from zero"""
    n = x / q
    sg = -1 if n < 0 else 1
    return sg * math.floor(abs(n) + F(1, 2)) * q


def is_tie(x, q):
    n = abs(x / q)
    return n - math.floor(n) == F(1, 2)


def joinl(rng, items, dun='、', last=True):
    if len(items) >= 2 and last and rng.random() < 0.35:
        return dun.join(items[:-1]) + pick(rng, ['和', '及', '以及']) + items[-1]
    return dun.join(items)


# ---------------------------------------------------------------- checks (ok computed from values)
def c_sum(parts, total):
    return {'rel': 'sum', 'parts': [p.s for p in parts], 'total': total.s, 'ok': sum(p.v for p in parts) == total.v}


def c_bal(plus, minus, result):
    ok = sum(p.v for p in plus) - sum(m.v for m in minus) == result.v
    return {'rel': 'balance', 'plus': [p.s for p in plus], 'minus': [m.s for m in minus], 'result': result.s, 'ok': ok}


def c_items(count, items):
    return {'rel': 'count_items', 'count': count.s, 'items': list(items), 'ok': count.v == len(items)}


def c_names(count, names, partial):
    ok = (len(names) < count.v) if partial else (len(names) == count.v)
    return {'rel': 'count_names', 'count': count.s, 'names': list(names), 'partial': partial, 'ok': ok}


def c_rate(num, den, rate):
    ex = fr(num.v) * 100 / fr(den.v)
    assert not is_tie(ex, fr(rate.q))
    return {'rel': 'rate', 'num': num.s, 'den': den.s, 'rate': rate.s, 'ok': rhu(ex, fr(rate.q)) == fr(rate.v)}


def c_growth(old, new, pct, dr):
    ex = (fr(new.v) - fr(old.v)) * 100 / fr(old.v)
    assert not is_tie(ex, fr(pct.q))
    sg = 1 if dr == 'up' else -1
    return {'rel': 'growth', 'old': old.s, 'new': new.s, 'pct': pct.s, 'dir': dr, 'ok': rhu(ex, fr(pct.q)) == sg * fr(pct.v)}


def c_pp(a, b, pp, dr):
    sg = 1 if dr == 'up' else -1
    return {'rel': 'pp', 'from': a.s, 'to': b.s, 'pp': pp.s, 'dir': dr, 'ok': b.v - a.v == sg * pp.v}


def c_per(total, count, per, scale):
    ex = fr(total.v) * scale / fr(count.v)
    assert not is_tie(ex, fr(per.q))
    return {'rel': 'per', 'total': total.s, 'count': count.s, 'per': per.s, 'scale': str(scale), 'ok': rhu(ex, fr(per.q)) == fr(per.v)}


def c_share(shares, total):
    s = sum(x.v for x in shares)
    tol = len(shares) * max(x.q for x in shares) / 2
    return {'rel': 'share_sum', 'shares': [x.s for x in shares], 'total': total.s, 'ok': abs(s - 100) <= tol}


def c_neg(kind, nums, cue):
    return {'rel': 'neg', 'kind': kind, 'nums': list(nums), 'cue': cue, 'ok': True}


# ---------------------------------------------------------------- value helpers
def ok_rate(rng, den, num, d):
    """rounded rate mantissa or None on an exact tie"""
    ex = F(int(num)) * 100 / F(int(den)) if isinstance(num, int) else fr(num) * 100 / fr(den)
    q = F(1, 10 ** d)
    if is_tie(ex, q):
        return None
    r = rhu(ex, q)
    return D(r.numerator) / D(r.denominator)


def bad_pct(rng, exact, d, lo=None, hi=None):
    """a written percentage clearly away from exact (>= max(3 units, 0.5) from it)"""
    q = D(1).scaleb(-d)
    ex = D(exact.numerator) / D(exact.denominator)
    for _ in range(200):
        delta = D(str(round(rng.choice([rng.uniform(0.6, 2.5), rng.uniform(2.5, 9)]), 3)))
        m = (ex + rng.choice([1, -1]) * delta).quantize(q, rounding=ROUND_HALF_UP)
        if abs(m - ex) < max(3 * q, D('0.5')):
            continue
        if lo is not None and m < lo:
            continue
        if hi is not None and m > hi:
            continue
        return m
    raise RuntimeError('bad_pct')


def nudge(rng, val, q, minmag=None, positive=True, lo_frac=0.06, hi_frac=0.3):
    """change val clearly: by at least 2 quanta (or minmag)"""
    q = D(q)
    floor = max(2 * q, D(minmag) if minmag is not None else 0)
    for _ in range(100):
        mag = (abs(val) * D(str(round(rng.uniform(lo_frac, hi_frac), 4)))).quantize(q, rounding=ROUND_HALF_UP)
        mag = max(mag, floor)
        # round magnitude up to the quantum grid
        mag = (mag / q).to_integral_value(rounding='ROUND_CEILING') * q
        sg = rng.choice([1, -1])
        new = val + sg * mag
        if positive and new <= 0:
            new = val + mag
        return new
    raise RuntimeError('nudge')
# ---------------------------------------------------------------- constructions
class Retry(Exception):
    pass


CONS = []  # (name, family, description, fn)


def cons(name, family, desc):
    def deco(fn):
        CONS.append((name, family, desc, fn))
        return fn
    return deco


def T_(rng, S):
    return pick(rng, S['time'])


def O_(rng, S):
    return pick(rng, S['org'])


def dstr(x):
    x = D(x)
    s = format(x.normalize(), 'f') if x == x.to_integral_value() else format(x, 'f')
    return s


def sum_topic(rng, S, kinds=('cnt', 'amt')):
    opts = [('cnt', t) for t in S['cnt']] * ('cnt' in kinds) + [('amt', t) for t in S['amt']] * ('amt' in kinds)
    kind, t = pick(rng, opts)
    if kind == 'cnt':
        return dict(vo=t[0], mult='', tail=t[1], labels=t[2], lo=t[3], hi=t[4], d=0, desc=len(t) > 5)
    return dict(vo=t[0], mult=t[1], tail=t[2], labels=t[3], lo=t[4], hi=t[5], d=t[6], desc=False)


def sum_vals(rng, T, kmin=3, kmax=5):
    labels = pick_labels(rng, T['labels'], kmin, kmax)
    parts = [rm(rng, T['lo'], T['hi'], T['d']) for _ in labels]
    if T['desc']:
        parts.sort(reverse=True)
    return labels, parts, sum(parts)


def sum_mut(rng, parts, total, q, allow_total=True, minmag=None, only=None):
    n = len(parts)
    i = only if only is not None else rng.randrange(n + (1 if allow_total else 0))
    if i == n:
        old = total
        total = nudge(rng, total, q, minmag)
        return parts, total, f'stated total {dstr(total)} but the parts add up to {dstr(sum(parts))}'
    parts = list(parts)
    parts[i] = nudge(rng, parts[i], q, minmag)
    return parts, total, f'part {i + 1} altered: parts add up to {dstr(sum(parts))}, stated total {dstr(total)}'


def numstyle(rng, big=False):
    return pick(rng, ['ascii', 'ascii', 'ascii', 'comma'] if big else ['ascii'])


FULLP = dict(c='，', p='。', s='；', col='：', lp='（', rp='）')
HALFP = dict(c=',', p='.', s=';', col=':', lp='(', rp=')')


# ======================= totals family
@cons('sum_total_first_fenbiewei', 'totals', 'total first, then 其中 A、B、C分别为 a、b、c')
def c1(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'total first; 分别为 list of all parts'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = numstyle(rng, True)
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    if rng.random() < 0.5:
        pl = '、'.join(x.s + T['tail'] for x in P)
    else:
        pl = '、'.join(x.s for x in P) + T['tail']
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{T['tail']}，其中{joinl(rng, labels)}分别为{pl}。"
    return [line], [c_sum(P, Tw)], note


@cons('sum_gong_qizhong_list', 'totals', '共 total。其中，A a，B b，C c (full- or half-width punctuation)')
def c2(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = '共 total, then 其中 line items separated by commas'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    pu = FULLP if rng.random() < 0.65 else HALFP
    P = [w(p, T['d'], 'ascii', T['mult']) for p in parts]
    Tw = w(total, T['d'], 'ascii', T['mult'])
    vo = T['vo'][1:] if T['vo'].startswith('共') else T['vo']
    items = pu['c'].join(f"{l}{x.s}{T['tail']}" for l, x in zip(labels, P))
    line = f"{T_(rng, S)}{pu['c']}{O_(rng, S)}共{vo}{Tw.s}{T['tail']}{pu['p']}其中{pu['c']}{items}{pu['p']}"
    return [line.rstrip()], [c_sum(P, Tw)], note + (' (half-width punctuation)' if pu is HALFP else '')


@cons('sum_parts_then_heji', 'totals', 'parts first, total after with 合计/共计/总计')
def c3(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'parts listed first, total after'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = numstyle(rng, True)
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    hj = pick(rng, ['合计', '共计', '总计', '以上合计'])
    items = [f"{l}{x.s}{T['tail']}" for l, x in zip(labels, P)]
    sep = pick(rng, ['、', '，', '；'])
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}：{joinl(rng, items, sep)}，{hj}{Tw.s}{T['tail']}。"
    return [line], [c_sum(P, Tw)], note


@cons('sum_table_lines', 'totals', 'table-like lines (label：value, | label | value |) with 合计 row')
def c4(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'table-like rows, unit in the header, 合计 row last'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = numstyle(rng, True)
    P = [w(p, T['d'], st) for p in parts]
    Tw = w(total, T['d'], st)
    unit = T['mult'] + T['tail']
    form = rng.randrange(3)
    lines = [f"{T_(rng, S)}{O_(rng, S)}{T['vo']}情况（单位：{unit}）"]
    lab_t = pick(rng, ['合计', '总计', '合  计'])
    for l, x in zip(labels, P):
        lines.append([f"{l}：{x.s}", f"| {l} | {x.s} |", f"{l}\t{x.s}"][form])
    lines.append([f"{lab_t}：{Tw.s}", f"| {lab_t} | {Tw.s} |", f"{lab_t}\t{Tw.s}"][form])
    return lines, [c_sum(P, Tw)], note


@cons('sum_bracket_qizhong', 'totals', 'total with bracketed （其中A a、B b…）')
def c5(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'bracketed breakdown after the total'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = numstyle(rng, True)
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    lp, rp = ('（', '）') if rng.random() < 0.7 else ('(', ')')
    inner = joinl(rng, [f"{l}{x.s}{T['tail']}" for l, x in zip(labels, P)], '、')
    tailc = pick(rng, ['。', '，圆满完成年度目标任务。', '，工作进度符合预期。', '。'])
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{T['tail']}{lp}其中{inner}{rp}{tailc}"
    return [line], [c_sum(P, Tw)], note


@cons('sum_mixed_units', 'totals', 'money parts mixing 亿元/万元 or 万元/元 against one total')
def c6(rng, S, src, mut):
    vo, labels0 = pick(rng, S['money'])
    labels = pick_labels(rng, labels0, 3, 4)
    mode = rng.choice(['yw', 'wy'])
    note = 'mixed units: total in 亿元 and parts in 亿元/万元' if mode == 'yw' else 'mixed units: total in 万元 and parts in 万元/元'
    if mode == 'yw':  # base unit 万元
        vals = [D(rng.randint(100, 3000) * 100)] + [D(rng.randint(200, 9000)) for _ in labels[1:]]
        r = sum(vals) % 100
        if r:
            vals[-1] += 100 - r
        qmin = D(100) * 10 ** 4
        base = D(10) ** 4
    else:  # base unit 100 元
        vals = [D(rng.randint(500, 30000)) for _ in labels[:-1]] + [D(rng.randint(3, 95))]
        qmin = D(100)
        base = D(100)
    total = sum(vals)
    if mut:
        i = rng.randrange(len(vals) + 1)
        unitq = D(1)
        if i == len(vals):
            total = nudge(rng, total, 1, minmag=2 * qmin / base)
            if mode == 'yw':
                total = (total / 100).to_integral_value() * 100
                if total == sum(vals):
                    total += 300
            note = f'{note}; stated total altered'
        else:
            vals[i] = nudge(rng, vals[i], 1, minmag=2 * qmin / base)
            if mode == 'yw' and i == 0:
                vals[0] = (vals[0] / 100).to_integral_value() * 100
                if vals[0] <= 0 or abs(sum(vals) - total) < 200:
                    raise Retry
            note = f'{note}; part {i + 1} altered'
    P = []
    for j, v in enumerate(vals):
        if mode == 'yw':
            P.append(w(v / 10000, 2, 'ascii', '亿') if j == 0 else w(v, 0, pick(rng, ['comma', 'ascii']), '万'))
        else:
            P.append(w(v / 100, 2, 'comma', '万') if j < len(vals) - 1 else w(v * 100, 0, pick(rng, ['comma', 'ascii'])))
    Tw = w(total / 10000, 2, 'ascii', '亿') if mode == 'yw' else w(total / 100, 2, 'comma', '万')
    tail = '元' if S is not None else ''
    items = '、'.join(f"{l}{x.s}{tail}" for l, x in zip(labels, P))
    if rng.random() < 0.5:
        line = f"{T_(rng, S)}，{O_(rng, S)}{vo}{Tw.s}{tail}，其中{items}。"
    else:
        line = f"{T_(rng, S)}，{O_(rng, S)}{vo}情况：{items}，合计{Tw.s}{tail}。"
    return [line], [c_sum(P, Tw)], note


@cons('balance_income_expense', 'totals', '收入 − 支出 = 结余 (optionally 上年结转 + 本年收入)')
def c7(rng, S, src, mut):
    inc, exp, res, mult, tail = S['budget']
    d = rng.choice([1, 2, 2])
    carry = rng.random() < 0.45
    C = rm(rng, 20, 800, d) if carry else None
    I = rm(rng, 300, 9000, d)
    E = (I * D(str(round(rng.uniform(0.6, 0.97), 3)))).quantize(D(1).scaleb(-d))
    R = I - E + (C or 0)
    note = 'balance: ' + ('上年结转 + 收入 − 支出 = 结余' if carry else '收入 − 支出 = 结余')
    if mut:
        keys = ['I', 'E', 'R'] + (['C'] if carry else [])
        k = rng.choice(keys)
        q = D(1).scaleb(-d)
        if k == 'I': I = nudge(rng, I, q, lo_frac=0.03, hi_frac=0.12)
        if k == 'E': E = nudge(rng, E, q, lo_frac=0.03, hi_frac=0.12)
        if k == 'R': R = nudge(rng, R, q, lo_frac=0.08, hi_frac=0.4)
        if k == 'C': C = nudge(rng, C, q, lo_frac=0.15, hi_frac=0.6)
        note += f'; {k} altered'
    st = pick(rng, ['ascii', 'comma'])
    Iw, Ew, Rw = w(I, d, st, mult), w(E, d, st, mult), w(R, d, st, mult)
    plus = [Iw]
    t = T_(rng, S)
    if carry:
        Cw = w(C, d, st, mult)
        plus = [Cw, Iw]
        head = f"{t}，上年结转{Cw.s}{tail}，"
    else:
        head = f"{t}，"
    if rng.random() < 0.5:
        lines = [f"{head}{inc}{Iw.s}{tail}，{exp}{Ew.s}{tail}，{res}{Rw.s}{tail}。"]
    else:
        lines = [f"{t}{inc.replace('收入', '')}收支情况如下："]
        if carry:
            lines.append(f"上年结转：{Cw.s}{tail}")
        lines += [f"本年收入：{Iw.s}{tail}", f"本年支出：{Ew.s}{tail}", f"{res}：{Rw.s}{tail}"]
    return lines, [c_bal(plus, [Ew], Rw)], note


@cons('balance_stock_flow', 'totals', '年初 + 新增 − 减少 = 年末 (counts)')
def c8(rng, S, src, mut):
    name, unit, pl, ml, lo, hi = S['flows']
    X = D(rng.randint(lo, hi))
    pls = pick_labels(rng, pl, 1, 2)
    mls = pick_labels(rng, ml, 1, 2)
    pv = [D(rng.randint(3, max(5, int(hi * 0.12)))) for _ in pls]
    mv = [D(rng.randint(2, max(4, int(hi * 0.08)))) for _ in mls]
    Y = X + sum(pv) - sum(mv)
    note = 'stock flow: 年初 + 新增 − 减少 = 年末'
    if mut:
        k = rng.randrange(3)
        if k == 0: Y = nudge(rng, Y, 1, lo_frac=0.02, hi_frac=0.08); note += '; 年末 altered'
        elif k == 1: X = nudge(rng, X, 1, lo_frac=0.02, hi_frac=0.08); note += '; 年初 altered'
        else:
            j = rng.randrange(len(pv)); pv[j] = nudge(rng, pv[j], 1, lo_frac=0.3, hi_frac=0.9); note += '; an increase altered'
    st = numstyle(rng, True)
    Xw, Yw = w(X, 0, st), w(Y, 0, st)
    Pw = [w(v, 0, st) for v in pv]
    Mw = [w(v, 0, st) for v in mv]
    ps = '、'.join(f"{l}{x.s}{unit}" for l, x in zip(pls, Pw))
    ms = '、'.join(f"{l}{x.s}{unit}" for l, x in zip(mls, Mw))
    if rng.random() < 0.5:
        line = f"{name}年初为{Xw.s}{unit}，年内{ps}，{ms}，年末为{Yw.s}{unit}。"
        lines = [line]
    else:
        lines = [f"{T_(rng, S)}{name}变动情况：", f"年初：{Xw.s}{unit}；", f"增加：{ps}；", f"减少：{ms}；", f"年末：{Yw.s}{unit}。"]
    return lines, [c_bal([Xw] + Pw, Mw, Yw)], note


@cons('count_items_enumerated', 'totals', 'N项/N个方面 then 一是…二是… or （一）（二） or A、B、C等N项')
def c9(rng, S, src, mut):
    dom, items0 = S['tasks']
    items = pick_labels(rng, items0, 3, 6)
    n = len(items)
    note = 'count of enumerated items'
    if mut:
        n = n + rng.choice([-1, 1, 2]) if n > 3 else n + rng.choice([1, 2])
        note = f'says {n} items but enumerates {len(items)}'
    cw = w(n, 0, rng.choice(['cn', 'cn', 'ascii']))
    form = rng.randrange(3)
    ords = '一二三四五六七八'
    if form == 0:
        body = '；'.join(f"{ords[i]}是{it}" for i, it in enumerate(items))
        lines = [f"{T_(rng, S)}，{O_(rng, S)}围绕{dom}重点抓好{cw.s}项工作：{body}。"]
    elif form == 1:
        lines = [f"{O_(rng, S)}{dom}工作主要包括以下{cw.s}个方面："] + [f"（{ords[i]}）{it}；" if i < len(items) - 1 else f"（{ords[i]}）{it}。" for i, it in enumerate(items)]
    else:
        lines = [f"{T_(rng, S)}，{O_(rng, S)}统筹推进{'、'.join(items)}等{cw.s}项重点任务。"]
    if len(lines) > 8:
        raise Retry
    return lines, [c_items(cw, items)], note


@cons('count_names_listed', 'totals', 'N家/个 named entities, all names listed')
def c10(rng, S, src, mut):
    noun, verb, names0 = pick(rng, S['names'])
    names = pick_labels(rng, names0, 2, 6)
    n = len(names)
    note = 'count of named entities, complete list'
    if mut:
        n = n + rng.choice([-1, 1, 2]) if n > 2 else n + rng.choice([1, 2])
        note = f'says {n} but names {len(names)}'
    cw = w(n, 0, rng.choice(['cn', 'ascii']))
    form = rng.randrange(3)
    t = T_(rng, S)
    if form == 0:
        line = f"{t}，{joinl(rng, names)}{cw.s}{noun}{verb}。"
    elif form == 1:
        line = f"{t}，共有{cw.s}{noun}{verb}，分别是{'、'.join(names)}。"
    else:
        line = f"{t}，{cw.s}{noun}（{'、'.join(names)}）{verb}。"
    return [line], [c_names(cw, names, False)], note


@cons('sum_chinese_numerals', 'totals', 'small counts written in Chinese numerals (三十八、一百二十)')
def c11(rng, S, src, mut):
    T = sum_topic(rng, S, ('cnt',))
    T = dict(T, lo=min(T['lo'], 20), hi=min(T['hi'], 90) if T['hi'] > 20 else T['hi'])
    labels, parts, total = sum_vals(rng, T)
    note = 'Chinese-numeral counts'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, 1)
    P = [w(p, 0, 'cn') for p in parts]
    Tw = w(total, 0, 'cn')
    u = T['tail']
    if rng.random() < 0.5:
        line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{u}，其中{'，'.join(l + x.s + u for l, x in zip(labels, P))}。"
    else:
        line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}：{'、'.join(l + x.s + u for l, x in zip(labels, P))}，共计{Tw.s}{u}。"
    return [line], [c_sum(P, Tw)], note


@cons('sum_fullwidth_digits', 'totals', 'full-width digits (１２．５) in a total with 其中 list')
def c12(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'full-width digits'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = rng.choice(['fw', 'fwdot'])
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{T['tail']}，其中{'，'.join(l + x.s + T['tail'] for l, x in zip(labels, P))}。"
    return [line], [c_sum(P, Tw)], note


@cons('sum_thousands_separators', 'totals', 'thousands separators 1,234 / 1，234 / 1 234')
def c13(rng, S, src, mut):
    opts = [t for t in S['cnt'] if t[4] >= 300] + [t for t in S['amt'] if t[1] == '万' and t[2] == '元']
    t = pick(rng, opts)
    if len(t) == 7:
        T = dict(vo=t[0], mult=t[1], tail=t[2], labels=t[3], lo=1000, hi=max(t[5], 6000), d=t[6], desc=False)
    else:
        T = dict(vo=t[0], mult='', tail=t[1], labels=t[2], lo=1000, hi=max(t[4] * 4, 5000), d=0, desc=len(t) > 5)
    labels, parts, total = sum_vals(rng, T)
    note = 'thousands separators'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = rng.choice(['comma', 'fwcomma', 'space'])
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    sep = '；' if st == 'fwcomma' else pick(rng, ['、', '；'])
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{T['tail']}。其中：{sep.join(l + x.s + T['tail'] for l, x in zip(labels, P))}。"
    return [line], [c_sum(P, Tw)], note + f' ({st})'


@cons('sum_nested_qizhong', 'totals', 'total, parts, and one part broken down again in brackets')
def c14(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    a, b = pick(rng, S['split'])
    q = D(1).scaleb(-T['d'])
    if parts[0] < 4 * q:
        raise Retry
    s1 = (parts[0] * D(str(round(rng.uniform(0.25, 0.75), 3)))).quantize(q)
    s2 = parts[0] - s1
    if s1 <= 0 or s2 <= 0:
        raise Retry
    note = 'two-level breakdown: outer sum and inner bracketed sum'
    if mut:
        k = rng.randrange(3)
        if k == 0:
            parts, total, note = sum_mut(rng, parts, total, q, only=len(parts))
            note = 'outer ' + note
        elif k == 1:
            j = rng.randrange(1, len(parts))
            parts, total, note = sum_mut(rng, parts, total, q, only=j)
            note = 'outer ' + note
        else:
            s1 = nudge(rng, s1, q)
            note = f'inner breakdown {dstr(s1)}+{dstr(s2)} ≠ {dstr(parts[0])}'
    st = numstyle(rng, True)
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    S1, S2 = w(s1, T['d'], st, T['mult']), w(s2, T['d'], st, T['mult'])
    u = T['tail']
    items = [f"{labels[0]}{P[0].s}{u}（{a}{S1.s}{u}、{b}{S2.s}{u}）"] + [f"{l}{x.s}{u}" for l, x in zip(labels[1:], P[1:])]
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{u}，其中{'，'.join(items)}。"
    return [line], [c_sum(P, Tw), c_sum([S1, S2], P[0])], note


@cons('sum_multiline_semicolon', 'totals', 'multi-line list with ；, 以上合计 line at the end')
def c15(rng, S, src, mut):
    T = sum_topic(rng, S)
    labels, parts, total = sum_vals(rng, T)
    note = 'multi-line items ending with ；, total line last'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D(1).scaleb(-T['d']))
    st = numstyle(rng, True)
    P = [w(p, T['d'], st, T['mult']) for p in parts]
    Tw = w(total, T['d'], st, T['mult'])
    u = T['tail']
    ords = '一二三四五六'
    lines = [f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}情况如下："]
    numbered = rng.random() < 0.5
    for i, (l, x) in enumerate(zip(labels, P)):
        lines.append((f"（{ords[i]}）" if numbered else '') + f"{l}{x.s}{u}；")
    lines.append(f"{pick(rng, ['以上合计', '合计', '总计'])}{Tw.s}{u}。")
    return lines, [c_sum(P, Tw)], note


@cons('per_capita_average', 'totals', '人均/户均/台均/每百户 averages from a total and a count')
def c16(rng, S, src, mut):
    (tn, tm, tt, tlo, thi, td, cn_, cu, clo, chi, pn, pm, pt, pd, scale) = pick(rng, S['per'])
    for _ in range(50):
        tv = rm(rng, tlo, thi, td) * MULT[tm]
        if cu == '万':
            cv = rm(rng, clo, chi, 1) * MULT['万']
        else:
            cv = D(rng.randint(clo, chi))
        ex = fr(tv) * scale / fr(cv)
        q = fr(D(1).scaleb(-pd) * MULT[pm])
        if not is_tie(ex, q) and ex >= 5 * q:
            break
    else:
        raise Retry
    r = rhu(ex, q)
    pv = D(r.numerator) / D(r.denominator)
    note = f'average: total × {scale} / count'
    if mut:
        pv = pv / MULT[pm]
        for _ in range(50):
            cand = nudge(rng, pv, D(1).scaleb(-pd), lo_frac=0.05, hi_frac=0.25)
            cv_ = fr(cand * MULT[pm])
            if abs(cv_ - ex) >= max(2 * q, ex / 100):
                pv = cand * MULT[pm]
                break
        else:
            raise Retry
        note += '; stated average altered'
    Tw = w(tv / MULT[tm], td, pick(rng, ['ascii', 'comma']), tm)
    Cw = w(cv / 10000, 1, 'ascii', '万') if cu == '万' else w(cv, 0, pick(rng, ['ascii', 'comma']))
    Pw = w(pv / MULT[pm], pd, 'comma' if pd == 0 else 'ascii', pm)
    cu_t = '人' if cu == '万' else cu
    t = T_(rng, S)
    if rng.random() < 0.5:
        line = f"{t}，{O_(rng, S)}{tn}{Tw.s}{tt}，{cn_}{Cw.s}{cu_t}，{pn}{Pw.s}{pt}。"
    else:
        line = f"{t}，{cn_}{Cw.s}{cu_t}，{tn}{Tw.s}{tt}，{pn}达到{Pw.s}{pt}。"
    return [line], [c_per(Tw, Cw, Pw, scale)], note


@cons('sum_decimal_amounts', 'totals', 'amounts with two decimals (trailing zeros kept)')
def c17(rng, S, src, mut):
    T = sum_topic(rng, S, ('amt',))
    T = dict(T, d=2, lo=max(1, min(T['lo'], 20)), hi=max(min(T['hi'], 99), min(T['lo'], 20) + 10))
    labels, parts, total = sum_vals(rng, T)
    note = 'two-decimal amounts'
    if mut:
        parts, total, note = sum_mut(rng, parts, total, D('0.01'))
    P = [w(p, 2, 'ascii', T['mult']) for p in parts]
    Tw = w(total, 2, 'ascii', T['mult'])
    u = T['tail']
    if rng.random() < 0.5:
        line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{u}，{joinl(rng, labels)}分别完成{'、'.join(x.s for x in P)}{u}。"
    else:
        line = f"{T_(rng, S)}，{joinl(rng, [l + x.s + u for l, x in zip(labels, P)], '，')}，{O_(rng, S)}{T['vo']}累计{Tw.s}{u}。"
    return [line], [c_sum(P, Tw)], note


@cons('cumulative_new_stock', 'totals', '累计 = 上年末 + 本年新增 (− 撤销), 净增 statements')
def c18(rng, S, src, mut):
    vo, unit = pick(rng, S['cumul'])
    b = D(rng.randint(30, 900))
    a = D(rng.randint(5, max(8, int(b * D('0.4')))))
    c = D(rng.randint(1, max(2, int(a * D('0.3'))))) if rng.random() < 0.4 else None
    T = b + a - (c or 0)
    note = 'cumulative stock: previous + new' + (' − removed' if c else '')
    if mut:
        k = rng.randrange(3)
        if k == 0: T = nudge(rng, T, 1, lo_frac=0.03, hi_frac=0.15); note += '; 累计 altered'
        elif k == 1: a = nudge(rng, a, 1, lo_frac=0.2, hi_frac=0.6); note += '; 新增 altered'
        else: b = nudge(rng, b, 1, lo_frac=0.03, hi_frac=0.15); note += '; 上年末 altered'
    st = numstyle(rng, True)
    Tw, aw, bw = w(T, 0, st), w(a, 0, st), w(b, 0, st)
    yr = pick(rng, ['今年', '本年度', '2024年'])
    if c is None:
        if rng.random() < 0.5:
            line = f"截至{pick(rng, ['年底', '目前', '11月底'])}，{O_(rng, S)}累计{vo}{Tw.s}{unit}，其中{yr}新增{aw.s}{unit}，此前已有{bw.s}{unit}。"
            chk = c_sum([aw, bw], Tw)
        else:
            line = f"{O_(rng, S)}{vo}数量由上年末的{bw.s}{unit}增加到{Tw.s}{unit}，{yr}净增{aw.s}{unit}。"
            chk = c_sum([bw, aw], Tw)
    else:
        cw = w(c, 0, st)
        line = f"上年末{O_(rng, S)}累计{vo}{bw.s}{unit}，{yr}新增{aw.s}{unit}、撤销（合并）{cw.s}{unit}，累计达到{Tw.s}{unit}。"
        chk = c_bal([bw, aw], [cw], Tw)
    return [line], [chk], note
# ======================= pct family
def rate_vals(rng, lo, hi, d, allow_full=True, minfrac=0.72):
    for _ in range(100):
        N = rng.randint(lo, hi)
        M = N if (allow_full and rng.random() < 0.08) else rng.randint(int(N * minfrac), N)
        if M <= 0:
            continue
        r = ok_rate(rng, N, M, d)
        if r is not None:
            return D(N), D(M), r
    raise Retry


def rate_mut(rng, N, M, R, d, cap=100):
    """returns (N, M, R, note) with exactly the rate relation broken clearly"""
    q = D(1).scaleb(-d)
    ex = F(int(M)) * 100 / F(int(N))
    if rng.random() < 0.75:
        R2 = bad_pct(rng, ex, d, lo=D(1), hi=D(cap) if cap else None)
        return N, M, R2, f'stated rate {dstr(R2)} but {dstr(M)}/{dstr(N)} gives {dstr(R)}'
    for _ in range(100):
        M2 = nudge(rng, M, 1, lo_frac=0.03, hi_frac=0.15)
        if cap and M2 > N:
            continue
        ex2 = F(int(M2)) * 100 / F(int(N))
        if abs(ex2 - fr(R)) >= max(3 * fr(q), F(1, 2)) and not is_tie(ex2, fr(q)):
            return N, M2, R, f'numerator altered to {dstr(M2)}: rate would be {float(ex2):.2f}, stated {dstr(R)}'
    raise Retry


def growth_vals(rng, lo, hi, d, plo, phi, down=False, pd=1):
    for _ in range(100):
        old = rm(rng, lo, hi, d)
        p = D(str(round(rng.uniform(plo, phi), 3)))
        new = (old * (1 - p / 100) if down else old * (1 + p / 100)).quantize(D(1).scaleb(-d))
        if new <= 0 or new == old:
            continue
        ex = (fr(new) - fr(old)) * 100 / fr(old)
        q = F(1, 10 ** pd)
        if is_tie(ex, q):
            continue
        r = rhu(ex, q)
        return old, new, D(r.numerator) / D(r.denominator), ex
    raise Retry


def growth_mut(rng, old, new, pct, ex, pd, d):
    """pct is signed mantissa; break exactly the growth relation"""
    if rng.random() < 0.75:
        for _ in range(50):
            p2 = bad_pct(rng, ex, pd)
            if (p2 > 0) == (pct > 0) and p2 != 0:
                return old, new, p2, f'stated growth {dstr(p2)}% but exact is {float(ex):.3f}%'
        raise Retry
    q = D(1).scaleb(-d)
    for _ in range(100):
        n2 = nudge(rng, new, q, lo_frac=0.03, hi_frac=0.12)
        ex2 = (fr(n2) - fr(old)) * 100 / fr(old)
        if abs(ex2 - fr(pct)) >= max(F(3, 10 ** pd), F(1, 2)) and not is_tie(ex2, F(1, 10 ** pd)):
            return old, n2, pct, f'current value altered to {dstr(n2)}: growth would be {float(ex2):.2f}%'
    raise Retry


PCT_SIGN = '%'


def pw(m, d, style='ascii'):
    return w(m, d, style, '', '%')


@cons('rate_banjie_counts', 'pct', '受理 N、办结 M、办结率/整改率 R% from its own counts')
def p1(rng, S, src, mut):
    den, num, rn, unit, lo, hi = pick(rng, S['rates'])
    d = rng.choice([1, 1, 1, 2, 0])
    N, M, R = rate_vals(rng, lo, hi, d)
    note = 'rate from its own counts'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    Nw, Mw, Rw = w(N, 0, numstyle(rng, True)), w(M, 0, numstyle(rng, True)), pw(R, d)
    t, o = T_(rng, S), O_(rng, S)
    form = rng.randrange(3)
    if form == 0:
        line = f"{t}，{o}{den}{Nw.s}{unit}，{num}{Mw.s}{unit}，{rn}{Rw.s}。"
    elif form == 1:
        line = f"{t}，{o}{den}{Nw.s}{unit}，{num}{Mw.s}{unit}（{rn}{Rw.s}）。"
    else:
        line = f"{t}，{o}{den}共{Nw.s}{unit}，截至目前{num}{Mw.s}{unit}，{rn}达到{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note


@cons('rate_plan_completion', 'pct', '计划 X、完成 Y、完成率 R% (may exceed 100%, units may mix)')
def p2(rng, S, src, mut):
    pp_, dp, rn, mult, tail, lo, hi, d = pick(rng, S['plan'])
    for _ in range(100):
        X = rm(rng, lo, hi, d)
        Y = (X * D(str(round(rng.uniform(0.7, 1.25), 3)))).quantize(D(1).scaleb(-d))
        r = ok_rate(rng, X, Y, 1)
        if r is not None and Y > 0:
            break
    else:
        raise Retry
    mix = mult == '亿' and rng.random() < 0.4
    note = 'completion rate of plan' + (' (plan in 亿元, done in 万元)' if mix else '')
    R = r
    if mut:
        ex = fr(Y) * 100 / fr(X)
        R = bad_pct(rng, ex, 1, lo=D(40), hi=D(160))
        note += f'; stated rate {dstr(R)} vs exact {float(ex):.2f}'
    Xw = w(X, d, 'ascii', mult)
    Yw = w(Y * 10000, 0, 'comma', '万') if mix else w(Y, d, 'ascii', mult)
    Rw = pw(R, 1)
    form = rng.randrange(2)
    if form == 0:
        line = f"{O_(rng, S)}{pp_}{Xw.s}{tail}，{T_(rng, S)}{dp}{Yw.s}{tail}，{rn}{Rw.s}。"
    else:
        line = f"{T_(rng, S)}，{O_(rng, S)}{dp}{Yw.s}{tail}，占{pp_}{Xw.s}{tail}的{Rw.s}。"
    return [line], [c_rate(Yw, Xw, Rw)], note


@cons('rate_coverage_of_units', 'pct', 'N个单位中已有M个…，覆盖率 R%')
def p3(rng, S, src, mut):
    noun, unit, done, rn = pick(rng, S['cover'])
    d = rng.choice([1, 1, 2, 0])
    N, M, R = rate_vals(rng, 8, 260, d, minfrac=0.55)
    note = 'coverage rate from units'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    Nw, Mw, Rw = w(N, 0), w(M, 0), pw(R, d)
    if rng.random() < 0.5:
        line = f"{T_(rng, S)}，全市{Nw.s}{noun}中，已有{Mw.s}{unit}{done}，{rn}达{Rw.s}。"
    else:
        line = f"截至{pick(rng, ['年底', '6月底', '目前'])}，{Mw.s}{unit}{done}，占全市{Nw.s}{noun}的{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note


@cons('rate_survey_satisfaction', 'pct', '发放问卷 / 有效问卷 / 满意份数, 满意率 on the valid base')
def p4(rng, S, src, mut):
    dom = S['tasks'][0]
    d = rng.choice([1, 1, 2])
    for _ in range(100):
        N0 = rng.randint(200, 3000)
        N = rng.randint(int(N0 * 0.85), N0)
        M = rng.randint(int(N * 0.8), N)
        r = ok_rate(rng, N, M, d)
        if r is not None and M > 0:
            break
    else:
        raise Retry
    N, M, R = D(N), D(M), r
    note = 'satisfaction rate on the valid-questionnaire base'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    st = numstyle(rng, True)
    N0w, Nw, Mw, Rw = w(N0, 0, st), w(N, 0, st), w(M, 0, st), pw(R, d)
    line = f"{T_(rng, S)}，{O_(rng, S)}开展{dom}工作满意度测评，发放问卷{N0w.s}份，回收有效问卷{Nw.s}份，其中“满意”和“基本满意”{Mw.s}份，满意率为{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note


def growth_text(rng, name, oldw, neww, pw_, tail, dr, form):
    up = dr == 'up'
    verb = pick(rng, ['增长', '增加']) if up else pick(rng, ['下降', '减少'])
    if form == 0:
        return f"{name}达到{neww.s}{tail}，比上年的{oldw.s}{tail}{verb}{pw_.s}"
    if form == 1:
        return f"{name}由上年的{oldw.s}{tail}{'增加' if up else '减少'}到{neww.s}{tail}，{verb}{pw_.s}"
    return f"{name}{neww.s}{tail}（上年同期{oldw.s}{tail}），同比{verb}{pw_.s}"


def growth_cons(rng, S, mut, plo, phi, down, note0):
    name, mult, tail, lo, hi, d = pick(rng, S['growth'])
    pd = rng.choice([1, 1, 2])
    old, new, p, ex = growth_vals(rng, lo, hi, d, plo, phi, down, pd)
    note = note0
    if mut:
        old, new, p, note = growth_mut(rng, old, new, p, ex, pd, d)
    dr = 'down' if down else 'up'
    st = numstyle(rng, True)
    ow, nw_, pw_ = w(old, d, st, mult), w(new, d, st, mult), pw(abs(p), pd)
    line = f"{T_(rng, S)}，{O_(rng, S)}{growth_text(rng, name, ow, nw_, pw_, tail, dr, rng.randrange(3))}。"
    return [line], [c_growth(ow, nw_, pw_, dr)], note


@cons('growth_yoy_increase', 'pct', '同比增长 p% with last year given (比上年的…增长, 由…增加到…)')
def p5(rng, S, src, mut):
    return growth_cons(rng, S, mut, 1.5, 45, False, 'year-on-year increase')


@cons('growth_yoy_decrease', 'pct', '同比下降/减少 p% with last year given')
def p6(rng, S, src, mut):
    return growth_cons(rng, S, mut, 1.5, 35, True, 'year-on-year decrease')


@cons('growth_over_hundred_pct', 'pct', 'growth above 100% written as a percentage (增长156.3%)')
def p7(rng, S, src, mut):
    return growth_cons(rng, S, mut, 100.5, 320, False, 'growth above 100%')


def pp_cons(rng, S, mut, down):
    name, lo, hi = pick(rng, S['pp'])
    d = 2 if hi <= 5 else 1
    q = D(1).scaleb(-d)
    a = rm(rng, lo, hi, d)
    c = rm(rng, 0.3 if d == 1 else 0.05, 6 if d == 1 else 0.9, d)
    b = a - c if down else a + c
    if b <= 0 or b >= 100:
        raise Retry
    note = 'percentage-point change'
    if mut:
        if rng.random() < 0.6:
            for _ in range(50):
                c2 = (c + rng.choice([1, -1]) * D(str(round(rng.uniform(0.5, 3), 2)))).quantize(q)
                if c2 > 0 and abs(c2 - c) >= max(3 * q, D('0.5')):
                    c = c2
                    break
            else:
                raise Retry
            note += f'; stated pp {dstr(c)} but difference is {dstr(abs(b - a))}'
        else:
            b2 = (b + rng.choice([1, -1]) * D(str(round(rng.uniform(0.5, 3), 2)))).quantize(q)
            if abs(b2 - b) < max(3 * q, D('0.5')) or b2 <= 0 or b2 >= 100:
                raise Retry
            b = b2
            note += '; current rate altered'
    aw, bw, cw = pw(a, d), pw(b, d), w(c, d)
    dr = 'down' if down else 'up'
    v = pick(rng, ['提高', '提升', '上升']) if not down else pick(rng, ['下降', '降低', '回落'])
    form = rng.randrange(3)
    if form == 0:
        line = f"{T_(rng, S)}，{name}由上年的{aw.s}{v}到{bw.s}，{v}{cw.s}个百分点。"
    elif form == 1:
        line = f"{T_(rng, S)}，{name}达到{bw.s}，比上年{v}{cw.s}个百分点（上年为{aw.s}）。"
    else:
        line = f"{name}：上年{aw.s}，本年{bw.s}，{v}{cw.s}个百分点。"
    return [line], [c_pp(aw, bw, cw, dr)], note


@cons('pp_point_increase', 'pct', '由 a% 提高到 b%，提高 c 个百分点')
def p8(rng, S, src, mut):
    return pp_cons(rng, S, mut, False)


@cons('pp_point_decrease', 'pct', '下降 c 个百分点 (from/to given)')
def p9(rng, S, src, mut):
    return pp_cons(rng, S, mut, True)


@cons('share_of_one_whole', 'pct', '占比 of one whole: A占a%、B占b%… summing to 100 within rounding')
def p10(rng, S, src, mut):
    whole, mult, tail, lo, hi, d, labels0 = pick(rng, S['shares'])
    labels = pick_labels(rng, labels0, 3, 5)
    sd = rng.choice([1, 1, 2])
    for _ in range(100):
        parts = [rm(rng, 5, 100, 0) for _ in labels]
        tot = rm(rng, lo, hi, d)
        # scale hidden parts to the total
        ssum = sum(parts)
        sh = []
        bad = False
        for p_ in parts:
            ex = fr(p_) * 100 / fr(ssum)
            if is_tie(ex, F(1, 10 ** sd)):
                bad = True
            r = rhu(ex, F(1, 10 ** sd))
            sh.append(D(r.numerator) / D(r.denominator))
        if not bad and all(x > 0 for x in sh) and len(set(sh)) == len(sh):
            break
    else:
        raise Retry
    note = 'shares of one whole, independently rounded'
    if mut:
        i = rng.randrange(len(sh))
        q = D(1).scaleb(-sd)
        for _ in range(50):
            delta = D(str(round(rng.uniform(1.2, 7), 2))).quantize(q)
            s2 = sh[i] + rng.choice([1, -1]) * delta
            if 0 < s2 < 100:
                sh[i] = s2
                break
        else:
            raise Retry
        note = f'share {i + 1} altered: shares now sum to {dstr(sum(sh))}'
    Tw = w(tot, d, pick(rng, ['ascii', 'comma']), mult)
    SW = [pw(x, sd) for x in sh]
    t = T_(rng, S)
    if rng.random() < 0.5:
        line = f"{t}，{whole}{Tw.s}{tail}，其中{'，'.join(f'{l}占{x.s}' for l, x in zip(labels, SW))}。"
    else:
        line = f"{t}，{whole}{Tw.s}{tail}。从结构看，{joinl(rng, labels)}分别占{'、'.join(x.s for x in SW)}。"
    return [line], [c_share(SW, Tw)], note


@cons('share_counts_with_rates', 'pct', 'parts with counts and 占 r% each, plus the sum of the parts')
def p11(rng, S, src, mut):
    T = sum_topic(rng, S, ('cnt',))
    d = rng.choice([1, 1, 2])
    for _ in range(100):
        labels, parts, total = sum_vals(rng, T, 2, 4)
        rs = [ok_rate(rng, total, p_, d) for p_ in parts]
        if all(r is not None for r in rs):
            break
    else:
        raise Retry
    note = 'each part with its share of the stated total'
    if mut:
        i = rng.randrange(len(rs))
        ex = fr(parts[i]) * 100 / fr(total)
        rs[i] = bad_pct(rng, ex, d, lo=D('0.1'), hi=D(99))
        note = f'share of part {i + 1} altered to {dstr(rs[i])}'
    st = numstyle(rng, True)
    P = [w(p_, 0, st) for p_ in parts]
    Tw = w(total, 0, st)
    RW = [pw(r, d) for r in rs]
    u = T['tail']
    items = '；'.join(f"{l}{x.s}{u}，占{r.s}" for l, x, r in zip(labels, P, RW))
    line = f"{T_(rng, S)}，{O_(rng, S)}{T['vo']}{Tw.s}{u}。其中，{items}。"
    return [line], [c_sum(P, Tw)] + [c_rate(x, Tw, r) for x, r in zip(P, RW)], note


@cons('rate_fullwidth_digits', 'pct', 'rate from counts written in full-width digits and ％')
def p12(rng, S, src, mut):
    den, num, rn, unit, lo, hi = pick(rng, S['rates'])
    d = rng.choice([1, 1, 2])
    N, M, R = rate_vals(rng, lo, hi, d)
    note = 'full-width digits'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    st = rng.choice(['fw', 'fwdot'])
    Nw, Mw, Rw = w(N, 0, st), w(M, 0, st), pw(R, d, st)
    line = f"{T_(rng, S)}，{O_(rng, S)}{den}{Nw.s}{unit}，{num}{Mw.s}{unit}，{rn}为{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note


@cons('rate_table_rows', 'pct', 'several table rows, each with 总数/完成数/完成率')
def p13(rng, S, src, mut):
    den, num, rn, unit, lo, hi = pick(rng, S['rates'])
    ents = pick_labels(rng, ENT[src], 3, 5)
    d = rng.choice([1, 1, 2])
    rows = [rate_vals(rng, max(5, lo // 4), max(20, hi // 3), d) for _ in ents]
    note = 'table rows with their own rates'
    if mut:
        i = rng.randrange(len(rows))
        N, M, R = rows[i]
        N, M, R, nt = rate_mut(rng, N, M, R, d)
        rows[i] = (N, M, R)
        note = f'row {i + 1}: {nt}'
    form = rng.randrange(2)
    lines = [f"{T_(rng, S)}各地{den}情况（单位：{unit}）" if form == 0 else f"| 单位 | {den} | {num} | {rn} |"]
    checks = []
    for e, (N, M, R) in zip(ents, rows):
        Nw, Mw, Rw = w(N, 0), w(M, 0), pw(R, d)
        lines.append(f"{e}：总数{Nw.s}，{num}{Mw.s}，{rn}{Rw.s}" if form == 0 else f"| {e} | {Nw.s} | {Mw.s} | {Rw.s} |")
        checks.append(c_rate(Mw, Nw, Rw))
    return lines, checks, note


@cons('growth_mixed_units', 'pct', 'growth where last year is in 万 and this year in 亿 (or 万 vs plain)')
def p14(rng, S, src, mut):
    opts = [g for g in S['growth'] if g[1] in ('万', '亿')]
    name, mult, tail, lo, hi, d = pick(rng, opts)
    pd = rng.choice([1, 1, 2])
    down = rng.random() < 0.3
    # work in the smaller unit: old integer in small unit, new rendered in the big unit
    small = '万' if mult == '亿' else ''
    fac = D(10000)
    for _ in range(100):
        old = D(rng.randint(int(max(lo, 1) * 7000), int(max(lo, 1) * 9999)))  # just below one big unit multiple
        p = D(str(round(rng.uniform(2, 40), 3)))
        nbig = (old * (1 - p / 100 if down else 1 + p / 100) / fac).quantize(D('0.01'))
        new = nbig * fac
        ex = (fr(new) - fr(old)) * 100 / fr(old)
        if new > 0 and new != old and not is_tie(ex, F(1, 10 ** pd)):
            break
    else:
        raise Retry
    r = rhu(ex, F(1, 10 ** pd))
    pct = D(r.numerator) / D(r.denominator)
    note = 'growth across units (small unit last year, big unit this year)'
    if mut:
        for _ in range(50):
            p2 = bad_pct(rng, ex, pd)
            if (p2 > 0) == (pct > 0):
                pct = p2
                break
        else:
            raise Retry
        note += f'; stated growth {dstr(abs(pct))}% vs exact {float(ex):.3f}%'
    dr = 'down' if down else 'up'
    ow = w(old, 0, 'comma', small)
    nw_ = w(nbig, 2, 'ascii', mult)
    pw_ = pw(abs(pct), pd)
    line = f"{T_(rng, S)}，{O_(rng, S)}{growth_text(rng, name, ow, nw_, pw_, tail, dr, rng.randrange(3))}。"
    return [line], [c_growth(ow, nw_, pw_, dr)], note


@cons('rate_thousands_separators', 'pct', 'large counts with 1,234 / 1，234 / 1 234 and two-decimal rates')
def p15(rng, S, src, mut):
    opts = [r for r in S['rates'] if r[5] >= 1000]
    den, num, rn, unit, lo, hi = pick(rng, opts)
    d = 2
    N, M, R = rate_vals(rng, 1000, hi * 4, d, minfrac=0.8)
    note = 'thousands separators, two-decimal rate'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    st = rng.choice(['comma', 'fwcomma', 'space'])
    Nw, Mw, Rw = w(N, 0, st), w(M, 0, st), pw(R, d)
    line = f"{T_(rng, S)}，{O_(rng, S)}{den}{Nw.s}{unit}；{num}{Mw.s}{unit}；{rn}{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note + f' ({st})'


@cons('rate_and_growth_multi_sentence', 'pct', 'multi-sentence: volume growth vs last year plus a rate')
def p16(rng, S, src, mut):
    den, num, rn, unit, lo, hi = pick(rng, S['rates'])
    d = rng.choice([1, 2])
    N, M, R = rate_vals(rng, lo, hi, d)
    pd = 1
    for _ in range(100):
        N0 = D(rng.randint(int(N * D('0.6')), int(N * D('1.3'))))
        if N0 == N or N0 <= 0:
            continue
        ex = (fr(N) - fr(N0)) * 100 / fr(N0)
        if not is_tie(ex, F(1, 10)):
            break
    else:
        raise Retry
    g = rhu(ex, F(1, 10))
    G = D(g.numerator) / D(g.denominator)
    if G == 0:
        raise Retry
    note = 'rate plus growth of the same volume'
    if mut:
        if rng.random() < 0.5:
            N, M, R, note = rate_mut(rng, N, M, R, d)
        else:
            G = bad_pct(rng, ex, pd)
            if (G > 0) != (ex > 0) or G == 0:
                raise Retry
            note = f'stated growth {dstr(G)} vs exact {float(ex):.2f}'
    dr = 'up' if G > 0 else 'down'
    Nw, Mw, Rw, N0w, Gw = w(N, 0), w(M, 0), pw(R, d), w(N0, 0), pw(abs(G), pd)
    lines = [f"{T_(rng, S)}，{O_(rng, S)}{den}{Nw.s}{unit}，同比{'增长' if dr == 'up' else '下降'}{Gw.s}（上年同期{N0w.s}{unit}）。",
             f"{num}{Mw.s}{unit}，{rn}{Rw.s}。"]
    if rng.random() < 0.5:
        lines = [''.join(lines)]
    return lines, [c_growth(N0w, Nw, Gw, dr), c_rate(Mw, Nw, Rw)], note


@cons('rate_chinese_numeral_counts', 'pct', 'counts in Chinese numerals, rate in digits')
def p17(rng, S, src, mut):
    noun, unit, done, rn = pick(rng, S['cover'])
    d = rng.choice([0, 1, 1])
    N, M, R = rate_vals(rng, 12, 150, d, minfrac=0.6)
    note = 'Chinese-numeral counts'
    if mut:
        N, M, R, note = rate_mut(rng, N, M, R, d)
    Nw, Mw, Rw = w(N, 0, 'cn'), w(M, 0, 'cn'), pw(R, d)
    line = f"{T_(rng, S)}，全市{Nw.s}{noun}中已有{Mw.s}{unit}{done}，{rn}{Rw.s}。"
    return [line], [c_rate(Mw, Nw, Rw)], note


@cons('growth_rows_signed', 'pct', 'indicator rows, 增长 with signed percentages (增长-3.2%)')
def p18(rng, S, src, mut):
    tops = pick_labels(rng, S['growth'], 2, 4)
    rows = []
    for name, mult, tail, lo, hi, d in tops:
        down = rng.random() < 0.4
        old, new, p, ex = growth_vals(rng, lo, hi, d, 1, 30, down, 1)
        rows.append([name, mult, tail, d, old, new, p, ex])
    note = 'indicator rows with signed growth'
    if mut:
        i = rng.randrange(len(rows))
        name, mult, tail, d, old, new, p, ex = rows[i]
        old, new, p, nt = growth_mut(rng, old, new, p, ex, 1, d)
        rows[i] = [name, mult, tail, d, old, new, p, ex]
        note = f'row {i + 1}: {nt}'
    lines = [f"{T_(rng, S)}主要指标完成情况："]
    checks = []
    for name, mult, tail, d, old, new, p, ex in rows:
        ow, nw_ = w(old, d, 'ascii', mult), w(new, d, 'ascii', mult)
        signed = rng.random() < 0.6
        if signed:
            pw_ = pw(p, 1)
            lines.append(f"{name}{nw_.s}{tail}，上年{ow.s}{tail}，增长{pw_.s}；")
            checks.append(c_growth(ow, nw_, pw_, 'up'))
        else:
            pw_ = pw(abs(p), 1)
            dr = 'up' if p > 0 else 'down'
            lines.append(f"{name}{nw_.s}{tail}，上年{ow.s}{tail}，{'增长' if dr == 'up' else '下降'}{pw_.s}；")
            checks.append(c_growth(ow, nw_, pw_, dr))
    lines[-1] = lines[-1][:-1] + '。'
    return lines, checks, note
# ---------------------------------------------------------------- look-alikes (neg)
import re as _re

NEG_KINDS = ['partial_list', 'approx_total', 'overlap', 'subset', 'cumulative', 'different_wholes', 'identifier',
             'pct_no_base', 'pp_change', 'times', 'permille', 'not_derivable', 'range', 'date', 'growth_over_100']


def neg_partial_list(rng, S, src):
    if rng.random() < 0.6:
        noun, verb, names0 = pick(rng, S['names'])
        names = pick_labels(rng, names0, 2, 4)
        n = len(names) + rng.randint(2, 14)
        cw = w(n, 0, rng.choice(['ascii', 'cn']))
        if rng.random() < 0.5:
            s = f"{joinl(rng, names, last=False)}等{cw.s}{noun}{verb}。"
            cue = '等'
        else:
            s = f"共有{cw.s}{noun}{verb}，主要有{'、'.join(names)}等。"
            cue = '主要有'
        return s, [c_names(cw, names, True), c_neg('partial_list', [cw.s], cue)]
    T = sum_topic(rng, S, ('cnt',))
    labels = pick_labels(rng, T['labels'], 2, 2)
    a, b = rm(rng, T['lo'], T['hi'], 0), rm(rng, T['lo'], T['hi'], 0)
    tot = a + b + rm(rng, max(3, T['lo']), T['hi'] * 2, 0)
    aw, bw, tw = w(a, 0), w(b, 0), w(tot, 0)
    s = f"{T['vo']}{tw.s}{T['tail']}，其中较多的是{labels[0]}（{aw.s}{T['tail']}）和{labels[1]}（{bw.s}{T['tail']}）。"
    return s, [c_neg('partial_list', [tw.s, aw.s, bw.s], '其中较多的是')]


def neg_approx_total(rng, S, src):
    T = sum_topic(rng, S, ('cnt',))
    labels, parts, total = sum_vals(rng, T, 3, 4)
    total = int(total)
    base = 10 if total < 1000 else 100
    word = rng.choice(['约', '近', '余', '多', '左右', '超过'])
    if word in ('约', '左右'):
        t = round(total / base) * base
        if t == total:
            t += base
    elif word == '近':
        t = (total // base + 1) * base
    else:
        t = (total // base) * base
        if t == total:
            t -= base
    if t <= 0:
        raise Retry
    P = [w(p, 0) for p in parts]
    tw = w(t, 0)
    u = T['tail']
    ph = {'约': f"约{tw.s}{u}", '近': f"近{tw.s}{u}", '余': f"{tw.s}余{u}", '多': f"{tw.s}多{u}",
          '左右': f"{tw.s}{u}左右", '超过': f"超过{tw.s}{u}"}[word]
    s = f"{T['vo']}{ph}，其中{'、'.join(l + x.s + u for l, x in zip(labels, P))}。"
    return s, [c_neg('approx_total', [x.s for x in P] + [tw.s], word)]


def neg_overlap(rng, S, src):
    lead, unit, lo, hi, cats = S['overlap']
    for _ in range(50):
        T = rng.randint(lo, hi)
        cs = pick_labels(rng, cats, 3, 3)
        vals = [int(T * rng.uniform(0.15, 0.62)) for _ in cs]
        if sum(vals) != T and all(v > 0 for v in vals):
            break
    else:
        raise Retry
    tw = w(T, 0, numstyle(rng, True))
    V = [w(v, 0) for v in vals]
    s = f"{lead}{tw.s}{unit}，其中{'、'.join(c + x.s + unit for c, x in zip(cs, V))}。"
    return s, [c_neg('overlap', [tw.s] + [x.s for x in V], cs[1])]


def neg_subset(rng, S, src):
    lead, unit, sub = pick(rng, S['subset'])
    T = rng.randint(20, 600)
    a = rng.randint(2, int(T * 0.7))
    tw, aw = w(T, 0), w(a, 0)
    s = f"{lead}{tw.s}{unit}，其中{sub}{aw.s}{unit}。"
    return s, [c_neg('subset', [tw.s, aw.s], '其中')]


def neg_cumulative(rng, S, src):
    vo, unit = pick(rng, S['cumul'])
    T = rng.randint(40, 2000)
    a = rng.randint(3, int(T * 0.35))
    tw, aw = w(T, 0, numstyle(rng, True)), w(a, 0)
    if rng.random() < 0.5:
        s = f"截至目前，累计{vo}{tw.s}{unit}，今年新增{aw.s}{unit}。"
    else:
        s = f"今年{vo}{aw.s}{unit}，累计达到{tw.s}{unit}。"
    return s, [c_neg('cumulative', [tw.s, aw.s], '累计')]


def neg_different_wholes(rng, S, src):
    ns = pick_labels(rng, S['wholes'], 3, 3)
    growthy = ns[0].endswith('增长')
    vals = [rm(rng, 2, 25, 1) if growthy else rm(rng, 60, 99, 1) for _ in ns]
    P = [pw(v, 1) for v in vals]
    s = f"{'、'.join(n + x.s for n, x in zip(ns, P))}。"
    return s, [c_neg('different_wholes', [x.s for x in P], ns[1])]


def neg_identifier(rng, S, src):
    sent, nums, cue = pick(rng, S['idents'])
    return sent + '。', [c_neg('identifier', nums, cue)]


def neg_pct_no_base(rng, S, src):
    n = pick(rng, S['nobase'])
    p = pw(rm(rng, 85, 99.9, 1), 1)
    s = f"{n}{pick(rng, ['达到', '为', '保持在'])}{p.s}。"
    return s, [c_neg('pct_no_base', [p.s], n)]


def neg_pp_change(rng, S, src):
    name, lo, hi = pick(rng, S['pp'])
    d = 2 if hi <= 5 else 1
    b = pw(rm(rng, lo, hi, d), d)
    c = w(rm(rng, 0.3 if d == 1 else 0.05, 5 if d == 1 else 0.8, d), d)
    v = pick(rng, ['提高', '下降'])
    s = f"{name}为{b.s}，较上年{v}{c.s}个百分点。"
    return s, [c_neg('pp_change', [b.s, c.s], '百分点')]


def neg_times(rng, S, src):
    name, mult, tail, lo, hi, d = pick(rng, S['growth'])
    for _ in range(100):
        old = rm(rng, lo, hi, d)
        f = D(rng.randint(12, 45)) / 10
        form = rng.random() < 0.5
        new = (old * (1 + f) if form else old * f).quantize(D(1).scaleb(-d))
        ratio = (fr(new) - fr(old)) / fr(old) if form else fr(new) / fr(old)
        if not is_tie(ratio, F(1, 10)) and rhu(ratio, F(1, 10)) == fr(f):
            break
    else:
        raise Retry
    ow, nw_, fw = w(old, d, 'ascii', mult), w(new, d, 'ascii', mult), w(f, 1)
    if form:
        s = f"{name}由上年的{ow.s}{tail}增至{nw_.s}{tail}，增长{fw.s}倍。"
    else:
        s = f"{name}达到{nw_.s}{tail}，是上年{ow.s}{tail}的{fw.s}倍。"
    return s, [c_neg('times', [ow.s, nw_.s, fw.s], '倍')]


def neg_permille(rng, S, src):
    obj, unit, badp, rn = S['permille']
    for _ in range(100):
        N = rng.randint(2000, 30000)
        M = rng.randint(3, max(4, N // 150))
        ex = F(M * 1000, N)
        if not is_tie(ex, F(1, 10)):
            break
    r = rhu(ex, F(1, 10))
    Nw, Mw = w(N, 0, 'comma'), w(M, 0)
    rw = w(D(r.numerator) / D(r.denominator), 1, 'ascii', '', '‰')
    s = f"{obj}{Nw.s}{unit}，{badp}{Mw.s}{unit}，{rn}{rw.s}。"
    return s, [c_neg('permille', [Nw.s, Mw.s, rw.s], '‰')]


def neg_not_derivable(rng, S, src):
    den, num, rn, unit, lo, hi = pick(rng, S['rates'])
    n2 = pick(rng, S['nobase'])
    for _ in range(100):
        N = rng.randint(lo, hi)
        M = rng.randint(int(N * 0.7), N)
        p = rm(rng, 85, 99.5, 1)
        if abs(fr(p) - F(M * 100, N)) >= 2:
            break
    else:
        raise Retry
    Nw, Mw, Pw = w(N, 0), w(M, 0), pw(p, 1)
    s = f"{den}{Nw.s}{unit}，{num}{Mw.s}{unit}，{n2}{Pw.s}。"
    return s, [c_neg('not_derivable', [Nw.s, Mw.s, Pw.s], n2)]


def neg_range(rng, S, src):
    ph, unit = pick(rng, S['ranges'])
    n = w(rng.randint(3, 90), 0)
    nums = _re.findall(r'\d+(?:\.\d+)?', ph)
    s = f"{ph}{n.s}{unit}。"
    return s, [c_neg('range', nums + [n.s], '～')]


def neg_date(rng, S, src):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    dom = S['tasks'][0]
    s = pick(rng, [f"{m}月{d}日，召开全市{dom}工作推进会。", f"{m}月{d}日前完成全部整改销号。", f"工作专班于{m}月{d}日集中调度。"])
    return s, [c_neg('date', [str(m), str(d)], f"{m}月{d}日")]


def neg_growth_over_100(rng, S, src):
    name, mult, tail, lo, hi, d = pick(rng, S['growth'])
    old, new, p, ex = growth_vals(rng, lo, hi, d, 101, 260, False, 1)
    ow, nw_, pw_ = w(old, d, 'ascii', mult), w(new, d, 'ascii', mult), pw(p, 1)
    s = f"{name}{nw_.s}{tail}，比上年的{ow.s}{tail}增长{pw_.s}。"
    return s, [c_growth(ow, nw_, pw_, 'up'), c_neg('growth_over_100', [pw_.s], '增长')]


NEG_FN = {k: globals()['neg_' + k] for k in NEG_KINDS}


def add_neg(rng, S, src, lines, checks, note):
    kind = pick(rng, NEG_KINDS)
    s, nchecks = NEG_FN[kind](rng, S, src)
    pos = rng.randrange(3)
    if len(lines) == 1 and pos < 2:
        lines = [lines[0] + s] if pos == 0 else [s + lines[0]]
    elif pos == 2 or len(lines) > 1:
        if len(lines) >= 8:
            raise Retry
        lines = lines + [s] if rng.random() < 0.7 else [s] + lines
    return lines, checks + nchecks, note + f'; look-alike: {kind}'


# ---------------------------------------------------------------- malformed percentages
MAL_FORMS = ['space', 'double', 'lead', 'dots', 'xx', 'trail_dot']


def malform(rng, lines, checks):
    text = '\n'.join(lines)
    cands = []
    for ci, c in enumerate(checks):
        fields = {'rate': ['rate'], 'growth': ['pct'], 'pp': ['from', 'to'], 'share_sum': ['shares']}.get(c['rel'], [])
        for f in fields:
            vals = c[f] if isinstance(c[f], list) else [c[f]]
            for v in vals:
                if (v.endswith(('%', '％')) and text.count(v) == 1 and not v.startswith(('-', '－'))
                        and _re.search(r'(?<![0-9０-９.．])' + _re.escape(v), text)):
                    cands.append((ci, v))
    if not cands:
        raise Retry
    ci, v = pick(rng, cands)
    num, sym = v[:-1], v[-1]
    form = pick(rng, MAL_FORMS)
    if form == 'dots' and '.' not in num and '．' not in num:
        form = 'trail_dot'
    lit = {'space': num + ' ' + sym, 'double': num + sym + sym, 'lead': sym + num,
           'dots': num.replace('.', '..', 1).replace('．', '．．', 1), 'xx': pick(rng, ['xx', 'XX', '××']) + sym,
           'trail_dot': num + '.' + sym}[form]
    if form == 'dots':
        lit += sym
    text = text.replace(v, lit)
    checks = checks[:ci] + [{'rel': 'malformed_pct', 'literal': lit, 'ok': False}] + checks[ci + 1:]
    return text.split('\n'), checks, f'malformed percentage {lit!r} ({form})'


# ---------------------------------------------------------------- driver
def label_of(checks):
    fails = sum(1 for c in checks if c['rel'] != 'neg' and not c['ok'])
    negs = sum(1 for c in checks if c['rel'] == 'neg')
    if fails > 1:
        return None
    if fails == 1:
        return 'inconsistent'
    return 'negative' if negs else 'consistent'


def build(rng, fn, family, src, lab):
    S = SRC[src]
    if lab == 'consistent':
        lines, checks, note = fn(rng, S, src, False)
        note = 'consistent: ' + note
    elif lab == 'negative':
        lines, checks, note = fn(rng, S, src, False)
        lines, checks, note = add_neg(rng, S, src, lines, checks, 'negative: ' + note)
    else:
        if family == 'pct' and rng.random() < 0.2:
            lines, checks, note = fn(rng, S, src, False)
            lines, checks, note = malform(rng, lines, checks)
        else:
            lines, checks, note = fn(rng, S, src, True)
        note = 'inconsistent: ' + note
        if rng.random() < 0.15:
            lines, checks, note = add_neg(rng, S, src, lines, checks, note)
    return lines, checks, note


def styles():
    out = []
    for name, family, desc, fn in CONS:
        for src in SOURCES:
            out.append((f'{name}_{src}', name, family, desc, fn, src))
    return out


def generate(seed):
    recs = []
    for style, name, family, desc, fn, src in styles():
        rng = random.Random(f"numbers51|{seed}|{style}")
        n = rng.randint(15, 19)
        nc, nn = round(n * 0.4), round(n * 0.2)
        labs = ['consistent'] * nc + ['negative'] * nn + ['inconsistent'] * (n - nc - nn)
        rng.shuffle(labs)
        for i, lab in enumerate(labs):
            for attempt in range(300):
                try:
                    lines, checks, note = build(rng, fn, family, src, lab)
                except Retry:
                    continue
                if label_of(checks) != lab or len(lines) > 8:
                    continue
                text = '\n'.join(lines)
                recs.append({'id': f'n51-s{seed}-{style}-{i:02d}', 'family': family, 'style': style, 'label': lab,
                             'text': text, 'note': note.replace('\n', ' '), 'checks': checks})
                break
            else:
                raise RuntimeError(f'could not build {style} #{i} {lab}')
    return recs
# ---------------------------------------------------------------- independent verifier
# Does not use any generator helper: own parser, own arithmetic, own label derivation.
import json as _json
import re as _vre
from decimal import Decimal as _Dec, ROUND_HALF_UP as _RHU, localcontext as _lctx
from fractions import Fraction as _Fr

_FW_MAP = {ord(a): b for a, b in zip('０１２３４５６７８９．，－％', '0123456789.,-%')}
_CN_D = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
_CN_U = {'十': 10, '百': 100, '千': 1000}
_DIGITCH = set('0123456789０１２３４５６７８９')
_CNCH = set(_CN_D) | set(_CN_U) | {'万', '亿'}


class VErr(Exception):
    pass


def _cn_value(t):
    total, cur = 0, None
    for ch in t:
        if ch in _CN_D:
            cur = _CN_D[ch]
        elif ch in _CN_U:
            total += (1 if cur is None else cur) * _CN_U[ch]
            cur = None
        else:
            raise VErr(f'bad Chinese numeral {t!r}')
    return total + (cur or 0)


def vparse(s):
    """number string -> (value Decimal after 万/亿, quantum Decimal, kind) ; kind in '', '%', '‰'"""
    if not isinstance(s, str) or not s:
        raise VErr(f'not a number string: {s!r}')
    t = s.translate(_FW_MAP)
    kind = ''
    if t.endswith('%'):
        kind, t = '%', t[:-1]
    elif t.endswith('‰'):
        kind, t = '‰', t[:-1]
    mult = 1
    if t.endswith('亿'):
        mult, t = 10 ** 8, t[:-1]
    elif t.endswith('万'):
        mult, t = 10 ** 4, t[:-1]
    sign = 1
    if t[:1] in ('-', '−'):
        sign, t = -1, t[1:]
    elif t[:1] == '+':
        t = t[1:]
    if _vre.fullmatch(r'\d+(\.\d+)?', t):
        body = t
    elif _vre.fullmatch(r'\d{1,3}([, ]\d{3})+(\.\d+)?', t):
        body = t.replace(',', '').replace(' ', '')
    elif t and all(ch in _CN_D or ch in _CN_U for ch in t):
        return _Dec(sign * _cn_value(t) * mult), _Dec(mult), kind
    else:
        raise VErr(f'unparseable number {s!r}')
    dec = len(body.split('.')[1]) if '.' in body else 0
    return sign * _Dec(body) * mult, _Dec(1).scaleb(-dec) * mult, kind


def occurs(text, s):
    return count_occ(text, s) > 0


def count_occ(text, s):
    """how many times s occurs in text, not glued to a longer number"""
    start, n = 0, 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return n
        j = i + len(s)
        prev = text[i - 1] if i > 0 else ''
        prev2 = text[i - 2] if i > 1 else ''
        nxt = text[j] if j < len(text) else ''
        nxt2 = text[j + 1] if j + 1 < len(text) else ''
        bad = False
        if s[0] in _DIGITCH and (prev in _DIGITCH or prev in '.．' or (prev in ',， ' and prev2 in _DIGITCH)):
            bad = True
        if s[0] in _CN_D or s[0] in _CN_U:
            if prev in _CNCH:
                bad = True
        if s[-1] in _DIGITCH and (nxt in _DIGITCH or (nxt in '.．,， ' and nxt2 in _DIGITCH)):
            bad = True
        if (s[-1] in _CN_D or s[-1] in _CN_U) and nxt in _CNCH:
            bad = True
        if not bad:
            n += 1
        start = i + 1


def _F(x):
    return _Fr(x)


def _round_hu(x, q):
    """ROUND_HALF_UP of exact Fraction x to quantum q (Decimal), via Decimal arithmetic"""
    with _lctx() as ctx:
        ctx.prec = 80
        n = _Dec(x.numerator) / _Dec(x.denominator) / q
        return n.quantize(_Dec(1), rounding=_RHU) * q


def _tie(x, q):
    n = abs(x / _F(q))
    return n - (n.numerator // n.denominator) == _Fr(1, 2)


GOOD_PCT = _vre.compile(r'[+\-－]?([0-9]+|[０-９]+)([.．]([0-9]+|[０-９]+))?[%％]')
MAL_SCAN = _vre.compile(r'\d[ \u3000]+[%％]|[%％]{2}|[%％]\d|\d[.．]{2}\d|[xX×]{2}[%％]|\d[.．][%％]')
KEYS = {
    'sum': {'parts', 'total'}, 'balance': {'plus', 'minus', 'result'}, 'count_items': {'count', 'items'},
    'count_names': {'count', 'names', 'partial'}, 'rate': {'num', 'den', 'rate'}, 'growth': {'old', 'new', 'pct', 'dir'},
    'pp': {'from', 'to', 'pp', 'dir'}, 'per': {'total', 'count', 'per', 'scale'}, 'share_sum': {'shares', 'total'},
    'malformed_pct': {'literal'}, 'neg': {'kind', 'nums', 'cue'},
}
V_NEG_KINDS = {'partial_list', 'approx_total', 'overlap', 'subset', 'cumulative', 'different_wholes', 'identifier',
               'pct_no_base', 'pp_change', 'times', 'permille', 'not_derivable', 'range', 'date', 'growth_over_100'}
SOURCES_V = ('soe', 'invest', 'quake', 'ethnic', 'agmach')


def check_truth(c, text):
    """recompute one relation; returns True/False; raises VErr on malformed checks"""
    rel = c['rel']

    def num(s, want=None):
        if not occurs(text, s):
            raise VErr(f'{rel}: number {s!r} not found in text')
        v, q, k = vparse(s)
        if want is not None and k != want:
            raise VErr(f'{rel}: {s!r} expected kind {want!r}')
        return v, q

    def far(diff, q, rel_floor=_Dec('0.3')):
        if abs(diff) < max(2 * q, rel_floor):
            raise VErr(f'{rel}: wrong value too close to the truth (diff {diff})')

    if rel in ('sum', 'balance'):
        if rel == 'sum':
            if not isinstance(c['parts'], list) or len(c['parts']) < 2:
                raise VErr('sum needs >= 2 parts')
            P = [num(s, '') for s in c['parts']]
            M = []
            T = num(c['total'], '')
        else:
            if not isinstance(c['plus'], list) or not c['plus'] or not isinstance(c['minus'], list):
                raise VErr('balance shape')
            P = [num(s, '') for s in c['plus']]
            M = [num(s, '') for s in c['minus']]
            T = num(c['result'], '')
        diff = sum(v for v, _ in P) - sum(v for v, _ in M) - T[0]
        if diff == 0:
            return True
        coarse = max(q for _, q in P + M + [T])
        if abs(diff) < 2 * coarse:
            raise VErr(f'{rel}: mismatch {diff} within 2 units of the coarsest precision')
        return False
    if rel in ('count_items', 'count_names'):
        v, _ = num(c['count'], '')
        lst = c['items'] if rel == 'count_items' else c['names']
        if not isinstance(lst, list) or len(lst) < 2 or len(set(lst)) != len(lst):
            raise VErr(f'{rel}: list shape')
        for it in lst:
            if not isinstance(it, str) or it not in text:
                raise VErr(f'{rel}: item {it!r} not in text')
        if v != int(v) or v <= 0:
            raise VErr(f'{rel}: count not a positive integer')
        if rel == 'count_names':
            if not isinstance(c['partial'], bool):
                raise VErr('partial must be bool')
            if c['partial']:
                return len(lst) < v
        return len(lst) == v
    if rel == 'rate':
        n, _ = num(c['num'], '')
        d, _ = num(c['den'], '')
        r, q = num(c['rate'], '%')
        if d <= 0:
            raise VErr('rate: den <= 0')
        ex = _F(n) * 100 / _F(d)
        if _tie(ex, q):
            raise VErr('rate: exact .5 tie')
        if _round_hu(ex, q) == r:
            return True
        far(_F(r) - ex, q)
        return False
    if rel == 'growth':
        o, _ = num(c['old'], '')
        n, _ = num(c['new'], '')
        p, q = num(c['pct'], '%')
        if c['dir'] not in ('up', 'down'):
            raise VErr('growth: dir')
        if o <= 0:
            raise VErr('growth: old <= 0')
        sp = p if c['dir'] == 'up' else -p
        ex = (_F(n) - _F(o)) * 100 / _F(o)
        if _tie(ex, q):
            raise VErr('growth: exact .5 tie')
        if _round_hu(ex, q) == sp:
            return True
        far(_F(sp) - ex, q)
        return False
    if rel == 'pp':
        a, qa = num(c['from'], '%')
        b, qb = num(c['to'], '%')
        pp, q = num(c['pp'], '')
        if c['dir'] not in ('up', 'down'):
            raise VErr('pp: dir')
        sp = pp if c['dir'] == 'up' else -pp
        diff = (b - a) - sp
        if diff == 0:
            return True
        far(diff, max(q, qa, qb))
        return False
    if rel == 'per':
        t, _ = num(c['total'], '')
        n, _ = num(c['count'], '')
        p, q = num(c['per'], '')
        try:
            sc = _Dec(c['scale'])
        except Exception:
            raise VErr('per: scale')
        if n <= 0 or sc <= 0:
            raise VErr('per: nonpositive')
        ex = _F(t) * _F(sc) / _F(n)
        if _tie(ex, q):
            raise VErr('per: exact .5 tie')
        if _round_hu(ex, q) == p:
            return True
        if abs(_F(p) - ex) < max(2 * _F(q), ex / 100):
            raise VErr('per: wrong value too close to the truth')
        return False
    if rel == 'share_sum':
        if not isinstance(c['shares'], list) or len(c['shares']) < 2:
            raise VErr('share_sum shape')
        S = [num(s, '%') for s in c['shares']]
        num(c['total'], '')
        tot = sum(v for v, _ in S)
        qmax = max(q for _, q in S)
        tol = len(S) * qmax / 2
        dev = abs(tot - 100)
        if dev <= tol:
            return True
        if dev < tol + max(2 * qmax, _Dec('0.3')):
            raise VErr('share_sum: deviation too close to rounding tolerance')
        return False
    if rel == 'malformed_pct':
        lit = c['literal']
        if not isinstance(lit, str) or lit not in text:
            raise VErr('malformed literal not in text')
        if '%' not in lit and '％' not in lit:
            raise VErr('malformed literal has no percent sign')
        if GOOD_PCT.fullmatch(lit):
            raise VErr(f'literal {lit!r} is a well-formed percentage')
        if not MAL_SCAN.search(lit):
            raise VErr(f'literal {lit!r} not recognised as malformed')
        return False
    if rel == 'neg':
        if c['kind'] not in V_NEG_KINDS:
            raise VErr(f'neg kind {c["kind"]!r}')
        if not isinstance(c['nums'], list) or not c['nums']:
            raise VErr('neg nums')
        for s in c['nums']:
            if not isinstance(s, str) or s not in text:
                raise VErr(f'neg num {s!r} not in text')
        if not isinstance(c['cue'], str) or not c['cue'] or c['cue'] not in text:
            raise VErr('neg cue not in text')
        return True
    raise VErr(f'unknown rel {rel!r}')


def verify_record(r, seed=None):
    if not isinstance(r, dict) or set(r) != {'id', 'family', 'style', 'label', 'text', 'note', 'checks'}:
        raise VErr('record keys')
    m = _vre.fullmatch(r'n51-s(\d+)-([a-z0-9_]+)-(\d\d)', r['id'])
    if not m:
        raise VErr('id format')
    if seed is not None and m.group(1) != str(seed):
        raise VErr('id seed differs within the file')
    if m.group(2) != r['style'] or not _vre.fullmatch(r'[a-z][a-z0-9_]*', r['style']):
        raise VErr('style/id mismatch')
    if r['style'].rsplit('_', 1)[-1] not in SOURCES_V:
        raise VErr('style lacks a source suffix')
    if r['family'] not in ('totals', 'pct'):
        raise VErr('family')
    if r['label'] not in ('consistent', 'inconsistent', 'negative'):
        raise VErr('label value')
    text = r['text']
    if not isinstance(text, str) or not text.strip():
        raise VErr('empty text')
    lines = text.split('\n')
    if not 1 <= len(lines) <= 8 or any(not l.strip() for l in lines):
        raise VErr('text must be 1-8 non-empty lines')
    if not isinstance(r['note'], str) or not r['note'] or '\n' in r['note']:
        raise VErr('note must be one non-empty line')
    if not isinstance(r['checks'], list) or not r['checks']:
        raise VErr('no checks')
    fails, negs, rels = 0, 0, 0
    declared_mal = []
    for c in r['checks']:
        if not isinstance(c, dict) or 'rel' not in c or c['rel'] not in KEYS:
            raise VErr('check rel')
        if set(c) != KEYS[c['rel']] | {'rel', 'ok'}:
            raise VErr(f'check keys for {c["rel"]}')
        if not isinstance(c['ok'], bool):
            raise VErr('ok must be bool')
        truth = check_truth(c, text)
        used = {}
        for f in ('parts', 'total', 'plus', 'minus', 'result', 'count', 'num', 'den', 'rate', 'old', 'new', 'pct',
                  'from', 'to', 'pp', 'per', 'shares'):
            if f in c and c['rel'] not in ('neg', 'malformed_pct'):
                for x in (c[f] if isinstance(c[f], list) else [c[f]]):
                    used[x] = used.get(x, 0) + 1
        for x, k in used.items():
            if count_occ(text, x) < k:
                raise VErr(f'{c["rel"]}: {x!r} used {k} times but occurs fewer times in the text')
        if truth != c['ok']:
            raise VErr(f'{c["rel"]}: declared ok={c["ok"]} but recomputed {truth}')
        if c['rel'] == 'neg':
            negs += 1
        else:
            rels += 1
            fails += (not truth)
        if c['rel'] == 'malformed_pct':
            declared_mal.append(c['literal'])
    for mm in MAL_SCAN.finditer(text):
        if not any(mm.start() >= text.find(l) and mm.end() <= text.find(l) + len(l) for l in declared_mal if l in text):
            raise VErr(f'undeclared malformed percentage near {text[max(0, mm.start() - 3):mm.end() + 3]!r}')
    if fails > 1:
        raise VErr('more than one failing relation')
    derived = 'inconsistent' if fails == 1 else ('negative' if negs else 'consistent')
    if derived == 'consistent' and rels == 0:
        raise VErr('consistent record without relations')
    if derived != r['label']:
        raise VErr(f'label {r["label"]} but derived {derived}')
    return derived


def verify_file(path, quiet=False):
    problems = []
    recs = []
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                recs.append(_json.loads(line))
            except Exception as e:
                problems.append(f'{path}:{ln}: bad JSON ({e})')
    seeds = {_vre.match(r'n51-s(\d+)-', r.get('id', '')).group(1) if _vre.match(r'n51-s(\d+)-', str(r.get('id', ''))) else None for r in recs}
    seed = seeds.pop() if len(seeds) == 1 else None
    if seed is None:
        problems.append(f'{path}: ids do not share one seed')
    ids = set()
    per_style, fam_of, labels, kinds = {}, {}, {}, {}
    for i, r in enumerate(recs, 1):
        try:
            lab = verify_record(r, seed)
        except VErr as e:
            problems.append(f'{path}:{i}: {r.get("id") if isinstance(r, dict) else "?"}: {e}')
            continue
        except Exception as e:  # any crash is a problem too
            problems.append(f'{path}:{i}: crash {type(e).__name__}: {e}')
            continue
        if r['id'] in ids:
            problems.append(f'{path}:{i}: duplicate id {r["id"]}')
        ids.add(r['id'])
        per_style[r['style']] = per_style.get(r['style'], 0) + 1
        if fam_of.setdefault(r['style'], r['family']) != r['family']:
            problems.append(f'{path}:{i}: style {r["style"]} in two families')
        labels[lab] = labels.get(lab, 0) + 1
        for c in r['checks']:
            if c['rel'] == 'neg':
                kinds[c['kind']] = kinds.get(c['kind'], 0) + 1
    n = len(recs)
    if not 2500 <= n <= 3600:
        problems.append(f'{path}: {n} records (expected about 3000)')
    if not 150 <= len(per_style) <= 210:
        problems.append(f'{path}: {len(per_style)} styles (expected about 180)')
    for st, k in per_style.items():
        if not 15 <= k <= 20:
            problems.append(f'{path}: style {st} has {k} records')
    fams = {}
    for st, f in fam_of.items():
        fams[f] = fams.get(f, 0) + 1
    if any(not 75 <= fams.get(f, 0) <= 105 for f in ('totals', 'pct')):
        problems.append(f'{path}: styles per family {fams}')
    if n:
        for lab, lo, hi in (('consistent', .35, .45), ('inconsistent', .35, .45), ('negative', .15, .25)):
            if not lo <= labels.get(lab, 0) / n <= hi:
                problems.append(f'{path}: share of {lab} = {labels.get(lab, 0) / n:.3f}')
    if len(kinds) < 10:
        problems.append(f'{path}: only {len(kinds)} look-alike kinds')
    summary = {'file': path, 'records': n, 'styles': len(per_style), 'styles_per_family': fams, 'labels': labels,
               'neg_kinds': dict(sorted(kinds.items())), 'problems': len(problems)}
    return problems, summary
# ---------------------------------------------------------------- table, mutation test, CLI
def write_table(path):
    rows = ['| style | family | source | construction |', '|---|---|---|---|']
    for style, name, family, desc, fn, src in styles():
        rows.append(f'| `{style}` | {family} | {src} ({SOURCE_TITLE[src]}) | {desc} |')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(rows) + '\n')
    return len(rows) - 2


def _digit_swap(rng, s):
    pos = [i for i, ch in enumerate(s) if ch in '0123456789０１２３４５６７８９']
    if not pos:
        return None
    i = rng.choice(pos)
    ch = s[i]
    fw = ch in '０１２３４５６７８９'
    dv = ('０１２３４５６７８９' if fw else '0123456789').index(ch)
    nd = (dv + rng.randint(1, 9)) % 10
    if i == 0 and nd == 0:
        nd = (dv + 1) % 10 or 1
    return s[:i] + ('０１２３４５６７８９' if fw else '0123456789')[nd] + s[i + 1:]


def mutation_test(path, n=800):
    import copy
    rng = random.Random('numbers51-mutation')
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    sample = rng.sample(recs, min(n, len(recs)))
    stats = {}

    def trial(kind, rec, must):
        try:
            verify_record(rec)
            caught = False
        except Exception:
            caught = True
        a = stats.setdefault(kind, [0, 0, must])
        a[0] += caught
        a[1] += 1

    for r in sample:
        # 1 label flip
        m = copy.deepcopy(r)
        m['label'] = rng.choice([x for x in ('consistent', 'inconsistent', 'negative') if x != r['label']])
        trial('flip_label', m, True)
        # 2 ok flip
        m = copy.deepcopy(r)
        c = rng.choice(m['checks'])
        c['ok'] = not c['ok']
        trial('flip_ok', m, True)
        # 3 drop the failing check of an inconsistent record
        if r['label'] == 'inconsistent':
            m = copy.deepcopy(r)
            m['checks'] = [c for c in m['checks'] if c['rel'] == 'neg' or c['ok']]
            if m['checks']:
                trial('drop_failing_check', m, True)
        # 4 digit changed in text+check for an exact relation that holds (sum/balance/count_*/pp)
        holds = [c for c in r['checks'] if c['ok'] and c['rel'] in ('sum', 'balance')]
        if holds:
            m = copy.deepcopy(r)
            c = rng.choice([c for c in m['checks'] if c['ok'] and c['rel'] in ('sum', 'balance')])
            f = 'total' if c['rel'] == 'sum' else 'result'
            old = c[f]
            new = _digit_swap(rng, old)
            if new and m['text'].count(old) == 1 and new not in m['text']:
                m['text'] = m['text'].replace(old, new)
                c[f] = new
                trial('digit_in_holding_total', m, True)
        # 5 digit changed in check only
        nums = [(c, k) for c in r['checks'] for k in ('total', 'rate', 'pct', 'den', 'count', 'per', 'new') if k in c and isinstance(c[k], str)]
        if nums:
            m = copy.deepcopy(r)
            idx = rng.randrange(len(nums))
            cm = [(c, k) for c in m['checks'] for k in ('total', 'rate', 'pct', 'den', 'count', 'per', 'new') if k in c and isinstance(c[k], str)][idx]
            new = _digit_swap(rng, cm[0][cm[1]])
            if new:
                cm[0][cm[1]] = new
                trial('digit_in_check_only', m, False)
        # 6 digit changed in text+check for a rate/growth/per percentage (may legitimately survive)
        pc = [(i, k) for i, c in enumerate(r['checks']) for k in ('rate', 'pct', 'per') if k in c]
        if pc:
            m = copy.deepcopy(r)
            i, k = rng.choice(pc)
            old = m['checks'][i][k]
            new = _digit_swap(rng, old)
            if new and m['text'].count(old) == 1 and new not in m['text']:
                m['text'] = m['text'].replace(old, new)
                m['checks'][i][k] = new
                if r['checks'][i]['ok']:
                    trial('digit_in_holding_rate', m, True)
                else:
                    trial('digit_in_failing_rate', m, False)
        # 7 remove the look-alike check from a negative record
        if r['label'] == 'negative':
            m = copy.deepcopy(r)
            m['checks'] = [c for c in m['checks'] if c['rel'] != 'neg']
            if m['checks']:
                trial('drop_neg_check', m, True)
    ok = True
    for k, (c, t, must) in stats.items():
        print(f'{k:26s} caught {c}/{t}' + ('' if not must else ('  OK' if c == t else '  MISSED')))
        if must and c != t:
            ok = False
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(description='held-out set 51: totals and percentages in Chinese reports')
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--table', metavar='FILE')
    ap.add_argument('--mutation-test', metavar='FILE')
    a = ap.parse_args(argv)
    rc = 0
    if a.seed is not None:
        if not a.out:
            ap.error('--seed needs --out')
        recs = generate(a.seed)
        with open(a.out, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print(f'wrote {len(recs)} records to {a.out}')
    if a.table:
        print(f'wrote {write_table(a.table)} styles to {a.table}')
    if a.verify:
        for p in a.verify:
            problems, summary = verify_file(p)
            for x in problems[:50]:
                print('PROBLEM', x)
            print(json.dumps(summary, ensure_ascii=False))
            if problems:
                rc = 1
        print('verify:', 'FAIL' if rc else 'PASS')
    if a.mutation_test:
        if not mutation_test(a.mutation_test):
            rc = 1
    return rc


if __name__ == '__main__':
    sys.exit(main())
