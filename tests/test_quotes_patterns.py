"""The patterns of quotation in the genre at large, as parameter tables of (text, expected), and the cost of
a paragraph. Each case was reported against the first extractor (issue 11) and failed there.

Paragraphs are separated by ``|`` in the text of a case; the event checked is the last one found.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import quotes

ROOT = Path(__file__).resolve().parent.parent


def events_of(tmp_path, text: str) -> pd.DataFrame:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text.replace("|", "\n\n") + "\n", encoding="utf-8")
    return quotes.analyse(helpers.load_corpus(path), cache=False).events


def last(events: pd.DataFrame) -> tuple:
    row = events.iloc[-1].where(events.iloc[-1].notna(), None)
    return row["speaker"], row["verb"], row["mode"], row["province"]


QUOTE = "“我们将继续扩大开放，让更多企业受益。”"

# (text, speaker, verb, mode, province)
PATTERNS = [
    # a new speaker in the next paragraph is not the speaker of the paragraph before
    ("“我们要加快发展。”四川省科技厅厅长吴群刚说。|“我们将继续扩大开放。”香港特区行政长官李家超表示。",
     "李家超", "表示", "direct", "香港"),
    # straight and other quotation marks
    ('江苏省商务厅厅长王立新说："我们将扩大开放，推动外贸稳中提质。"', "王立新", "说", "direct", "江苏"),
    ("江苏省商务厅厅长王立新说：＂我们将扩大开放，推动外贸稳中提质。＂", "王立新", "说", "direct", "江苏"),
    ("江苏省商务厅厅长王立新说：〝我们将扩大开放，推动外贸稳中提质。〞", "王立新", "说", "direct", "江苏"),
    # names that hold a province's name are people
    ("村党支部书记王海南说：" + QUOTE, "王海南", "说", "direct", None),
    ("村民张河南笑着说：" + QUOTE, "张河南", "说", "direct", None),
    ("李云南说：" + QUOTE, "李云南", "说", "direct", None),
    ("种粮大户刘江西告诉记者：" + QUOTE, "刘江西", "告诉", "direct", None),   # the verb, not its addressee
    # invisible characters inside a name or a place
    ("村民王\u00ad建国说：" + QUOTE, "王建国", "说", "direct", None),
    ("成\u200d都市科技局局长李明说：" + QUOTE, "李明", "说", "direct", "四川"),
    # deputies and members in session coverage
    ("罗云峰代表说：" + QUOTE, "罗云峰", "说", "direct", None),
    ("在车上，安天科技集团董事长肖新光委员若有所思：" + QUOTE, "肖新光", None, "direct", None),
    # a quotation after a colon with no reporting verb
    ("村民何建和笑着竖起大拇指：" + QUOTE, "何建和", None, "direct", None),
    # a person opening the clause, a short action, then the verb
    (QUOTE + "长玉村种粮大户黄贵龙蹲在田埂上感慨。", "黄贵龙", "感慨", "direct", None),
    # short forms of a name the article wrote in full
    ("在莫斯科，记者见到了娜塔莉娅·斯柳萨列娃。|" + QUOTE + "斯柳萨列娃表示。", "娜塔莉娅·斯柳萨列娃", "表示", "direct", None),
    ("四川省眉山市东坡区村民王建国种了三十年地。|老王说：" + QUOTE, "王建国", "说", "direct", "四川"),
    # the subject opens the sentence, a clause before the verb
    ("果农陈景秀点点头，又指着一片黄叶问，" + QUOTE, "陈景秀", "问", "direct", None),
    ("老党员尚金锁今年74岁。他缓缓站起身，挺直了腰说：" + QUOTE, "尚金锁", "说", "direct", None),
    # a verb naming a topic (谈到…，) before the verb of the words in the same sentence is not the speaker's verb
    ("老党员尚金锁今年74岁，谈到下一步的担当作为，他缓缓站起身，挺直了腰说：" + QUOTE, "尚金锁", "说", "direct", None),
    # a person named again by the bare name, and an occasion between the name and the verb
    ("浙江大学教授安瓦尔介绍，研究进展顺利。|安瓦尔在论坛开幕致辞中表示，要扩大合作。", "安瓦尔", "表示", "indirect", "浙江"),
    # the slot between a quotation and a verb closing the sentence holds a name jieba does not know
    (QUOTE + "小尼古拉说。", "小尼古拉", "说", "direct", None),
    # reporting verbs of the genre beyond the seed's
    (QUOTE + "村民李大山感叹道。", "李大山", "感叹道", "direct", None),
    # 道 reports words only in its compounds (写道, 感叹道); alone it is a road or part of a name (栈道, 赤道)
    ("村民李大山在给孩子们的信中写道：" + QUOTE, "李大山", "写道", "direct", None),
    ("浙江大学教授王建国回应：" + QUOTE, "王建国", "回应", "direct", "浙江"),
    ("果农陈景秀追问：" + QUOTE, "陈景秀", "追问", "direct", None),
    # foreign names after a title: the parts of a dotted name that jieba cuts into verbs or function
    # words, and one-part names too long for a Chinese name (no ·)
    ("俄罗斯圣彼得堡国立大学教授伊万·彼得罗申表示，双方合作前景广阔。", "伊万·彼得罗申", "表示", "indirect", None),
    ("吉尔吉斯斯坦农业部副部长托克托索诺夫表示，两国农业合作成果丰硕。", "托克托索诺夫", "表示", "indirect", None),
    # a name the paragraph introduced with a title is a name when it recurs bare, though jieba cuts it apart
    ("民政部部长陆治原出席会议并讲话。陆治原表示，要做好养老服务工作。", "陆治原", "表示", "indirect", None),
    ("会议由中央农办副主任祝卫东主持。祝卫东指出，要抓好粮食生产。", "祝卫东", "指出", "indirect", None),
    ("全国民政工作会议在京召开，民政部部长陆治原出席。|陆治原强调，要兜住兜准兜好民生底线。", "陆治原", "强调", "indirect", None),
    ("白俄罗斯驻上海总领事卡利宁斯基表示，双方合作潜力巨大。", "卡利宁斯基", "表示", "indirect", None),
    # the leader's letter is not a person, even in the reported words of the speaker
    ("哈萨克斯坦《草原日报》总编辑阿尔马托夫认为，习近平主席的贺信强调了合作的重要性。", "阿尔马托夫", "认为", "indirect", None),
    # an 在…后 clause between the speaker and the verb
    ("尼泊尔议会副主席萨丽塔·吉里在论坛现场读到习近平主席贺信后表示，双方应深化合作。", "萨丽塔·吉里", "表示", "indirect", None),
    # a rare given-name character that jieba leaves alone as a bound morpheme
    (QUOTE + "公司创始人段江哗很有成就感。", "段江哗", None, "direct", None),
    (QUOTE + "公司创始人李文喆很有成就感。", "李文喆", None, "direct", None),
    # a speaker with no organisation is placed by the paragraph's earlier sentences, then by the place
    # nearest to them in the paragraphs before (where the visitor came from is farther back)
    ("曾是贫困村的句容市下蜀镇东风村，如今村集体资产过亿元。" + QUOTE + "村党委书记王国强说。", "王国强", "说", "direct", "江苏"),
    ("从上海一路来到山里，李丽踏上了景宁县东弄村的石板路。|" + QUOTE + "村党支部书记蓝建华说。", "蓝建华", "说", "direct", "浙江"),
    # a surname and a given name between a quotation and the verb, however jieba cuts them (于/洋, 陈明/有)
    ("“我们坚持严查严管，有假必查。”于洋介绍，入警以来她查获了多起案件。", "于洋", "介绍", "mixed", None),
    ("“我们将警史馆向游客开放。”陈明有介绍，警史馆已成为游客了解边疆的窗口。", "陈明有", "介绍", "mixed", None),
    # a given name that jieba reads as a place or another word (刘/泰安, 刘/建安; after a title 何/建设)
    ("谈及传承，刘建安坦言，孙子能做一些简单的操演。", "刘建安", "坦言", "indirect", None),
    ("夜幕降临，刘泰安轻轻拂拭着木偶，" + QUOTE, "刘泰安", None, "direct", None),
    ("国家移民管理局证件管理处副处长何建设对此深有感受：" + QUOTE, "何建设", None, "direct", None),
    # 边…边… between the speaker and the verb
    ("“这个枝要剪掉，”李强边修剪边讲解，“留下的枝条才能结好果。”", "李强", "讲解", "direct", None),
    # a long addressee between the speaker and the verb (向一位提着大包小包的老年游客问道)
    ("“需要帮忙吗？”公园一角，身着制服的王丽向一位提着大包小包的老年游客问道，“我来帮您拿吧。”", "王丽", "问道", "direct", None),
    # a Tibetan name (no surname) after a title
    (QUOTE + "县农业农村局局长次仁顿珠介绍。", "次仁顿珠", "介绍", "direct", None),
    (QUOTE + "县委书记扎西平措说。", "扎西平措", "说", "direct", None),
    # a given name ending in 来 before 说 (the guard of 对我们来说 does not stop it)
    ("“拓宽了产品销路，也打开了发展的思路。”镇农业农村办副主任王春来说。", "王春来", "说", "direct", None),
    # 建议 reports a deputy's proposal (but not 提出建议, 的建议); a name jieba cuts as places before 代表
    ("某移动公司辽宁分公司总经理刘建华代表建议，在农村设立村级养老服务站。", "刘建华", "建议", "indirect", "辽宁"),
    (QUOTE + "贺海北代表说。", "贺海北", "说", "direct", None),
    # a deputy named again as 王德才委员 keeps the place given first, not the place of the speaker before
    ("致公党江苏省委副主委王德才委员表示，要促进居民增收。|河南省社科院院长李承哲代表表示，要稳定就业。|"
     "王德才委员认为，要突出就业优先导向。", "王德才", "认为", "indirect", "江苏"),
    # 成员 is a title: the foreign name after it does not swallow it
    ("阿拉伯投资论坛董事会成员哈桑·阿里表示：" + QUOTE, "哈桑·阿里", "表示", "direct", None),
    # a company's chief officer of any kind (首席…官)
    ("某科技公司首席数据官孟宇介绍，企业与高校建立了联合实验室。", "孟宇", "介绍", "indirect", None),
    # a name ending in a character that also ends units' names (旗 as in 准格尔旗), read by jieba as one name
    ("“以前工费每天60元，现在120元招人都难。”孙洪旗说。", "孙洪旗", "说", "direct", None),
    # 来自… places a speaker with no organisation: a Chinese place gives the province
    ("“有问题找管家，24小时都有人回应。”来自湖南衡阳的刘庆川说。", "刘庆川", "说", "direct", "湖南"),
    # a speaker with a Chinese name is not placed abroad by the markets and customers the report mentions
    # after the name or in the sentences before: the nearest Chinese place
    ("河北恒驰自行车零件集团有限公司的产品畅销欧美市场。“我们可以提供定制化产品。”总经理董宏志说。",
     "董宏志", "说", "direct", "河北"),
    ("在浙江义乌的店铺中，无人机演示已成为必修课。“我们开发了三摄航拍机型。”店主赵俊杰透露，不久前一位南美客户下单1800台。",
     "赵俊杰", "透露", "mixed", "浙江"),
    # heads of museums, care homes and kindergartens (馆长, 园长), where jieba reads part of the unit as a name
    ("“五六岁时，我就拿着凿子做东西玩。”北京文旺阁木作博物馆馆长王文旺说。", "王文旺", "说", "direct", "北京"),
    ("“园内设有内科、中医科。”圣爱康养园园长牟琳介绍，园内为每一位老人建立健康档案。", "牟琳", "介绍", "mixed", None),
    ("受益于中国低空经济蓬勃发展，销售无人机的店铺增至数百家。“我们开发了三摄航拍机型。”店主赵俊杰透露，一位南美客户下单。",
     "赵俊杰", "透露", "mixed", None),
    # ... but where the report names no Chinese place, it is set abroad, and so is a speaker with a Chinese-looking name
    ("每年金秋时节，埃及乡下的棉田迎来收获季。|下午2时，棉农赛义德蹲下身子，向记者展示说，“你看这土。”",
     "赛义德", "说", "direct", None),
    # an addressee and what is shown to them (向记者展示说) stand between the speaker and the verb; a grower
    # (棉农) is described, not named
    ("棉农王建军蹲下身子，向记者展示说，“你看这土，是尼罗河的馈赠。”", "王建军", "说", "direct", None),
    ("棉农赛义德说：“这是尼罗河的馈赠。”|在东方省法库斯镇阿达伊达蒙村的棉田里，有着30多年经验的赛义德蹲下身子，向记者展示说，“你看这土。”",
     "赛义德", "说", "direct", None),
    # a verb of saying with how (举例说, 打比方说)
    ("“我们把各部门的数据连了起来。”副总经理王海林举例说，比如货车进港的排队时间。", "王海林", "举例说", "mixed", None),
    # a verb closing the sentence that a quotation opens claims it, across clauses of place or action
    ("“货都卖空了，新订单排到年底！”在商贸城二楼，灯具店店主王建国对客商说。", "王建国", "说", "direct", None),
    # a few words between the verb and a colon say how the words were said, not what (no reported speech)
    ("被问到为何回乡，王建国回答干脆利落：“离家近，能照顾父母！”", "王建国", "回答", "direct", None),
    ("王建国说得很实在：“家门口，待遇好！”", "王建国", "说", "direct", None),
    # two verbs of one speaker claiming one quotation (打趣说：“…”) give its words once
    ("老人们常打趣说：“小李，我们没你可不行！”", "老人们", "打趣", "direct", None),
    # 答 inside a noun (互动问答) is no reporting verb
    ("“现在智慧农机都是新农具。”作为县里的特聘农技员，吕建国时不时在线上互动问答，“得带着大家伙一起种出好收成。”",
     "吕建国", None, "direct", None),
    # what follows a verb of topic (讲起, 聊起, 谈到 …) with no punctuation between is its topic, not words
    ("拨开沉甸甸的麦穗，吕建国讲起要诀，“上面的麦穗黄了，这算是活秆成熟。”", "吕建国", "讲起", "direct", None),
    ("“老年人占我们全村人口的21.2%。”顺着话头，罗建昌聊起村里养老事业发展。", "罗建昌", "聊起", "direct", None),
    # "the company" is the company the article named last, not the first one
    ("“我们拓展了新市场。”深圳蓝海科技有限公司总经理王建国说。|日前，苏州远航智能制造有限公司牵头的项目启动。|"
     "“牵头国家级项目，将推动企业加快突破。”公司创始人陈嘉琛表示。", "陈嘉琛", "表示", "direct", "江苏"),
    # a view framed by 在…看来，(in X's view): the person inside the frame, the words after the comma; 看来 is
    # no verb of saying (the view is the reporter's wording), so the event has none
    ("在浙江大学经济学院教授李明看来，消费回升的势头正在增强。", "李明", None, "indirect", "浙江"),
    ("在山东寿光种植户王秀英看来，合作社让大家的日子越过越红火。", "王秀英", None, "indirect", "山东"),
    ("在种粮大户王建国看来，“种地靠的是科技，也靠的是耐心。”", "王建国", None, "direct", None),
    # 来自…的 a Chinese place: the speaker's province, not a country
    ("来自景德镇的陶瓷手艺人、全国人大代表于集华说，要让珐琅瓷走向世界。", "于集华", "说", "indirect", "江西"),
    # a form of address (老周) is a person for 他/她 later, though jieba's dictionary has it as a word
    ("在山西省长治市，村民老周至今记得那段日子。“那时候条件很苦。”他说。", "老周", "说", "direct", "山西"),
    # verbs of complaining, calling out, cutting in and warning report words (诉苦, 抱怨, 喊道, 插话, 告诫 …),
    # after a colon and after a name; the colon's own clause names the speaker, not the paragraph before
    ("“物流成本降了不少。”县商务局局长王建国说。|今年初，银行上门走访，种植户李志强忍不住诉苦：“年前接到大订单，资金周转不灵。”",
     "李志强", "诉苦", "direct", None),
    ("“这条路早该修了。”村民张秀英抱怨。", "张秀英", "抱怨", "direct", None),
    ("见到记者，养殖户刘大山远远地喊道：“快来看看我们的新羊圈！”", "刘大山", "喊道", "direct", None),
    ("“还有一个办法。”一旁的技术员赵明插话，“把滴灌管往下埋一点。”", "赵明", "插话", "direct", None),
    ("老队长王福来常常告诫年轻人：“干活不能图快，安全第一。”", "王福来", "告诫", "direct", None),
    # 导师 (a student's supervisor) is a title: the person after it speaks, not the student before 的
    ("研究生张纯的导师王淑萍说：“科研要耐得住寂寞。”", "王淑萍", "说", "direct", None),
    # a manner adverb in 地 is the last word before 地: the name before it keeps its end (谢长顺|高兴地说)
    ("食品公司负责人谢长顺的贷款刚刚到账。|“贷款速度快。”刚刚到账300万元贷款，谢长顺高兴地说，“只花了两天时间。”",
     "谢长顺", "说", "direct", None),
    # an adverb jieba reads into a four-character name (赵海伶正|与网友互动) is not part of it
    ("“今天给大家带来特产黑木耳……”直播间里，县食用菌合作社理事长赵海伶正与网友互动。", "赵海伶", None, "direct", None),
    # a causative 让 before a group: the group speaks, not the thing that moved them
    ("展厅里的全息投影让观众连连赞叹：“太震撼了！”", "观众", "赞叹", "direct", None),
    ("新建的步道让市民们赞叹：“家门口就有好风景。”", "市民们", "赞叹", "direct", None),
    # an adverb of how often or how readily (常常, 一直, 忍不住) stands between a speaker and the verb
    ("老队长王福来常常叮嘱年轻人：“干活不能图快，安全第一。”", "王福来", "叮嘱", "direct", None),
    ("“种子是农业的芯片。”研究员李明一直强调。", "李明", "强调", "direct", None),
    ("“这回可算熬出头了。”老人李桂兰叹道。", "李桂兰", "叹道", "direct", None),
    ("“咱这手艺也能上直播！”店主李志强调侃道。", "李志强", "调侃道", "direct", None),
    # a verb of finding before a comma or a colon reports what the person found, as 认为 reports a view
    ("街道办事处副主任王丽华发现，辖区里有闲置的房子，“但开托育园，配套是关键。”", "王丽华", "发现", "mixed", None),
    ("“以前孩子们下课就趴在桌上。”实验小学校长赵文博观察到，如今学生上课专注多了。", "赵文博", "观察到", "mixed", None),
    # a forecast before a comma reports a person's words, as 预计 does (not 预测了, 预测数据)
    ("汽车研究院副院长钱立新预测，明年这一比例将升至七成。", "钱立新", "预测", "indirect", None),
    # 用…的话(来)说， (in X's words): what follows is X's, with 说 (not 用通俗的话说: no one's)
    ("老店新生，引来不少同行。用店长周明岚的话说，街上的店铺“稳下来了”。", "周明岚", "说", "indirect", None),
    ("村支书王海今年52岁。用王海的话来说，这叫“把根留住”。", "王海", "说", "indirect", None),
    # 大喊 and 高喊 (shouting) before punctuation report words (not 高喊口号: no words)
    ("看到孩子们跑远了，护林员汪小河大喊，“别往林子深处去！”", "汪小河", "大喊", "direct", None),
    # 分享 reports words only before punctuation (分享：“…”), not a thing shared (分享给网友, 分享发展机遇)
    ("直播间里，主播王小禾分享：“这款茶叶是我们村自己种的。”", "王小禾", "分享", "direct", None),
]

# (text, every speaker found): 反映 before a comma reports complaints (someone's words, not the speaker's before)
COMPLAINTS = [
    # (消费者, a title since session 22, makes 不少消费者 the group whose complaint it is)
    ("“上门维修乱象多。”中国人民大学教授刘明表示。|不少消费者反映，一旦遇到价格欺诈，“维修难，维权更难”。",
     ["刘明", "不少消费者"]),
    ("村民王秀兰反映，村口的路灯坏了好几天。", ["王秀兰"]),
    ("这一现象反映了消费者的需求变化。", []),
]


@pytest.mark.parametrize("text, speakers", COMPLAINTS)
def test_complaints_reported(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): a verb of finding followed by what was found, not by a comma, reports no words
FOUND_NOT_SAID = [
    ("村民王丽华发现地里的麦子倒伏了，赶紧给村委会打电话。", []),
    ("老人赵文博注意到孩子们的变化，心里很高兴。", []),
    ("气象台台长钱立新预测了明天的降雨量，结果与实测相差不大。", []),
    ("游客李明把拍好的短视频发到网上，分享给网友，“太好吃了”的评论一条接一条。", []),
    ("用通俗的话说，就是要把钱花在刀刃上。", []),
    ("运动员汪小河高喊口号冲过终点。", []),
    ("用一句话来说，这里的变化是“翻天覆地”。", []),
    # nor one with no quotation near: a fact found, not words
    ("购买家电的第二天，市民赵文博登录手机银行时发现，系统已自动识别出这笔消费，认定符合补贴条件。", []),
]


@pytest.mark.parametrize("text, speakers", FOUND_NOT_SAID)
def test_a_finding_without_a_comma_is_no_speech(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speaker, verb, mode, province", PATTERNS)
def test_pattern(tmp_path, text, speaker, verb, mode, province):
    assert last(events_of(tmp_path, text)) == (speaker, verb, mode, province)


# (text, every speaker found): no one else is given words
ALL_SPEAKERS = [
    # a quotation opening the paragraph belongs to the person who speaks later in it, not to a bare name
    # (a company's short name) the article never introduced
    ("“以前公司就几十人。”2016年，博维在当地成立子公司，陈嘉琛说，“如今公司规模接近三百人。”", ["陈嘉琛"]),
    # a named person near the quotation still has it
    ("“我们有信心。”村民王建国笑着点头。随后，李明说，“今年收成不错。”", ["王建国", "李明"]),
    # a quotation before a group's verb is the group's, not the speaker of the paragraph before
    ("种粮大户王建国说：“今年又是一个丰收年！”|“只要浇够水，现在不怕旱！”采访中，许多农户告诉记者，今年产量基本持平。",
     ["王建国", "许多农户"]),
    # a surname cut off alone does not take a verb as given name (浇麦|工作); 这样 stands between speaker and verb
    ("种粮大户王建国说：“今年又是一个丰收年！”|专家组分乡包村，指导抗旱浇麦工作。“可以说，今年的丰收是浇出来的。”"
     "采访中，许多村民这样说。", ["王建国", "许多村民"]),
    # a quotation after a verb whose subject is a place is not the words of the speaker before (reported instead)
    ("种粮大户王建国说：“今年又是一个丰收年！”|今夏，为降低损失率，该省强调“多措并举，确保机收损失率不超过1%”。", ["王建国"]),
    # a clause opening with 有 and a person (有人问她：, 还有网友留言：) has an indefinite subject: its quotation is no
    # one's, not the named person asked nor the speaker of the paragraph
    ("这些都是留学生李娜短视频的素材。有人问她：“你是为了拍视频才去的吗？”", []),
    ("种粮大户王建国的合作社远近闻名。常有人问他：“种地真能挣钱吗？”", []),
    # a person named after 由 in a modifier in 的 (由…王建国作词的《丰收谣》) made the work; a line of it before them
    # is no one's speech
    ("“月光照在打谷场，汗水换来满仓粮。”去年秋天，由县文化馆馆员王建国作词的《丰收谣》在乡村晚会上首演。", []),
    # 对…来说 is no speech verb
    ("“对我们来说，这是好事。”村民李明说。对企业来说，这是机遇。", ["李明"]),
    # a proposal as a noun is no speech event
    ("今年两会期间，代表们提出建议，加大财政支持力度。", []),
    # a slogan introduced by 标语： is written, not spoken: not the speaker of the paragraph before
    ("“我们要守好这片山。”村民王建国说。|村口的墙上，有一句标语：“绿水青山就是金山银山，美丽乡村人人共建”。", ["王建国"]),
    # a reporting verb used as a noun (提出的…倡议, 新主张, 实践要求, 情况介绍) is no speech event
    ("国际人士表示，习近平主席提出的一系列重要倡议是划时代的，切实推动世界和平与发展。", ["国际人士"]),
    ("塔吉克斯坦总统拉赫蒙表示，习近平主席提出的许多全球倡议，有利于促进人类和平和进步。", ["拉赫蒙"]),
    ("习近平总书记发表重要讲话，深刻阐释了建设金融强国的目标任务、实践要求等重大问题。", []),
    ("外交部表示，习近平主席将阐述中非共建命运共同体的新理念新主张，推动中非合作。", []),
    ("习近平察看秧苗培育进展，听取高质量推进农业现代化情况介绍，并同种粮大户亲切交流。", []),
    ("白方支持习近平主席提出的全球发展倡议、全球安全倡议、全球文明倡议，愿同中方加强合作。", []),
    ("习近平主席创造性提出共建“一带一路”倡议，开辟国际经济合作新天地。", []),
    ("阿方支持习近平主席提出的系列重大理念倡议，愿同中方加强合作。", []),
    ("阿方看好中国发展，赞赏中方的系列重要理念主张，坚定奉行一个中国原则。", []),
    ("习近平总书记深刻阐述了推进中国式现代化的总体要求、重要举措、根本保证等重大问题。", []),
    # 表示 with a stance or a feeling (表示肯定, 表示诚挚慰问) reports no words
    ("习近平听取情况汇报，对他们助力中医药走向世界的做法表示肯定。", []),
    ("习近平代表中国政府和中国人民表示深切哀悼，向遇难者家属表示诚挚慰问。", []),
    ("李强对地震遇难者表示沉痛哀悼，向伤者和遇难者家属表示慰问。", []),
    # 说 after another reporting verb (发言说, 警告说) is part of it: one speaker, no one else
    ("木亚赛尔·托乎提委员发言说，要深度挖掘文旅资源。", ["木亚赛尔·托乎提"]),
    ("伊朗总统佩泽希齐扬29日在与法国总统马克龙通话时警告说，如果以色列攻击黎巴嫩将犯下重大错误。", ["佩泽希齐扬"]),
    # a partner between the speaker and the verb (与瑞方领导人共同宣布) is no speaker
    ("2016年，国家主席习近平与瑞方领导人共同宣布建立中瑞创新战略伙伴关系。", ["习近平"]),
    # a verb inside a modifier (宣布的) or an adverbial of time (在听取…发言后) reports no words
    ("巴罗表示，昨天习近平主席在峰会上宣布的“十大伙伴行动”将非中关系提升到了新高度。", ["巴罗"]),
    ("在听取与会工商界代表发言后，李强表示，欢迎更多沙特企业来华投资。", ["李强"]),
    # 介绍了 with no words reported: an act of speaking, not a speech event
    ("国家文物局相关负责人介绍了文物和文化遗产保护利用取得的新进展。", []),
    # an office or a body after a title is no name (委员长会议, 总理办公室, 代表民盟中央)
    ("委员长会议建议，常委会第八次会议审议国务院关于提请审议的议案。", []),
    ("以色列总理办公室随后称，正在对此进行评估。", []),
    ("陈群委员代表民盟中央发言说，要千方百计扩大内需。", ["陈群"]),
    # the leader as the object of the sentence (传达学习了习近平总书记…精神) is not the subject of its verbs;
    # as its subject, after his titles, he is
    ("会议传达学习了习近平总书记听取巡视情况汇报时的重要讲话精神，通报了巡视发现的共性问题。", []),
    ("中共中央总书记、国家主席习近平出席大会并发表重要讲话，强调要全面贯彻新时代党的民族工作。", ["习近平"]),
    # a verb inside a book's title (《习近平谈治国理政》) is no reporting verb
    ("为帮助广大少数民族干部群众深入学习，有关部门组建专家团队，完成《习近平谈治国理政》第四卷民族文字版翻译出版工作。", []),
    # armed groups and armies jieba tags as names (胡塞, 哈马斯, 乌军) are organisations, not persons
    ("也门胡塞武装当天称，该组织将继续采取行动。", []),
    ("哈马斯则表示，在以军撤军之前不会释放被扣押人员。", []),
    ("此外，乌军方称，乌军对俄军多个目标实施了打击。", []),
    # a side (黎方, 埃方: one character and 方) is no person; a person named 方 after a title or a surname is
    ("黎巴嫩看守政府总理米卡提表示，黎巴嫩不希望冲突扩大。黎方还表示，愿同各方保持沟通。", ["米卡提"]),
    ("会谈结束后，埃方发表声明说，双方将继续推动加沙停火。", []),
    ("村民王方说：“今年的收成比去年好。”|王方还说，合作社明年要扩大规模。", ["王方", "王方"]),
    # a country's abbreviation and a noun (乌媒体, 乌国家…局, 黎公共卫生部) is no name, though 乌 and 黎 are surnames
    ("乌媒体称，当天凌晨乌克兰多地响起防空警报。", []),
    ("乌国家紧急情况服务局今天称，俄军袭击了多地能源设施。", []),
    ("黎公共卫生部称，袭击造成多人死亡。", []),
    ("乌海军还称在黑海击中一艘舰船。", []),
    ("村民黎成功说：“今年的收成不错。”", ["黎成功"]),
    # after a title, a foreign name runs on over the characters of transliteration jieba cut off from it
    # (米卡/提, 瑟/尔斯/基, 格/鲁什/科, 阿扎/利), not over a word of the sentence (多次) or a particle
    ("黎巴嫩看守政府总理米卡提2日对以军空袭予以强烈谴责，表示黎方将向联合国安理会提出申诉。", ["米卡提"]),
    ("乌克兰武装部队总司令瑟尔斯基今天称，乌军已在多个方向加强防御。", ["瑟尔斯基"]),
    ("俄外交部副部长格鲁什科当天表示，欧盟的新一轮制裁不会产生效果。", ["格鲁什科"]),
    ("科摩罗总统阿扎利出席仪式并表示，科方感谢中方长期以来的帮助。", ["阿扎利"]),
    ("国际原子能机构总干事格罗西12日发表声明说，核电站周边局势令人担忧。", ["格罗西"]),
    ("以色列总理内塔尼亚胡多次声称，以军将继续在加沙地带展开行动。", ["内塔尼亚胡"]),
    ("合作社理事长王海和村民一起查看苗情。王海说：“今年的长势很好。”", ["王海"]),
    ("总书记沿着步道察看湿地生态修复情况，不时同游客亲切交流。", []),
    ("李强同赤道几内亚总理举行会谈，双方一致同意深化合作。", []),
    # after a title, a surname and given name that jieba cut into places (刘国/中) are a name when a verb follows
    ("全国粮食工作会议在京召开。国务院副总理刘国中出席会议并讲话。他表示，要扎实做好粮食收储工作。", ["刘国中"]),
    ("会议在京召开。国务院副总理和外长出席会议并讲话。", []),
    # 他 after an unnamed speaker of the paragraph is that speaker, not the speaker of the paragraph before
    ("“大家的日子越过越好。”村民王建国说。|杭州一家科技公司的创始人讲过一个故事：奖励8分钟就到账了。他还透露，公司正在扩大规模。",
     ["王建国", "杭州一家科技公司的创始人"]),
    # the leader opening the sentence of a verb that opens its clause speaks, not a guest named after him
    ("法国总统马克龙表示，愿同中方加强合作。|习近平感谢马克龙总统和夫人热情邀请，指出，今天的会晤富有成果。", ["马克龙", "习近平"]),
    # 他 refers to the person opening the sentence before, not to a leader named after them
    ("匈牙利总理欧尔班接受专访。欧尔班表示，习近平主席的访问推动双边关系迈上新台阶。他赞赏共建“一带一路”倡议，"
     "认为欧洲应该将中国视为机遇。", ["欧尔班"]),
    # no bare "name" jieba makes of other words is given the words of an unnamed speaker (People's Daily, 2025):
    # an ellipsis ends a clause (…穿过……学生欢呼：); a title's noun and a number (师傅|半蹲) are no name; nor
    # is a numbered congress (党的二十大报告提出); unnamed people are described, not named (一名一年级女生说)
    ("拿起一颗珠子，将鱼线从孔中穿过……学生兴奋地欢呼：“我终于成功了！”身后，老师孙墨吟露出笑容。", ["学生"]),
    ("一旁，身穿蓝色工服的师傅半蹲，用手比划：“慢点送，别蹭到井壁！”", []),
    ("党的二十大报告提出，“以国家战略需求为导向，坚决打赢关键核心技术攻坚战。”智能体将发挥作用。", []),
    ("“瞧，我搭的火车轨道太好玩了！”一名一年级女生说。学校先后开设串珠、布艺等美工课程。", ["一名一年级女生"]),
    # a foreign given name that jieba's dictionary holds as another word (大卫 n) is a name
    ("在贵阳长大的英国小伙大卫很爱贵州：“这里是我心中的家。”|大卫的父母是研究学者。大卫回忆：“在那里，我爱上了踢球。”",
     ["大卫", "大卫"]),
    # a "name" that ends where a village's name does (阿达伊达蒙|村) is part of the village's name
    ("在东方省法库斯镇阿达伊达蒙村的棉田里，农民们在劳作。“你看这土，多肥沃。”", []),
    # a name the article has heard, wherever jieba reads it as a place (兰兰 ns); a given name's last character
    # jieba reads as a noun before a reporting verb (徐成/志/回忆起)
    ("“我从小就喜欢中国文化！”兰兰说。|夜色下，兰兰放下手中的月琴，抬头望向星空。她说：“我会把这片土地上的故事，讲给更多人听。”",
     ["兰兰", "兰兰"]),
    ("“我们在麻栗坡县会诊时，发现他的气道窄到只剩缝隙。”徐成志回忆起会诊时的紧迫感。", ["徐成志"]),
    # a word jieba reads as a name in a list of things (小区、楼栋) is no person
    ("银川把交往交流交融活动搬进小区、楼栋，真正让群众成为参与者。“大家唱在一起，心才能在一起！”", []),
    # the leader's name inside the name of his thought is not the subject of the verbs after it
    ("全国政协副主席王建国在河北调研。他强调，要坚持以习近平新时代中国特色社会主义思想为指导，系统总结人大工作经验。",
     ["王建国"]),
    # a verb later in the sentence of reported words (X表示，…，…宣布) is inside those words, not a new speaker's
    ("王沪宁表示，2023年，习近平主席同你共同宣布将两国关系提升为全面战略伙伴关系。", ["王沪宁"]),
    ("李显龙表示，去年3月我成功访华，同习近平主席共同宣布将两国关系定位提升。", ["李显龙"]),
    ("全国政协副主席梁振英在参加特邀香港人士界委员小组讨论时说，政府工作报告内涵丰富，强调支持港澳更好融入国家发展大局。",
     ["梁振英"]),
    ("村党支部书记李明说，合作社去年分红50万元，村民们都说日子越过越好。", ["李明"]),
    # ... but not after a verb that names a topic (谈及…时) or across a semicolon
    ("李明在谈及乡村振兴时表示，要发展特色产业。", ["李明"]),
    ("代表王刚说，要加快发展；委员张华表示，要扩大开放。", ["王刚", "张华"]),
    # 看来， alone is an adverb (it seems), not a view: no one speaks
    ("看来，今年的增长目标能够实现。", []),
    ("从数据看来，今年的增长目标能够实现。", []),
    # the person before a preposition speaks, not the one after it (对到访的…布林肯: an addressee; 根据…: a source)
    ("以色列总理内塔尼亚胡对到访的美国国务卿布林肯说，以军将继续在加沙地带行动。", ["内塔尼亚胡"]),
    ("塞尔维亚总统武契奇对习近平主席的来访表示热烈欢迎。", []),
    ("塞尔维亚总统武契奇对习近平主席表示，塞方坚定奉行一个中国原则。", ["武契奇"]),
    ("主席团常务主席根据各代表团的审议意见，建议批准政府工作报告。", ["主席团常务主席"]),
    ("外交部发言人毛宁就有关问题回答记者提问时表示，中方坚决反对。", ["毛宁"]),
    ("巴基斯坦总理夏巴兹·谢里夫在对中国进行正式访问前接受总台记者采访时说，巴中友谊牢不可破。", ["夏巴兹·谢里夫"]),
    ("“慕课西部行计划”持续开展以来，让西部地区学生通过网络分享东部地区的优质教育资源。", []),
    ("此访期间，多国领导人对习近平主席治国理政经验和大国领袖风范表示由衷钦佩。", []),
    # a group after a preposition is its object (为当地群众讲述), unless a relative clause makes it the subject
    ("福建、湖南等地将国家安全教育与文艺活动相融合，生动形象地为当地群众讲述国家安全故事。", []),
    ("习近平在浙江工作期间，曾多次对“宁波帮”人士表示关心并寄予殷切期望。", []),
    ("当地与中方合作的企业负责人表示，合作前景十分广阔。", ["当地与中方合作的企业负责人"]),
    ("一名以色列官员也向媒体称，以色列与这起袭击事件无关。", ["一名以色列官员"]),
    ("柬埔寨外交与国际合作部发言人表示，柬方坚定奉行一个中国政策。", ["柬埔寨外交与国际合作部发言人"]),
    # ... but not where a verb with 了 after the preposition is the clause's predicate (赠送了一批介绍…的图书)
    ("活动结束时，代表团团长王明向学生们赠送了一批介绍家乡风物的画册。", []),
    # ... nor a place before it (尼日尔与美国国防部代表: two sides' representatives, no person 尼日尔)
    ("乍得与法国国防部代表当天发表联合声明称，法军将分批撤离。", ["乍得与法国国防部代表"]),
    # a person followed by 的 is a modifier, not the subject (转达俄总统普京的信息称)
    ("特使抵达首都后，转达了俄总统普京的口信称，俄方愿意继续对话。", []),
    # 发言，致辞， (gave a speech) open no reported words: the verb after them still has its speaker
    ("肯尼亚前总理奥廷加、意大利前总理普罗迪等发言，表示看好中国经济前景。", ["奥廷加", "普罗迪"]),
    # 发表 between a name and 声明 is not part of the name
    ("联合国特别协调员托尔-温内斯兰发表声明称，各方应保持最大克制。", ["托尔-温内斯兰"]),
    ("与会各国代表向遇难者家属表示最深切的慰问。", []),
    ("大会秘书处向参加会议服务保障的全体工作人员表示问候。", []),
    # a quotation in a sentence whose verb has no person for subject (阿盟警告说，…“…”) is not the words of the
    # speaker of the paragraph before
    ("联合国秘书长古特雷斯发表声明，谴责这一袭击。|阿盟警告说，以色列的行动带来“扩大战争范围，将地区推向混乱”的危险。",
     ["古特雷斯"]),
    # two or three named persons joined by 和, 与 or 、 before one verb each speak
    ("国务院总理李强分别会见新西兰总理拉克森和副总理皮特斯。|拉克森和皮特斯表示，新方愿同中方深化合作。", ["拉克森", "皮特斯"]),
    ("俄罗斯总理米舒斯京和白俄罗斯总理戈洛夫琴科表示，愿同中方加强合作。", ["米舒斯京", "戈洛夫琴科"]),
    ("种粮大户和农技人员说，今年的小麦长势很好。", ["种粮大户和农技人员"]),
    ("中共中央书记处书记、中央纪委副书记刘金国在参加宁夏代表团审议时说，完全赞成政府工作报告。", ["刘金国"]),
    ("中共中央对外联络部部长刘建超表示，中方愿同各国政党加强交流。", ["刘建超"]),
    # a name jieba runs on into the next character (李宁|很 read as one name; 何友|功 cut short) is the name the
    # article gives the speaker elsewhere: every 何友 of the article is part of 何友功
    ("“充电桩好找多了。”游客李宁说。|“服务区还送了热水。”李宁很满意。", ["李宁", "李宁"]),
    ("“每笔物业费怎么花，手机上都能查！”家住绵阳的何友功乐呵呵地说。|“大家都放心了。”何友功说。", ["何友功", "何友功"]),
    # a clause of time (会见…时) before the speaker is no part of their name; of two names differing by a last
    # character, a foreign name in characters of transliteration is the longer (阿斯卡里|特)
    ("会见阿斯卡里特时王建华表示，两国是好朋友。阿斯卡里特表示，两国关系是互利合作的典范。", ["王建华", "阿斯卡里特"]),
    # a name of three characters, a surname first, that jieba's model tags as another proper noun (马尕林 nz: 尕
    # is rare) is a name
    ("“一唱山歌就来了精神！”马尕林在村口的大树下打开了手机直播。", ["马尕林"]),
    # a word of the sentence after a foreign name's part after a · is not more of the name (jieba tags 朴素 nr)
    ("“身体是革命的本钱。”阿依古丽·吐尔逊朴素的话语，打动了在场的人。", ["阿依古丽·吐尔逊"]),
    # what follows a verb directly and ends its clause with a word of topics (情况, 进展) is a topic, no words
    ("50多位委员参加会议，专委会负责同志介绍课题调研情况，10位委员作了发言。", []),
    # a person before an adverb and a preposition is the subject, not part of the next person's description
    ("“我们年轻人要让老手艺有新花样。”村民郦大为不断向身为非遗传承人的父亲郦荣华学习，琢磨新工艺。", ["郦大为"]),
    # an interview printed as questions and answers: the answers are the interviewee's
    ("近日，本报记者在杭州专访了公司创始人王建国。|问：企业出海遇到过哪些困难？|答：困难肯定有。但只要产品过硬，市场就会认可。",
     ["王建国"]),
    ("近日，本报记者在杭州专访了公司创始人王建国。|问：企业出海遇到过哪些困难？|答：困难肯定有。|但只要产品过硬，市场就会认可。|"
     "问：下一步呢？|答：继续开拓市场。", ["王建国", "王建国"]),
    # 人们常说 introduces a saying, no one's words
    ("人们常说，湿地是地球之肾。", []),
    # 分享了, 总结出 report an act, not words (as 介绍了)
    ("读研期间，王建国认识了同学李明。他分享了回乡办厂的打算后，两人当即决定合伙。", []),
    ("“修车要先听声音。”老修理工张明华干了三十年修车活，总结出一套经验，“听准了，就修对了一半。”", ["张明华"]),
    # titles of trades and of village work (调解员, 梅农, 村干部)
    ("“调解要讲方法。”调解员王建国笑着说。", ["王建国"]),
    ("“这片梅林是我们的饭碗。”在梅林里除草的梅农王建国说。", ["王建国"]),
    # a name followed by the ending of a unit's name (弘德|中学, 安达|集团) is part of that name, no person: the
    # quotation is the pupil's
    ("柏岩是弘德中学初二学生，个头不高。“我肯定能爬到山顶！”他为此每天早起跑步。", ["柏岩"]),
    # a name introduced as 某某是…(title) is a person, however jieba reads it (保林 n)
    ("保林是育英中学初一学生，个头不高。“我肯定能爬到山顶！”他为此每天早起跑步。", ["保林"]),
    # words followed by a group opening the sentence (学生们唱着歌…) are not the speaker's of the paragraph before
    ("保林是育英中学初一学生。“我一定能走完！”他说。|“我们走在大路上……”学生们唱着歌走上了山路。", ["保林"]),
    # the reporter who asks is no speaker (记者问); an object of a verb or a preposition opening the phrase is not
    # the subject (听他们分享, 为进店的老人介绍)
    ("记者问孩子们饿不饿，孩子们齐声回答：“不饿！”", ["孩子们"]),
    ("此时记者问大家冷不冷。", []),
    # a group opening the clause before a colon speaks the quotation after it, not the speaker of the paragraph before
    ("“再坚持一下！”初二学生刘明阳给同伴打气。|记者问队员们冷不冷，他们的回答很干脆：“不冷！还能再走十里！”",
     ["刘明阳", "他们"]),
    ("听他们讲述在乡村支教的故事。", []),
    ("他在商场当导购，为来买家电的顾客介绍产品功能。", []),
    # a word of jieba's dictionary tagged as a name (高昂 nr) right before an aspect particle is a predicate (高昂|着)
    ("“团结就是力量……”那些年，一群孩子高昂着脖子唱歌，围观的大人也红了眼眶。", []),
    ("“大家加油！”村民高昂挥着手喊。", ["高昂"]),
]


@pytest.mark.parametrize("text, speakers", ALL_SPEAKERS)
def test_every_speaker(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, [(speaker, verb, mode, title)]): persons joined by 、, 和, 与 or 及 before one verb each say the words, a
# quotation too; a bare name of a list in 、 shares the first one's title; an addressee may stand before the verb
JOINT = [
    ("博物馆讲解员周婷、孙浩向游客介绍：“这座石桥建于明代。”",
     [("周婷", "介绍", "direct", "讲解员"), ("孙浩", "介绍", "direct", "讲解员")]),
    ("周婷、孙浩介绍：“这座石桥建于明代。”", [("周婷", "介绍", "direct", None), ("孙浩", "介绍", "direct", None)]),
    ("志愿者周婷、孙浩对来访的记者说：“这座石桥建于明代。”",
     [("周婷", "说", "direct", "志愿者"), ("孙浩", "说", "direct", "志愿者")]),
    # names of jieba's dictionary (张建国, 李秀英), which a paragraph reads bare only once introduced
    ("张建国和李秀英说：“日子越过越好。”", [("张建国", "说", "direct", None), ("李秀英", "说", "direct", None)]),
    ("“日子越过越好。”张建国和李秀英笑着说。", [("张建国", "说", "direct", None), ("李秀英", "说", "direct", None)]),
    ("张建国和李秀英表示，日子越过越好。", [("张建国", "表示", "indirect", None), ("李秀英", "表示", "indirect", None)]),
    # a relation word before the second name (妻子, 女儿, 丈夫), with or without an addressee after it
    ("果农王大山和妻子刘桂兰说：“今年的苹果卖得好。”",
     [("王大山", "说", "direct", "果农"), ("刘桂兰", "说", "direct", "妻子")]),
    ("村民赵德明与女儿赵小雨对记者说：“现在路修好了。”",
     [("赵德明", "说", "direct", "村民"), ("赵小雨", "说", "direct", "女儿")]),
    ("郝敏及丈夫吴涛表示：“我们会继续干下去。”", [("郝敏", "表示", "direct", None), ("吴涛", "表示", "direct", "丈夫")]),
    ("技术员刘畅、陈思远和马骁说：“设备运转正常。”",
     [("刘畅", "说", "direct", "技术员"), ("陈思远", "说", "direct", "技术员"), ("马骁", "说", "direct", "技术员")]),
    # persons named before 等 and a group: the persons speak
    ("丁薛祥会见该国总统卡布雷拉、总理莫拉莱斯。|卡布雷拉、莫拉莱斯等领导人表示，愿同中方深化合作。",
     [("卡布雷拉", "表示", "indirect", None), ("莫拉莱斯", "表示", "indirect", None)]),
    ("工程师张建国、李秀英等人介绍：“项目进展顺利。”",
     [("张建国", "介绍", "direct", "工程师"), ("李秀英", "介绍", "direct", "工程师")]),
    # not a joint subject: a title chain, a group, an object, persons spoken to, an organisation
    ("中共中央政治局常委、国务院副总理丁薛祥说：“要稳住外贸基本盘。”", [("丁薛祥", "说", "direct", "常委、国务院副总理")]),
    ("种粮大户和农技人员说：“今年的小麦长势很好。”", [("种粮大户和农技人员", "说", "direct", None)]),
    ("张建国和李秀英的故事说明，坚持就能成功。", []),
    ("张建国对李秀英说：“日子越过越好。”", [("张建国", "说", "direct", None)]),
    ("张建国对李秀英和王大山说：“日子越过越好。”", [("张建国", "说", "direct", None)]),
    ("张建国向李秀英和王大山介绍，合作社今年又添了新设备。", [("张建国", "介绍", "indirect", None)]),
    # a title or a group with no name after 和: only the person named (经理王明 speaks, to the reporter or with others)
    ("经理王明和记者说：“订单多了。”", [("王明", "说", "direct", "经理")]),
    # 及 inside a word (阿尔及利亚) joins nothing, though a foreign name's part (阿尔) was named before
    ("意大利学者弗朗切斯卡·阿尔表示，合作前景广阔。|阿尔及利亚记者协会主席穆罕默德·贝拉表示，中国经验值得借鉴。",
     [("弗朗切斯卡·阿尔", "表示", "indirect", "学者"), ("穆罕默德·贝拉", "表示", "indirect", "主席")]),
    ("农民王大山和妻子说：“日子越过越好。”", [("王大山", "说", "direct", "农民")]),
    ("经理刘明和同事们说：“这批货要赶在月底前发出。”", [("刘明", "说", "direct", "经理")]),
]


@pytest.mark.parametrize("text, expected", JOINT)
def test_joint_speakers(tmp_path, text, expected):
    events = events_of(tmp_path, text)
    found = [tuple(None if pd.isna(v) else v for v in row)
             for row in events[["speaker", "verb", "mode", "title"]].itertuples(index=False)]
    assert found == expected


# (text, speaker, speaker_type): described but not named speakers are groups, not persons
UNNAMED = [
    ("靖宇县农业农村局有关负责人表示，今年将扩大种植。", "靖宇县农业农村局有关负责人", "group"),
    ("老人笑着竖起大拇指：" + QUOTE, "老人", "group"),
    ("与会代表纷纷表示，要把会议精神落到实处。", "与会代表", "group"),
    # an adverb after a title is not a name
    ("两国总统共同宣布，两国建立战略伙伴关系。", "两国总统", "group"),
    ("全国人大常委会委员们发言后表示，要认真履职。", "全国人大常委会委员们", "group"),
    # two kinds of people joined by 和 speak as one group (limit: two named persons joined so are not read)
    ("种粮大户和农技人员说，今年的小麦长势很好。", "种粮大户和农技人员", "group"),
    ("不少村民和渔民们说，近几年海水变清了，鱼也多了。", "不少村民和渔民们", "group"),
    ("参加接见的代表团成员和广大体育战线工作者表示，一定牢记嘱托。", "参加接见的代表团成员和广大体育战线工作者", "group"),
    ("景区工作人员介绍，今年游客人数明显增加。", "景区工作人员", "group"),
    # words of someone the speaker or the narrator remembers or saw: what follows their verb names the speaker
    ("“困难不可怕。”苏明说，自己始终记得师傅的话：“手艺要精，心要静。”", "师傅", "group"),
    ("那天，我读到一名四年级男生在作文里写道：“我想当一名飞行员。”", "一名四年级男生", "group"),
    # unnamed office holders (负责同志, 主要领导)
    ("成都市纪委监委相关负责同志说，将持续开展监督检查。", "成都市纪委监委相关负责同志", "group"),
    ("台州市委主要领导表示，要推动中外文明交流互鉴。", "台州市委主要领导", "group"),
    # not after other words: the speaker's own announcement, with a partner
    ("去年，我同阿卡耶夫总统共同宣布2024年为旅游年。", "我同阿卡耶夫总统", "group"),
]


@pytest.mark.parametrize("text, speaker, kind", UNNAMED)
def test_unnamed_speakers_are_groups(tmp_path, text, speaker, kind):
    row = events_of(tmp_path, text).iloc[-1]
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)


# (text, speaker, speaker_type, verb): a pronoun after the leader is the leader; a date between name and verb
OTHERS = [
    # a verb that claims no words (问…情况，: a topic) lends none its name to the speaker's later event
    ("今年以来，总书记深入基层，在港口问渔获销售情况，到社区察看加装电梯。他要求各地多办惠民实事。",
     "习近平", "leader", "要求"),
    ("习近平总书记8日上午在全会上发表重要讲话。他强调，必须深化标本兼治。", "习近平", "leader", "强调"),
    ("联合国副秘书长格里菲思12日在安理会公开会上说，加沙地带没有安全的地方。", "格里菲思", "person", "说"),
    # the leader by his bare name; an addressee (对大家, 向在场的村民) between speaker and verb
    ("“我们一定要把西部大开发做好。”习近平对大家说。", "习近平", "leader", "说"),
    ("“日子越过越红火。”村支书王建国向在场的村民介绍。", "王建国", "person", "介绍"),
    ("“今年的麦子长得好。”种粮大户李大山对前来收购的客商们说。", "李大山", "person", "说"),
    # a person who opens the sentence with an action speaks through the verb that opens a later clause
    ("马耳他总统维拉向中国人民致以诚挚的新春祝福，表示马中友谊历久弥坚。", "维拉", "person", "表示"),
    ("斯洛伐克总理菲佐在布拉迪斯拉发会见中国企业家代表，表示斯方坚定奉行一个中国政策。", "菲佐", "person", "表示"),
    # ... but not a person named after a preposition (该片以…李建国为原型): an object, not the subject
    ("该片以全国劳动模范李建国为人物原型创作，讲述了他扎根乡村三十年的动人故事。", None, None, None),
    # ... but a group that opens the sentence before any person keeps the verb (宣介 is no name)
    ("中国代表在会上全面宣介中国发展道路和巨大成就，强调中方愿同各方加强合作。", "中国代表", "group", "强调"),
    # a manner word between the speaker and the verb (郑重宣布, 明确指出, 高度评价) is no name
    ("在庆祝海南建省办经济特区30周年大会上，习近平总书记郑重宣布，党中央决定支持海南建设自由贸易港。",
     "习近平", "leader", "宣布"),
    ("习近平主席明确指出，中国不是乌克兰危机的制造者，也不是当事方。", "习近平", "leader", "指出"),
    ("会见时，国家主席习近平高度评价两国关系的发展。", "习近平", "leader", "评价"),
    # an occasion between the speaker and the verb (在报告中)
    ("李强在报告中指出，今年发展主要预期目标是国内生产总值增长5%左右。", "李强", "person", "指出"),
    ("联合国世界粮食计划署执行干事辛迪·麦凯恩近日表示，加沙地带北部存在全面饥荒。", "辛迪·麦凯恩", "person", "表示"),
    # 他/她 refers to the subject of the sentence before, not to a leader it names as an object (普京|请|赵乐际)
    ("俄罗斯总统普京在莫斯科会见全国人大常委会委员长赵乐际。|普京请赵乐际转达对习近平主席的亲切问候。他说，俄中关系处于历史最好时期。",
     "普京", "person", "说"),
    ("柬埔寨首相洪玛奈到访北京。|洪玛奈会见李强时对中方的支持表示感谢。他表示，柬方愿同中方深化合作。",
     "洪玛奈", "person", "表示"),
    ("中共中央政治局常委、国务院总理李强在湖北调研。在宜昌，李强来到三峡工程。他强调，要加快发展新质生产力。",
     "李强", "person", "强调"),
    ("国务院总理李强在人民大会堂会见德国总理朔尔茨。他表示，中方愿同德方深化合作。", "李强", "person", "表示"),
    ("总书记考察了湿地公园。考察中，习近平总书记听取情况介绍。他强调，要传承中华优秀传统文化。", "习近平", "leader", "强调"),
    # the leader opening the verb's own clause speaks, not a person named after a preposition before it (在村民…家中)
    ("在村民王大山家中，总书记拉着老人的手说：“日子会越过越好。”", "习近平", "leader", "说"),
    # 听取讲解 (listened to a briefing): 讲解 is someone else's, a noun; the words come with the verb after it
    ("考察中，习近平认真听取讲解和讨论后发表重要讲话。他首先表示，要把各项工作做实做细。", "习近平", "leader", "表示"),
    ("代表团参观展览，认真听取讲解。团长王明表示，展览内容丰富。", "王明", "person", "表示"),
    # 向 is a surname too: a bare name after it is the speaker, not an addressee
    ("“我们要加快发展。”向明说。", "向明", "person", "说"),
]


@pytest.mark.parametrize("text, speaker, kind, verb", OTHERS)
def test_leader_pronoun_and_dates(tmp_path, text, speaker, kind, verb):
    events = events_of(tmp_path, text)
    if speaker is None:
        assert events.empty, events
        return
    row = events.iloc[-1]
    assert (row["speaker"], row["speaker_type"], row["verb"]) == (speaker, kind, verb)


# (text, speaker, country): a foreign speaker's country is the country nearest their title
FOREIGN = [
    ("东盟轮值主席国马来西亚总理安瓦尔表示，东盟国家必须携手应对挑战。", "安瓦尔", "马来西亚"),
    # a world region is no person's country (session 21): a body of one speaks for none, as the UN's officials do
    ("东盟秘书长高金洪表示，东盟将继续推进一体化。", "高金洪", None),
    # a foreign speaker with a name of Chinese form, introduced with their country in the sentence before,
    # while what they say names China
    ("赵乐际同朝鲜最高人民会议常任委员会委员长崔龙海举行会谈。崔龙海表示，朝中友谊历久弥坚。", "崔龙海", "朝鲜"),
    ("国家主席习近平会见新加坡副总理王瑞杰。|王瑞杰表示，新方愿同中方深化合作。", "王瑞杰", "新加坡"),
    ("国家主席习近平在北京同塞尔维亚总统武契奇举行会谈。武契奇表示，中国是塞尔维亚最真挚的朋友。", "武契奇", "塞尔维亚"),
    ("4月8日，国家主席习近平在北京人民大会堂会见日本首相石破茂。|石破茂表示，日方愿同中方加强高层交往。", "石破茂", "日本"),
    # ... whatever the paragraphs between the introduction and the words say
    ("国家主席习近平在利马会见新加坡总理李显龙。|习近平指出，中新合作的苏州工业园区是两国合作的典范。|"
     "李显龙表示，新方愿同中方深化合作。", "李显龙", "新加坡"),
    ("国家主席习近平会见新加坡总理黄循财。|黄循财表示，双方共同庆祝苏州工业园区成立30周年。", "黄循财", "新加坡"),
    # 来自… names the country, however finely (a state of it)
    ("来自美国马里兰州的小伙史明思说：“二胡搭建起了一座文化交流的桥梁。”", "史明思", "美国"),
    # a country in a university's name after another country is part of that name
    ("美国哥伦比亚大学历史系教授约翰·史密斯说，双方合作前景广阔。", "约翰·史密斯", "美国"),
    # the country named in the title chain, not the world region in the forum's name
    ("今年是万隆会议召开70周年。在亚洲论坛理事、菲律宾前外长桑托斯看来：“亚洲国家应该加强合作，实现更大发展。”",
     "桑托斯", "菲律宾"),
    # a dotted name whose last character jieba leaves alone, in a quotation with no verb
    ("意大利前部长马里奥·杰拉奇不久前体验了高铁。“这条铁路带来了实实在在的福祉。”", "马里奥·杰拉奇", "意大利"),
    # after a title, a name written in characters of transliteration is one name, however jieba cuts it
    # (加/兰特, 拉赫/蒙, 阿卜杜拉/希扬)
    ("以色列国防部长加兰特23日说，以军将继续增加兵力。", "加兰特", "以色列"),
    ("塔吉克斯坦总统拉赫蒙表示，塔方将继续坚定不移致力于构建塔中命运共同体。", "拉赫蒙", "塔吉克斯坦"),
    ("伊朗外长阿卜杜拉希扬说，以色列此次袭击违反了国际法。", "阿卜杜拉希扬", "伊朗"),
    ("俄罗斯联邦安全会议秘书绍伊古称，类似演习是对北约增强军力的反应。", "绍伊古", "俄罗斯"),
    # a bare foreign name the article wrote after a title before (jieba reads 普京 as a place)
    ("国家主席习近平在北京会见俄罗斯总统普京。|普京表示，俄中关系处于历史最好时期。", "普京", "俄罗斯"),
    ("国家主席习近平会见来华进行国事访问的塔吉克斯坦总统拉赫蒙。拉赫蒙表示，塔方将坚定致力于构建塔中命运共同体。",
     "拉赫蒙", "塔吉克斯坦"),
    ("国家主席习近平会见白俄罗斯总统卢卡申科。|卢卡申科表示，感谢中方支持白俄罗斯加入上海合作组织。", "卢卡申科", "白俄罗斯"),
    # a lead naming several guests: the country written before the speaker's own name there
    ("国务院副总理丁薛祥在浙江乌镇分别会见洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈。|"
     "纳卢曼戈表示，赞中关系历久弥新。", "纳卢曼戈", "赞比亚"),
    ("国家主席习近平在人民大会堂会见文莱苏丹哈桑纳尔。|哈桑纳尔表示，文方愿同中方深化合作。", "哈桑纳尔", "文莱"),
    # a hyphen joins the parts of a foreign name as · does (迪亚斯-卡内尔, 阿库福-阿多)
    ("古巴国家主席迪亚斯-卡内尔表示，古方坚定支持一个中国原则。", "迪亚斯-卡内尔", "古巴"),
    ("加纳总统阿库福-阿多表示，加方愿同中方深化合作。", "阿库福-阿多", "加纳"),
    ("国家主席习近平会见古巴国家主席迪亚斯-卡内尔。|迪亚斯-卡内尔表示，古方坚定支持一个中国原则。", "迪亚斯-卡内尔", "古巴"),
    # ... written in the name's own sentence there, not a country of the story before it (蒙古戈壁滩)
    ("援华飞行员曾组织从伊尔库茨克经蒙古戈壁滩转运飞机。他的女儿娜塔莉亚·赫留金娜目前在莫斯科生活。|"
     "赫留金娜说，父亲常常讲起在中国的日子。", "娜塔莉亚·赫留金娜", None),
    # a bare name of four or more such characters opening the sentence is a foreign name (no Chinese name is)
    ("欢迎仪式后，李强同白俄罗斯总理举行会谈。|戈洛夫琴科表示，白俄罗斯愿做中国的好朋友、好伙伴。", "戈洛夫琴科", "白俄罗斯"),
    ("据俄罗斯媒体报道，俄罗斯外交部第三欧洲司司长佳普金表示，俄方已正式提出相关要求。", "佳普金", "俄罗斯"),
    # a time word and a reporting verb between a dotted name and 称 (同一天警告称) are not part of the name
    ("黎巴嫩外交部长阿卜杜拉·布·哈比卜同一天警告称，通信设备爆炸是对黎巴嫩主权的严重侵犯。", "阿卜杜拉·布·哈比卜", "黎巴嫩"),
    ("俄罗斯外交部发言人扎哈罗娃28日表示，美西方多年来支持叙利亚反政府武装。", "扎哈罗娃", "俄罗斯"),
    # after a title, a name jieba reads as a place (普京 ns) or one of five characters or more (内塔尼亚胡) is a
    # name, also with a date, a place or an occasion before the verb
    ("俄罗斯总统普京1月31日表示，发生坠落事故的军机上有乌军战俘。", "普京", "俄罗斯"),
    ("俄总统普京当天在边境地区形势会议上说，乌军试图发动进攻。", "普京", "俄罗斯"),
    ("伊朗总统佩泽希齐扬今天（7月31日）表示，伊朗将捍卫国家领土完整。", "佩泽希齐扬", "伊朗"),
    ("以色列总理内塔尼亚胡9日在耶路撒冷说，以军将继续在加沙地带行动。", "内塔尼亚胡", "以色列"),
    # the titles of heads of state (最高元首, 国家元首)
    ("马来西亚最高元首易卜拉欣表示，马中建交50年来，双边关系成果丰硕。", "易卜拉欣", "马来西亚"),
]


@pytest.mark.parametrize("text, speaker, country", FOREIGN)
def test_foreign_speakers_country(tmp_path, text, speaker, country):
    row = events_of(tmp_path, text).iloc[-1]
    assert (row["speaker"], row["country"], row["category"]) == (speaker, country, "foreign")


def test_lazy_submodule(tmp_path):
    code = "import helpers; print(len(helpers.quotes.extract(helpers.load_corpus())) > 0)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.stdout.strip() == "True", done.stderr[-500:]


def test_a_speaker_is_placed_from_a_bounded_stretch_of_a_long_paragraph(tmp_path, monkeypatch):
    """In one long paragraph, the place of a speaker with no place of their own is looked for in a bounded
    stretch before their sentence, never in the whole paragraph before it: reading the whole prefix for
    each speaker made one paragraph of 1.5 million characters cost 60 times one of 150,000."""
    from helpers.quotes import placement

    names = [s + g for s in "王李张刘陈杨黄赵吴周" for g in ("建国", "立新", "海涛", "志强", "春华")]
    text = "四川省眉山市的麦子长势喜人。" + "".join(
        "田里麦子长势喜人。" * 20 + f"村民{name}说：“收成好。”" for name in names)
    read = []
    nearest = placement.nearest_place

    def recording(text, **kwargs):
        read.append(len(text))
        return nearest(text, **kwargs)

    monkeypatch.setattr(placement, "nearest_place", recording)
    events = events_of(tmp_path, text)
    assert len(events) == len(names) and events["province"].iloc[0] == "四川"
    assert max(read) <= 1200, max(read)   # EARLIER (1000) and the rest of the sentence it starts in


def test_a_long_paragraph_without_punctuation_costs_linear_memory(tmp_path):
    # 200,000 characters with a speaker and a verb every few dozen: the first extractor took 4.1 GB
    code = textwrap.dedent("""
        import resource, sys
        import helpers
        unit = "今年合作社发展很快四川省科技厅厅长吴群刚表示要加快发展村民王建国说收成好" + "田里麦子长势喜人" * 20
        path = sys.argv[1]
        open(path, "w", encoding="utf-8").write("标题\\n\\n" + (unit * 2000)[:200_000] + "\\n")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        events = helpers.quotes.analyse(helpers.load_corpus(path), cache=False).events
        print(len(events), (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
    """)
    done = subprocess.run([sys.executable, "-c", "import helpers.quotes\n" + code, str(tmp_path / "long.txt")],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    found, megabytes = map(int, done.stdout.split())
    assert found >= 2 and megabytes < 500, done.stderr[-500:]


def test_a_short_form_that_fits_two_persons_is_reported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n村民王建国和王立新种了三十年地，种粮大户王建国说：“收成好。”种粮大户王立新说：“没问题。”"
                    "\n\n老王说：" + QUOTE + "\n", encoding="utf-8")
    analysis = quotes.analyse(helpers.load_corpus(path), cache=False)
    assert analysis.events.iloc[-1]["speaker"] == "老王"
    assert analysis.skipped["reason"].str.contains("王建国、王立新").any()


@pytest.mark.parametrize("name", ["marks", "paragraph", "speakers", "mentions", "attribution", "placement", "terms",
                                  "tables", "places", "tokens", "echo"])
def test_stage_docstring_examples(name):
    import doctest
    import importlib

    module = importlib.import_module(f"helpers.quotes.{name}")
    assert doctest.testmod(module, extraglobs={"helpers": helpers}, optionflags=doctest.ELLIPSIS).failed == 0


@pytest.mark.parametrize("text", ["大会以“绿色发展：点亮城市和乡村的未来”为主题，与会嘉宾展开讨论。",
                                  "节目选取了总书记引用的“法者，治之端也”“国无常强，无常弱。”等典故。",
                                  # a quotation that modifies a noun with 的 names a saying or a plight
                                  "随着塑料制品的普及和铜原料价格的上涨，这门老手艺一度面临“后继无人，手艺失传”的窘境。",
                                  # a document's words are cited, no one's speech
                                  "邻里和睦，小区安宁。“十五五”规划建议提出：“推进民族团结进步，促进各民族共同富裕。”社区进一步做好邻里互助、文化交流等工作。",
                                  "《关于完善养老服务的意见》提出：“完善社区养老服务网络，发展助餐助浴服务。”村民王德明对此很期待。",
                                  # the object of 将 or 把 (a disposal) is a phrase acted on, not words said
                                  "今年的工作要点将“扩大有效投资，稳住经济大盘”放在首位。以鲜香为特色的农家菜备受欢迎。",
                                  "村里把“守住耕地，种好良田”写进了村规民约。赵文博带头执行。"])
def test_framed_quotations_are_not_speech(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text + "\n", encoding="utf-8")
    analysis = quotes.analyse(helpers.load_corpus(path), cache=False)
    assert analysis.events.empty and analysis.skipped.empty and len(analysis.non_speech) >= 1


# (text, speaker, province, country, level): the leaders of leaders.csv speak for the centre, wherever the
# report meets them (a province they inspect, the venue, the country of the guest they receive)
CENTRAL = [
    # introduced with a central organ in the paragraph before, by an act with no words (介绍此访情况: no event)
    ("行程结束之际，中共中央政治局委员、外交部长王建华向随行记者介绍此访情况。|王建华说，此访在匈牙利取得圆满成功。",
     "王建华", None, "中国", "national"),
    ("国务院总理李强在新加坡会见新加坡总理黄循财。李强表示，中方愿同新方深化合作。", "李强", None, "中国", "national"),
    ("中共中央政治局常委、全国人大常委会委员长赵乐际在河南调研。他强调，要做好新时代人大工作。",
     "赵乐际", None, "中国", "national"),
    ("国家副主席韩正在北京会见巴西副总统。韩正表示，中巴始终相互坚定支持。", "韩正", None, "中国", "national"),
    # so do the members of central organs: described once in the paragraph, named bare at the verb
    ("现场会29日在浙江绍兴召开。中共中央政治局委员、国务院副总理张国清在会上讲话。张国清指出，要推动农村公路高质量发展。",
     "张国清", None, "中国", "national"),
    ("外交部部长王建华在江苏南京出席活动并致辞。他表示，中方愿同各方加强合作。", "王建华", None, "中国", "national"),
]


@pytest.mark.parametrize("text, speaker, province, country, level", CENTRAL)
def test_central_leaders_speak_for_the_centre(tmp_path, text, speaker, province, country, level):
    row = events_of(tmp_path, text).iloc[-1]
    row = row.where(row.notna(), None)
    assert (row["speaker"], row["province"], row["country"], row["level"]) == (speaker, province, country, level)


# (text, speaker, province): a foreign name written without · is not placed by a Chinese place near it
UNDOTTED_FOREIGN = [
    ("新疆代表团在阿斯塔纳参加经贸洽谈会。科沙诺夫表示，哈方愿同中方深化经贸合作。", "科沙诺夫", None),
    # ... by the foreign country nearest before it in its paragraph first
    ("俄罗斯国防部称摧毁多处目标。乌克兰武装部队29日称，前线发生61次战斗。乌总理什梅加尔称，多个地区能源设施受损。",
     "什梅加尔", None),
    # a Chinese name, even one of such characters, is placed as before
    ("在山东省寿光市，蔬菜种植户马丽正在大棚里采摘黄瓜。马丽说：“一年能收三茬。”", "马丽", "山东"),
]


@pytest.mark.parametrize("text, speaker, province", UNDOTTED_FOREIGN)
def test_undotted_foreign_name_is_not_placed_in_china(tmp_path, text, speaker, province):
    row = events_of(tmp_path, text).iloc[-1]
    assert (row["speaker"], None if pd.isna(row["province"]) else row["province"]) == (speaker, province)


# (text, speaker, country): a foreign name that nothing places is placed nowhere, not in China; by a country
# written before it in its sentence where its organisation names none; a deputy (全国人大代表) or a central organ
# (全国人大常委会) keeps a name with · in China, and so does a Tibetan name (limit: a name with · and no title or
# organisation is foreign)
NO_COUNTRY_NEAR = [
    ("会见在人民大会堂举行。|弗朗西斯表示，中国是维护世界和平发展的中坚力量。", "弗朗西斯", None),
    ("国务院总理李强在北京会见国际货币基金组织总裁格奥尔基耶娃。|格奥尔基耶娃表示，中国经济增长超出预期。", "格奥尔基耶娃",
     None),
    ("苹果公司首席执行官在北京出席论坛。苹果公司顾问委员会主席蒂姆·库克表示，中国市场十分重要。", "蒂姆·库克", None),
    ("在德国慕尼黑，伊弗经济研究所所长福斯特表示，企业信心有所下降。", "福斯特", "德国"),
    ("全国人大常委会副委员长雪克来提·扎克尔在会上说，新疆发展日新月异。", "雪克来提·扎克尔", "中国"),
    ("新疆代表团举行全体会议。全国人大代表木亚赛尔·托乎提表示，要讲好新疆故事。", "木亚赛尔·托乎提", "中国"),
    ("在西藏拉萨，村民扎西多吉说，今年青稞收成很好。", "扎西多吉", "中国"),
]


@pytest.mark.parametrize("text, speaker, country", NO_COUNTRY_NEAR)
def test_foreign_name_with_no_country_near_is_not_placed_in_china(tmp_path, text, speaker, country):
    row = events_of(tmp_path, text).iloc[-1]
    row = row.where(row.notna(), None)
    assert (row["speaker"], row["country"]) == (speaker, country)


def test_undotted_foreign_name_takes_the_nearest_country_of_its_paragraph(tmp_path):
    row = events_of(tmp_path, UNDOTTED_FOREIGN[1][0]).iloc[-1]
    assert (row["speaker"], row["country"]) == ("什梅加尔", "乌克兰")


# (text, speaker, country): an organisation opened by a foreign country's one-character abbreviation
# (country_abbreviations.csv) is in that country; a unit whose first word only begins with such a character
# (法院, 美术馆) or a place that does (巴黎, 澳门) is not
ABBREVIATED_COUNTRY = [
    ("俄外交部发言人扎哈罗娃表示，俄方将对此作出回应。", "扎哈罗娃", "俄罗斯"),
    ("俄总统新闻秘书佩斯科夫称，克里姆林宫目前没有收到相关提议。", "佩斯科夫", "俄罗斯"),
    ("黎看守政府总理米卡提表示，黎方呼吁国际社会立即采取行动。", "米卡提", "黎巴嫩"),
    ("乌国防部情报总局局长布达诺夫说，前线局势依然严峻。", "布达诺夫", "乌克兰"),
    ("美联储主席鲍威尔表示，通胀仍然高于目标水平。", "鲍威尔", "美国"),
    ("越共中央总书记苏林表示，越方愿同中方加强各领域合作。", "苏林", "越南"),
    # 据 (according to) before the speaker is not part of the organisation
    ("据俄外交部发言人扎哈罗娃介绍，俄方已就此向美方提出严正交涉。", "扎哈罗娃", "俄罗斯"),
    ("据俄方官员称，俄军防空系统当天击落多架无人机。", "俄方官员", "俄罗斯"),
    ("也门胡塞武装发言人萨雷亚称，该组织当天袭击了一艘商船。", "萨雷亚", "也门"),
    ("在浙江省杭州市，市中级人民法院院长张明说，今年将推进诉源治理。", "张明", "中国"),
    ("浙江省杭州市美术馆馆长王丽说，展览吸引了大批观众。", "王丽", "中国"),
]


@pytest.mark.parametrize("text, speaker, country", ABBREVIATED_COUNTRY)
def test_abbreviated_country_of_an_organisation(tmp_path, text, speaker, country):
    row = events_of(tmp_path, text).iloc[-1]
    assert (row["speaker"], row["country"]) == (speaker, country)


# (text, speaker, speaker_type, title): session coverage and state visits write a title after the name (易纲常委,
# 托卡耶夫总统); a country or an organ before such a title is no name (伊朗总统, 国务院总理)
TITLE_AFTER_NAME = [
    ("全国政协常委会会议举行分组讨论。王建军常委建议，加快培育新型农业经营主体。", "王建军", "person", "常委"),
    ("会见在友好氛围中进行。托卡耶夫总统表示，哈方愿同中方深化各领域合作。", "托卡耶夫", "person", "总统"),
    ("会谈结束后，欧尔班总理表示，匈牙利愿做中国的好朋友。", "欧尔班", "person", "总理"),
    ("伊朗总统表示，伊朗不寻求冲突升级。", "伊朗总统", "group", "总统"),
    # pupils and teachers in education pieces: 同学 and 老师 after a full name
    ("“以前我跳绳总是断。”王子涵同学说，“现在一分钟能跳一百八十个。”", "王子涵", "person", "同学"),
    ("“孩子们的体质一年比一年好。”陈晓燕老师说。", "陈晓燕", "person", "老师"),
]


@pytest.mark.parametrize("text, speaker, kind, title", TITLE_AFTER_NAME)
def test_title_after_name(tmp_path, text, speaker, kind, title):
    row = events_of(tmp_path, text).iloc[-1]
    assert (row["speaker"], row["speaker_type"], row["title"]) == (speaker, kind, title)


# (text, speaker, country): a speaker for an international organisation (international_organisations.txt) speaks
# for no country, wherever the report meets them; a country's mission to one (中国常驻联合国代表) keeps its country
INTERNATIONAL = [
    ("联合国秘书长古特雷斯表示，国际社会必须立即采取行动。", "古特雷斯", None),
    ("国际原子能机构总干事格罗西强调，机构将履行职责。", "格罗西", None),
    ("联合国儿童基金会发言人埃尔德说，加沙地带的儿童正面临灾难。", "埃尔德", None),
    ("国际奥委会主席托马斯·巴赫表示，这是国际奥委会的明确立场。", "托马斯·巴赫", None),
    ("在北京，亚洲基础设施投资银行行长金立群说，亚投行将继续扩大合作。", "金立群", None),
    ("联合国人道主义事务协调厅官员当天呼吁在加沙地带建立人道主义援助通道。", "联合国人道主义事务协调厅官员", None),
    ("中国常驻联合国代表傅聪表示，中方支持安理会采取行动。", "傅聪", "中国"),
    ("俄罗斯常驻联合国代表涅边贾表示，俄方反对这一决议。", "涅边贾", "俄罗斯"),
    ("东盟秘书长高金洪表示，东盟将继续推进一体化。", "高金洪", None),
]


@pytest.mark.parametrize("text, speaker, country", INTERNATIONAL)
def test_international_organisations_speak_for_no_country(tmp_path, text, speaker, country):
    row = events_of(tmp_path, text).iloc[-1]
    row = row.where(row.notna(), None)
    assert (row["speaker"], row["province"], row["country"]) == (speaker, None, country)


# (text, speaker, speaker_type, title): 他/她 opening a sentence takes the subject of the sentence before with
# the whole of its mention (习近平总书记, not 习近平 where jieba's words end)
PRONOUN_TAKES_WHOLE_MENTION = [
    ("习近平总书记高度重视发挥有效投资的关键性作用。他指出，要适度超前部署新型基础设施建设。", "习近平", "leader", "总书记"),
    ("习近平主席高度评价两国友谊。他表示，中方愿同各方一道努力。", "习近平", "leader", "主席"),
    ("习近平在北京出席会议。他强调，要坚持稳中求进。", "习近平", "leader", None),
]


@pytest.mark.parametrize("text, speaker, kind, title", PRONOUN_TAKES_WHOLE_MENTION)
def test_pronoun_takes_the_whole_mention(tmp_path, text, speaker, kind, title):
    row = events_of(tmp_path, text).iloc[-1]
    row = row.where(row.notna(), None)
    assert (row["speaker"], row["speaker_type"], row["title"]) == (speaker, kind, title)


# (text, word): 和 between two nouns is a conjunction, not the surname of a person named ``word``; a name after
# a title that opens with a conjunction jieba reads alone is no name (two kinds of people so joined are a group: UNNAMED)
CONJUNCTION_NOT_SURNAME = [
    ("种粮大户和农技人员说，今年的小麦长势很好。", "和农技"),
    ("不少村民和渔民们说，近几年海水变清了，鱼也多了。", "和渔民"),
    ("世界卫生组织等联合国官员和机构6日呼吁关注加沙地带的人道主义局势。", "和机构"),
    ("参加接见的代表团成员和广大体育战线工作者表示，一定牢记嘱托。", "和广大"),
    # nor before a form of address (但|师傅: the repairman is not named 但)
    ("业主觉得价格太高，但师傅宣称这是进口材料，“成本高，用不了几斤。”", "但师傅"),
]


@pytest.mark.parametrize("text, word", CONJUNCTION_NOT_SURNAME)
def test_conjunction_is_not_a_surname(tmp_path, text, word):
    events = events_of(tmp_path, text)
    assert word not in events.loc[events["speaker_type"] == "person", "speaker"].tolist()


def test_a_name_that_is_a_word_after_a_title_is_still_a_name(tmp_path):
    assert events_of(tmp_path, "村民和平说：“今年收成好。”")["speaker"].tolist() == ["和平"]


# (text, every speaker found), session 8: names jieba does not read as one person's name, and the places it does
NAMES_READ_OTHERWISE = [
    # a word jieba's model tags as a name but ending like a village's or a township's name (高坪村 nr) is a place
    ("“游客多了，腰包鼓了。”去年，高坪村全村实现旅游收入500多万元。", []),
    ("“路修好了，山货好卖了。”今年，毛田镇新建了两个冷库。", []),
    # a surname and one or two characters after a title that close the clause are a name, even a word of jieba's
    # dictionary (高远) or a name of old cut short (周瑜|明); named bare later in the article, it is that person
    ("2021年，县里派来了驻村第一书记高远。|高远说：“要让村民都富起来。”", ["高远"]),
    ("——贵州省某县大坪村驻村第一书记高远|第二年，村里建起了茶厂。高远说：“茶叶是村里的宝。”", ["高远"]),
    ("——江西省某县大坪村驻村第一书记周瑜明|“先把路修好。”周瑜明和村干部商量后，决定先修路。", ["周瑜明"]),
    ("去年春天，县里派来了驻村第一书记周瑜明。|第二年，村里建起了茶厂。周瑜明说：“茶叶是村里的宝。”", ["周瑜明"]),
    # the growers of one crop (柚农, 橘农, 稻农) are titles as 棉农 and 果农 are
    ("“无人机一天能运上万斤柚子。”柚农黄宏一边操控机子一边介绍。", ["黄宏"]),
    ("“今年橘子卖得好。”橘农刘新民笑着说。", ["刘新民"]),
    ("“稻子长得好。”稻农刘新民说。", ["刘新民"]),
    ("“吃上热乎饭，暖心又暖胃！”快递小哥莫山镭笑着说。", ["莫山镭"]),
    # a foreign name of jieba's dictionary introduced after a title needs no clause to close (众议长德沃和…)
    ("国务委员会见了巴哈马众议长德沃和参议长阿德利。|德沃和阿德利表示，两国关系强劲有力。", ["德沃", "阿德利"]),
    # a two-character surname and a given name are a name however jieba cuts them (欧阳|日|辉)
    ("中国人民大学经济学院副院长欧阳日辉认为，补贴政策持续释放消费动能。", ["欧阳日辉"]),
    ("“这是老手艺。”非遗传承人司马月华介绍。", ["司马月华"]),
    # in the slot between a quotation and a verb, a description in 的 (72岁的|胡金余) and a name however jieba cuts it
    ("“小方，今天的菜哪些适合我吃呀？”72岁的胡金余习惯性问道。", ["胡金余"]),
    ("“看咱村支书过年也闲不住！”参会的老乡们打趣。", ["参会的老乡们"]),   # a group (老乡们), no person
    # ... not a word of jieba's dictionary after 的 (用一口流利的|中文对记者说)
    ("“学好中文，能更好地研究本国文化。”外国语大学副教授马丽萍用一口流利的中文对记者说。", ["马丽萍"]),
    # 向 before a place is a preposition, not a surname (向日本介绍)
    ("“本草学是中华文明的瑰宝。”王丽萍介绍，为了让世界了解本草学，她通过撰写论文等形式向日本介绍中国本草学。",
     ["王丽萍"]),
    # a name after the last title of a signature (…副教授久保辉幸——) is the article's person however jieba cuts it
    ("日本某大学副教授久保辉幸——|“本草学是中华文明的瑰宝。”久保辉幸介绍。|“学者们给我提出许多建议。”久保辉幸对中国学者印象深刻。",
     ["久保辉幸", "久保辉幸"]),
    # ... not a word after a title in a heading with a dash (看家长心态——)
    ("家长们越来越重视体育。|看家长心态——|“父母之爱子，则为之计深远。”如今，一些家长的心态有了变化。", []),
    # 讲授 (to teach) is no verb of saying; 现场 after a title is no name
    ("“关键还要授人以渔。”站长刘佳组织党员现场讲授当季适用的农业知识。", ["刘佳"]),
    # ... but not a verb after a title (总书记考察)
    ("“要把茶叶产业做强。”那年，总书记考察。", []),
]


@pytest.mark.parametrize("text, speakers", NAMES_READ_OTHERWISE)
def test_names_jieba_reads_otherwise(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): a person named right after a verb or a preposition (帮着|张晓燕, 面对|刘佳的, 被|张晓燕)
# is its object, not who speaks a quotation no verb claims; after 是 they are who it is
OBJECTS_DO_NOT_SPEAK = [
    ("“种橘子得用心。”果农张晓燕说。|“姑姑，咱们拍视频卖橘子吧！”一家人都在帮着张晓燕想办法，外甥女刘佳提出用短视频卖橘子。",
     ["张晓燕", "刘佳"]),
    ("“种橘子得用心。”果农张晓燕说。|“这么难的事，咱能行吗？”面对刘佳写好的脚本，张晓燕心里有些没底。", ["张晓燕", "张晓燕"]),
    ("“种橘子得用心。”果农张晓燕说。|“说得真好”“太厉害了”……视频一发布，网友们就被张晓燕朴实的表达所吸引。", ["张晓燕"]),
    ("“种橘子得用心。”果农张晓燕说。|“咱们把橘子卖到全国去！”说这话的是她的外甥女刘佳。", ["张晓燕", "刘佳"]),
    # ... but after a preposition one followed by 的 owns what the phrase is about (在刘佳的带动下): not after a verb
    ("“种橘子得用心。”果农张晓燕说。|“能不能把村里的年轻人召集起来？”在刘佳的带动下，一批青年人加入了志愿队。",
     ["张晓燕", "刘佳"]),
    ("“阿姨，我家楼上漏水了！”晚上10点，一名业主敲响了调解员张晓燕的家门。", []),
    ("“嘀嘀……”刚下车，刘佳收到村民王秀英老人发来的照片。", []),
    # a verb inside a person's description (听障律师, 筹备委员) does not make them an object
    ("“你之前想起诉，怎么又撤诉了？”在律师事务所里，90后听障律师刘佳关切地询问当事人。", ["刘佳"]),
    # after a causative (让, 使, 令) whose subject is no person, the person is the subject of what follows (这一消息让
    # 张晓燕感到欣慰): who feels so is who speaks the quotation after it
    ("“种橘子得用心。”果农张晓燕说。|“视频拍得真好。”外甥女刘佳说。|"
     "近日，县里出台了扶持政策。这一消息让张晓燕感到欣慰。“以后种橘子更有底气了，我们要把品牌做起来。”",
     ["张晓燕", "刘佳", "张晓燕"]),
    ("“种橘子得用心。”果农张晓燕说。|外甥女刘佳回到了村里。|"
     "专家的到访，让刘佳充满信心，“我们有基础、有人才，一定能把电商做好。”", ["张晓燕", "刘佳"]),
    # ... not after a person who makes them do something (张晓燕让刘佳尝一尝: 刘佳 listens)
    ("“种橘子得用心。”果农张晓燕说。|“这是今年的新品种，甜度更高。”张晓燕剥开一个橘子，让刘佳尝一尝。", ["张晓燕", "张晓燕"]),
]


@pytest.mark.parametrize("text, speakers", OBJECTS_DO_NOT_SPEAK)
def test_objects_do_not_speak(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): a quotation that opens by addressing a person (尹经理，… 老郝，… 建国，…) is said to them,
# not by them: the person so addressed, named after it, is no speaker of it
ADDRESSED = [
    ("“尹经理，仓库里的手套卖空了，能不能先发一批货？”一上班，某公司供应链部经理尹建华就接到客户打来的电话。", []),
    ("“老郝，这批钢筋什么时候能到？”工地上，项目经理郝海潮刚放下饭碗就接到了电话。", []),
    ("“建国，你放心去吧，家里有我。”出发前，村党支部书记王建国接到了妻子的电话。", []),
    # ... but someone else addressed, the speaker named after is the speaker
    ("“张阿姨，您的药我给您送来了！”社区网格员李红敲开了独居老人张秀兰的家门。", ["李红"]),
    ("“乡亲们，今年我们一定能丰收！”村党支部书记王建国说。", ["王建国"]),
    ("“王建国同志，感谢你的付出！”县委书记李明说。", ["李明"]),
]


@pytest.mark.parametrize("text, speakers", ADDRESSED)
def test_the_person_addressed_does_not_speak(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): a quotation of sounds only (a phone's ring, a machine's hum, a doorbell) is no one's words
SOUNDS = [
    ("“铃铃铃……”某物流公司报关部经理王建国拿起手机。", []),
    ("“嗡嗡……”刚下车，村支书李明收到一条微信。", []),
    ("“叮咚！”门铃响了，社区网格员张丽打开门。", []),
    ("“咔嚓、咔嚓！”剪刀声中，果农刘强修好了一棵桃树。", []),
    # ... but words with a sound in them are words
    ("“叮咚，快递到了！”快递员王建国喊道。", ["王建国"]),
    ("“哈哈，今年又是好收成！”果农刘强笑着说。", ["刘强"]),
]


@pytest.mark.parametrize("text, speakers", SOUNDS)
def test_sounds_are_no_ones_words(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): an interview or a round table printed as a transcript, a name and a colon opening each
# paragraph, no quotation marks: the person's words; the reporter's lines and labels that name no person are no one's
TRANSCRIPTS = [
    ("本报记者专访了公司董事长张晓燕。|记者：今年有哪些新变化？|张晓燕：村里种了500亩蓝莓，收入翻了一番。", ["张晓燕"]),
    ("记者：今年有哪些新变化？|张晓燕：村里种了500亩蓝莓，收入翻了一番。|记者：明年呢？|张晓燕：继续扩大规模，带动更多村民增收。",
     ["张晓燕", "张晓燕"]),
    ("主持人：数字化给乡村带来了什么？|村党支部书记刘新民：过去卖菜靠吆喝，现在靠直播。|大学生村官陈思远：年轻人愿意回来了。",
     ["刘新民", "陈思远"]),
    ("发展思路：先修路，再建厂，最后发展乡村旅游。", []),
    # a name of two characters padded with spaces, as the paper prints it (冯  帆：)
    ("记  者：今年有哪些新变化？|冯  帆：幼儿园的普惠程度越来越高，家长的负担越来越轻。", ["冯帆"]),
    # an answer that runs over several paragraphs: those that do not name the speaker make no row (the development
    # gold's convention: a quotation with no verb counts where its speaker is named in the paragraph)
    ("记者：今年有哪些新变化？|张晓燕：村里种了500亩蓝莓。|收入也翻了一番，大家干劲更足了。|记者：明年呢？|"
     "张晓燕：继续扩大规模，带动更多村民增收。", ["张晓燕", "张晓燕"]),
    # ... but not the narrative after the last line of the transcript
    ("记者：今年有哪些新变化？|张晓燕：村里种了500亩蓝莓。|夕阳西下，蓝莓园里一片繁忙。", ["张晓燕"]),
    # session coverage: a name, 代表 or 委员, their posts in brackets, a colon
    ("刘新民代表（江西省某县某村党支部书记、村委会主任）：乡村振兴要靠产业，产业兴旺要靠人才。|"
     "陈思远委员（民盟某省委会副主委）：我建议加大对基层医疗的投入。", ["刘新民", "陈思远"]),
]


@pytest.mark.parametrize("text, speakers", TRANSCRIPTS)
def test_transcripts(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every speaker found): Tibetan names of two name parts (扎西平措, 拉巴顿珠, 顿珠江村: ``minority_name_parts.txt``)
# are names however jieba cuts them (扎|西平|措说, 拉|巴顿|珠, 顿|珠江|村)
TIBETAN_NAMES = [
    ("扎西平措说，自从有了这条村道，村里的土豆卖到了城里。", ["扎西平措"]),
    ("“全速前进！”地震发生后，县消防救援大队大队长顿珠江村发出指令。", ["顿珠江村"]),
    ("班长拉巴顿珠就和同事爬上房顶接通电线。“看到乡亲们住进板房，我们的辛苦都值得！”", ["拉巴顿珠"]),
    ("那年，次仁旺姆带着孩子们去县城。“孩子们第一次看到了火车！”", ["次仁旺姆"]),
    # ... also after a title where jieba reads a shorter name (主任格桑平|措)
    ("“保电就是任务！”县供电公司供服中心主任格桑平措带着队伍赶到村里。", ["格桑平措"]),
]


@pytest.mark.parametrize("text, speakers", TIBETAN_NAMES)
def test_tibetan_names(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


# (text, every (speaker, verb, mode) found): a person who opens the sentence with an action, then a clause that opens
# with adverbs (高度, 还, 并) before the reporting verb (…视察项目现场，高度评价…): the person speaks, as where the
# verb opens the clause (…视察项目现场，表示…)
ADVERBS_BEFORE_VERB = [
    ("塔吉克斯坦总理卡里莫夫曾多次视察项目现场，高度评价中方的施工技术。", [("卡里莫夫", "评价", "indirect")]),
    ("塔吉克斯坦总理卡里莫夫曾多次视察项目现场，还表示中方的施工技术可靠。", [("卡里莫夫", "表示", "indirect")]),
    ("塔吉克斯坦总理卡里莫夫曾多次视察项目现场，并表示中方的施工技术可靠。", [("卡里莫夫", "表示", "indirect")]),
    ("塔吉克斯坦总统拉赫莫夫表示，项目意义重大。总理卡里莫夫曾多次视察项目现场，高度评价中方的施工技术。",
     [("拉赫莫夫", "表示", "indirect"), ("卡里莫夫", "评价", "indirect")]),
    ("总理卡里莫夫来到工地。他曾多次视察项目现场，高度评价中方的施工技术。", [("卡里莫夫", "评价", "indirect")]),
    # … not a person named inside the first clause (悼念|辛瓦尔: an object), nor one 他们 (many) points back to
    ("解放组织执行委员会18日发表声明悼念辛瓦尔，呼吁各派别团结起来，并要求国际社会采取实际行动。", []),
    ("在德黑兰，大批民众赶来缅怀总统莱希。他们除了表达哀悼外，还表示国家会渡过难关。", []),
    # … nor two countries' abbreviations before 两国 (卢中两国: 卢旺达 and 中国), which jieba may read as a name
    ("卢中两国人民理念相似相近，都主张多边主义。", []),
]


@pytest.mark.parametrize("text, events", ADVERBS_BEFORE_VERB)
def test_adverbs_before_the_verb_of_an_earlier_subject(tmp_path, text, events):
    found = events_of(tmp_path, text)
    assert list(zip(found["speaker"], found["verb"], found["mode"])) == events


# (text, every (speaker, verb) found): a person who opens the sentence with their description, then a long action
# (以…为例, more than a short one), then clauses that open with reporting verbs (，讲述…，认为“…”): the person speaks,
# not the group named inside the action (以…网友…为例: the object of a preposition); 讲述, before the later 认为, names
# the topic (the story), not the words
LONG_ACTION_THEN_VERB = [
    ("某科技公司资深副总裁王晓梅以今年以来外国网友入驻本平台为例，讲述从“文字转换”到“文化解码”的故事，认为“技术终将化为桥梁”。",
     {("王晓梅", "认为")}),
    ("某科技公司资深副总裁王晓梅以今年以来外国网友入驻本平台为例，认为技术终将化为桥梁。", {("王晓梅", "认为")}),
    # … not one of several, listed or followed by 等 (their words are all of theirs), nor the owner of a message
    ("座谈会上，某党派中央主席王晓梅、某党派中央主席李建国等先后发言，认为过去一年经济回升向好。",
     {("王晓梅", "发言"), ("李建国", "发言")}),
    ("论坛理事长王晓梅等与会代表热烈祝贺论坛成立二十周年，表示愿为论坛发展贡献力量。", {("论坛理事长王晓梅等与会代表", "表示")}),
    ("特使卡里莫夫转达某国总统拉赫莫夫的口信并介绍了最新的情况，称两国合作的立场没有改变。", {("卡里莫夫", "称")}),
]


@pytest.mark.parametrize("text, events", LONG_ACTION_THEN_VERB)
def test_a_long_action_before_verbs_that_open_their_clauses(tmp_path, text, events):
    found = events_of(tmp_path, text)
    assert set(zip(found["speaker"], found["verb"])) == events


# (text, (speaker, verb, mode) of every event): 说 or 道 right after a reporting verb that closes its clause (感慨说。,
# 叮嘱道：) is part of the verb, not reported words (the event stays direct)
VERB_THEN_SAYING = [
    ("“携起手来，我们可以把蛋糕做得更大。”王建国感慨说。", [("王建国", "感慨", "direct")]),
    ("“按时吃药，少熬夜。”医生王建国叮嘱道。", [("王建国", "叮嘱", "direct")]),
    ("医生王建国叮嘱道：“按时吃药，少熬夜。”", [("王建国", "叮嘱", "direct")]),
    # … but not 说 that opens the words (王建国介绍说明年…: 说明 is no 说)
    ("王建国介绍，说明书已经更新。", [("王建国", "介绍", "indirect")]),
]


@pytest.mark.parametrize("text, events", VERB_THEN_SAYING)
def test_saying_after_a_reporting_verb(tmp_path, text, events):
    found = events_of(tmp_path, text)
    assert list(zip(found["speaker"], found["verb"], found["mode"])) == events


# (text, (speaker, verb, mode) of every event): a foreign name written in full, then by one of its parts in the same
# paragraph (阿拉伊克·阿瓦良 … 阿瓦良感慨说), is one speaker: one event, whose verb is that of the words when the first
# claimed a view only (在…看来，)
SHORT_FORM_IN_PARAGRAPH = [
    ("在某国技术企业联盟协调负责人阿拉伊克·阿瓦良看来，示范区正是合作的生动写照。如今，成员国人口占全球近一半。"
     "“携起手来，我们可以把蛋糕做得更大。”阿瓦良感慨说。", [("阿拉伊克·阿瓦良", "感慨", "mixed")]),
    ("某国技术企业联盟协调负责人阿拉伊克·阿瓦良表示，示范区正是合作的生动写照。“携起手来，我们可以把蛋糕做得更大。”"
     "阿瓦良说。", [("阿拉伊克·阿瓦良", "表示", "mixed")]),
]


@pytest.mark.parametrize("text, events", SHORT_FORM_IN_PARAGRAPH)
def test_a_short_form_in_the_paragraph_is_the_same_speaker(tmp_path, text, events):
    found = events_of(tmp_path, text)
    assert list(zip(found["speaker"], found["verb"], found["mode"])) == events


# (text, (speaker, verb, mode) of every event): 讲解 and 保证 report words only before punctuation (讲解：“…”,
# “…”边修剪边讲解，“…”, “…”她在展柜前讲解。), not with an object (正在讲解古诗, 保证大部队安全转移: a lesson given, a
# thing ensured) nor after 进行 (就这个问题进行讲解，提出建议: a lecture). audit23q (People's Daily 2025-03/04).
OBJECT_AFTER_VERB = [
    ("屏幕另一端，县一中的教师正在讲解古诗。", []),
    ("为了拖住敌人，保证大部队安全转移，三名战士把敌人引向山顶。", []),
    ("某大学副校长王立新同志就这个问题进行讲解，提出工作建议。", []),
    ("“这件陶罐已有五千年历史。”讲解员李红在展柜前讲解。", [("李红", "讲解", "direct")]),
    ("讲解员李红向游客讲解：“这件陶罐已有五千年历史。”", [("李红", "讲解", "direct")]),
    ("“没问题，”值班长王刚保证，“今晚一定把线路修好。”", [("王刚", "保证", "direct")]),
]


@pytest.mark.parametrize("text, events", OBJECT_AFTER_VERB)
def test_a_verb_with_an_object_reports_no_words(tmp_path, text, events):
    found = events_of(tmp_path, text)
    assert list(zip(found["speaker"], found["verb"], found["mode"])) == events


# (text, (speaker, verb, mode) of every event): a reporting verb heading a frame of time or circumstance (在讲解时,
# 在讲述中, 在一份声明中说) reports no words of its own: the quotation is the subject's, without that verb, and a verb
# after the frame reports; not 表示中方…, 正在讲述中国故事 (words reported). audit23q (People's Daily 2025-04-04).
VERB_IN_A_FRAME = [
    ("“这是她留下的唯一照片。”讲解员赵敏在讲解时压低了声音，游客们屏息凝神。", [("赵敏", None, "direct")]),
    ("“他们凭什么有这样的力量？”学生刘洋在讲述中日益理解了先辈的选择。", [("刘洋", None, "direct")]),
    ("该组织负责人李明在一份声明中说，救援物资已经运抵灾区。", [("李明", "说", "indirect")]),
    ("外交部发言人王文表示中方愿同各方加强合作。", [("王文", "表示", "indirect")]),
    ("讲解员赵敏正在讲述中国航天的故事：“这是第一颗卫星的模型。”", [("赵敏", "讲述", "direct")]),
]


@pytest.mark.parametrize("text, events", VERB_IN_A_FRAME)
def test_a_verb_heading_a_frame_reports_no_words(tmp_path, text, events):
    found = events_of(tmp_path, text)
    found = found.where(found.notna(), None)
    assert list(zip(found["speaker"], found["verb"], found["mode"])) == events


# (text, (speaker, verb, mode) of every event), session 18 (blind23 sets' verbs and modes); sentences of our own:
VERBS_AND_MODES_23 = [
    # a manner adverb in 地 after a two-character name leaves the name (王明|兴奋地说: no manner run from the name), and
    # after a name jieba cut (the article introduced it); the verb reported is 说, the manner no part of it
    ("李娜兴奋地说：“这次比赛我们拿了第一名，大家都很开心。”", [("李娜", "说", "direct")]),
    ("这天，读者刘小勤和外孙女马路遥一起来到社区书屋。|马路遥兴奋地说：“这里的绘本比学校还多。”",
     [("马路遥", "说", "direct")]),
    ("“书房一开，来的人越来越多。”社区书屋负责人王海燕感慨地说，“晚上九点还有人在看书。”",
     [("王海燕", "说", "direct")]),
    ("“日子一天比一天好。”老党员刘长河很高兴地说。", [("刘长河", "说", "direct")]),
    # a manner jieba tags as a name (支支吾吾 nr) alone before 地 is still the manner
    ("看门的师傅赵四找到馆长，支支吾吾地说自己想借几本书看。", [("赵四", "说", "indirect")]),
    # a title in 《》 is one thing the person wrote in, not a long action of theirs
    ("“山里的路，是一代代人用脚走出来的。”红军著名将领冯长山在《山乡岁月二十年变迁纪实》中如此深情写道。",
     [("冯长山", "写道", "direct")]),
    ("“山里的路，是一代代人用脚走出来的。”开国将领冯长山在回忆录《山乡岁月二十年变迁纪实》中深情写道。",
     [("冯长山", "写道", "direct")]),
    # whom a question is put to closes its sentence: no words of its own (the event stays direct)
    ("“样机调试好了吗？”实验楼前，总工程师王建国问身边的技术员。", [("王建国", "问", "direct")]),
    ("“路上慢点，到家报个平安。”门口，村医李秀梅叮嘱返乡的学生们。", [("李秀梅", "叮嘱", "direct")]),
    # … but a question reported after the verb is words (mixed)
    ("“样机调试好了吗？”总工程师王建国问，下一步能否扩大试验范围。", [("王建国", "问", "mixed")]),
    ("“样机调试好了吗？”总工程师王建国问这是不是最后一台。", [("王建国", "问", "mixed")]),
    # 提出 before punctuation: a person's proposal or pledge; a quotation right after it, ending the clause, is their words
    ("村支书李春生一上任，就提出“要让每户人家都住上新房”。", [("李春生", "提出", "direct")]),
    ("“运动能缓解压力。”政协委员王建国提出，应充分发挥体育的育人作用。", [("王建国", "提出", "mixed")]),
    # … a term in quotation marks after it is what is proposed, no words (the quotation before stays direct)
    ("“要想庄稼长得好，田里必须有水。”老农技员冯长山提出“引水上山”。", [("冯长山", "提出", "direct")]),
]

# 提出 with no punctuation after it, or said by a body or a document, is no one's words here
NOT_PROPOSED_23 = [
    "村支书李春生提出了三条建议，大家一致赞成。",
    "党的二十届三中全会提出，要健全因地制宜发展新质生产力体制机制。",
    "去年，省里提出“三年大变样”的目标。",
    "这是大家共同的心声：“日子一年比一年好。”",
    # the person after 向 is whom the proposal is made to
    "远在外地的堂兄向刘长河提出，希望他照看这座老宅。",
]


@pytest.mark.parametrize("text, events", VERBS_AND_MODES_23)
def test_verbs_and_modes_of_blind23(tmp_path, text, events):
    found = events_of(tmp_path, text)
    found = found[found["speaker_type"] == "person"]
    assert list(zip(found["speaker"], found["verb"].where(found["verb"].notna(), None), found["mode"])) == events


@pytest.mark.parametrize("text", NOT_PROPOSED_23)
def test_no_persons_words_of_blind23(tmp_path, text):
    found = events_of(tmp_path, text)
    assert found[found["speaker_type"] == "person"].empty
