"""helpers.quotes.placement: where a quoted speaker is from, as parameter tables of (text, speaker, province,
country). The sentences are written for these tests in the style of People's Daily reports.

Paragraphs are separated by ``|`` in the text of a case; the row checked is the last event of the named speaker.
"""
from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers import quotes
from helpers.quotes.places import places, short_names_settled_by


def place_of(tmp_path, text: str, speaker: str) -> tuple:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text.replace("|", "\n\n") + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    rows = events[events["speaker"] == speaker]
    assert len(rows), f"no event of {speaker}: {events[['speaker', 'verb']].values.tolist()}"
    row = rows.iloc[-1]
    return tuple(None if pd.isna(row[c]) else row[c] for c in ("province", "country"))


QUOTE = "“我们将继续优化服务，让更多企业受益。”"

# (text, speaker, province, country)
PLACES = [
    # a unit whose name places it nowhere: not by the places of what they say, in quotation marks or reported,
    # nor by the places the report went through before them
    (QUOTE + "某蔬菜合作社副理事长张立新介绍，合作社又与北京一家餐饮连锁店签订了供货协议。", "张立新", None, "中国"),
    ("某科技集团董事长张立新说：“我们在湖南建了新厂。”", "张立新", None, "中国"),
    ("入夏时节，新疆霍尔果斯口岸车来车往。|“这条通道意义重大。”某师范大学教授王芳说。", "王芳", None, "中国"),
    ("“新种的樱花苗快两年了。”行走在云南省文山州砚山县维摩乡，樱花树整齐排列。长岭街村驻村第一书记潘小珊看着村里"
     "草木葱茏，心里满是成就感。", "潘小珊", "云南", "中国"),   # a quotation first, then the scene and the speaker
    # ... while the paragraph before the speaker still does (在新疆霍尔果斯口岸，…。海关副关长…)
    ("在新疆霍尔果斯口岸，货车排起长队。" + QUOTE + "口岸海关副关长杜建国说。", "杜建国", "新疆", "中国"),
    # ... nor, for an unnamed spokesperson, where the event they announce will be
    ("商务部有关负责人表示，首个消费月活动将于11月3日在上海启动。", "商务部有关负责人", None, "中国"),
    # ... nor for a unit of the whole country, which reports on a province
    ("中国农业科学院作物科学研究所研究员景明华介绍，布局在山东的种质资源库已收集资源3万份。", "景明华", None, "中国"),
    # ... nor where they went
    ("某研究院院长王建平在江苏南京出席论坛并致辞。他表示，要加强基础研究。", "王建平", None, "中国"),
    # a scene set abroad before the speaker (在/走进 a foreign place): there, where nothing else places them
    ("在一家英国通信运营商的门店内，几名消费者正在挑选手机。“这款手机很受欢迎。”门店销售经理李文介绍。",
     "李文", None, "英国"),
    ("记者走进埃及开罗南部的一家纺织厂，机器轰鸣。纺织厂负责人艾哈迈德·卡迈勒介绍，工厂刚完成一批订单。",
     "艾哈迈德·卡迈勒", None, "埃及"),
    ("在俄罗斯罗斯托夫州击落多架乌克兰无人机。罗斯托夫州州长称，当地一座变电站受损。", "罗斯托夫州州长", None, "俄罗斯"),
    ("“我们正为中国消费者研制新产品。”拉杰什·塔帕在尼泊尔经营着一家线香厂。", "拉杰什·塔帕", None, "尼泊尔"),
    # ... not the markets the speaker's unit sells to
    ("公司产品已出口到美国、德国等地。" + QUOTE + "某科技公司总经理李文说。", "李文", None, "中国"),
    # in the paragraph that named the speaker before, the place nearest before the name, not where the goods went;
    # the paragraph's places where none stands before the name
    ("陕西西安的一家社区食堂开业了。|从美术学院毕业后，李小仪想在武汉开办一个漆艺工作室。|创业并不容易。|"
     "“我对缴税、社保一窍不通。”李小仪说。", "李小仪", "湖北", "中国"),
    # the paragraph that named the speaker before the nearer ones that did not (where the flights go, where the
    # team competed)
    ("在云南省普洱市的一个拉祜族村寨，歌舞表演吸引了游客。春节来临，致富带头人王秀英忙得片刻不得闲。|"
     "过去到北京要走一个月，如今普洱飞北京半日可达。|“开始没啥人来，我们也坚持跳。”王秀英说。", "王秀英", "云南", "中国"),
    ("凌晨3点，北京一所大学的航模队队长、航空学院本科生张晓涵放下手中的工具。|不远处，重庆一所大学的备赛区同样忙碌。|"
     "“我们有相同的追求。”张晓涵说。", "张晓涵", "北京", "中国"),
    # ... and in it, the sentences that name them, not the ones about who comes after them
    ("江西万年县，自古就是水稻产区。|一大早，程立仁扛着锄头来到田里，等着从县城赶来的李庆。一个是荷桥村的种粮大户，"
     "一个是山东某米业公司的技术指导员。|“今年争取破个5万斤。”程立仁说。", "程立仁", "江西", "中国"),
    # the paragraph's sentence after the speaker's, before earlier paragraphs, by a Chinese place only
    ("贵州普定县的水井村，荷塘连片。|村里的藕粉甜品由广东广州的一家食品企业代加工。|"
     "“最期待的还是今年的荷花节！”村民陶小平说。依托莲藕产业，水井村连着8年举办荷花节，融入普定县全域旅游。",
     "陶小平", "贵州", "中国"),
    ("“早安呀，福宝。”饲养员徐小翔说。“福宝”是在韩国出生的首只中国大熊猫。", "徐小翔", None, "中国"),
    # a unit named in full in a sub-report's kicker, above its headline, and by its name alone later in the part
    ("“主要任务就是守护好村里的生态。”某地乡长说。|甘肃省庄浪县韩店镇东门村驻村第一书记贾小盛——|把更多科技资源引进村|"
     "本报记者  张  三|春节刚过，村里就忙了起来。|一批批师生来到村里开展社会实践。|"
     "“乡亲们看见我们的老师和同学都特别亲切。”东门村驻村第一书记贾小盛说。", "贾小盛", "甘肃", "中国"),
    # a guest list names each guest with their title chain after the name: there, not the guest listed before them
    ("对话嘉宾：|王立新  全国人大代表、四川省雅安市某中学校长|李红梅  全国人大代表、甘肃临夏某学校副校长|"
     "记  者：如何保证教育质量？|李红梅：各地应综合考虑，因地制宜。|王立新：建议加大农村学前教育资源倾斜。",
     "王立新", "四川", "中国"),
    ("对话嘉宾：|王立新（全国人大代表、四川省雅安市某中学校长）|李红梅（全国人大代表、甘肃临夏某学校副校长）|"
     "记  者：如何保证教育质量？|李红梅：各地应综合考虑，因地制宜。|王立新：建议加大农村学前教育资源倾斜。",
     "王立新", "四川", "中国"),
    # ... and not a run of abbreviations, which names a link between places (沪宁高速: not 江苏)
    ("在上海虹桥的一处产业园区，企业云集。|园区西接外环，衔接沪宁、沪渝高速公路。|“交通格局略显局促。”园区专管员林晓说。",
     "林晓", "上海", "中国"),
    ("在四川成都的一处产业园区，新能源车企加快布局。|园区订单增长，成渝两地协同发力。|" + QUOTE + "园区工作人员刘洋说。",
     "刘洋", "四川", "中国"),
    ("早上9时，青海海东市互助县林川乡，合作社负责人付志刚将新鲜蔬菜装箱。当晚，这批蔬菜摆上了广东深圳的货架。|"
     "“我们的蔬菜很受欢迎。”付志刚说。", "付志刚", "青海", "中国"),
    # a foreign resident introduced in a sub-report's kicker, above its headline: the country of 籍
    ("福建厦门市某社区西班牙籍居民马可——|开西餐厅，感受温暖|本报记者  张  三|"
     "“在社区的帮助下，困难都解决了。”马可说，他打算再开一家分店。", "马可", None, "西班牙"),
    ("浙江义乌市某社区居民王建明——|做志愿者，变“自家人”|本报记者  张  三|" + QUOTE + "王建明说。",
     "王建明", "浙江", "中国"),
    # the scene named by a county's short name the article named in full before (义乌 after 浙江义乌): there, and
    # not abroad where the customers come from
    ("记者近日走进浙江义乌的玩具市场。|新品走俏|在义乌国际商贸城，店主赵志强正在直播。" + QUOTE + "赵志强说。",
     "赵志强", "浙江", "中国"),
    ("记者近日走进浙江义乌的玩具市场。|新品走俏|在义乌国际商贸城的一家店铺里，哥伦比亚客商挑选玩具。“这款卖得最好。”店主赵志强说。",
     "赵志强", "浙江", "中国"),
    # a unit named after a county by its short name, once the article has named that county
    ("近日，记者来到浙江海宁。当地服装企业正加快转型。|" + QUOTE + "海宁丰华服装设计有限公司负责人陈晓燕说。",
     "陈晓燕", "浙江", "中国"),
    ("记者近日走进浙江海宁的服装企业。|设计赋能品牌升级|" + QUOTE + "海宁丰华服装设计有限公司负责人陈晓燕说。",
     "陈晓燕", "浙江", "中国"),   # named in another part of the article (under another heading)
    ("在海南文昌，一枚火箭正在总装。|" + QUOTE + "文昌航天发射服务有限公司工程师周海涛介绍。", "周海涛", "海南", "中国"),
    # ... and a district whose name two provinces share, settled by the province the part has named
    ("浙江舟山市普陀区是渔业大区。|" + QUOTE + "普陀区海洋经济发展局副局长蔡明说。", "蔡明", "浙江", "中国"),
    ("上海普陀区推进城市更新。|" + QUOTE + "普陀区住房保障局副局长王丽说。", "王丽", "上海", "中国"),
    # a foreign city is a place of its country (foreign_cities.csv)
    ("中欧班列开通十周年。法兰克福市市长约瑟夫表示，班列为城市带来了新的机遇。", "约瑟夫", None, "德国"),
    ("记者来到慕尼黑的一家汽车工厂。|" + QUOTE + "工厂技术员米勒说。", "米勒", None, "德国"),
    ("那不勒斯是意大利古老城市之一。那不勒斯市长加埃塔诺·曼弗雷迪表示，城市形象得到提升。", "加埃塔诺·曼弗雷迪",
     None, "意大利"),
    ("横滨市市长山中竹春表示，两市友好交流成果丰硕。", "山中竹春", None, "日本"),
    # ... and a university named after one is there (河内大学, 曼谷大学)
    ("两国青年交流日益密切。河内大学中文系学生阮秋香告诉记者，她想去中国留学。", "阮秋香", None, "越南"),
    ("曼谷大学副校长颂猜表示，两校将联合培养人才。", "颂猜", None, "泰国"),
    # ... but a firm named after one is not abroad (the city does not end the unit's name)
    ("跨境电商订单持续增长。|" + QUOTE + "明斯克商贸有限公司总经理王建国说。", "王建国", None, "中国"),
    # a unit named X驻Y (X's office in Y) is X's where X names a place
    ("中国驻法兰克福总领事王明表示，中德地方合作潜力巨大。", "王明", None, "中国"),
    ("中国驻美国大使李华表示，两国应加强人文交流。", "李华", None, "中国"),
    ("美国驻华大使史密斯表示，两国应加强人文交流。", "史密斯", None, "美国"),
    ("俄罗斯驻美国大使彼得罗夫表示，俄方愿意继续对话。", "彼得罗夫", None, "俄罗斯"),
    # ... where nothing before 驻 names a place, the place after it is all there is (a movement's envoy abroad)
    ("某抵抗组织驻伊朗代表哈桑表示，谈判仍在继续。", "哈桑", None, "伊朗"),
    # a unit that places nowhere, then a title of a unit with a place (…中心主任、北京儿童医院院长): that place
    ("国家儿童医学中心主任、北京儿童医院院长刘建华介绍，诊断准确率已达95%。", "刘建华", "北京", "中国"),
    ("国家农业信息化工程技术研究中心研究员、四川农业大学教授王磊说，智能灌溉节水三成。", "王磊", "四川", "中国"),
    ("中国农业科学院研究员、博士生导师张明介绍，新品种亩产提高一成。", "张明", None, "中国"),
    # a national academy or association named 中国… is placed by no scene it is met in
    ("河南博物院的骨笛吸引着观众。“这是世界上最早可吹奏的乐器之一。”中国社会科学院考古研究所研究员李明说，它改写了音乐史。",
     "李明", None, "中国"),
    # a Chinese unit's official who also holds a post at an international body's base: the unit places them; the
    # international body's own officials stay unplaced
    ("西咸新区管委会副主任、上合组织经贸合作中心主任王磊介绍，已有20家企业入驻。", "王磊", "陕西", "中国"),
    ("上合组织农业基地工作办公室常务副主任王磊介绍，已培训学员数千人次。", "王磊", None, None),
    # where others come from (来自…的) is their origin, not the scene: before the speaker's name, in the sentence
    # after it; the speaker's own 来自…的 places them
    ("云南贡山县的边境线上，山高路险。|去年冬天，两名来自江苏的游客被困山中，民警李永超赶来救援。" + QUOTE
     + "李永超说。", "李永超", "云南", "中国"),
    ("云南贡山县的边境线上，山高路险，派出所所长张启明带队巡逻。|" + QUOTE + "张启明说，“路通了，心也通了。”多年前，"
     "来自北京的武警战士王建辉在修路时牺牲。", "张启明", "云南", "中国"),
    ("来自江苏的游客李小梅说：“这里风景真美。”", "李小梅", "江苏", "中国"),
    # ... and so does where their home is (家住…的, 家在…的), before the places of others in their sentence
    ("远在上海的女儿打来电话，家住湖南长沙的李华说：“孩子们都很孝顺。”", "李华", "湖南", "中国"),
    ("在北京工作的儿子常回来看看。家在河北保定的王秀英说：“日子越过越好。”", "王秀英", "河北", "中国"),
    # ... nor is an official of a ministry or agency of the State Council (部委, 总署): the centre, wherever met
    ("在四川成都召开的现场会上，" + QUOTE + "农业农村部种植业管理司司长王强说。", "王强", None, "中国"),
    ("商务部新闻发言人何亚东在北京表示，中方将采取必要措施。", "何亚东", None, "中国"),
    ("云南昆明，海关总署口岸监管司副司长李刚介绍，通关时间缩短一半。", "李刚", None, "中国"),
    # ... but its branches and the provinces' own departments are where they are
    ("中国人民银行四川省分行行长张明介绍，贷款余额增长一成。", "张明", "四川", "中国"),
    ("在成都，四川省商务厅厅长王明说，外贸稳中有进。", "王明", "四川", "中国"),
    # a central leader's namesake is placed by the local unit of their own title chain; the leader stays national
    ("“合作社让荒滩变了样。”银川市农业服务中心副主任李强介绍，村民收入逐年增加。", "李强", "宁夏", "中国"),
    ("国务院总理李强表示，要稳住经济大盘。", "李强", None, "中国"),
    # a name with · and the title of a village's Party branch is a Chinese villager's, placed by the words before
    ("新疆喀什地区岳普湖县，沙漠边缘，梭梭在风中摇曳。阿洪乡依甫村党支部书记阿卜杜拉·买买提说：“这片林子是我们种的。”",
     "阿卜杜拉·买买提", "新疆", "中国"),
    # a unit's short name (龙腾公司) is the unit the article named in full with its brand and unit noun before
    ("上网一查，吉林龙腾无人机科技服务有限公司正在招收学员。|龙腾公司总经理吴红介绍，已培训学员5000余人。", "吴红", "吉林",
     "中国"),
    # ... but not by the place a visitor comes from, written before the unit they came to
    ("来自浙江温州的游客李静来到香谷小镇，连连称赞。|“这里的香味与众不同。”香谷小镇负责人王婧介绍。", "王婧", None, "中国"),
    # a guest list's line closing with a name padded to three characters (李  明) introduces the speaker of its turns
    ("访谈嘉宾：|成都市博物馆馆长  李  明|记者：博物馆如何吸引年轻观众？|李明：我们推出了夜游活动，年轻观众越来越多。",
     "李明", "四川", "中国"),
    # a Chinese name is placed abroad by the words after it only where they set a scene there (在尼泊尔经营着), not by
    # the markets they speak of (美国专场); nor is a village whose name opens with a country's abbreviation (沙窝村)
    ("一大早，浙江杭州，公司园区里，陈明已来到工位。|“订单涨了三成。”陈明在后台注意到，美国专场首日订单显著上涨。",
     "陈明", "浙江", "中国"),
    ("“生意越来越好。”王建国说，他在尼泊尔经营着一家中餐馆。", "王建国", None, "尼泊尔"),
    ("河北大名县的沙窝村以木镟技艺闻名。|“木碗盛热不烫。”沙窝村老匠人程金山回忆。", "程金山", "河北", "中国"),
    # a world region places a unit where no unit's name comes before it in the name (东盟秘书长): a firm's market or
    # division named after one (东南亚市场, 欧洲区) is no body of that region, nor a ministry's department
    ("“分店的业绩超出预期。”九木集团国际事业部东南亚市场总经理马宁告诉记者。", "马宁", None, "中国"),
    ("杨国福集团欧洲区总经理平俊杰说：“走出国门，要保持地道风味。”", "平俊杰", None, "中国"),
    ("“双方合作潜力巨大。”东盟秘书长高金洪表示。", "高金洪", None, None),   # a region is no person's country
    ("俄外交部第三欧洲司司长佳普金表示：“我们已提出要求。”", "佳普金", None, "俄罗斯"),
    # a Chinese firm whose two-character brand opens with a country's abbreviation (美团) is no organ of that country
    ("“站点提供免费充电。”美团配送无锡片区负责人王磊介绍，骑手可以在这里休息。", "王磊", "江苏", "中国"),
    # a run-in sub-point line (——…。) opens another point of the report: the places of the point before it are not
    # the scene of a speaker under it
    ("——助残志愿服务蔚然成风。|江苏南京，志愿者走进儿童康复机构。|——科技助残成果加速涌现。|"
     "王建国，12岁时因意外失去一只手臂。“我可以精准控制仿生手。”王建国说。", "王建国", None, "中国"),
    ("——科技助残成果加速涌现。|江苏南京，一家科技企业研发了智能仿生手。|"
     "王建国，12岁时因意外失去一只手臂。“我可以精准控制仿生手。”王建国说。", "王建国", "江苏", "中国"),
    # a unit's name listed after a place (成都市和…市) is not completed by that place: a foreign partner city's officer
    # is not placed in 成都
    ("今年是成都市和维德堡市结为友城10周年，维德堡市副市长安娜·穆勒率团访问了成都。她表示：“双方合作成果丰硕。”",
     "安娜·穆勒", None, None),
    # ... nor a unit listed after another that a place opens (甘肃农科院与|土壤研究所: a partner, not in 甘肃)
    ("2024年起，甘肃农科院与土壤研究所在杜尚别周边开展试验。土壤研究所所长阿卜杜拉耶夫认为：“合作成果丰硕。”",
     "阿卜杜拉耶夫", None, None),
    # a foreign name is not placed in the country where another speaker before them in the paragraph said something
    # will happen (…表示，今年各方将在哈萨克斯坦举办…), but by the report's lead
    ("在乌兹别克斯坦西部的旱地上，示范田迎来丰收。|某研究所所长王平表示，今年各方将在哈萨克斯坦举办科考活动。"
     "旱地研究中心主任卡里莫夫认为：“合作成果丰硕。”", "卡里莫夫", None, "乌兹别克斯坦"),
    ("在乌兹别克斯坦西部的旱地上，示范田迎来丰收。|今年各方在哈萨克斯坦举办了科考活动。"
     "旱地研究中心主任卡里莫夫认为：“合作成果丰硕。”", "卡里莫夫", None, "哈萨克斯坦"),
    # a unit whose name places it nowhere, or a person, as the article describes them after 是 (…是湖南足球超级联赛的
    # 简称, 李秀兰是河北省非物质文化遗产…传承人): there
    ("“湘超”是湖南足球超级联赛的简称，创办于2012年。|" + QUOTE + "“湘超”联赛秘书长王建国说。", "王建国", "湖南", "中国"),
    ("李秀兰是河北省非物质文化遗产项目张氏剪纸的第五代传承人。“每年我都会推出新样式，今年准备了30多种。”李秀兰说。",
     "李秀兰", "河北", "中国"),
    ("李秀兰是土生土长的本地人。“每年我都会推出新样式，今年准备了30多种。”李秀兰说。", "李秀兰", None, "中国"),
    # a unit opening a description in 的 before the title (…艺术司主持日常工作的副司长) is the speaker's: they are not
    # placed by the paragraphs before, which quote others
    ("澳门文化界联合会会长李明表示，要加强交流。|" + QUOTE + "文化和旅游部艺术司主持日常工作的副司长王建国说。",
     "王建国", None, "中国"),
    ("澳门文化界联合会会长李明表示，要加强交流。|" + QUOTE + "土生土长的老艺人王建国说。", "王建国", "澳门", "中国"),
    # a unit named after a province and a sport (宁夏路跑运动协会: road running, no street of 宁夏) is in that province
    (QUOTE + "宁夏路跑运动协会会长王建国认为，跑步门槛低。", "王建国", "宁夏", "中国"),
    # session 17 (audit of People's Daily 2025-07-01): the Dominican Republic as the news names it, 多米尼加; the
    # ambassador of a country to China (驻华大使) is of that country; one of a CLDR name, of it too
    ("“两国友谊源远流长。”多米尼加驻华大使罗德里格斯在江西参访时表示，双方合作潜力巨大。", "罗德里格斯", None, "多米尼加"),
    ("“两国友谊源远流长。”多米尼加共和国驻华大使罗德里格斯表示，双方合作潜力巨大。", "罗德里格斯", None, "多米尼加"),
    ("“两国友谊源远流长。”尼泊尔驻华大使苏迪尔表示，双方合作潜力巨大。", "苏迪尔", None, "尼泊尔"),
]


@pytest.mark.parametrize("text, speaker, province, country", PLACES)
def test_place_of_a_speaker(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)


# (text, places the article settled, the names that reading the text with them adds): a short name of a settled
# place only (a shared name is settled where it stands), which is all that placing a speaker reads again
SETTLED = [
    ("记者走进义乌国际商贸城，看到客商往来。", {"义乌市", "浙江"}, ["义乌"]),
    ("大同的煤炭企业正在转型升级。", {"大同市", "山西"}, ["大同"]),
    ("海宁丰华服装设计有限公司", {"海宁市", "浙江"}, ["海宁"]),
    ("普陀区海洋经济发展局副局长", {"浙江", "舟山市", "普陀区"}, []),
    ("合作社的牧民们忙着剪羊毛。", {"合作市", "甘肃"}, []),
]


@pytest.mark.parametrize("text, context, added", SETTLED)
def test_settled_places_add_only_their_short_names(text, context, added):
    context = frozenset(context)
    seen = {p.start for p in places(text)}
    found = [p.surface for p in places(text, context) if p.start not in seen]
    assert found == added
    assert set(found) <= short_names_settled_by(context)


# (text, speaker, province): what sets no scene for a speaker named after it
ELSEWHERE = [
    # a place that only begins a university's name (北京建筑大学) does not place the singer of the village after it
    ("黎平县的侗寨里，歌声不断。州里同北京建筑大学合作修缮民居。|在46岁侗族歌师韦锋的记忆里，童年是在歌声中度过的，"
     "“老话说，饭养身，歌养心。”", "韦锋", "贵州"),
    # ... but a hospital a university runs is where the university is
    ("继北京儿童医院之后，重庆医科大学附属儿童医院也上线了AI家庭医生。院长华子瑜介绍，模型经过了多轮测试。",
     "华子瑜", "重庆"),
    # goods brought from a province do not place the grower
    ("甘肃通渭县干旱缺水，当地从山东引入耐旱的金银花。|“山坡上能不能种？”家住姚川村的姚崇山心里直打鼓。|"
     "“10亩地种玉米，靠天吃饭。”姚崇山说。", "姚崇山", "甘肃"),
    # a person the article introduces by 是 as a national academy's member is not placed by where their work goes
    ("王林是中国林业科学研究院研究员，常年奔走在沙漠一线。|在甘肃民勤，梭梭林一眼望不到头。“这里的梭梭长得好。”王林说。",
     "王林", None),
    ("王林是甘肃省治沙研究所研究员，常年奔走在沙漠一线。|在甘肃民勤，梭梭林一眼望不到头。“这里的梭梭长得好。”王林说。",
     "王林", "甘肃"),
    # ... or as one who joined it, or by the title chain before the name
    ("大学毕业后，王林来到中国林业科学研究院。|后来，他参与了甘肃民勤的治沙工程。“梭梭长得好。”王林说。", "王林", None),
    ("时任中国林业科学研究院治沙研究室主任的王林，负责编写手册。|在甘肃民勤，梭梭林一眼望不到头。“这里的梭梭长得好。”"
     "王林说。", "王林", None),
    ("大学毕业后，王林来到甘肃省治沙研究所。|后来，他参与了民勤的治沙工程。“梭梭长得好。”王林说。", "王林", "甘肃"),
    # ... or by a biography line opening with the name (session 12, from s18's gold: seen in s12, s17 and s18)
    ("王林，1969年生，江苏南通人，中国林业科学研究院研究员。|多年后，王林仍记得在甘肃民勤的那个夜晚。|“梭梭长得好。”王林说。",
     "王林", None),
    ("王林，1969年生，江苏南通人，甘肃省治沙研究所研究员。|在甘肃民勤，梭梭林一眼望不到头。“梭梭长得好。”王林说。", "王林",
     "甘肃"),
    ("王林，1969年生，江苏南通人，甘肃省治沙研究所研究员、中国治沙学会常务理事。|在甘肃民勤，梭梭林一眼望不到头。"
     "“梭梭长得好。”王林说。", "王林", "甘肃"),
    # ... nor does the province a plant moved from (从广东东莞搬到南康: the province before a city names it too)
    ("2023年，蓝海（赣州）家居制造基地从广东东莞搬到南康，今年又追加了投资。总经理王强坦言：“这里营商环境好。”",
     "王强", "江西"),    # ... nor does a province or city that gives aid to the region (湖南援藏, 山东东营援疆指挥部)
    ("西藏山南市的搬迁新村里，湖南援藏支持的葡萄基地提供了岗位。|“以前看病要走一天。”村民王红梅说。", "王红梅", "西藏"),
    ("新疆疏勒县的温室里，山东东营援疆指挥部建起了育苗中心。|“菜苗长得好。”村民张建国说。", "张建国", "新疆"),
    # ... nor does a city inside the speaker's own name (汪桂林: not 桂林), in a paragraph that names them
    ("陕西平利县的工厂里，机器轰鸣。|天刚亮，汪桂林轻手轻脚地掩上院门，骑车去上班。|“刚进厂时闻到菌菇味都反胃。”汪桂林说。",
     "汪桂林", "陕西"),
    # ... nor where a speaker was born (the city after the province too), moved from, or left to come home
    ("清晨，广东佛山的工业区里，王家明骑车穿过厂区。|“我拍了二十年工厂。”王家明说。1975年，王家明出生在湖南衡阳的一个"
     "村庄。", "王家明", "广东"),
    ("云南勐海县的茶山上，茶农们正忙着采摘。|30年前，李春生一家从四川来到这里，“乡亲们帮我们盖起了新房。”", "李春生", "云南"),
    ("贵州雷山县的苗寨里，游客络绎不绝。|听说家乡在发展旅游，在广东打工的杨小龙回来开了一家民宿。“客房天天住满。”"
     "杨小龙说。", "杨小龙", "贵州"),
    # ... nor a run of abbreviations in the speaker's own sentence: a region of several provinces, not the first of them
    ("在山东聊城的一个村子里，纪念馆正在扩建。|“那时候家家住着战士。”村民孙长河说，八路军从村里出发，使冀鲁豫边区连成一片。",
     "孙长河", "山东"),
    ("在安徽休宁的山林里，护鸟员每天巡护。|“鸟儿不会停在一地。”护鸟员张大山说，赣浙皖三省签订了共建公约。", "张大山", "安徽"),
    ("甘肃庆阳的南梁纪念馆里，游客络绎不绝。|当年这里是陕甘宁边区的一部分，王秀兰的家就在馆旁。“那时候我才十岁。”王秀兰说。",
     "王秀兰", "甘肃"),
    # ... nor, in an earlier paragraph's sentence naming the speaker, a place that opens the name of a unit whose
    # thing follows in 的 (浙江某法院的判决: the court's judgment, not where the plaintiff is), while a unit the
    # speaker is a member of still places them (四川某公司的员工)
    ("福建晋江法院审结一起案件。|据查，以李明为原告的案件多达20件，其中浙江某法院的判决认定李明为职业索赔人。|"
     "李明称购买茶叶是为了送礼。", "李明", "福建"),
    ("据查，以李明为原告的案件多达20件，其中在浙江某法院的判决中认定李明为职业索赔人。|李明称购买茶叶是为了送礼。",
     "李明", None),
    ("据了解，李明是四川某公司的员工，常年在外跑业务。|李明称购买茶叶是为了送礼。", "李明", "四川"),
    # ... nor a unit named after such a run (陕甘宁边区政府, 冀鲁豫边区银行研究会): it belongs to the region, not to the first
    # province of the run, and places its people nowhere
    ("甘肃庆阳的南梁纪念馆里，游客络绎不绝。|“边区要自力更生。”陕甘宁边区政府主席李明说。", "李明", None),
    ("河南濮阳的纪念馆里陈列着旧票据。|“这些票据见证了历史。”冀鲁豫边区银行研究会会长王芳说。", "王芳", None),
    ("“高竹新区发展很快。”川渝高竹新区管委会主任张强说。", "张强", None),
    # ... while a run of countries' abbreviations still places a foreign guest abroad (中越: not 北京, where they met)
    ("委员长赵明19日在北京会见越共中央总书记、国家主席苏林。|苏林表示，越方愿同中方一道，推动中越关系不断向前发展。", "苏林", None),
]


@pytest.mark.parametrize("text, speaker, province", ELSEWHERE)
def test_what_sets_no_scene(tmp_path, text, speaker, province):
    assert place_of(tmp_path, text, speaker)[0] == province


def test_the_song_capital_sets_no_scene_in_japan(tmp_path):
    text = ("江苏扬州的博物馆里游人如织。|北宋东京，城市繁华。太湖石从江南运到东京城，靠的是汴河。|"
            "“这段河道剖面让运河的历史更加清晰。”讲解员刘晓说。")
    assert place_of(tmp_path, text, "刘晓") == ("江苏", "中国")


def test_an_instrument_named_after_a_continent_is_no_scene_abroad(tmp_path):
    text = "社区睦邻中心的活动室里，非洲鼓培训正在进行。|“没想到自己也会成为运动员。”63岁的龙舟队员黄桂英说。"
    assert place_of(tmp_path, text, "黄桂英") == (None, "中国")


# (text, speaker, country): a list of countries in the paragraphs before is of markets or partners, no report from
# abroad: a Chinese speaker named after it is not placed in the last of them
LISTED_ABROAD = [
    ("影片将于近日在美国、加拿大、澳大利亚、新西兰等国家上映。|面对市场，导演陈小明保持着清醒：“我们只能努力做到最好。”",
     "陈小明", "中国"),
    ("这批茶叶远销英国、法国、德国等国。|“每一片叶子都要精挑细选。”茶农周红梅说。", "周红梅", "中国"),
    # ... while a report from one country abroad still places them there
    ("埃及乡下的棉田里，棉花已经吐絮。|“今年的收成很好。”棉农赵俊杰说。", "赵俊杰", "埃及"),
]


@pytest.mark.parametrize("text, speaker, country", LISTED_ABROAD)
def test_a_list_of_countries_is_no_scene_abroad(tmp_path, text, speaker, country):
    assert place_of(tmp_path, text, speaker)[1] == country


def headline_place_of(tmp_path, kicker: str, text: str, speaker: str) -> tuple:
    path = tmp_path / "a.txt"
    headline = kicker + "——\n\n日子越过越红火（一线见闻）\n\n本报记者  李明\n\n"
    path.write_text(headline + text.replace("|", "\n\n") + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    row = events[events["speaker"] == speaker].iloc[-1]
    return tuple(None if pd.isna(row[c]) else row[c] for c in ("province", "country"))


PLAIN = "“如今日子越过越红火。”"
# (kicker, text, speaker, province, country): a speaker nothing in the text places is placed by the one province the
# article's headline (its kicker here) sets its story in, not by a university, a partner giving aid, a slogan or a
# list of provinces, and never a speaker of a central organ
HEADLINES = [
    ("安徽黄山推动民宿与乡村旅游深度融合", "民宿主理人陈立新说：" + PLAIN, "陈立新", "安徽", "中国"),
    ("浙江杭州社区养老服务更普惠", "老龄工作委员会委员王文斌介绍：" + PLAIN, "王文斌", "浙江", "中国"),
    ("山东商业航天向海而行", PLAIN + "某火箭公司总经理刘海洋说。", "刘海洋", "山东", "中国"),
    ("山东援疆建起设施农业链条", PLAIN + "村民阿依古丽说。", "阿依古丽", None, "中国"),
    ("西北师范大学研究生支教团传递接力棒", PLAIN + "支教老师张小红说。", "张小红", None, "中国"),
    ("“走出湖北发展湖北”", "评论员周文说：" + PLAIN, "周文", None, "中国"),
    ("吉林长春无人机操控师、四川德智工匠", PLAIN + "公司总经理吴红说。", "吴红", None, "中国"),
    ("全国残运会在广东深圳落幕", "组委会副主任、中国残联党组成员常明表示：" + PLAIN, "常明", None, "中国"),
    # the text's own place first
    ("安徽黄山推动民宿与乡村旅游深度融合", "在浙江杭州，民宿主理人陈立新说：" + PLAIN, "陈立新", "浙江", "中国"),
]


@pytest.mark.parametrize("kicker, text, speaker, province, country", HEADLINES)
def test_a_headline_places_whom_nothing_else_does(tmp_path, kicker, text, speaker, province, country):
    assert headline_place_of(tmp_path, kicker, text, speaker) == (province, country)


# a person introduced by a title in the lead's sentence that sets the scene (贵州毕节黔西市，…负责人王某…), quoted in a
# later part of the article (under a heading) where nothing places them, is placed by that sentence
LEAD_SCENE = [
    ("清晨，贵州毕节黔西市金碧镇，某农机合作社负责人王建国忙着演示微耕机。|小型化、多功能|"
     "“在山地干农活，强度大。”王建国说。", "王建国", "贵州", "中国"),
    ("清晨，某农机合作社负责人王建国忙着演示微耕机。|小型化、多功能|"
     "“在山地干农活，强度大。”王建国说。", "王建国", None, "中国"),
]


@pytest.mark.parametrize("text, speaker, province, country", LEAD_SCENE)
def test_a_lead_that_introduced_a_speaker_places_them(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)


# (text, speaker, province, country): a person named bare at the verb whom the article introduces by name, 是 and a
# unit with a title, before or after their words, is placed by that unit, not by a trip abroad told before them; an
# introduction by a title alone, or by what is no unit, places no one
INTRODUCED = [
    ("刚从德国参展归来的王建国，又忙着联系物流和海外仓。|“今年的订单翻了一番。”王建国说。|"
     "王建国是成都天宇科技有限公司总经理，主要从事新材料的研发和生产。", "王建国", "四川", "中国"),
    ("王建国是成都天宇科技有限公司总经理。|在德国汉诺威的展会上，展台前人头攒动。“今年的订单翻了一番。”王建国说。",
     "王建国", "四川", "中国"),
    ("刚从德国参展归来的王建国，又忙着联系物流和海外仓。|“今年的订单翻了一番。”王建国说。|"
     "王建国是一名退伍军人，回乡创业已有十年。", "王建国", None, "德国"),
    ("刚从德国参展归来的王建国，又忙着联系物流和海外仓。|“今年的订单翻了一番。”王建国说。|"
     "王建国是土生土长的本地人，回乡创业已有十年。", "王建国", None, "德国"),
]


@pytest.mark.parametrize("text, speaker, province, country", INTRODUCED)
def test_an_introduction_by_unit_and_title_places_a_bare_speaker(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)


def test_an_introduction_gives_the_unit_and_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + INTRODUCED[0][0].replace("|", "\n\n") + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    assert events[["speaker", "organisation", "title"]].values.tolist() == [["王建国", "成都天宇科技有限公司", "总经理"]]


def test_what_owns_no_title_is_no_unit(tmp_path):
    """华为的一位工程师: the company is the unit the title belongs to; 土生土长的本地人王某 has no title, so no unit (and
    no country read from its first character, 土 for 土耳其)."""
    text = "在江西婺源的油菜花田边，土生土长的本地人王建国说：“这几年游客越来越多。”"
    assert place_of(tmp_path, text, "王建国") == ("江西", "中国")


# (text, speaker, province): a member of a central body with no unit of their own (全国政协委员) is not placed by the
# scene the report set before them, only by the sentence that names them; a deputy (全国人大代表) still is
NATIONAL_MEMBERS = [
    ("在安徽合肥的一所小学，学生们正在进行跳绳比赛。|“体育锻炼能有效缓解压力。”全国政协委员、奥运冠军李雪梅表示。",
     "李雪梅", None),
    ("全国政协委员王海介绍，甘肃把高质量发展要求贯穿于新型工业化全过程。", "王海", "甘肃"),
    ("在安徽代表团驻地，代表们正在热烈讨论。|“乡村振兴要靠产业。”全国人大代表李雪梅说。", "李雪梅", "安徽"),
]


@pytest.mark.parametrize("text, speaker, province", NATIONAL_MEMBERS)
def test_a_member_of_a_central_body_is_placed_by_their_own_sentence(tmp_path, text, speaker, province):
    assert place_of(tmp_path, text, speaker) == (province, "中国")


def sub_report_place_of(tmp_path, title: str, first: str, second: str, speaker: str) -> tuple:
    """The place of ``speaker`` on a page of two sub-reports, each under its kicker, heading and byline (``first``
    and ``second``: kicker, then the body paragraphs, ``|`` between them)."""
    page = [title, "本报记者  王  林"]
    for i, report in enumerate((first, second)):
        kicker, *body = report.split("|")
        page += [kicker, ("让候鸟安心过冬", "多方共护湿地")[i], "本报记者  刘  青"] + body
    path = tmp_path / "a.txt"
    path.write_text("\n\n".join(page) + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    row = events[events["speaker"] == speaker].iloc[-1]
    return tuple(None if pd.isna(row[c]) else row[c] for c in ("province", "country"))


FIRST = "湖南洞庭湖国家级自然保护区|清晨，保护区内成群的候鸟在浅滩觅食。|“今年来越冬的候鸟比往年多。”管理站站长李东说。"
SECOND = "志愿者们每天巡护滩涂，记录鸟类数量。|据管理中心副主任周海介绍，园区新增了多个监测点。|“勺嘴鹬的数量在增加。”周海说。"
# (title, first, second, speaker, province): the kicker of a page's first sub-report, read with the page's headline,
# places the speakers of that sub-report whom nothing else places, not those of a later one: they take their own
# sub-report's kicker, or nothing; a page's title still places the speakers of all its sub-reports
SUB_REPORTS = [
    ("守护候鸟，这些湿地在行动", FIRST, "福建闽江河口国家级湿地公园|" + SECOND, "周海", "福建"),
    ("守护候鸟，这些湿地在行动", FIRST, "城郊湿地公园|" + SECOND, "周海", None),
    ("守护候鸟，这些湿地在行动", FIRST, "福建闽江河口国家级湿地公园|" + SECOND, "李东", "湖南"),
    ("湖南守护候鸟在行动", "洞庭湖保护区|" + FIRST.split("|", 1)[1], "城郊湿地公园|" + SECOND, "周海", "湖南"),
]


@pytest.mark.parametrize("title, first, second, speaker, province", SUB_REPORTS)
def test_a_sub_report_is_placed_by_its_own_kicker(tmp_path, title, first, second, speaker, province):
    assert sub_report_place_of(tmp_path, title, first, second, speaker) == (province, "中国")


def test_a_later_section_keeps_the_title_s_place(tmp_path):
    text = "安徽黄山推动民宿与乡村旅游深度融合\n\n本报记者  李明\n\n民宿越来越多。\n\n办好民宿\n\n" \
        "据协会副会长周海介绍，今年新开民宿三十家。\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    assert events[events["speaker"] == "周海"].iloc[-1]["province"] == "安徽"


# (text, speaker, province): a unit whose name holds no place (中国人民大学, 华中科技大学) is where it is
# (``organisation_places.csv``), not where the report meets its people; a name's own place still comes first, and a
# central organ (中国科学院) stays unplaced
OWN_PLACE = [
    ("贵州黔东南州的侗寨里，村民们正在排练侗族大歌。|“侗族大歌是活着的文化。”中国人民大学教授林文涛说。", "林文涛", "北京"),
    ("在广东佛山，一条新的智能产线投产了。“机器人已经能完成八成工序。”华中科技大学教授周一鸣介绍。", "周一鸣", "湖北"),
    ("在广东佛山，一条新的智能产线投产了。“机器人已经能完成八成工序。”四川大学教授周一鸣介绍。", "周一鸣", "四川"),
    ("贵州黔东南州的侗寨里，村民们正在排练侗族大歌。|“侗族大歌是活着的文化。”中国科学院院士林文涛说。", "林文涛", None),
    # ... a unit the level rules read as a central organ by its name (中央…) but which is a university, and a listed
    # unit later in the title chain
    ("在广东佛山，一条新的智能产线投产了。“制造业正在转型。”中央财经大学教授周一鸣说。", "周一鸣", "北京"),
    ("在广东佛山，一条新的智能产线投产了。“机器人已经能完成八成工序。”中国科学院院士、复旦大学教授周一鸣介绍。",
     "周一鸣", "上海"),
]


@pytest.mark.parametrize("text, speaker, province", OWN_PLACE)
def test_a_unit_whose_name_holds_no_place_is_where_it_is(tmp_path, text, speaker, province):
    assert place_of(tmp_path, text, speaker) == (province, "中国")


def test_listed_units_need_the_table():
    """Every row of ``organisation_places.csv`` names a province of the package and a unit whose name places it
    nowhere by itself (a name that holds its place, 四川大学, needs no row)."""
    from helpers.quotes.places import province_of
    from helpers.quotes.tables import organisation_places
    from helpers.segment import read_rows

    known = {row["short"] for row in read_rows("provinces.csv")}
    rows = read_rows("organisation_places.csv")
    assert len(rows) == len(organisation_places()) >= 50
    for row in rows:
        assert row["province"] in known, row
        assert province_of(row["organisation"])[0] is None, row


# a foreign person living or working in China whose nationality the article states (X来自美国, 英国人X, 加拿大籍
# 教师X, X是德国人) is placed in that country, not in the province of their unit or scene; a Chinese person met
# abroad is given no foreign country by the scene, and 来自 a Chinese province stays that province
NATIONALITY = [
    ("四川成都，锦江边。|“这里的茶馆让我着迷。”茶馆里，白若兰端起盖碗茶说。|白若兰来自英国伦敦，如今是一名摄影师。|"
     "“我想把这里拍下来。”白若兰说。", "白若兰", None, "英国"),
    ("在云南大理古城，加拿大籍教师马可心正在备课。“学生们很用心。”马可心说。", "马可心", None, "加拿大"),
    ("在浙江杭州一家咖啡馆，德国人林安德正在烘焙咖啡豆。“杭州的节奏很适合我。”林安德说。", "林安德", None, "德国"),
    ("福建厦门，鼓浪屿上。|高乐怡是澳大利亚人，在当地开了一家民宿。|“游客越来越多。”高乐怡说。", "高乐怡", None,
     "澳大利亚"),
    ("江苏苏州，一所中学里。|“学生们的问题总是很多。”陆思远说。|陆思远，新西兰人，在这里教了五年英语。",
     "陆思远", None, "新西兰"),
    ("在泰国曼谷，浙江某公司项目经理王志刚忙着调试设备。“项目进展顺利。”王志刚说。", "王志刚", "浙江", "中国"),
    ("广东深圳，一家工作室里。|张丽来自湖南长沙，如今是一名设计师。|“我很喜欢这座城市。”张丽说。", "张丽",
     "湖南", "中国"),
]


@pytest.mark.parametrize("text, speaker, province, country", NATIONALITY)
def test_a_stated_nationality_places_a_foreigner_in_china(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)


# (text, speaker, province, country): a world region (中亚, 东盟) is never a person's country: the search goes on to a
# country named before (哈萨克斯坦), else there is none; a group's words may still be a region's (拉美国家代表)
REGIONS = [
    ("中国同中亚国家的经贸往来日益紧密。|“网购非常方便。”某通讯社记者卡里姆说。", "卡里姆", None, None),
    ("走进哈萨克斯坦阿拉木图的物流中心，一片繁忙景象。|中国同中亚国家的经贸往来日益紧密。|“网购非常方便。”某通讯社记者卡里姆说。",
     "卡里姆", None, "哈萨克斯坦"),
    ("“双方合作潜力巨大。”东盟秘书长高金洪表示。", "高金洪", None, None),
]


@pytest.mark.parametrize("text, speaker, province, country", REGIONS)
def test_a_world_region_is_no_persons_country(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)


# (text, speaker, province, country), session 17 (place22): where the article states a speaker's place and the
# package left it empty.
# - an introduction by 来自…的 earlier in the paragraph, the speaker then named bare: where they come from (a unit
#   that opens with a province, a place, a country); not another person's 来自 (the visitors from 江苏)
INTRODUCED_ORIGIN = [
    ("来自河南省农业科学院的郑晓峰，多年来扎根麦田。“今年的麦子长势不错。”郑晓峰说，要抓紧田间管理。",
     "郑晓峰", "河南", "中国"),
    ("来自广西桂林的罗一鸣，在这里学了三年厨艺。“我想回家乡开一家餐馆。”罗一鸣说。", "罗一鸣", "广西", "中国"),
    ("来自巴西的卡洛斯，在上海读书已有两年。“这里的生活很方便。”卡洛斯说。", "卡洛斯", None, "巴西"),
    ("在浙江安吉的竹林里，来自江苏的游客络绎不绝。“竹林是我们的宝贝。”村民赵德明说。", "赵德明", "浙江", "中国"),
]
# - a generation word (90后, 00后) before a title describes the person and names no unit: the scene places them;
#   an introduction by the copula after a comma (NAME，是 PLACE…的 TITLE) does too
GENERATION_AND_COPULA = [
    ("水库是全市的饮用水源地。00后小伙江浩然，是贵州遵义湄潭县的护河志愿者。“我们每周都要巡河。”江浩然介绍。",
     "江浩然", "贵州", "中国"),
    ("水库是全市的饮用水源地。合作社理事长钟立华，是湖南湘西花垣县的致富带头人。“今年收成不错。”钟立华说。",
     "钟立华", "湖南", "中国"),
    # (a comma then 是 with no place after it places no one)
    ("水库是全市的饮用水源地。合作社理事长钟立华，是远近闻名的致富带头人。“今年收成不错。”钟立华说。",
     "钟立华", None, "中国"),
]
# - a description in 的 that opens with a time word and a locative (当天在现场观看演出的) holds no unit: the scene of the
#   paragraphs before places the speaker
NO_UNIT_AFTER_A_LOCATIVE = [
    ("今年，江西省文旅厅在南昌市举办采茶戏展演。|“演出很精彩。”当天在现场观看演出的居民邓美玲说。", "邓美玲",
     "江西", "中国"),
    ("今年，江西省文旅厅在南昌市举办采茶戏展演。|“演出很精彩。”上午在广场参加活动的居民邓美玲说。", "邓美玲",
     "江西", "中国"),
]
# - a county-level city's short name glued to 市民 (昆山市民: the full name 昆山市, cut 昆山|市民) is the city
RESIDENTS = [
    ("“这条步道修得真好。”晨练的昆山市民顾晓雯说。", "顾晓雯", "江苏", "中国"),
    ("“这条步道修得真好。”晨练的义乌市民楼佳琪说。", "楼佳琪", "浙江", "中国"),
]
# - a dotted name of a Chinese citizen (Uyghur, ``uyghur_name_parts.txt``) in a Chinese scene of its own sentence is
#   placed there, and is never a foreigner of no country; a foreign dotted name in a Chinese scene is still foreign
DOTTED_CITIZENS = [
    ("“多喝水，按时吃药。”在新疆阿克苏地区库车市一个村卫生室里，乡村医生买买提·吐尔逊叮嘱患者。",
     "买买提·吐尔逊", "新疆", "中国"),
    ("“葡萄今年卖得好。”村民古丽娜尔·艾力说。", "古丽娜尔·艾力", None, "中国"),
    # (its own sentence only: not the place of the member who spoke before in a list of speeches)
    ("符立新委员发言说，要促进台湾同胞的交流合作。买买提·吐尔逊委员发言说，要深度挖掘文旅资源。", "买买提·吐尔逊",
     None, "中国"),
    ("在浙江义乌国际商贸城，外商丹尼斯·马丁正在挑选饰品。“这里的商品种类太多了。”丹尼斯·马丁说。",
     "丹尼斯·马丁", None, None),
]
# - a foreign city's official whose city the paragraph named with its country (德国某州某市): that country
FOREIGN_CITY = [
    ("论坛期间，中国江苏省无锡市与意大利伦巴第大区贝加莫市签署合作备忘录。贝加莫市副市长马泰奥·罗西告诉记者：“我们期待"
     "更多合作。”", "马泰奥·罗西", None, "意大利"),
    ("论坛期间，中国江苏省无锡市与意大利伦巴第大区贝加莫市签署合作备忘录。贝加莫市副市长罗西告诉记者：“我们期待"
     "更多合作。”", "罗西", None, "意大利"),
    # (not a country that acts on the unit's place: 乌克兰对俄…州)
    ("俄罗斯国防部当天称，乌克兰对俄别尔哥罗德州发动无人机袭击。别尔哥罗德州州长格拉德科夫表示，当地多处民房受损。",
     "格拉德科夫", None, "俄罗斯"),
]

# - (session 17, place22b) a place on the route of goods or a partner's is no scene for the people around it: the goods
#   a speaker buys, sells or stocks, named after the speaker's name by where they come from (海南芒果, 赣南脐橙); where
#   goods are sent (运往北京, 发往上海洋山港); a partner unit's place (由浙江杭州的一家企业代加工)
GOODS_AND_PARTNERS = [
    # goods named after the speaker (what they buy, sell, stock) come from their own place, not the speaker's
    ("清晨，上海江桥批发市场里人来人往。|水果商陈建华刚卸下一车海南芒果。“今天到货早，这一车有十几吨。”陈建华说。", "陈建华", "上海",
     "中国"),
    ("清晨，上海江桥批发市场里人来人往。|“这一车有十几吨。”商户陈建华说，他刚卸下一车海南芒果。", "陈建华",
     "上海", "中国"),
    ("在杭州的一家超市里，顾客络绎不绝。|店员周丽一边整理货架上的赣南脐橙，一边介绍：“这几天卖得特别快。”", "周丽", "浙江", "中国"),
    ("天津的早市上，叫卖声此起彼伏。|摊主孙志刚的摊位上堆满了山东大葱。“一上午卖了两百斤。”孙志刚说。", "孙志刚", "天津", "中国"),
    # ... while a producer described by their product's place is there, as is a base or farm named after it
    ("赣南脐橙种植户李春明说：“今年的橙子又大又甜。”", "李春明", "江西", "中国"),
    ("赣南脐橙迎来丰收。|“今年价格好。”果农李春明说。", "李春明", "江西", "中国"),
    ("“今年的果子个头大。”技术员王海涛正在广西百香果种植基地查看长势。", "王海涛", "广西", "中国"),
    ("“今天菜价稳定。”摊主刘梅说，她在重庆南岸区农产品市场经营多年。", "刘梅", "重庆", "中国"),
    # the place goods are sent to is not where the people who send them are
    ("浙江义乌的仓库里，工人们忙着打包，这批货物将运往北京。|“我们每天要发几百单。”工人王芳说。", "王芳", "浙江", "中国"),
    ("江苏连云港的码头上，货轮一艘接一艘，集装箱将发往上海洋山港。码头调度部经理张伟介绍，今年吞吐量又创新高。", "张伟", "江苏", "中国"),
    # a partner unit's place (由|与 PLACE 的一家企业) is not the scene of the story
    ("贵州某村的茶叶车间里机器轰鸣。这批甜品由浙江杭州的一家企业代加工，成本不低。村第一书记刘明说，今年要在村里建生产线。", "刘明", "贵州", "中国"),
    ("甘肃定西的合作社里，土豆堆成了小山。合作社已与上海一家超市签订供货协议。“销路不愁了。”社员赵小军说。", "赵小军", "甘肃", "中国"),
    # ... while a unit one is in (在 PLACE 一家企业) sets the scene
    ("在浙江一家企业，生产线正满负荷运转。“订单排到了年底。”技术员王强说。", "王强", "浙江", "中国"),
]


@pytest.mark.parametrize("text, speaker, province, country", INTRODUCED_ORIGIN + GENERATION_AND_COPULA
                         + NO_UNIT_AFTER_A_LOCATIVE + RESIDENTS + DOTTED_CITIZENS + FOREIGN_CITY + GOODS_AND_PARTNERS)
def test_a_place_the_article_states(tmp_path, text, speaker, province, country):
    assert place_of(tmp_path, text, speaker) == (province, country)



OPENING = "“年货节就定在腊月二十三。”临近年关，李春生的手机响个不停。"
LATER = "|有的老乡在新疆开了饭馆，今年也要回来。|“大家都盼着这一天。”李春生说。"
# (text, speaker, province): a person introduced by 是, their unit and title, where the unit's name carries a note of
# the short name the article goes on with (…服务中心（以下简称“创业中心”）副主任) is described so, the note left out:
# the unit places their rows (session 18, from blind23a: 魏永牛, 甘肃…静宁县…办公室（以下简称“归雁办”）副主任)
ABBREVIATION_NOTES = [
    (OPENING + "|李春生是陕西省榆林市某县返乡创业服务中心（以下简称“创业中心”）副主任。“这是家乡人团聚的好机会。”李春生说。"
     + LATER, "李春生", "陕西"),
    (OPENING + "|李春生是陕西省榆林市某县返乡创业服务中心（简称“创业中心”）副主任。“这是家乡人团聚的好机会。”李春生说。"
     + LATER, "李春生", "陕西"),
    # a note that is not in a description places no one
    (OPENING + "|“这是家乡人团聚的好机会。”李春生说，返乡创业服务中心（以下简称“创业中心”）已经挂牌。", "李春生", None),
]


@pytest.mark.parametrize("text, speaker, province", ABBREVIATION_NOTES)
def test_a_units_abbreviation_note_does_not_cut_a_description(tmp_path, text, speaker, province):
    assert place_of(tmp_path, text, speaker) == (province, "中国")
