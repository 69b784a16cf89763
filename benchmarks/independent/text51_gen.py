#!/usr/bin/env python3
"""text51_gen.py -- held-out set 51 (text): placeholders and mojibake in Chinese documents.

Usage: text51_gen.py --seed S --out FILE | --verify FILE... | --table FILE   (standard library only)

Invented content for text51_gen.py (held-out set 51).  Every sentence here was written for this set.

Template tokens (only these names are parsed, other braces stay literal):
  {pick:a|b|c}            random choice, never a placeholder target
  {n:lo-hi}               random integer, never a placeholder target
  {count:unit:lo-hi}      integer + unit                  (slot)
  {amt:unit:lo-hi}        one-decimal amount + unit       (slot)
  {money:unit:lo-hi}      price / sum + unit              (slot)
  {pct:lo-hi}             integer percentage              (slot)
  {date:fmt}              fmt in ymd md iso dot ym        (slot)
  {time}                  hh:mm                           (slot)
  {name} {phone} {phone:400} {plate} {idno} {vin}         (slots)
  {place:suffix} {org:suffix}                              (slots)
  {title} {cndate} {cnnum} {mul} {maskphone} {maskname} {maskplate} {maskid}   (never targets)
"""

SOURCES = ["foodlabel", "vehicle", "wedding", "review", "groupbuy"]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康邱秦江史顾侯邵孟段钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂兰", "玉梅", "鹏", "辉", "丹", "玲", "飞", "俊峰", "建国", "志强", "晨", "宇航", "浩然",
         "欣怡", "子涵", "雨萱", "梓轩", "思远", "嘉怡", "佳琪", "文博", "一鸣", "晓东", "海燕", "春雷", "雪婷", "亮",
         "倩", "颖", "琳", "瑶", "书宁", "若溪", "景行", "知秋", "立新", "红梅", "德明", "慧敏"]
PLACE_PREFIX = ["阳光", "锦绣", "翠湖", "和平", "幸福", "金桂", "滨江", "望湖", "紫荆", "绿洲", "东湖", "西山", "丽景",
                "长宁", "枫林", "梧桐", "银杏", "玉兰", "星河", "春晓", "青石", "南苑", "北辰", "云栖"]
ORG_PREFIX = ["丰禾", "嘉穗", "鑫源", "恒达", "润泽", "瑞丰", "天禧", "联众", "鸿运", "金穗", "安泰", "永和", "同心",
              "富川", "新岭", "明湖", "百顺", "沁园"]
TITLES = ["远山的回声", "雨季不再来临", "第七个夏天", "灯塔看守人", "旧城往事", "白鹭飞过的河", "冬日来信", "沉默的钟楼",
          "纸上的海", "最后一班渡轮", "理发店的下午", "外婆的菜园", "北方以北", "少年与鲸", "晚风收音机", "河流的尽头"]

# ---------------------------------------------------------------- documents per source
DOCS = {
    "foodlabel": {
        "head": [
            "{pick:原味|香辣|芝麻|海苔|椒盐|奶香|黑糖|蜂蜜}{pick:苏打饼干|牛肉干|手撕面包|坚果礼盒|山楂条|燕麦片|豆腐干|米饼|芝麻糊}",
            "产品名称：{pick:五谷杂粮饼|低糖燕麦脆|香酥小黄鱼|红枣枸杞茶|无蔗糖酸奶块|老式鸡蛋糕}",
            "营养成分表",
            "【配料表】",
            "食品标签（{pick:预包装食品|散装称重食品|定量包装}）",
            "{org:食品有限公司}出品",
            "产品批次信息 {date:md}",
        ],
        "body": [
            "配料：{pick:小麦粉、白砂糖、植物油|糯米、红豆、白砂糖|牛肉、食用盐、酱油、白砂糖|燕麦、葡萄干、蔓越莓干|花生、大豆、黑芝麻}、{pick:食用盐|鸡蛋|麦芽糖浆|香辛料|全脂乳粉}、{pick:食品添加剂（碳酸氢钠）|食品添加剂（山梨酸钾）|食用香精|单甘酯}",
            "能量　{count:千焦:200-2400}　{pct:3-30}",
            "蛋白质　{amt:克:1-30}　{pct:2-50}",
            "脂肪　{amt:克:0-40}　{pct:0-60}",
            "碳水化合物　{amt:克:5-80}　{pct:2-30}",
            "钠　{count:毫克:5-1200}　{pct:1-60}",
            "净含量：{count:克:50-1000}",
            "规格：{count:克:10-50}×{count:袋:6-30}",
            "生产日期：{date:dot}",
            "生产日期：见包装{pick:顶部|底部|侧面}喷码，保质期至{date:ymd}",
            "保质期：{count:个月:3-18}",
            "储存条件：{pick:常温避光保存|请置于阴凉干燥处|开封后请冷藏并尽快食用|零下十八度冷冻保存}",
            "生产商：{org:食品有限公司}",
            "委托方：{org:贸易有限公司}　受委托方：{org:食品厂}",
            "地址：{pick:浙江省嘉兴市|山东省临沂市|福建省泉州市|河南省漯河市|四川省成都市|湖南省长沙市}{place:路}{count:号:1-999}",
            "生产许可证编号：SC{n:10000000-99999999}{n:100000-999999}",
            "服务热线：{phone:400}",
            "消费者咨询电话：{phone}",
            "产品标准号：GB/T {n:20000-29999}",
            "致敏物质提示：本品含有{pick:小麦|大豆|花生|牛奶|鸡蛋}制品，同一生产线还加工{pick:坚果|芝麻|虾类}制品",
            "检验员：{name}　检验日期：{date:iso}",
            "本批次抽检{count:份:3-20}，合格率{pct:96-99}",
            "每100克含膳食纤维　{amt:克:1-15}",
            "建议零售价：{money:元:3-89}",
            "经销商：{org:商贸有限公司}，联系人{name}",
            "食用方法：{pick:开袋即食|用热水冲泡三分钟后食用|加热后口感更佳|可直接食用或搭配牛奶}",
            "原料产地：{pick:内蒙古|黑龙江|新疆|云南|甘肃}，收获于{date:ym}",
            "本品糖含量比同类产品降低{pct:25-50}",
            "每份建议食用量{count:克:15-40}，每包约含{count:份:2-8}",
        ],
        "foot": [
            "{pick:请勿食用包装内干燥剂|本品为预包装食品|图片仅供参考，以实物为准|如有质量问题请联系经销商调换|过敏体质者慎食}",
            "质检员：{name}",
            "咨询电话：{phone}",
        ],
    },
    "vehicle": {
        "head": [
            "机动车安全技术检验报告",
            "{org:汽车维修服务有限公司}维修结算单",
            "车辆年检预约确认",
            "维修委托书 No.{n:100000-999999}",
            "{pick:常规保养|事故维修|钣金喷漆|快修}记录",
            "{place:路}{pick:机动车检测站|汽车服务中心}",
        ],
        "body": [
            "车牌号码：{plate}　车辆类型：{pick:小型轿车|小型普通客车|轻型厢式货车|小型越野客车}",
            "车主：{name}　联系电话：{phone}",
            "车主身份证号：{idno}",
            "车辆识别代号：{vin}",
            "品牌型号：{pick:大众朗逸|丰田卡罗拉|本田雅阁|比亚迪秦|吉利帝豪|长安逸动|日产轩逸|别克英朗|五菱宏光}",
            "行驶里程：{count:公里:3000-260000}",
            "进厂时间：{date:ymd} {time}",
            "预计交车：{date:md} {time}",
            "检验日期：{date:iso}　检验结论：{pick:合格|复检合格}",
            "检验合格标志有效期至{date:ym}",
            "更换机油及机油滤清器　{money:元:160-680}",
            "更换{pick:前刹车片|后刹车片|空调滤芯|火花塞|雨刮片|蓄电池|正时皮带}　工时费 {money:元:30-300}",
            "材料费合计：{money:元:100-4000}　工时费合计：{money:元:50-1200}",
            "应收金额：{money:元:150-5000}，实收{money:元:150-5000}",
            "维修技师：{name}　质检员：{name}",
            "服务顾问：{name}（{phone}）",
            "检测站地址：{place:路}{count:号:1-800}",
            "排放检测：一氧化碳 {amt:%:0-1}，碳氢化合物 {count: ppm:10-120}",
            "制动力合计 {pct:60-85}，驻车制动 {pct:20-40}",
            "轮胎花纹深度：左前 {amt:毫米:2-8}，右前 {amt:毫米:2-8}",
            "本次保养里程 {count:公里:5000-200000}，建议行驶{count:公里:5000-10000}后再次保养",
            "故障描述：{pick:发动机故障灯常亮|怠速抖动|空调制冷效果差|刹车时有异响|方向盘跑偏|车窗升降卡顿}",
            "处理结果：{pick:已更换|已调整|已清洗}{pick:点火线圈|节气门|冷凝器|刹车片|四轮定位|玻璃升降器}，试车正常",
            "交车时间：{date:md}，接车人{name}",
            "本店质保期为{count:个月:3-12}",
            "预约车主{name}，{date:md}上午到站，登录手机号{phone}",
            "会员折扣：工时费打{pct:80-95}",
            "车辆所属单位：{org:物流有限公司}",
        ],
        "foot": [
            "客户签字：{name}",
            "{pick:旧件已交客户确认|本单维修项目质保三个月|请于交车后三日内结清款项|检验机构盖章有效|请妥善保管本结算单}",
            "服务电话：{phone}",
        ],
    },
    "wedding": {
        "head": [
            "婚礼请柬",
            "诚挚邀请",
            "{name}与{name}婚礼流程",
            "婚宴座位安排",
            "婚庆服务确认单",
            "{pick:喜结良缘|执子之手|良辰吉日}",
        ],
        "body": [
            "谨定于{date:ymd}（{pick:星期六|星期日|农历腊月初八|农历八月十六}）为{name}先生与{name}女士举行结婚典礼",
            "敬备喜宴，恭请{name}{pick:先生|女士|阖家}光临",
            "席设：{org:大酒店}{pick:二楼宴会厅|三楼水晶厅|一楼牡丹厅|顶楼花园}",
            "地址：{place:路}{count:号:1-500}",
            "{time} 迎宾签到",
            "{time} 婚礼仪式开始",
            "{time} 新人敬酒",
            "婚宴共{count:桌:10-40}，每桌{money:元:2888-8888}",
            "婚庆套餐费用：{money:元:8000-60000}，已付定金{money:元:2000-10000}",
            "司仪：{name}　摄影：{name}",
            "联系人：{name}　{phone}",
            "主桌安排：新郎父母、新娘父母及{pick:证婚人|双方长辈}，共{count:人:8-12}",
            "伴手礼准备{count:份:80-400}，每份{money:元:20-80}",
            "婚车：{count:辆:4-10}，头车为{pick:白色|黑色|香槟色}轿车",
            "场地定金为总价的{pct:20-50}",
            "回执请于{date:md}前告知{name}",
            "花艺：{pick:白玫瑰|香槟玫瑰|绣球|满天星}主题，预算{money:元:3000-20000}",
            "证婚人致辞：{name}",
            "酒水：{pick:红酒|白酒|啤酒}共{count:箱:5-30}，由{org:酒业有限公司}配送",
            "彩排时间：{date:md} {time}，地点同婚宴厅",
            "化妆师{name}于{time}到新娘家",
            "接亲车队从{place:小区}出发",
        ],
        "foot": [
            "{pick:恭候光临|百年好合，永结同心|敬请回复是否出席|请柬敬呈|天作之合，佳偶天成}",
            "{name}　{name}　敬邀",
            "婚庆顾问：{name}",
        ],
    },
    "review": {
        "head": [
            "《{title}》观后感",
            "书评｜《{title}》",
            "{pick:周末|深夜|雨天}短评",
            "读书会推荐书目",
            "{pick:影评|书评}：{pick:慢下来的力量|被遗忘的人|一封迟到的信|小人物的尊严}",
        ],
        "body": [
            "导演{name}这一次把镜头对准了{pick:一座小城的理发店|一对失散多年的兄妹|一支业余合唱团|一位退休的邮递员}",
            "全片时长{count:分钟:88-168}，节奏{pick:偏慢但不拖沓|紧凑|前半段略显松散}",
            "上映{count:天:3-40}票房突破{money:亿元:1-30}",
            "我给{amt:分:5-9}，扣掉的部分给了{pick:结尾|配乐|某段旁白}",
            "本书共{count:万字:12-60}，分{count:章:12-48}",
            "作者{name}在后记里写道，{pick:这本书写了整整七年|故事的原型来自她的外婆|他只是想记住那条消失的街}",
            "{date:md}的首映礼上，主演{name}{pick:几度哽咽|谈到了拍摄中的趣事|说这是她最难忘的角色}",
            "推荐指数：{pick:四星|三星半|五星}",
            "{pct:60-98}的观众给出了好评",
            "出版社：{org:出版社}，定价{money:元:29-128}",
            "读书会报名请联系{name}（{phone}）",
            "观影时间：{date:ymd} {time}，地点{place:影城}",
            "最打动我的是{pick:结尾那场雨|父亲修自行车的长镜头|那封没有寄出的信|两个人在站台上的沉默}",
            "{pick:配乐克制|摄影很美|剧本扎实|表演自然}，但{pick:结尾仓促|支线太多|台词略显生硬|人物动机不够清楚}",
            "ISBN 978-7-{n:100-999}-{n:10000-99999}-{n:0-9}",
            "这本书我读了{count:遍:2-5}，每次都有新的体会",
            "译者{name}的文字{pick:干净|克制|有温度}",
            "首印{count:册:5000-50000}，上市{count:周:1-6}就加印",
            "影院排片只有{pct:2-9}，很多人没来得及看",
            "本期共读由{org:书店}主办，时间{date:md}",
        ],
        "foot": [
            "（文/{name}）",
            "{pick:以上仅代表个人观点|欢迎在评论区交流|本文首发于个人公众号|转载请注明出处}",
            "编辑：{name}",
        ],
    },
    "groupbuy": {
        "head": [
            "#接龙 {pick:水果|蔬菜|肉禽|早餐|零食}团购",
            "【{place:小区}团购】{pick:今日上新|限时特价|周末福利}",
            "今日团购：{pick:阳山水蜜桃|赣南脐橙|东北大米|散养土鸡蛋|云南蓝莓|海南芒果}",
            "{date:md}团购接龙",
            "{pick:邻里|楼栋|社区}互助团",
        ],
        "body": [
            "{pick:阳山水蜜桃|赣南脐橙|东北大米|散养土鸡蛋|云南蓝莓|海南芒果|现包荠菜馄饨|手工水饺}，{money:元:9-99}一{pick:箱|份|袋|盒}",
            "{n:1-99}. {name} {count:份:1-5}",
            "{n:1-60}. {count:栋:1-30}-{n:101-2801} {name} {count:份:1-5}",
            "截单时间：{date:md} {time}",
            "自提点：{place:小区}{count:号楼:1-30}楼下{pick:便利店|快递驿站|物业大厅}",
            "团长：{name}　电话：{phone}",
            "已接龙{count:人:10-180}，还差{count:份:1-30}成团",
            "满{count:份:20-50}发货，预计{date:md}到货",
            "群内付款，合计{money:元:20-800}",
            "本次覆盖{count:户:30-400}，{place:街道}内{count:个:2-8}小区可送",
            "优惠：第二份立减{money:元:2-10}，会员价为原价的{pct:70-95}",
            "售后：坏果包赔，请在收货{count:小时:2-24}内拍照反馈",
            "{pick:草莓|樱桃|西瓜|荔枝}甜度约{count:度:12-22}",
            "供货商：{org:农业合作社}",
            "配送员{name}，到达前会在群里通知",
            "上期团购{count:份:50-300}已全部送达，好评率{pct:90-99}",
            "下单后请备注楼号和{pick:房号|手机尾号}，收款人{name}",
        ],
        "foot": [
            "{pick:接龙请按格式，勿刷屏|有问题私聊团长|感谢大家支持|坏果包赔，放心下单}",
            "团长{name}",
            "联系电话：{phone}",
        ],
    },
}

# ---------------------------------------------------------------- ph look-alikes (negative kinds)
PH_NEG = {
    "xray_mou": {
        "foodlabel": ["本批次产品已通过金属探测及X光异物检测", "某些人群对{pick:麸质|乳糖|花生}敏感，请谨慎食用",
                      "X射线检测：未检出金属及玻璃异物", "某种程度上，低钠配方更适合{pick:中老年人|高血压人群}",
                      "如发现某一批次包装破损，请勿食用"],
        "vehicle": ["车架焊缝经X射线探伤检查，未见裂纹", "某些车型需{pick:拆下护板|举升车辆}后才能检查底盘",
                    "若在某一时速出现方向盘抖动，建议做动平衡", "驾驶证换证体检不需要拍X光片",
                    "某种异响只在冷车时出现，已记录待复查"],
        "wedding": ["婚前体检项目包括胸部X光检查", "某些宾客对海鲜过敏，已另备菜品",
                    "如遇某种不可抗力需要改期，定金可顺延", "某一首歌是两人初次见面时听的"],
        "review": ["影片中看X光片的那场戏拍得极为克制", "某些段落略显冗长，但瑕不掩瑜",
                   "作者在某种意义上是在写自己的父亲", "某一刻我突然明白了片名的含义"],
        "groupbuy": ["快递经X光安检，液体类不发", "某些偏远楼栋需要到门口自提",
                     "某种程度上这批桃子比上次还甜", "进口冷链食品附X光检查及消毒证明"],
    },
    "model_size": {
        "foodlabel": ["鸡蛋规格：{pick:XL|L|XXL}级（单枚{n:60-75}克以上）", "灌装设备型号：GX-{n:200-900}",
                      "本品适用于x86架构的智能售货机扫码系统", "包装机 XK{n:100-500}型，封口温度已校准"],
        "vehicle": ["车型：{pick:宝马X3|宝马X5|沃尔沃XC60}", "诊断设备：X-431 {pick:PRO|PAD}",
                    "车载电脑为x86平台，已升级导航地图", "轮胎规格 {n:195-245}/{n:45-65}R{n:15-19}",
                    "雨刮型号 MX-{n:10-99}，左右各一"],
        "wedding": ["伴郎礼服尺码：{pick:XL|XXL|XXXL}", "婚纱照相机：富士X-T{n:3-5}",
                    "投影仪型号 XJ-{n:100-900}", "新郎衬衫 XL 码，袖长已改短"],
        "review": ["用{pick:IMAX|杜比影院}版本观看，音效震撼", "主角总穿着一件XL码的旧外套",
                   "片中那台老式x86电脑是道具组从旧货市场淘来的", "本书精装版开本为 16 开，XL 版另附插画"],
        "groupbuy": ["T恤尺码：M、L、XL、XXL", "榨汁机型号 JYL-X{n:10-99}",
                     "规格：XL号大果，单果{n:250-400}克", "拖鞋尺码 XXL 已售罄"],
    },
    "math_var": {
        "foodlabel": ["包装尺寸：{n:10-30}×{n:10-30}×{n:3-10}厘米", "能量按 蛋白质×17＋脂肪×37＋碳水化合物×17 计算（单位千焦）",
                      "每箱{mul}袋", "设每份重量为x克，则总重量为{n:2-9}x克（配方计算示例）"],
        "vehicle": ["1+X证书：汽车运用与维修职业技能等级证书（{pick:初级|中级}）", "驱动形式 4×2",
                    "四轮定位计算中设x为前束角", "本店实行7+X服务承诺"],
        "wedding": ["桌位按{mul}排布", "圆桌直径1.8米，每桌10人", "本店推出7+X婚庆服务套餐",
                    "座位图为{n:3-6}×{n:4-8}方阵"],
        "review": ["片中数学老师在黑板上写下：设x为未知数", "{mul}，这道题主角算了三遍",
                   "剧情是典型的1+X结构，一条主线带几条支线", "书里的密码是{mul}"],
        "groupbuy": ["{n:2-5}×{n:5-10}斤装", "单价×数量＝应付金额，群内统一结算", "整箱{mul}个",
                     "拼团规则：7人成团，多X人再优惠"],
    },
    "cn_numeral": {
        "foodlabel": ["二〇二四年度{pick:省级|市级}优质农产品", "产品等级：Ⅱ级", "老字号始创于一九〇八年",
                      "{cndate}获评绿色食品"],
        "vehicle": ["排放标准：国Ⅵ", "检验类别：Ⅱ类", "车辆登记于{cndate}", "IV号检测线，请按序排队"],
        "wedding": ["谨订于{cndate}", "农历{pick:甲辰|乙巳}年{pick:八月初八|腊月十六}", "新婚纪念 MMXXV",
                    "第Ⅱ桌为新娘亲友"],
        "review": ["《{title}》第Ⅲ部", "初版于一九〇〇年，今年再版", "全书分为 I、II、III 三卷", "{cndate}首映"],
        "groupbuy": ["二〇二四年第{cnnum}期团购", "Ⅱ号自提点在北门", "{cndate}开团"],
    },
    "deliberate_mask": {
        "foodlabel": ["抽奖活动中奖名单（已隐去部分信息）：{maskname} {maskphone}",
                      "投诉人信息已按规定脱敏处理：{maskphone}"],
        "vehicle": ["为保护隐私，车主手机号中间四位已隐藏：{maskphone}", "公示车牌已做脱敏处理：{maskplate}",
                    "身份证号已按规定部分遮挡：{maskid}"],
        "wedding": ["抽奖环节中奖宾客（手机号已脱敏）：{maskphone}", "礼金登记公开版已隐去姓名：{maskname}"],
        "review": ["评论区获奖读者（已隐去部分号码）：{maskphone}", "读者来信署名已作匿名处理：{maskname}"],
        "groupbuy": ["为保护团员隐私，名单中手机号已隐去中间四位：{maskphone}", "中奖团员（姓名已打码）：{maskname}"],
    },
    "blank_pinyin": {
        "foodlabel": ["营养小测验：食品标签上的NRV%是指____（答案见背面）", "拼音练习：xiāng cài 香菜",
                      "儿童识字卡：xiǎo mài 小麦"],
        "vehicle": ["驾考练习题：高速公路最低车速不得低于____公里/小时", "选择题：年检标志应贴在（　　）",
                    "拼音：xiū chē 修车"],
        "wedding": ["游戏环节填空：新郎第一次约会的地点是____", "接亲小游戏：新娘的生日是____月____日",
                    "拼音签名墙：xǐ 喜"],
        "review": ["读书会课后题：小说的叙述者是____", "填空：影片的英文名是____", "拼音：xiǎo shuō 小说"],
        "groupbuy": ["接龙格式示例：楼号____ 姓名____ 份数____", "拼音小课堂：xī guā 西瓜"],
    },
    "source_special": {
        "foodlabel": ["调味料：XO酱", "甜味剂：木糖醇（xylitol）", "1+1家庭装，更实惠", "维生素B₂　{amt:毫克:0-2}"],
        "vehicle": ["四驱系统：xDrive", "车型：沃尔沃XC{pick:40|60|90}", "天窗型号 X-{n:10-90}",
                    "档位 P-R-N-D"],
        "wedding": ["在某年某月的某一天，我们相遇了", "卡片落款 XOXO", "伴娘服尺码 XS、S、M"],
        "review": ["《X档案》老粉表示很亲切", "一部拍给X世代的青春片", "主角代号X，直到最后才揭晓真名"],
        "groupbuy": ["某团、某多多上同款要贵两块", "XXL大份装", "某宝同款收纳盒，质量更好"],
    },
}

# ---------------------------------------------------------------- mj look-alikes (negative kinds)
MJ_NEG = {
    "foreign": {
        "foodlabel": ["出口版俄文标签：Состав: пшеничная мука, сахар, соль", "日文标签：原材料名　小麦粉、砂糖、食塩",
                      "韩文标签：원재료명 밀가루, 설탕", "法文标签：Ingrédients : farine de blé, sucre, sel",
                      "德文标签：Zutaten: Weizenmehl, Zucker, Salz", "越南文标签：Thành phần: bột mì, đường, muối",
                      "希腊文标签：Συστατικά: αλεύρι, ζάχαρη, αλάτι"],
        "vehicle": ["车主留言（德语）：Bitte die Bremsen prüfen.", "原厂配件包装上印着：純正部品",
                    "韩系车说明书：엔진 오일 교환", "法系车手册提示：Vérifiez la pression des pneus.",
                    "越南籍车主备注：Xin kiểm tra điều hòa", "希腊客户留言：Ευχαριστώ πολύ",
                    "进口件产地标签：Сделано в России", "车型 Škoda Octavia，进口件已到"],
        "wedding": ["请柬背面印着法语：L'amour est patient.", "韩文祝福：결혼을 축하합니다",
                    "日语致辞：ご結婚おめでとうございます", "俄罗斯朋友发来：Поздравляем молодых!",
                    "德语贺卡：Herzlichen Glückwunsch zur Hochzeit", "越南亲友：Chúc mừng hạnh phúc",
                    "希腊语祝酒：Να ζήσετε!"],
        "review": ["法国片原名 Le Dernier Été", "德语原版书名 Die Stille der Stadt", "日文版书名『海の図書館』",
                   "韩国导演在访谈结尾说：감사합니다", "越南电影 Mùa mưa năm ấy 的节奏很慢",
                   "希腊语片名 Ο Δρόμος", "俄文版封面写着 «Последнее лето»"],
        "groupbuy": ["日本零食：ポテトチップス うすしお味", "韩国拉面 라면 五连包", "法国黄油 beurre doux",
                     "德国小麦啤 Weißbier", "越南腰果 hạt điều rang muối", "希腊酸奶 γιαούρτι",
                     "俄罗斯提拉米苏 Тирамису"],
    },
    "pinyin_lesson": {
        "foodlabel": ["小课堂：“藜麦”读作 lí mài，“荞麦”读作 qiáo mài", "“馕”字读 náng，是新疆的一种面饼",
                      "“鲅鱼”的“鲅”读 bà"],
        "vehicle": ["驾校老师提醒：“刹车”的“刹”读 shā，不读 chà", "“轮毂”的“毂”读 gǔ",
                    "“钣金”的“钣”读 bǎn"],
        "wedding": ["司仪稿注音：“伉俪”读 kàng lì，“琴瑟”读 qín sè", "“合卺”的“卺”读 jǐn，指古代婚礼的交杯",
                    "拼音：hūn lǐ 婚礼"],
        "review": ["书里“龃龉”读 jǔ yǔ，作者用得很准", "“蹒跚”读 pán shān", "旁白念错了“暴殄天物”的“殄”（tiǎn）"],
        "groupbuy": ["“荸荠”读 bí qí，不是 bó jì", "“莴笋”的“莴”读 wō", "“芫荽”读 yán suī，就是香菜"],
    },
    "trad_rare": {
        "foodlabel": ["香港版營養標籤：每100克 能量 {n:1200-2000}千焦", "臺灣版營養標示：每一份量 30 公克",
                      "biáng biáng面（𰻞𰻞面）调料包", "鱻味海鲜酱", "犇牛牌牛肉干"],
        "vehicle": ["香港車主的維修單：更換剎車片", "臺灣驗車報告：排氣檢驗合格", "车主：刘䶮",
                    "车主：陈喆", "车主：李堃"],
        "wedding": ["繁體請柬：謹訂於農曆吉日舉行婚禮", "新娘名叫王堃", "新郎名叫陈喆",
                    "香港親友回帖：百年好合，永結同心", "大红囍字贴在门上"],
        "review": ["台版译名《遠山的回聲》", "港版書名《冬日來信》", "书中人物名叫吕䶮", "作者笔名龘龘"],
        "groupbuy": ["台湾凤梨酥（鳳梨酥）", "𰻞𰻞面 两份", "犇犇牛肉", "群友留言：我要兩份，謝謝"],
    },
    "symbols": {
        "foodlabel": ["能量≤{n:300-900}kJ/100g", "储存温度 -18℃以下", "维生素D 2.5μg", "标示值允许误差 ±20%",
                      "含量≥{n:30-90}%"],
        "vehicle": ["最大扭矩 {n:150-400}N·m", "胎压 2.3bar ≈ 33psi", "油耗 6.8L/100km", "点火线圈电阻 0.5Ω",
                    "转向角 ±35°"],
        "wedding": ["💍❤️🎉 欢迎来喝喜酒", "♪ 婚礼进行曲", "宴会厅面积 {n:300-900}㎡", "✨ 灯光秀 ✨"],
        "review": ["评分：★★★★☆ 8.6/10", "票房 ≈ {n:2-30} 亿", "片长 2h15min", "😭😭 全场哭成一片",
                   "½ 颗星都嫌多"],
        "groupbuy": ["🍑水蜜桃 ¥{n:39-99}/箱 ✅", "🔥 限量 {n:20-80} 份", "➕1", "👍👍", "重量≈{n:2-9}kg",
                     "温度 0～4℃"],
    },
    "question_code": {
        "foodlabel": ["扫码查看溯源信息：https://trace.example.cn/q?batch={n:1000-9999}", "有人问：无糖是不是完全没有糖?",
                      "条码：69{n:10000-99999}{n:100000-999999}", "配料顺序为什么按含量排？"],
        "vehicle": ["OBD故障码 P0420，读取命令：obd read --all", "为什么年检要查灯光?",
                    "预约链接 https://jc.example.com/book?type=annual", "脚本片段：if (mileage > 10000) remind();"],
        "wedding": ["电子请柬链接：https://h5.example.com/invite?id={n:1000-9999}", "你们到底几点开席?",
                    "签到小程序路径 pages/sign/index?table={n:1-40}", "现场Wi-Fi：Wedding_{n:100-999}"],
        "review": ["条目地址 https://movie.example.org/subject/{n:100000-999999}/", "他是谁? 他为什么回来?",
                   "片中黑客敲的命令：sudo rm -rf /tmp/cache", "结尾到底是梦还是现实?"],
        "groupbuy": ["下单链接：https://tuan.example.cn/item?id={n:1000-9999}", "还有人要吗?",
                     "群公告：格式为 楼号-房号-姓名-份数", "桃子甜吗??"],
    },
    "source_special": {
        "foodlabel": ["β-胡萝卜素　{n:100-900}微克", "α-亚麻酸含量较高", "富含ω-3脂肪酸", "维生素B₁₂",
                      "酸度调节剂 E330（柠檬酸）", "C₆H₁₂O₆ 即葡萄糖"],
        "vehicle": ["排放标准 国Ⅵb", "机油粘度 0W-20", "加注95#汽油", "检查项目：①发动机 ②底盘 ③电气",
                    "ABS/ESP 指示灯正常"],
        "wedding": ["Mr & Mrs", "Save the Date", "♡ 永远爱你 ♡", "婚礼话题 #春天的约定#", "〜 敬请光临 〜"],
        "review": ["《Léon》重映", "IMAX 3D 版本", "4K HDR 修复版", "『一句台词』反复出现", "导演剪辑版多了……十二分钟"],
        "groupbuy": ["@所有人 今晚截单", "#接龙 #团购", "→ 自提点在北门", "拼团价￥{n:9-49}", "1. 2. 3. 按顺序接龙"],
    },
}

# tone-marked readings for the scraper pinyin artefact (one reading per character; polyphones left out)
PINYIN = dict(p.split(":") for p in """
营:yíng 养:yǎng 成:chéng 配:pèi 料:liào 产:chǎn 品:pǐn 名:míng 称:chēng 生:shēng 日:rì 期:qī 质:zhì 保:bǎo 储:chǔ
存:cún 件:jiàn 条:tiáo 检:jiǎn 验:yàn 员:yuán 含:hán 食:shí 盐:yán 糖:táng 蛋:dàn 白:bái 脂:zhī 肪:fáng 碳:tàn
水:shuǐ 化:huà 合:hé 物:wù 钠:nà 净:jìng 规:guī 格:gé 商:shāng 址:zhǐ 电:diàn 话:huà 许:xǔ 可:kě 证:zhèng
编:biān 号:hào 标:biāo 准:zhǔn 致:zhì 敏:mǐn 提:tí 示:shì 本:běn 麦:mài 粉:fěn 油:yóu 芝:zhī 麻:má 燕:yàn
车:chē 辆:liàng 牌:pái 码:mǎ 类:lèi 型:xíng 主:zhǔ 联:lián 系:xì 身:shēn 份:fèn 识:shí 别:bié 代:dài 驶:shǐ
里:lǐ 程:chéng 进:jìn 厂:chǎng 时:shí 间:jiān 交:jiāo 结:jié 论:lùn 换:huàn 机:jī 器:qì 刹:shā 片:piàn 费:fèi
材:cái 计:jì 金:jīn 额:é 维:wéi 修:xiū 技:jì 师:shī 服:fú 务:wù 顾:gù 问:wèn 站:zhàn 排:pái 放:fàng 测:cè
轮:lún 胎:tāi 深:shēn 度:dù 故:gù 障:zhàng 描:miáo 述:shù 处:chǔ 理:lǐ 试:shì 客:kè 签:qiān 字:zì 婚:hūn
礼:lǐ 请:qǐng 柬:jiǎn 谨:jǐn 定:dìng 于:yú 先:xiān 女:nǚ 士:shì 举:jǔ 典:diǎn 敬:jìng 备:bèi 喜:xǐ 宴:yàn
恭:gōng 光:guāng 临:lín 席:xí 设:shè 酒:jiǔ 店:diàn 楼:lóu 厅:tīng 迎:yíng 宾:bīn 仪:yí 式:shì 开:kāi 始:shǐ
新:xīn 人:rén 桌:zhuō 套:tào 餐:cān 付:fù 司:sī 摄:shè 影:yǐng 父:fù 母:mǔ 伴:bàn 手:shǒu 头:tóu 场:chǎng
花:huā 艺:yì 题:tí 预:yù 算:suàn 证:zhèng 婚:hūn 致:zhì 辞:cí 邀:yāo 导:dǎo 演:yǎn 镜:jìng 城:chéng 店:diàn
观:guān 众:zhòng 评:píng 书:shū 作:zuò 者:zhě 写:xiě 外:wài 婆:pó 首:shǒu 映:yìng 情:qíng 节:jié 奏:zòu 慢:màn
票:piào 房:fáng 突:tū 破:pò 出:chū 版:bǎn 社:shè 价:jià 读:dú 报:bào 名:míng 点:diǎn 打:dǎ 动:dòng 我:wǒ 雨:yǔ
剧:jù 本:běn 扎:zhā 实:shí 表:biǎo 自:zì 然:rán 后:hòu 记:jì 译:yì 文:wén 团:tuán 购:gòu 接:jiē 龙:lóng 截:jié
单:dān 桃:táo 蜜:mì 橙:chéng 米:mǐ 鸡:jī 莓:méi 芒:máng 果:guǒ 馄:hún 饨:tun 饺:jiǎo 箱:xiāng 盒:hé 袋:dài
提:tí 便:biàn 利:lì 快:kuài 递:dì 驿:yì 物:wù 业:yè 大:dà 团:tuán 长:zhǎng 已:yǐ 差:chà 发:fā 货:huò 到:dào
付:fù 款:kuǎn 计:jì 覆:fù 盖:gài 户:hù 街:jiē 道:dào 区:qū 送:sòng 优:yōu 惠:huì 减:jiǎn 售:shòu 坏:huài
赔:péi 收:shōu 拍:pāi 照:zhào 反:fǎn 馈:kuì 草:cǎo 甜:tián 约:yuē 供:gōng 应:yīng 农:nóng 作:zuò 社:shè
配:pèi 员:yuán 群:qún 通:tōng 知:zhī 期:qī 全:quán 部:bù 达:dá 好:hǎo 率:lǜ 注:zhù 楼:lóu 新:xīn 鲜:xiān
常:cháng 温:wēn 避:bì 阴:yīn 凉:liáng 干:gān 燥:zào 冷:lěng 藏:cáng 冻:dòng 装:zhuāng 包:bāo 喷:pēn 底:dǐ
侧:cè 顶:dǐng 委:wěi 托:tuō 贸:mào 易:yì 限:xiàn 公:gōng 司:sī 有:yǒu 省:shěng 市:shì 路:lù 线:xiàn 工:gōng
""".split())

# simplified -> traditional for the ruby-trad variant (only characters that differ)
TRAD = {"发": "發", "营": "營", "养": "養", "车": "車", "检": "檢", "验": "驗", "维": "維", "礼": "禮", "请": "請",
        "剧": "劇", "导": "導", "书": "書", "团": "團", "购": "購", "龙": "龍", "区": "區", "价": "價", "质": "質",
        "产": "產", "储": "儲", "电": "電", "话": "話", "时": "時", "间": "間", "点": "點", "员": "員", "联": "聯",
        "码": "碼", "类": "類", "辆": "輛", "驶": "駛", "进": "進", "厂": "廠", "换": "換", "机": "機",
        "费": "費", "计": "計", "额": "額", "务": "務", "顾": "顧", "问": "問", "站": "站", "测": "測", "轮": "輪",
        "处": "處", "试": "試", "签": "簽", "谨": "謹", "举": "舉", "备": "備", "宾": "賓", "仪": "儀", "开": "開",
        "场": "場", "艺": "藝", "预": "預", "辞": "辭", "镜": "鏡", "观": "觀", "众": "眾", "评": "評", "者": "者",
        "写": "寫", "节": "節", "奏": "奏", "票": "票", "读": "讀", "报": "報", "动": "動", "实": "實", "译": "譯",
        "单": "單", "鸡": "雞", "馄": "餛", "饨": "飩", "饺": "餃", "递": "遞", "驿": "驛", "业": "業", "长": "長",
        "货": "貨", "款": "款", "盖": "蓋", "街": "街", "送": "送", "优": "優", "惠": "惠", "减": "減", "坏": "壞",
        "赔": "賠", "馈": "饋", "约": "約", "供": "供", "应": "應", "农": "農", "鲜": "鮮", "凉": "涼", "干": "乾",
        "冻": "凍", "装": "裝", "喷": "噴", "侧": "側", "顶": "頂", "贸": "貿", "线": "線", "称": "稱", "规": "規",
        "标": "標", "证": "證", "编": "編", "号": "號", "许": "許", "钠": "鈉", "净": "淨", "盐": "鹽", "麦": "麥",
        "码": "碼", "牌": "牌", "刹": "剎", "师": "師", "边": "邊", "厅": "廳", "宴": "宴", "桌": "桌", "邀": "邀",
        "这": "這", "们": "們", "头": "頭", "门": "門"}

# ======================================================================== generator / verifier logic
import argparse
import html
import html.entities
import json
import random
import re
import sys
from collections import Counter

PH_POS = ["x_number", "x_date", "x_name", "times_sign", "fullwidth_x", "mou_name", "bracket_todo", "underline",
          "template_var", "circle_zero", "masked_number"]
PH_NEGK = ["xray_mou", "model_size", "math_var", "cn_numeral", "deliberate_mask", "blank_pinyin", "source_special"]
MJ_POS = ["utf8_gbk", "kunjinkao", "utf8_cp1252", "latin1_c1", "fffd_run", "big5_gbk", "lost_question",
          "utf8_cjk_other", "html_entity", "tag_debris", "pinyin_ruby"]
MJ_NEGK = ["foreign", "pinyin_lesson", "trad_rare", "symbols", "question_code", "source_special"]

MJ_CODE = {"utf8_gbk": "j", "kunjinkao": "k", "utf8_cp1252": "c", "latin1_c1": "l", "fffd_run": "f",
           "big5_gbk": "b", "lost_question": "q", "utf8_cjk_other": "s", "html_entity": "h", "tag_debris": "t",
           "pinyin_ruby": "p"}
MJ_RECIPES = {
    "utf8_gbk": ["utf-8>gbk/replace"] * 4 + ["utf-8>gb18030/replace"],
    "kunjinkao": ["gbk>utf-8>gbk/replace"],
    "utf8_cp1252": ["utf-8>cp1252/replace"],
    "latin1_c1": ["utf-8>latin-1/strict"],
    "fffd_run": ["gbk>utf-8/replace", "utf-8>ascii/replace", "big5>utf-8/replace"],
    "big5_gbk": ["big5>gbk/replace", "gbk>big5/replace"],
    "lost_question": ["latin-1>latin-1/replace", "ascii>ascii/replace", "cp1252>cp1252/replace"],
    "utf8_cjk_other": ["utf-8>shift_jis/replace", "utf-8>euc_kr/replace"],
}


def style_table():
    rows = []
    for kinds, fam, pos, pre in ((PH_POS, "ph", True, "ph_"), (PH_NEGK, "ph", False, "ph_neg_"),
                                 (MJ_POS, "mj", True, "mj_"), (MJ_NEGK, "mj", False, "mj_neg_")):
        for k in kinds:
            for src in SOURCES:
                rows.append((f"{pre}{k}_{src}", fam, pos, k, src))
    return rows


STYLES = {r[0]: r for r in style_table()}

# ------------------------------------------------------------------------------- helpers
LINEBREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
C1_RE = re.compile("[\x80-\x9f]")


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def run_recipe(recipe, orig):
    chain, errors = recipe.rsplit("/", 1)
    names = chain.split(">")
    s = orig
    for a, b in zip(names, names[1:]):
        s = s.encode(a, errors).decode(b, errors)
    return s


def ruby(orig, trad):
    return "".join((TRAD.get(c, c) if trad else c) + "(" + PINYIN[c] + ")" for c in orig)


def cn_num(n):
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def rname(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def rphone(rng):
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def ridno(rng):
    while True:
        body = rng.choice(["310104", "110105", "440305", "320106", "510107", "420106", "330102"])
        body += "%04d%02d%02d" % (rng.randint(1960, 2002), rng.randint(1, 12), rng.randint(1, 28))
        body += "%03d" % rng.randint(0, 999)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        if chk != "X":
            return body + chk


def rplate(rng):
    tail = "".join(rng.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVW") for _ in range(5))
    return rng.choice("京沪粤苏浙鲁川鄂湘闽豫皖") + rng.choice("ABCDEFGHJKLMN") + "·" + tail


def rvin(rng):
    return "L" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW0123456789") for _ in range(16))


def rdate(rng, fmt):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return {"ymd": f"{y}年{m}月{d}日", "md": f"{m}月{d}日", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot": f"{y}.{m:02d}.{d:02d}", "ym": f"{y}年{m}月"}[fmt]


def mask_phone(p):
    return p[:3] + "****" + p[-4:]


TOKEN_RE = re.compile(r"\{(pick|n|count|amt|money|pct|date|time|name|phone|plate|idno|vin|place|org|title|cndate|"
                      r"cnnum|mul|maskphone|maskname|maskplate|maskid)(?::([^{}]*))?\}")
SLOT_TYPES = {"count", "amt", "money", "pct", "date", "time", "name", "phone", "plate", "idno", "vin", "place", "org"}


def lohi(arg, default):
    if arg and "-" in arg:
        a, b = arg.split("-")
        return int(a), int(b)
    return default


def token_value(t, arg, rng):
    parts = (arg or "").split(":")
    if t == "pick":
        return rng.choice(arg.split("|"))
    if t == "n":
        lo, hi = lohi(arg, (1, 99))
        return str(rng.randint(lo, hi))
    if t == "count":
        lo, hi = lohi(parts[1] if len(parts) > 1 else "", (1, 99))
        return str(rng.randint(lo, hi)) + parts[0]
    if t == "amt":
        lo, hi = lohi(parts[1] if len(parts) > 1 else "", (0, 9))
        return "%.1f" % rng.uniform(lo, hi + 0.9) + parts[0]
    if t == "money":
        lo, hi = lohi(parts[1] if len(parts) > 1 else "", (1, 99))
        if parts[0] == "元":
            v = rng.randint(lo, hi)
            return (str(v) if rng.random() < 0.5 else "%.2f" % (v + rng.randint(0, 99) / 100)) + "元"
        return "%.1f" % rng.uniform(lo, hi) + parts[0]
    if t == "pct":
        lo, hi = lohi(arg, (1, 99))
        return f"{rng.randint(lo, hi)}%"
    if t == "date":
        return rdate(rng, arg or "ymd")
    if t == "time":
        return f"{rng.randint(7, 20)}:{rng.choice(['00', '08', '18', '30', '45', '58'])}"
    if t == "name":
        return rname(rng)
    if t == "phone":
        if arg == "400":
            return f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        return rphone(rng)
    if t == "plate":
        return rplate(rng)
    if t == "idno":
        return ridno(rng)
    if t == "vin":
        return rvin(rng)
    if t == "place":
        return rng.choice(PLACE_PREFIX) + (arg or "小区")
    if t == "org":
        return rng.choice(ORG_PREFIX) + (arg or "有限公司")
    if t == "title":
        return rng.choice(TITLES)
    if t == "cndate":
        y = "".join("〇一二三四五六七八九"[int(c)] for c in str(rng.randint(2023, 2026)))
        return f"{y}年{cn_num(rng.randint(1, 12))}月{cn_num(rng.randint(1, 28))}日"
    if t == "cnnum":
        return cn_num(rng.randint(1, 40))
    if t == "mul":
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        return f"{a}×{b}＝{a * b}"
    if t == "maskphone":
        return mask_phone(rphone(rng))
    if t == "maskname":
        n = rname(rng)
        return n[0] + "*" * (len(n) - 1) if rng.random() < 0.5 else n[0] + "*" + n[-1] if len(n) > 2 else n[0] + "*"
    if t == "maskplate":
        p = rplate(rng)
        return p[:3] + "***" + p[-2:]
    if t == "maskid":
        i = ridno(rng)
        return i[:6] + "********" + i[-4:]
    raise ValueError(t)


def render(tpl, rng):
    """-> (text, slots) where slots = [(start, end, type, arg, value)], offsets recorded while rendering."""
    out, slots, pos, cur = [], [], 0, 0
    for m in TOKEN_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        t, arg = m.group(1), m.group(2)
        v = token_value(t, arg, rng)
        if t in SLOT_TYPES:
            slots.append((cur, cur + len(v), t, arg or "", v))
        out.append(v)
        cur += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), slots


# ------------------------------------------------------------------------------- placeholders
SUPPORT = {
    "x_number": {"count", "amt", "money", "pct"},
    "x_date": {"date", "time"},
    "x_name": {"name", "place", "org"},
    "times_sign": {"name", "place", "org", "count", "amt", "money", "pct", "date", "time"},
    "fullwidth_x": {"name", "place", "org", "count", "amt", "money", "pct", "date"},
    "mou_name": {"name", "place", "org"},
    "bracket_todo": SLOT_TYPES,
    "underline": SLOT_TYPES,
    "template_var": SLOT_TYPES,
    "circle_zero": {"name", "place", "org", "date", "count", "time"},
    "masked_number": {"phone", "plate", "idno", "vin"},
}
VARNAMES = {"name": ["name", "customerName", "guest_name", "userName"], "phone": ["phone", "mobile", "tel"],
            "date": ["date", "deliveryDate", "event_date"], "time": ["time", "startTime"],
            "count": ["count", "qty", "num"], "amt": ["value", "amount"], "money": ["price", "total", "fee"],
            "pct": ["rate", "percent"], "place": ["address", "community", "street"],
            "org": ["company", "vendor", "hotel"], "plate": ["plateNo", "plate"], "idno": ["idCard", "id_no"],
            "vin": ["vin"]}
UNIT_TYPES = {"count", "amt", "money"}


def sym_date(fmt, s, rng):
    if fmt == "md":
        return rng.choice([f"{s*2}月{s*2}日", f"{s}月{s}日"])
    if fmt == "ymd":
        return f"{s*4}年{s*2}月{s*2}日"
    if fmt == "iso":
        return f"{s*4}-{s*2}-{s*2}"
    if fmt == "dot":
        return f"{s*4}.{s*2}.{s*2}"
    return f"{s*4}年{s*2}月"


def ph_value(kind, t, arg, value, rng):
    parts = arg.split(":")
    unit = parts[0] if t in UNIT_TYPES else ("%" if t == "pct" else "")
    sfx = arg if t in ("place", "org") else ""
    if kind == "x_number":
        core = {"count": ["xx", "XX", "x", "xxx"], "amt": ["x.x", "xx.x", "X.X", "xx"],
                "money": ["xx.xx", "xx", "XXX", "x,xxx.xx" if unit == "元" else "x.xx"],
                "pct": ["xxx", "xx", "XX", "x.x"]}[t]
        return rng.choice(core) + unit
    if kind == "x_date":
        if t == "time":
            return rng.choice(["xx:xx", "XX:XX", "x点xx分"])
        fmt = arg or "ymd"
        opts = {"md": ["x月xx日", "X月X日", "xx月xx日", "x月x日"],
                "ymd": ["20xx年x月x日", "XXXX年XX月XX日", value[:5] + "x月xx日", "xxxx年xx月xx日"],
                "iso": ["20xx-xx-xx", "XXXX-XX-XX", value[:5] + "xx-xx"],
                "dot": ["20xx.xx.xx", "XXXX.XX.XX"], "ym": ["20xx年x月", "XXXX年XX月"]}[fmt]
        return rng.choice(opts)
    if kind in ("x_name", "times_sign", "fullwidth_x"):
        s = {"x_name": "X", "times_sign": "×", "fullwidth_x": rng.choice(["Ｘ", "Ｘ", "ｘ"])}[kind]
        if kind == "x_name" and rng.random() < 0.3:
            s = "x"
        if t == "name":
            return rng.choice([s * 3, s * 2, value[0] + s * 2] if kind != "x_name" else [s * 3, s * 2, s + "先生", s + "女士"])
        if t in ("place", "org"):
            return rng.choice([s * 2, s * 3]) + sfx
        if t in UNIT_TYPES or t == "pct":
            return s * rng.choice([2, 3]) + unit
        if t == "date":
            return sym_date(arg or "ymd", s, rng)
        if t == "time":
            return f"{s*2}:{s*2}"
    if kind == "mou_name":
        if t == "name":
            return rng.choice([value[0] + "某", value[0] + "某某", "某某", "某先生", "某女士", value[0] + "某"])
        return rng.choice(["某某", "某某", "某"]) + sfx
    if kind == "bracket_todo":
        opts = {"name": ["[姓名]", "【姓名】", "（填写姓名）", "【待填】", "[联系人]"],
                "phone": ["[电话]", "（填写电话）", "【联系电话】", "【待填】"],
                "date": ["（填写日期）", "[日期]", "【待填】", "【日期】"],
                "time": ["（填写时间）", "[时间]", "【待填】"],
                "pct": ["【待填】%", "[比例]", "（填写比例）"],
                "place": ["【地址】", "[" + (sfx or "地点") + "名称]", "【待补充】"],
                "org": ["【公司名称】", "[单位名称]", "【待补充】"],
                "plate": ["[车牌号]", "【待填】"], "idno": ["[身份证号]", "（填写身份证号）"],
                "vin": ["[车架号]", "【车辆识别代号】"]}
        if t in UNIT_TYPES:
            return rng.choice(["【待填】" + unit, "[数量]" + unit if t != "money" else "[金额]" + unit,
                               "（此处填写金额）" if t == "money" else "（填写数量）" + unit])
        return rng.choice(opts[t])
    if kind == "underline":
        b = rng.choice(["____", "______", "＿＿＿＿", "___"])
        if t == "date":
            return {"md": "__月__日", "ymd": "____年__月__日", "iso": "____-__-__", "dot": "____.__.__",
                    "ym": "____年__月"}[arg or "ymd"] if rng.random() < 0.7 else b
        if t == "time":
            return "__:__"
        if t == "pct":
            return "___%"
        if t in UNIT_TYPES:
            return b + unit
        if t in ("place", "org") and rng.random() < 0.5:
            return b + sfx
        return b
    if kind == "template_var":
        v = rng.choice(VARNAMES[t])
        form = rng.choice(["{{%s}}", "{{ %s }}", "${%s}", "{%s}"])
        return form % v + (unit if t in UNIT_TYPES or t == "pct" else "")
    if kind == "circle_zero":
        c = rng.choice(["〇", "〇", "○"])
        if t == "name":
            return rng.choice([value[0] + c * 2, c * 3, value[0] + c])
        if t in ("place", "org"):
            return c * 2 + sfx
        if t == "date":
            return sym_date(arg or "ymd", c, rng)
        if t == "time":
            return f"{c*2}:{c*2}"
        return c * 2 + unit
    if kind == "masked_number":
        if t == "phone":
            if value.startswith("400"):
                return value[:4] + "***" + value[7:]
            return rng.choice([mask_phone(value), value[:3] + "*****" + value[-3:], value[:7] + "****"])
        if t == "plate":
            return rng.choice([value[:3] + "***" + value[-2:], value[:4] + "****"])
        if t == "idno":
            return rng.choice([value[:6] + "********" + value[-4:], value[:3] + "*" * 11 + value[-4:]])
        if t == "vin":
            return value[:11] + "******"
    return None


# ------------------------------------------------------------------------------- documents
def pick_n_lines(rng):
    r = rng.random()
    if r < 0.2:
        return 1
    if r < 0.5:
        return rng.randint(2, 4)
    if r < 0.85:
        return rng.randint(5, 8)
    return rng.randint(9, 12)


def build_doc(rng, src, need=None, la_tpls=()):
    """-> list of [text, slots, is_lookalike]; need: slot types one of which must exist (positives)."""
    D = DOCS[src]
    n_la = len(la_tpls)
    n = max(pick_n_lines(rng), n_la + (1 if need is not None else 0))
    n = min(n, 12)
    has_head = n >= 3 and rng.random() < 0.75
    has_foot = n - has_head >= 3 and rng.random() < 0.6
    n_body = n - has_head - has_foot - n_la
    bodies = []
    if need is not None:
        comp = [t for t in D["body"] if any(m.group(1) in need for m in TOKEN_RE.finditer(t))]
        bodies.append(rng.choice(comp))
    pool = [t for t in D["body"] if t not in bodies]
    rng.shuffle(pool)
    while len(bodies) < n_body:
        bodies.append(pool.pop() if pool else rng.choice(D["body"]))
    rng.shuffle(bodies)
    lines = [[*render(t, rng), False] for t in bodies]
    for t in la_tpls:
        lines.insert(rng.randint(0, len(lines)), [*render(t, rng), True])
    if has_head:
        lines.insert(0, [*render(rng.choice(D["head"]), rng), False])
    if has_foot:
        lines.append([*render(rng.choice(D["foot"]), rng), False])
    return lines


def apply_edits(line, edits):
    """edits: [(s, e, new)] in line coordinates, sorted and at least one char apart -> text, spans"""
    out, spans, pos, cur = [], [], 0, 0
    for s, e, new in edits:
        out.append(line[pos:s])
        cur += s - pos
        spans.append((cur, cur + len(new)))
        out.append(new)
        cur += len(new)
        pos = e
    out.append(line[pos:])
    return "".join(out), spans


def free(edits, s, e):
    return all(e + 1 <= a or b + 1 <= s for a, b, _ in edits)


def assemble(lines, edits_by_line):
    texts, spans, base = [], [], 0
    for i, ln in enumerate(lines):
        ed = sorted(edits_by_line.get(i, []))
        t, sp = apply_edits(ln[0], ed)
        spans += [[base + a, base + b] for a, b in sp]
        texts.append(t)
        base += len(t) + 1
    return "\n".join(texts), spans


def n_targets(rng):
    return rng.choice([1, 1, 1, 1, 2, 2, 2, 3, 3, 4])


# ---- ph
def make_ph_pos(rng, kind, src):
    la, lak = [], ""
    if rng.random() < 0.3:
        lak = rng.choice(PH_NEGK)
        la = [rng.choice(PH_NEG[lak][src])]
    lines = build_doc(rng, src, SUPPORT[kind], la)
    cands = [(i, s) for i, ln in enumerate(lines) if not ln[2] for s in ln[1] if s[2] in SUPPORT[kind]]
    rng.shuffle(cands)
    want = n_targets(rng)
    edits, types = {}, []
    for i, (s, e, t, arg, val) in cands:
        if len(types) >= want:
            break
        ed = edits.setdefault(i, [])
        if not free(ed, s, e):
            continue
        ph = ph_value(kind, t, arg, val, rng)
        ed.append((s, e, ph))
        types.append(t)
    text, spans = assemble(lines, edits)
    note = f"placeholder {kind}/{src}: {len(spans)} span(s) on slots [{','.join(sorted(types))}]; span = placeholder with its glued unit or suffix"
    if lak:
        note += f"; +lookalike:{lak}"
    return text, spans, note


def make_ph_neg(rng, kind, src):
    k = rng.choice([1, 1, 1, 2, 2, 3])
    pool = PH_NEG[kind][src]
    tpls = rng.sample(pool, min(k, len(pool)))
    lines = build_doc(rng, src, None, tpls)
    text, _ = assemble(lines, {})
    return text, [], f"negative ph lookalike {kind}/{src}: {len(tpls)} look-alike line(s), all values real"


# ---- mj
def mj_edit(rng, kind, line):
    """propose (s, e, new, tag) for one damage of this kind on line text, or None."""
    L = len(line)
    if kind == "tag_debris":
        tag = rng.choice(["<br>", "<br/>", "<br />", "</p>", "<p>", '<p class="MsoNormal">',
                          '<span style="font-size:14px;">', "</span>", "<strong>", "</strong>",
                          '<div class="content">', "</div>", "<td>", "</td>", "<li>",
                          '<img src="/upload/2024/%04d.jpg">' % rng.randint(1, 9999), '<font color="#333333">'])
        inner = [p for p in range(1, L) if not (line[p - 1].isascii() or line[p].isascii())
                 and (line[p - 1] in "，。：；、）》" or line[p] in "（《")]
        p = rng.choice([0, L, L] + ([rng.choice(inner)] if inner else []))
        return p, p, tag, f'#t:tag:{json.dumps("", ensure_ascii=False)}'
    if kind == "pinyin_ruby":
        idx = [i for i, c in enumerate(line) if c in PINYIN]
        if not idx:
            return None
        i = rng.choice(idx)
        k = 1
        while k < 3 and i + k < L and line[i + k] in PINYIN and rng.random() < 0.5:
            k += 1
        orig = line[i:i + k]
        trad = rng.random() < 0.4
        new = ruby(orig, trad)
        return i, i + k, new, f'#p:{"ruby-trad" if trad else "ruby"}:{json.dumps(orig, ensure_ascii=False)}'
    if kind == "html_entity":
        idx = [i for i, c in enumerate(line) if is_cjk(c) or c in "“”‘’·—…×、（）：，《》%&<>"]
        if not idx:
            return None
        i = rng.choice(idx)
        k = 1
        while k < 4 and i + k < L and (is_cjk(line[i + k]) or line[i + k] in "“”·—…×") and rng.random() < 0.6:
            k += 1
        orig = line[i:i + k]
        style = rng.random()
        parts = []
        for c in orig:
            nm = html.entities.codepoint2name.get(ord(c))
            if nm and style < 0.8:
                parts.append(f"&{nm};")
            elif style < 0.5:
                parts.append(f"&#{ord(c)};")
            else:
                parts.append(f"&#x{ord(c):X};" if rng.random() < 0.7 else f"&#x{ord(c):x};")
        return i, i + k, "".join(parts), f'#h:entity:{json.dumps(orig, ensure_ascii=False)}'
    # codec kinds
    recipe = rng.choice(MJ_RECIPES[kind])
    idx = [i for i, c in enumerate(line) if is_cjk(c)]
    if not idx:
        return None
    i = rng.choice(idx)
    k = rng.randint(1, 4) if kind == "lost_question" else rng.randint(2, 8)
    j = min(L, i + k)
    while j > i and (line[j - 1].isascii() or line[j - 1].isspace()):
        j -= 1
    orig = line[i:j]
    if not orig:
        return None
    first = recipe.split(">")[0]
    if kind != "lost_question":
        try:
            orig.encode(first)
        except UnicodeEncodeError:
            return None
    new = run_recipe(recipe, orig)
    if new == orig or not new or set(new) & LINEBREAKS:
        return None
    need = {"kunjinkao": "锟", "fffd_run": "\ufffd", "lost_question": "?"}.get(kind)
    if need and need not in new:
        return None
    if kind == "latin1_c1" and not C1_RE.search(new):
        return None
    return i, i + len(orig), new, f'#{MJ_CODE[kind]}:{recipe}:{json.dumps(orig, ensure_ascii=False)}'


def make_mj_pos(rng, kind, src):
    la, lak = [], ""
    if rng.random() < 0.3:
        lak = rng.choice(MJ_NEGK)
        la = [rng.choice(MJ_NEG[lak][src])]
    for _ in range(50):
        lines = build_doc(rng, src, None, la)
        targets = [i for i, ln in enumerate(lines) if not ln[2] and any(is_cjk(c) for c in ln[0])]
        if targets:
            break
    want = n_targets(rng)
    edits, tags = {}, {}
    done, tries = 0, 0
    while done < want and tries < 80:
        tries += 1
        i = rng.choice(targets)
        prop = mj_edit(rng, kind, lines[i][0])
        if prop is None:
            continue
        s, e, new, tag = prop
        ed = edits.setdefault(i, [])
        if not free(ed, s, e):
            continue
        ed.append((s, e, new))
        tags[(i, s)] = tag
        done += 1
    if not done:
        return None
    text, spans = assemble(lines, edits)
    ordered = [tags[k] for k in sorted(tags)]
    note = f"mojibake {kind}/{src}: " + " ".join(ordered)
    if lak:
        note += f" ; +lookalike:{lak}"
    return text, spans, note


def make_mj_neg(rng, kind, src):
    k = rng.choice([1, 1, 1, 2, 2, 3])
    pool = MJ_NEG[kind][src]
    tpls = rng.sample(pool, min(k, len(pool)))
    lines = build_doc(rng, src, None, tpls)
    text, _ = assemble(lines, {})
    return text, [], f"negative mj lookalike {kind}/{src}: {len(tpls)} look-alike line(s), clean text"


def generate(seed):
    records, seen = [], set()
    for style, fam, pos, kind, src in style_table():
        rng = random.Random(f"text51:{seed}:{style}")
        n = rng.randint(17, 20) if pos else rng.randint(15, 17)
        made = 0
        for _ in range(n * 60):
            if made >= n:
                break
            if fam == "ph":
                r = make_ph_pos(rng, kind, src) if pos else make_ph_neg(rng, kind, src)
            else:
                r = make_mj_pos(rng, kind, src) if pos else make_mj_neg(rng, kind, src)
            if r is None or r[0] in seen:
                continue
            if pos and not r[1]:
                continue
            seen.add(r[0])
            label = ("placeholder" if fam == "ph" else "mojibake") if pos else "negative"
            records.append({"id": "", "family": fam, "style": style, "label": label, "text": r[0],
                            "spans": r[1], "note": r[2]})
            made += 1
        if made < n:
            raise RuntimeError(f"style {style}: only {made}/{n}")
    for j, rec in enumerate(records):
        rec["id"] = f"t51-s{seed}-{j:05d}"
    return records


# ------------------------------------------------------------------------------- verify
PH_SPAN_RES = [re.compile(p) for p in (
    r"(?<![A-Za-z])[xX]+(?![A-Za-z])", r"×", r"[Ｘｘ]", r"某", r"[〇○]", r"\*{3,}", r"_{2,}|＿{2,}",
    r"【[^】]+】", r"\[[^\]]+\]", r"（(?:填写|此处)[^）]*）", r"\{\{[^{}]+\}\}", r"\$\{[^{}]+\}",
    r"\{[A-Za-z_][\w.]*\}")]
PH_STRONG = [re.compile(p) for p in (r"\{\{", r"\$\{", r"某某", r"××", r"ＸＸ|ｘｘ",
                                     r"(?<![A-Za-z])[xX]{2,}(?![A-Za-z])", r"【待", r"（填写", r"（此处")]
MJ_STRONG = [re.compile(p) for p in ("\ufffd", "锟斤拷", "[\x80-\x9f]",
                                     r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);",
                                     r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>",
                                     r"[\u4e00-\u9fff\u3400-\u4dbf]\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")]
TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>\n]*?)?\s*/?>")
ENT_RE = re.compile(r"(?:&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)+")
NOTE_TAG_RE = re.compile(r'#([a-z]):([^:\s]+):("(?:[^"\\]|\\.)*")')
ID_RE = re.compile(r"^t51-s(\d+)-(\d{5})$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
CODE_KIND = {v: k for k, v in MJ_CODE.items()}


def outside(text, spans):
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return "\n".join(out)


def check_record(rec):
    errs = []
    if not isinstance(rec, dict) or set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
        return ["bad keys"]
    for k in ("id", "family", "style", "label", "text", "note"):
        if not isinstance(rec[k], str):
            errs.append(f"{k} not str")
    if errs:
        return errs
    if not ID_RE.match(rec["id"]):
        errs.append("bad id")
    fam, label, text, spans, note, style = rec["family"], rec["label"], rec["text"], rec["spans"], rec["note"], rec["style"]
    if fam not in ("ph", "mj"):
        errs.append("bad family")
    if label not in {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ()):
        errs.append("label/family mismatch")
    if not SNAKE.match(style) or style not in STYLES:
        errs.append("unknown style")
    else:
        _, sfam, spos, kind, src = STYLES[style]
        if sfam != fam or spos != (label != "negative"):
            errs.append("style/label mismatch")
    if "\n" in note or "\r" in note or not note:
        errs.append("note not one line")
    lines = text.split("\n")
    if not 1 <= len(lines) <= 12 or any(not ln.strip() for ln in lines) or "\r" in text:
        errs.append(f"bad line structure ({len(lines)} lines)")
    if not isinstance(spans, list) or not all(isinstance(s, list) and len(s) == 2 and all(type(x) is int for x in s)
                                                 for s in spans):
        return errs + ["bad spans shape"]
    prev = -2
    for s, e in spans:
        if not (0 <= s < e <= len(text)):
            errs.append(f"span out of range {s},{e}")
            continue
        if s <= prev:
            errs.append("spans unsorted, overlapping or touching")
        if "\n" in text[s:e]:
            errs.append("span crosses newline")
        prev = e
    if errs:
        return errs
    if label == "negative":
        if spans:
            errs.append("negative with spans")
    elif not 1 <= len(spans) <= 4:
        errs.append(f"{len(spans)} spans")
    rest = outside(text, spans)
    if fam == "ph":
        for s, e in spans:
            if not any(r.search(text[s:e]) for r in PH_SPAN_RES):
                errs.append(f"ph span does not look like a placeholder: {text[s:e]!r}")
        for r in PH_STRONG:
            m = r.search(rest)
            if m:
                errs.append(f"placeholder-like text outside spans: {m.group(0)!r}")
    else:
        for r in MJ_STRONG:
            m = r.search(rest)
            if m:
                errs.append(f"mojibake-like text outside spans: {m.group(0)!r}")
        if label == "mojibake":
            tags = NOTE_TAG_RE.findall(note)
            if len(tags) != len(spans):
                errs.append(f"{len(tags)} note tags for {len(spans)} spans")
            else:
                for (s, e), (code, recipe, qorig) in zip(spans, tags):
                    span = text[s:e]
                    try:
                        orig = json.loads(qorig)
                    except ValueError:
                        errs.append("bad tag original")
                        continue
                    k = CODE_KIND.get(code)
                    if k is None or k != STYLES[style][3]:
                        errs.append(f"tag code {code} does not match style")
                        continue
                    if k == "tag_debris":
                        ok = orig == "" and TAG_RE.fullmatch(span) is not None
                    elif k == "html_entity":
                        ok = ENT_RE.fullmatch(span) is not None and html.unescape(span) == orig
                    elif k == "pinyin_ruby":
                        ok = recipe in ("ruby", "ruby-trad") and orig and all(c in PINYIN for c in orig) \
                             and ruby(orig, recipe == "ruby-trad") == span
                    else:
                        try:
                            ok = run_recipe(recipe, orig) == span and span != orig
                        except (LookupError, UnicodeError, ValueError):
                            ok = False
                        ok = ok and recipe in MJ_RECIPES[k]
                    if not ok:
                        errs.append(f"span {s},{e} {span!r} does not reproduce from {code}:{recipe}:{orig!r}")
    return errs


def verify(paths):
    bad = 0
    for path in paths:
        ids, texts, problems, n = set(), set(), [], 0
        labels, styles = Counter(), Counter()
        with open(path, encoding="utf-8") as fh:
            for ln_no, raw in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(raw)
                except ValueError:
                    problems.append(f"line {ln_no}: not JSON")
                    continue
                for e in check_record(rec):
                    problems.append(f"line {ln_no} {rec.get('id') if isinstance(rec, dict) else ''}: {e}")
                if isinstance(rec, dict):
                    if rec.get("id") in ids:
                        problems.append(f"line {ln_no}: duplicate id {rec.get('id')}")
                    ids.add(rec.get("id"))
                    if rec.get("text") in texts:
                        problems.append(f"line {ln_no}: duplicate text")
                    texts.add(rec.get("text"))
                    labels[rec.get("label")] += 1
                    styles[rec.get("style")] += 1
        missing = set(STYLES) - set(styles)
        if missing:
            problems.append(f"{len(missing)} styles missing")
        print(f"{path}: {n} records, {len(styles)} styles, labels {dict(labels)}, problems {len(problems)}")
        for p in problems[:30]:
            print("  " + p)
        bad += len(problems)
    return 1 if bad else 0


def table(path):
    cnt = Counter()
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            cnt[json.loads(raw)["style"]] += 1
    print("| style | family | label | kind | source | records |")
    print("|---|---|---|---|---|---|")
    for style, fam, pos, kind, src in style_table():
        lab = ("placeholder" if fam == "ph" else "mojibake") if pos else "negative"
        print(f"| {style} | {fam} | {lab} | {kind} | {src} | {cnt[style]} |")
    print(f"\n{len(STYLES)} styles, {sum(cnt.values())} records")


def main():
    ap = argparse.ArgumentParser(description="held-out set 51: placeholders and mojibake in Chinese documents")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        table(a.table)
        return
    if a.seed is None or not a.out:
        ap.error("need --seed S --out FILE, --verify FILE..., or --table FILE")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
