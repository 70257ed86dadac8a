"""Turns printed as ``who：words`` with no quotation marks — a dialogue between commentators, the answers of an
interview, testimonies, session coverage — are the named person's words (helpers.quotes.article._turn).

Paragraphs are separated by ``|`` in the text of a case. The sentences are written for these tests in the genre's
style; none is copied from an article.
"""
from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers import quotes


def events_of(tmp_path, text: str) -> pd.DataFrame:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text.replace("|", "\n\n") + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    return events[events["speaker_type"] == "person"]


# (text, the persons speaking, paragraph by paragraph)
TURNS = [
    # a label in 【】 before the head; a head alone (title and name, a colon) introduces the paragraph after it
    ("【点评】某大学政府管理学院教授  李明远：|培育积极健康的网络文化，是加强网络空间治理的内在要求。", ["李明远"]),
    ("【专家点评】某研究院研究员王海燕：乡村文化要有人气，更要有烟火气，让群众成为主角。", ["王海燕"]),
    ("王海燕：|乡村文化要有人气，更要有烟火气，让群众成为主角。", []),   # a bare name alone: a heading, not a turn
    # a head alone with a description in brackets introduces an expert's answer in the paragraph after it
    ("李明远（某研究所研究员）：|深海是指透光层以下的区域，那里终年没有阳光。", ["李明远"]),
    # a plain head alone (title, name, colon) opens a section its narrator tells in the first person (传承人王某：|我…):
    # a testimony, no one's quotation
    ("竹编技艺省级代表性传承人王秀兰：|我十二岁跟着父亲学竹编，一晃已经五十年了。", []),
    ("民宿经营者李春梅：|“美丽庭院成了一道风景”|我家的院子以前堆满了杂物，如今种上了花。", []),
    # but it introduces whom the section is about: a quotation no verb claims, where the section names them, is theirs
    ("展览馆讲解员黄丽芳：|“这个村的名字意为‘白色岩石下的村庄’。以前，村子坐落于半山坡。”在展览馆内，黄丽芳一边指着沙盘，"
     "一边望向参观者。", ["黄丽芳"]),
    # a dialogue between commentators, introduced by a list of the participants
    ("对话人：|李明远  本报评论员|王海燕  某日报评论员|"
     "李明远：前不久，一场机器人比赛在杭州举行，引来不少关注。热闹之外，也值得冷静想一想。|"
     "王海燕：热潮背后，是技术进步和市场需求共同作用的结果，不是偶然。",
     ["李明远", "王海燕"]),
    # the answers of an interview; the reporter's questions are no one's words
    ("记者：这些年，老旧小区改造有哪些变化？|张晓东：变化很大。过去居民最盼的是有独立厨卫，现在更看重加装电梯和社区服务。",
     ["张晓东"]),
    # testimonies: a title chain before the name
    ("某师范大学校长、中国科学院院士赵立新：今年，我参加了一次重要会议，深受鼓舞，要把会议精神落到教学科研中去。",
     ["赵立新"]),
    ("湖北某小学思政课教师周晓静：年初，我和科学老师带着孩子们来到江边，上了一堂特别的思政课。", ["周晓静"]),
    # a year of study before the title
    ("某农业大学2026届本科毕业生唐立：打开学校就业平台，看到协议已经签好，我心里的石头终于落了地。", ["唐立"]),
    # session coverage: a name, 代表, and the description in brackets
    ("刘海涛代表（河南某区党工委副书记）：为优化就业环境，我们建了一批零工驿站，打零工的人有了落脚的地方。", ["刘海涛"]),
    # the person's own quotation after the colon is one event, not two
    ("村民王秀兰：“以前下雨天出门一脚泥，现在路修好了，出门方便多了。”", ["王秀兰"]),
    # not turns: the reporter, a group, a note, a caption, a short label, a colon inside a sentence
    ("本报记者王明：采访中，不少村民谈到了村里的新变化。", []),
    ("村民们：我们盼着路早点修好，孩子上学就方便了。", []),
    ("编者按：农村党建工作的成效，直接关系到乡村全面振兴的成色。本版今起推出系列报道。", []),
    ("图①：云南某地的老人在练习书法，神情专注。", []),
    ("时间：3月5日", []),
    ("会上，他特别提到一点：要把群众的事办好，把小事当大事办。", []),
    ("一组数据显示出两国合作的丰硕成果：双向留学规模持续扩大，合作办学项目越来越多。", []),
    # a name alone that jieba cuts in two (朱珉|迕) is still the head of a turn
    ("朱珉迕：发展新技术的初心，是为人减负赋能，企业不能只满足于炫技。", ["朱珉迕"]),
    # a reporting verb before the colon: the speaker stages read it (one event, under the name alone)
    ("当地市长安娜·莫雷拉表示：“非常高兴参加这次论坛，期待与中国城市加强合作。”", ["安娜·莫雷拉"]),
    ("当地商会会长马丁·罗萨说：“中国市场给我们带来了新的机遇。”", ["马丁·罗萨"]),
]


@pytest.mark.parametrize("text, speakers", TURNS)
def test_a_turn_is_the_named_person_s_words(tmp_path, text, speakers):
    assert events_of(tmp_path, text)["speaker"].tolist() == speakers


def test_a_turn_is_direct_speech_with_no_verb(tmp_path):
    event = events_of(tmp_path, "张晓东：变化很大，居民现在更看重加装电梯和社区服务。").iloc[0]
    assert (event["mode"], event["verb"], event["text"]) == ("direct", None, "变化很大，居民现在更看重加装电梯和社区服务。")


@pytest.mark.parametrize("text, province", [
    # the places a commentator talks about, or the turns before, are not where the commentator is from
    ("对话人：|李明远  本报评论员|王海燕  浙江某报评论员|李明远：前不久，一场机器人比赛在浙江杭州举行，引来不少关注。", None),
    # the speaker's own description places them
    ("湖北某市实验小学思政课教师周晓静：年初，我和科学老师带着孩子们来到江边，上了一堂特别的思政课。", "湖北"),
    ("刘海涛代表（河南郑州某区党工委副书记）：为优化就业环境，我们建了一批零工驿站，打零工的人有了去处。", "河南"),
    # a procurator's title (检察长, 副检察长) closes the description's chain (session 18, from blind23c)
    ("周立军代表（湖南省人民检察院党组书记、检察长）：检察机关要依法履职，守护好群众的合法权益。", "湖南"),
    ("王海生委员（广东省某市人民检察院副检察长）：要把矛盾纠纷化解在基层，让群众少跑腿。", "广东"),
    # as the interview's subtitle describes them
    ("——访上海市委副书记、市长龚明|记者：新的一年，城市将如何推动高质量发展？|"
     "龚明：我们将以加快推进改革开放为牵引，着力扩大内需特别是居民消费。", "上海"),
    # as the list of participants describes them
    ("对话人：|孙庆明  全国人大代表、四川省雅安市某中学校长|孙庆明：这是巩固学前教育普惠发展的重要举措，群众很欢迎。",
     "四川"),
])
def test_a_turn_is_placed_by_its_speaker_s_own_description(tmp_path, text, province):
    event = events_of(tmp_path, text).iloc[-1]
    assert (event["province"] if isinstance(event["province"], str) else None) == province


def test_the_turn_of_a_person_quoting_the_leader_is_theirs(tmp_path):
    events = quotes.analyse(helpers.load_corpus(_written(tmp_path, "周明远：习近平总书记指出：“发展是第一要务。”我们要把这句话落到实处。")),
                            cache=False).events
    assert events.loc[events["speaker_type"] == "person", "speaker"].tolist() == ["周明远"]


def _written(tmp_path, text: str):
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text + "\n", encoding="utf-8")
    return path


# Where the words of a head alone stand (the line of each event): on the head, where they run on over several
# paragraphs or a label in 【】 opens the head (a commentary); on the statement, where a sidebar of short statements
# gives each head one paragraph (the next line is another head, or no body)
HEADS = [
    ("心声|快递员张海鹏（28岁）：|我在这座城市跑了五年，最盼的是小区能多建几个快递柜，大家取件方便，我们也省时间。|"
     "快递员刘晓峰（35岁）：|希望平台在高温天多一些关怀，比如给站点配上风扇和绿豆汤，让大家干活更有劲头。",
     [("张海鹏", 2), ("刘晓峰", 4)]),
    ("感言|周立新（某职业技术学院设计学院副院长）：|年轻人走进园林，不只为拍照打卡，更想读懂其中的文化。|（本报记者张三整理）",
     [("周立新", 2)]),
    ("李明远（某研究所研究员）：|深海是指透光层以下的区域，那里终年没有阳光。|深海里的生物，大多靠海面落下的有机物生存。",
     [("李明远", 0)]),
    ("【点评】某大学政府管理学院教授  李明远：|培育积极健康的网络文化，是加强网络空间治理的内在要求。", [("李明远", 0)]),
]


@pytest.mark.parametrize("text, expected", HEADS)
def test_a_short_headed_statement_is_the_event_of_its_paragraph(tmp_path, text, expected):
    events = events_of(tmp_path, text)
    assert list(zip(events["speaker"], events["line"])) == [(name, 3 + 2 * n) for name, n in expected]   # n: the paragraph's place in the text


# A statement signed on the line after it (——title chain and name) is the words of the person the signature names
# only in session coverage (会内声音: 代表 or 委员 after the name). Any other signed piece, however short (a wish, a
# message, an expert's comment, a first secretary's note), is text its signer wrote, as a byline signs a report: no
# one's quotation, and the words it quotes are not the signer's (golds of 19h, 20a and 21c; s15's counted them).
SIGNED = [
    ("【会内声音】推动科技成果转化，关键是打通从实验室到生产线的通道。我们企业去年建成了中试基地。|"
     "——某石化公司党委书记王海林代表", ["王海林"]),
    ("加快成果产业化，要优化科研经费分配机制，支持企业牵头组建创新联合体。|"
     "——某大学管理学院教授陈晓东代表|"
     "培养更多卓越工程师，需要高校和企业共同发力。|"
     "——某重工集团总工程师刘建华委员", ["陈晓东", "刘建华"]),
    ("这些年，村里的路修好了，游客越来越多，民宿也办起来了。|——编  者", []),
    ("心愿单|希望平台给骑手多一些保障，比如畅通申诉渠道，夏天高温时多一些关怀。|——北京某外卖平台骑手赵明", []),
    ("留言板|上个月，快递小哥帮独居老人把药送上了楼，我们都很感谢他。|——湖南长沙市某社区工作人员刘佳|"
     "前几天，我在路上突发不适，一位网约车司机把我送到了医院。|——四川成都市某公司职员王晓燕", []),
    ("新型文化业态|新型文化业态是以技术赋能、跨界融合为特征的文化产业形态。|要加大对文化核心技术的投入，完善协同创新机制。|"
     "——某艺术学院电影学院院长 孙立新", []),
    ("【专家点评】|乡村旅游正从观光走向深度体验，要在留住乡愁上下功夫。|——某大学旅游学院教授王明", []),
    ("渔船怎样才能多挣钱？|渔获丰收了，渔民却高兴不起来，“鱼多价贱，卖不上钱”。我和大家一起搞冷链，鱼价稳住了。|"
     "——福建省某县某村驻村第一书记陈海", []),
    # the reporter who signs a piece (——本报记者  李明) is no one quoted
    ("走进园区，一排排新厂房拔地而起，生产线上机器轰鸣。|——本报记者  李明", []),
    ("集市上人头攒动，摊主们忙着招呼客人。|——本报通讯员王强", []),
    # a first-person piece of several paragraphs signed by its author is no one's quotation
    ("干部感言|行走在麦田里，我掏出手机，看到同事传来的好消息。|去年起，村里决定发展面粉加工产业。|"
     "如今，村里的面食产品已进驻多个电商平台，带动村集体增收。|——某县某镇某村第一书记张丽", []),
]


@pytest.mark.parametrize("text, speakers", SIGNED)
def test_a_signed_statement_is_the_signers_words(tmp_path, text, speakers):
    events = events_of(tmp_path, text)
    assert events["speaker"].tolist() == speakers
    assert set(events["mode"]) <= {"direct"} and events["verb"].isna().all()
    assert all(words in text.split("|") for words in events["text"])   # the whole statement, as printed
