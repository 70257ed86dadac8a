"""Persons named again by a short form of their name, persons spoken to, firms and anonymous persons
(helpers.quotes.article, helpers.quotes.mentions, helpers.quotes.attribution), as parameter tables of (text,
speakers). Paragraphs are separated by ``|``; the sentences are written for these tests in the genre's style.
"""
from __future__ import annotations

import pytest

import helpers
from helpers import quotes


def speakers_of(tmp_path, text: str) -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n" + text.replace("|", "\n\n") + "\n", encoding="utf-8")
    events = quotes.analyse(helpers.load_corpus(path), cache=False).events
    return events.loc[events["speaker_type"] == "person", "speaker"].tolist()


# (text, the persons speaking): a foreign or minority name written with · (米力亚尔·吐尔逊), later called by either
# part alone, however jieba cuts that part (米力|亚尔), even with no speech verb: the person, under the whole name
DOTTED_PARTS = [
    ("“孩子发烧了就抱来找我。”村医米力亚尔·吐尔逊说。|去年，米力亚尔通过招聘回到了家乡，“学的本事终于派上了用场。”",
     ["米力亚尔·吐尔逊", "米力亚尔·吐尔逊"]),
    ("“孩子发烧了就抱来找我。”村医米力亚尔·吐尔逊说。|让米力亚尔感动的，是乡亲们的热情。每逢节日，米力亚尔都会上门"
     "看望独居老人。“他们总把最好的馕留给我。”", ["米力亚尔·吐尔逊", "米力亚尔·吐尔逊"]),
    # … the part after the ·, and a person introduced with no words of their own
    ("村医吐尔逊·米力亚尔每天骑车进村。|去年，米力亚尔通过招聘回到了家乡，“学的本事终于派上了用场。”", ["吐尔逊·米力亚尔"]),
    # … and a short form a sub-report's kicker gave, beside the whole name at the verb of the same paragraph
    ("正文第一段，村里来了新医生。|新疆某县某乡某村村医米力亚尔——|“乡亲们的健康我来守”|本报记者  王明|“大叔，别担心，"
     "按时吃药就好。”清晨，某乡某村卫生室里，乡村医生米力亚尔·阿不都外力正在嘱咐一位老人。",
     ["米力亚尔·阿不都外力", "米力亚尔·阿不都外力"]),
    # … not a Chinese name of which jieba reads a shorter one from the same first character
    ("“孩子发烧了就抱来找我。”村医张中华说。|“学的本事终于派上了用场。”张中笑着说。", ["张中华", "张中"]),
]


@pytest.mark.parametrize("text, speakers", DOTTED_PARTS)
def test_a_part_of_a_dotted_name_is_the_person(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): words a person addresses to another (…向队员吴秀兰交代：) are the first person's, with
# only an action (听后, 看完病历后) between them; not the person spoken to
ADDRESSEES = [
    ("值班医生周燕听完汇报后对夜班护士吴秀兰交代：“三床病人每小时测一次血压。”", ["周燕"]),
    ("值班医生周燕看完病历后对护士吴秀兰说：“三床病人每小时测一次血压。”", ["周燕"]),
    ("队长周建华听后向队员吴秀兰交代：“明天早点出发。”", ["周建华"]),
    # … as before, with nothing between them, and the one who speaks to the reporter
    ("“明天早点出发。”队长周建华转身对队员吴秀兰说。", ["周建华"]),
    ("“三床病人每小时测一次血压。”护士吴秀兰对记者说。", ["吴秀兰"]),
    # … not where the first person is named in a phrase of its own (针对…提出的问题)
    ("针对值班医生周燕提出的问题，护士吴秀兰说：“三床病人每小时测一次血压。”", ["吴秀兰"]),
]


@pytest.mark.parametrize("text, speakers", ADDRESSEES)
def test_the_person_spoken_to_is_no_speaker(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): no person where a firm that jieba tags as a name speaks (华为宣布), nor a name
# withheld (王某) before a verb of claiming that jieba cut (王某谎|称)
NO_PERSON = [
    ("比亚迪宣布，旗下新车型将搭载新的电池。", []),
    ("华为宣布，将推出新的操作系统。", []),
    ("经审理查明，王某谎称能办理入学手续，先后收取多名家长费用。", []),
    ("经审理查明，王建国谎称能办理入学手续，先后收取多名家长费用。", ["王建国"]),
]


@pytest.mark.parametrize("text, speakers", NO_PERSON)
def test_firms_and_withheld_names_are_no_persons(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): a person called by a surname and a form of address (唐大爷) whose full name the paragraph
# writes, and the article three times or more, where jieba reads no name in it (唐朝|根): that person; a form of address
# with no full name written (赵婆婆) is a person kept anonymous, no named speaker
FULL_NAME_BESIDE = [
    ("村里的志愿者每周去看望独居老人唐朝根。|走进唐朝根的小院，菜地收拾得整整齐齐，唐大爷正坐在门口晒太阳。|唐朝根腿脚不便，"
     "志愿者帮他打扫了屋子。唐大爷拉着大家的手，“你们比亲人还亲。”|唐朝根的邻居也赶来帮忙，唐朝根乐呵呵地说：“日子越过越舒心。”",
     ["唐朝根", "唐朝根"]),
    ("村里的志愿者每周去看望独居老人唐宋根。|走进唐宋根的小院，唐大爷正坐在门口晒太阳。|唐宋根腿脚不便。唐大爷拉着大家的手，"
     "“你们比亲人还亲。”", ["唐宋根"]),
    # … not a run the article writes once only
    ("唐宋根腿脚不便。唐大爷拉着大家的手，“你们比亲人还亲。”", []),
    ("“孩子们都在城里打工，家里的活干不动了。”82岁的赵婆婆说。", []),
]


@pytest.mark.parametrize("text, speakers", FULL_NAME_BESIDE)
def test_a_form_of_address_beside_the_full_name(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): 他/她 after a person the press keeps anonymous (刚做完手术的田女士…她说) is that person,
# no speaker of the paragraph before; and a rare surname (淦) opens a name after a title
PRONOUNS_AND_SURNAMES = [
    ("社区主任孙丽萍说：“上门服务越来越多。”|病房里，刚做完手术的田女士精神不错，说起家里的事，她笑着说：“孩子不用请假陪护了。”",
     ["孙丽萍"]),
    ("社区主任孙丽萍说：“上门服务越来越多。”|她说：“孩子不用请假陪护了。”", ["孙丽萍", "孙丽萍"]),
    ("“电池安全是底线。”某新能源汽车公司总裁淦明远介绍说。", ["淦明远"]),
]


@pytest.mark.parametrize("text, speakers", PRONOUNS_AND_SURNAMES)
def test_pronouns_after_anonymous_persons_and_rare_surnames(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): a form of address that jieba cuts, 老|郝 (the surname alone) or 老|郝微 (the surname and
# the next character read as a name, where the article has named a 郝 in full): the form 老郝, whose words are then the
# person named in full (郝建国), not a 郝微; with no full name written, a person kept anonymous
SESSION21_ADDRESS_CUT = [
    ("搅拌站站长郝建国蹲下身，抓起一把混凝土。|“这段时间不冷不潮，正是好时候！”老郝指着不远处的拌和楼，“我们三班倒。”",
     ["郝建国"]),
    ("搅拌站站长郝建国说：“抓紧上工！”|“忙完这阵就回去陪你们。”和家人通完电话，老郝微抬安全帽，又赶去另一个工地。",
     ["郝建国", "郝建国"]),
    ("“这段时间正是好时候！”老郝指着不远处的拌和楼，“我们三班倒。”", []),
]


@pytest.mark.parametrize("text, speakers", SESSION21_ADDRESS_CUT)
def test_session21_form_of_address_cut_by_jieba(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): a full name with a form of address glued after it (刘宝顺大爷, 郭满囤大爷, which jieba cuts
# 郭满|囤|大爷) keeps the name whole: the person, under that name, whether named so at the verb or later called by the
# surname and the same form (郭大爷), which the article ties to that name even where another person shares the surname;
# a surname and a form the article never ties to one full name (王大爷) stays unnamed, and so does one with another
# form of address where the article glues the name to one (郭满囤大爷 … 郭大妈: his wife, not he)
SESSION22_NAME_AND_ADDRESS = [
    ("村民刘宝顺大爷说：“今年玉米收成好，多卖了两千多元。”", ["刘宝顺"]),
    ("“今年玉米收成好，多卖了两千多元。”村民杨桂芝大妈笑着说。", ["杨桂芝"]),
    ("驻村工作队的第一站是郭满囤大爷家。|“今年玉米收成好，多卖了两千多元。”郭大爷笑着说。", ["郭满囤"]),
    ("驻村工作队的第一站是郭满囤大爷家。郭大爷正在院里晒玉米。“今年收成好。”郭大爷笑着说。", ["郭满囤"]),
    ("镇长郭建新带队走访。第一站是郭满囤大爷家。|“今年收成好。”郭大爷笑着说。", ["郭满囤"]),
    # … not where two runs name two persons, nor a surname and a form with no name glued to the same form
    ("第一站是郭满囤大爷家，第二站是郭来福大爷家。|“今年收成好。”郭大爷笑着说。", []),
    ("驻村工作队的第一站是郭满囤大爷家。|“今年收成好。”郭大妈笑着说。", []),
    ("“今年收成好。”王大爷笑着说。", []),
    # … nor a description and a surname before the form (司机|王|师傅, 居民|张|阿姨: no full name)
    ("“这趟车我开了十年。”司机王师傅笑着说。", []),
    ("“楼下新开的食堂，饭菜便宜又干净。”居民张阿姨说。", []),
]


@pytest.mark.parametrize("text, speakers", SESSION22_NAME_AND_ADDRESS)
def test_session22_a_name_and_a_form_of_address(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): a given name and a title (建国书记, 秀兰主任), how villagers call an official they know, is
# the one person of the article whose full name ends in that given name (陈建国); not where two do (陈建国, 王建国) or none
SESSION22_GIVEN_NAME_AND_TITLE = [
    ("驻村第一书记陈建国一早就进了农户家。|“大家有啥难处，随时来找我。”建国书记笑着说。", ["陈建国"]),
    ("社区居委会主任刘秀兰带着志愿者上门。|秀兰主任说：“老人的药，我们每周送一次。”", ["刘秀兰"]),
    ("驻村第一书记欧阳建国一早就进了农户家。|“大家有啥难处，随时来找我。”建国书记笑着说。", ["欧阳建国"]),
    ("驻村第一书记陈建国和镇长王建国一早就进了农户家。|“大家有啥难处，随时来找我。”建国书记笑着说。", []),
    ("“大家有啥难处，随时来找我。”建国书记笑着说。", []),
    ("驻村第一书记陈建国一早就进了农户家。|“大家有啥难处，随时来找我。”党委书记笑着说。", []),
]


@pytest.mark.parametrize("text, speakers", SESSION22_GIVEN_NAME_AND_TITLE)
def test_session22_a_given_name_and_a_title(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers


# (text, the persons speaking): such a given name and title is read as a person's mention too, where the article has
# heard that person (陈建国 speaks first): outside quotations or as a quotation of its own (“建国书记”笑着答, the name
# the villagers use), so that words with no verb after it are theirs; not inside words said to them (“建国书记，…”), nor
# where two persons heard share the given name (陈建国, 王建国)
SESSION22_GIVEN_NAME_MENTIONED = [
    ("驻村第一书记陈建国说：“今年先把路修好。”|“大家有啥难处，随时来找我。”“建国书记”笑着答。", ["陈建国", "陈建国"]),
    ("驻村第一书记陈建国说：“今年先把路修好。”|老人拉着他的手不放，“建国书记”忙扶老人坐下，“您有啥难处随时找我！”",
     ["陈建国", "陈建国"]),
    ("驻村第一书记陈建国说：“今年先把路修好。”|老人拉着他的手不放，建国书记忙扶老人坐下，“您有啥难处随时找我！”",
     ["陈建国", "陈建国"]),
    ("驻村第一书记陈建国说：“今年先把路修好。”|“建国书记，您快坐！”老人拉着他说。", ["陈建国"]),
    ("驻村第一书记陈建国说：“今年先把路修好。”镇长王建国说：“路要修宽些。”|“大家有啥难处，随时来找我。”“建国书记”笑着答。",
     ["陈建国", "王建国"]),
]


@pytest.mark.parametrize("text, speakers", SESSION22_GIVEN_NAME_MENTIONED)
def test_session22_a_given_name_and_a_title_mentioned(tmp_path, text, speakers):
    assert speakers_of(tmp_path, text) == speakers
