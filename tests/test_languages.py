"""The languages beyond English: lexicons as data, numbers as each language writes them, the
word orders of their sentences, and a document's language told from its text."""

from __future__ import annotations

import datetime as dt

import pytest

from casualties import parse_text
from casualties.document import document_from_text
from casualties.errors import LexiconError
from casualties.parse.language import SAMPLE, detect_language
from casualties.parse.lexicon import _over, languages, load_lexicon
from casualties.parse.numbers import find_numbers

PUBLISHED = dt.date(2023, 6, 1)


def test_every_lexicon_loads_over_the_base() -> None:
    expected = {"en", "uk", "ru", "de", "fr", "es", "it", "pl", "pt", "cs", "sr", "bg", "sk", "mk"}
    assert expected <= set(languages())
    for language in languages():
        assert load_lexicon(language).language == language


def test_an_optional_word_or_a_choice_is_one_whole_word_and_the_first_is_never_optional() -> None:
    for language in languages():
        for section in load_lexicon(language).data.values():
            for entry in section.values() if isinstance(section, dict) else ():
                for phrase in entry if isinstance(entry, list) else ():
                    first, *others = phrase.split()
                    assert not set("[]") & set(first), (language, phrase)
                    if set("()|") & set(first):  # "(territoire|territoires) occupés"
                        assert first[0] + first[-1] == "()" and "|" in first, (language, phrase)
                    for word in others:
                        marks = set("[]()|") & set(word)
                        if marks:
                            assert word[0] + word[-1] in ("[]", "()"), (language, phrase)


def test_a_key_the_base_does_not_name_is_an_error() -> None:
    with pytest.raises(LexiconError, match=r"outcomes\.kiled"):
        _over({"outcomes": {"killed": []}}, {"language": "xx", "outcomes": {"kiled": ["x"]}})


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "1.417 Zivilisten", 1417),
        ("pl", "8 534 zabitych", 8534),
        ("fr", "50'000 civils", 50000),
        ("uk", "понад 8 тис. цивільних", 8000),
        ("ru", "13 тысяч погибших", 13000),
        ("pt", "mais de 7 mil civis", 7000),
        ("fr", "35.000, selon", 35000),
        ("it", "oltre 10mila civili", 10000),  # a scale word written onto the digits
        ("en", "12.1 thousand civilians", 12100),
        ("en", "6.2 million refugees", None),  # a fraction, never a count
        ("en", "10k+ civilians", 10000),  # a social post's shorthand, its plus a lower bound
        ("de", "mehr als zehntausend Zivilisten", 10000),  # number words run together
        ("de", "zweihundertfünfzig Zivilisten", 250),
        ("it", "più di diecimila civili", 10000),
        ("ru", "более десяти тысяч мирных жителей", 10000),  # after "more than", the genitive
        ("uk", "більше десяти тисяч цивільних", 10000),
        ("pl", "czworo dzieci", 4),  # collective numerals for children
        ("cs", "troje dětí", 3),
        ("sr", "četvoro dece", 4),
        ("uk", "п'ятьох дітей", 5),
    ],
)
def test_numbers_as_each_language_writes_them(language: str, text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text, load_lexicon(language))] == [value]


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "2,3 millones de refugiados"), ("de", "69,5 Prozent"), ("en", "69.5 per cent")],
)
def test_a_fraction_is_never_a_count(language: str, text: str) -> None:
    assert [n.value for n in find_numbers(text, load_lexicon(language))] == [None]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "3,5 тысячи мирных жителей", 3500),
        ("pl", "ponad 10,5 tys. cywilów", 10500),
        ("uk", "понад 12,3 тис. мирних жителів", 12300),
        ("pt", "1,5 mil civis", 1500),
        ("en", "18.5k injured", 18500),  # the scale written onto the digits
        ("it", "2,5mila feriti", 2500),
    ],
)
def test_a_fraction_of_thousands_is_the_count_as_stated(
    language: str, text: str, value: int
) -> None:
    assert [n.value for n in find_numbers(text, load_lexicon(language))] == [value]


WORD_ORDERS = [
    # language, sentence, the figures the monitor's report must hold
    # a group after its outcome, with "among"
    ("uk", "ООН зафіксувала 669 загиблих серед дітей в Україні.", {"killed": None, "children_killed": 669}),
    ("ru", "ООН зафиксировала 669 погибших среди детей в Украине.", {"killed": None, "children_killed": 669}),
    # the other outcome's noun before its count, a dash between: "раненых — 19 139"
    ("ru", "По данным ООН, с 24 февраля 2022 года число погибших мирных жителей в Украине достигло 10 191, раненых — 19 139.", {"killed": 10191, "injured": 19139}),
    ("uk", "За даними ООН, з 24 лютого 2022 року кількість загиблих цивільних в Україні сягнула 10 191, поранених — 19 139.", {"killed": 10191, "injured": 19139}),
    ("pl", "Według ONZ od 24 lutego 2022 roku liczba zabitych cywilów w Ukrainie wzrosła do 10 191, rannych – do 19 139.", {"killed": 10191, "injured": 19139}),
    ("cs", "Podle OSN od 24. února 2022 počet zabitých civilistů na Ukrajině dosáhl 10 191, zraněných – 19 139.", {"killed": 10191, "injured": 19139}),
    ("sr", "Prema UN, od 24. februara 2022. broj ubijenih civila u Ukrajini dostigao je 10.191, a ranjenih 19.139.", {"killed": 10191, "injured": 19139}),
    ("fr", "Selon l'ONU, depuis le 24 février 2022, le nombre de civils tués en Ukraine a atteint 10 191, celui des blessés 19 139.", {"killed": 10191, "injured": 19139}),
    ("es", "Según la ONU, desde el 24 de febrero de 2022 la cifra de civiles muertos en Ucrania asciende a 10.191 y la de heridos a 19.139.", {"killed": 10191, "injured": 19139}),
    ("pt", "Segundo a ONU, desde 24 de fevereiro de 2022 o número de civis mortos na Ucrânia chegou a 10.191 e o de feridos a 19.139.", {"killed": 10191, "injured": 19139}),
    ("de", "Laut UNO stieg seit dem 24. Februar 2022 die Zahl der getöteten Zivilisten in der Ukraine auf 10.191, die der Verletzten auf 19.139.", {"killed": 10191, "injured": 19139}),
    # a group's count among the victims, a colon, then its outcomes: the group's split
    ("es", "Según la ONU, 10.582 civiles murieron en Ucrania y 19.875 resultaron heridos. Entre las víctimas hay 1.885 niños: 587 muertos y 1.298 heridos.", {"children_killed": 587, "children_injured": 1298}),
    ("uk", "За даними ООН, в Україні загинули 10 582 цивільних і 19 875 були поранені. Серед постраждалих — 1 885 дітей: 587 загиблих і 1 298 поранених.", {"children_killed": 587, "children_injured": 1298}),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués en Ukraine et 19 875 blessés. Parmi les victimes figurent 1 885 enfants : 587 tués et 1 298 blessés.", {"children_killed": 587, "children_injured": 1298}),
    # "de ... a ...": a range whose joiner is no cut-off word of its own
    ("pt", "No total, de 24 de fevereiro de 2022 a 31 de maio de 2023, a ONU registou 8.983 civis mortos na Ucrânia.", {"killed": 8983, "period_start": "2022-02-24", "as_of": "2023-05-31"}),
    # a cut-off in the instrumental case
    ("sr", "Prema podacima UN, zaključno sa 15. februarom 2023. u Ukrajini je ubijeno 8.006 civila.", {"killed": 8006, "as_of": "2023-02-15"}),
    # an estimate between two bounds is no count
    ("de", "Im Jahr 2023 wurden in der Ukraine laut UNO 3393 Zivilisten getötet und zwischen 7000 und 9000 verletzt.", {"killed": 3393, "injured": None}),
    ("fr", "En 2023, selon l'ONU, 3393 civils ont été tués en Ukraine et entre 7000 et 9000 blessés.", {"killed": 3393, "injured": None}),
    ("es", "En 2023, según la ONU, 3.393 civiles murieron en Ucrania y entre 7.000 y 9.000 resultaron heridos.", {"killed": 3393, "injured": None}),
    ("pl", "Według ONZ w 2023 roku w Ukrainie zginęło 3393 cywilów, a między 7000 a 9000 zostało rannych.", {"killed": 3393, "injured": None}),
    ("uk", "За даними ООН, у 2023 році в Україні загинули 3393 цивільних, а від 7000 до 9000 дістали поранення.", {"killed": 3393, "injured": None}),
    ("ru", "По данным ООН, в 2023 году в Украине погибли 3393 мирных жителя, а от 7000 до 9000 получили ранения.", {"killed": 3393, "injured": None}),
    ("uk", "За даними ООН, кількість загиблих цивільних в Україні зросла з 1335 до 1417.", {"killed": 1417}),
    # numeric dates with a space after each dot, as Czech and Slovak write them
    ("cs", "Od 24. 2. 2022 do 15. 2. 2024 OSN zaznamenala 10 582 zabitých civilistů na Ukrajině.", {"killed": 10582, "as_of": "2024-02-15"}),
    ("sk", "Od 24. 2. 2022 do 15. 2. 2024 OSN zaznamenala 10 582 zabitých civilistov na Ukrajine.", {"killed": 10582, "as_of": "2024-02-15"}),
    # how much a count rose is no count; the count it rose to is
    ("fr", "Le nombre de civils tués en Ukraine a augmenté de 217 pour atteindre 9083, selon le HCDH.", {"killed": 9083}),
    ("es", "El número de civiles muertos en Ucrania aumentó en 217 hasta 9.083, según la ONU.", {"killed": 9083}),
    ("it", "Il numero dei civili uccisi in Ucraina è aumentato di 217, arrivando a 9.083, secondo l'ONU.", {"killed": 9083}),
    ("pt", "O número de civis mortos na Ucrânia aumentou em 217, atingindo 9.083, segundo a ONU.", {"killed": 9083}),
    # "lost their lives", its auxiliary apart or the phrase before the count
    ("it", "Secondo l'Onu, 8.006 civili hanno perso la vita in Ucraina dal 24 febbraio 2022.", {"killed": 8006}),
    ("es", "Según la ONU, 8.006 civiles han perdido la vida en Ucrania desde el 24 de febrero de 2022.", {"killed": 8006}),
    ("pl", "Według ONZ od 24 lutego 2022 roku w Ukrainie życie straciło 8006 cywilów.", {"killed": 8006}),
    ("cs", "Podle OSN přišlo od 24. února 2022 na Ukrajině o život 8006 civilistů.", {"killed": 8006}),
    ("ru", "По данным ООН, с 24 февраля 2022 года в Украине лишились жизни 8006 мирных жителей.", {"killed": 8006}),
    ("sr", "Prema UN, od 24. februara 2022. u Ukrajini je život izgubilo 8.006 civila.", {"killed": 8006}),
    ("fr", "Selon l'ONU, 8006 civils ont trouvé la mort en Ukraine depuis le 24 février 2022.", {"killed": 8006}),
    ("pt", "Segundo a ONU, 8.006 civis foram assassinados na Ucrânia desde 24 de fevereiro de 2022.", {"killed": 8006}),
    ("pl", "Według ONZ od 24 lutego 2022 roku w Ukrainie 13 287 cywilów odniosło obrażenia.", {"injured": 13287}),
    ("uk", "За даними місії ООН, з 24 лютого 2022 року в Україні постраждали 21 293 цивільних.", {"total": 21293}),
    # the parts of a count after "of which"
    ("es", "La misión de la ONU ha contabilizado 10.582 civiles muertos en Ucrania, de los cuales 587 eran niños.", {"killed": 10582, "children_killed": 587}),
    ("sr", "Misija UN je izbrojala 10.582 ubijena civila u Ukrajini, od čega 587 dece.", {"killed": 10582, "children_killed": 587}),
    # a dash for the verb between a count and its outcome
    ("uk", "Місія ООН підтвердила загибель 12 654 цивільних осіб в Україні, ще 29 392 – поранені.", {"killed": 12654, "injured": 29392}),
    ("ru", "Миссия ООН подтвердила гибель 12 654 мирных жителей Украины, еще 29 392 – ранены.", {"killed": 12654, "injured": 29392}),
    # a short phrase between the count and its outcome
    ("cs", "Podle OSN bylo nejméně 219 civilistů v červenci zabito a 1018 zraněno na Ukrajině.", {"killed": 219, "injured": 1018}),
    ("uk", "За даними ООН, щонайменше 219 цивільних було у липні вбито в Україні.", {"killed": 219}),
    ("ru", "По данным миссии ООН, 219 мирных жителей были в июле убиты в Украине.", {"killed": 219}),
    ("pl", "Według misji ONZ 219 cywilów zostało w lipcu zabitych w Ukrainie.", {"killed": 219}),
    ("sr", "Prema misiji UN, 219 civila je u julu ubijeno u Ukrajini.", {"killed": 219}),
    ("ru", "По данным УВКПЧ, с начала войны в Украине погибли 1417 мирных жителей.", {"killed": 1417}),
    ("de", "Laut UN-Menschenrechtsbüro wurden in der Ukraine 1.417 Zivilisten getötet, darunter 70 Kinder.", {"killed": 1417, "children_killed": 70}),
    ("fr", "Selon le HCDH, 1 417 civils ont été tués et 2 038 blessés en Ukraine.", {"killed": 1417, "injured": 2038}),
    ("es", "La ONU informó que 6.919 civiles han muerto y otros 11.075 han resultado heridos en Ucrania.", {"killed": 6919, "injured": 11075}),
    ("it", "Secondo l'Onu sono almeno 1.081 i civili morti e 1.707 i feriti in Ucraina.", {"killed": 1081, "injured": 1707}),
    ("pl", "Według ONZ na Ukrainie zginęło co najmniej 1892 cywilów, a 2558 zostało rannych.", {"killed": 1892, "injured": 2558}),
    ("cs", "OSN potvrdila smrt 7155 civilistů na Ukrajině, včetně 438 dětí.", {"killed": 7155, "children_killed": 438}),
    ("uk", "За даними ООН, в Україні 9 701 людина загинула, ще 17 748 дістали поранення.", {"killed": 9701, "injured": 17748}),
    ("uk", "За даними ООН, у 2023 році в Україні загинули 1 974 цивільні особи, ще 6 651 дістали поранень.", {"killed": 1974, "injured": 6651}),
    ("uk", "Про це Моніторингова місія ООН повідомила в мережі X: в Україні загинули 10 582 цивільних.", {"killed": 10582}),
    ("sr", "Prema podacima UN, u Ukrajini je ubijeno 4.452 civila, a 5.531 je ranjeno.", {"killed": 4452, "injured": 5531}),
    ("pt", "A ONU documentou 549 mortes de civis e 957 feridos na Ucrânia.", {"killed": 549, "injured": 957}),
    ("sr", "Kancelarija UN je saopštila da je u Украјини убијено 4.452 цивила, а 5.531 је рањено.", {"killed": 4452, "injured": 5531}),
    ("bg", "Според ООН в Украйна са загинали най-малко 9 287 цивилни, сред които 537 деца.", {"killed": 9287, "children_killed": 537}),
    ("mk", "Според ОН, во Украина загинаа најмалку 9.287 цивили, а 16.384 се ранети.", {"killed": 9287, "injured": 16384}),
    ("sk", "Podľa OSN na Ukrajine zahynulo najmenej 9 287 civilistov vrátane 537 detí.", {"killed": 9287, "children_killed": 537}),
    # a verb-final outcome after a short phrase; a phrase between a leading outcome and its count
    ("de", "Im Mai wurden laut UN-Menschenrechtsbüro 174 Zivilisten in der Ukraine getötet und 690 verletzt.", {"killed": 174, "injured": 690}),
    ("cs", "V prvním pololetí 2024 zahynulo na Ukrajině 1049 civilistů a 4500 jich bylo zraněno, uvedla OSN.", {"killed": 1049, "injured": 4500}),
    ("it", "Dall'inizio dell'invasione russa in Ucraina sono stati uccisi almeno 11.126 civili e 22.125 sono rimasti feriti, secondo l'Onu.", {"killed": 11126, "injured": 22125}),
    ("es", "Según la ONU, en Ucrania perdieron la vida 11.284 personas y otras 22.594 resultaron heridas.", {"killed": 11284, "injured": 22594}),
    ("de", "Mindestens 11.284 Zivilisten sind seit Kriegsbeginn in der Ukraine ums Leben gekommen, teilte die UN mit.", {"killed": 11284}),
    ("ru", "ООН: 11 284 мирных жителя Украины погибли, еще 22 594 получили ранения с начала войны.", {"killed": 11284, "injured": 22594}),
    # the plural of a cause is no single event ("в результате ударов"); an auxiliary after a
    # leading outcome; a phrase of three words before the count; "more" before an auxiliary
    ("ru", "По данным ООН, в июле в результате российских ударов в Украине погибли 219 мирных жителей.", {"killed": 219}),
    ("pl", "W lipcu w wyniku rosyjskich ataków zginęło w Ukrainie 219 cywilów, podała ONZ.", {"killed": 219}),
    ("cs", "Podle OSN zahynulo od začátku ruské invaze nejméně 9177 civilistů na Ukrajině. Zraněno bylo 15 993 lidí.", {"killed": 9177, "injured": 15993}),
    ("sk", "Podľa OSN zahynulo na Ukrajine 9177 civilistov a 15 993 ďalších bolo zranených.", {"killed": 9177, "injured": 15993}),
    ("it", "L'Onu ha confermato la morte di 4.031 civili in Ucraina e il ferimento di altri 4.735.", {"killed": 4031, "injured": 4735}),
    # the injured and the dead as a subject, "throughout a year", "among whom" with a paucal
    ("bg", "Службата на ООН потвърди смъртта на 8006 цивилни в Украйна. Ранените са 13 287.", {"killed": 8006, "injured": 13287}),
    ("uk", "Упродовж 2023 року в Україні загинули 1974 цивільних і 6651 отримав поранення, повідомила ООН.", {"killed": 1974, "injured": 6651, "scope": "period"}),
    ("sr", "Prema UN, u Ukrajini je ubijeno 4.452 civila, među kojima 283 deteta, a 5.531 je ranjeno.", {"killed": 4452, "children_killed": 283, "injured": 5531}),
    # "among whom" and a leading outcome with its verb; the monitoring mission's own name
    ("pt", "A ONU confirmou a morte de 1.430 civis na Ucrânia, entre os quais 121 crianças.", {"killed": 1430, "children_killed": 121}),
    ("ru", "По данным ООН, в Украине погибли 2665 мирных жителей. Ранения получили 3053 человека.", {"killed": 2665, "injured": 3053}),
    ("uk", "Моніторингова місія ООН: у листопаді загинули щонайменше 128 цивільних, ще 524 поранено.", {"killed": 128, "injured": 524}),
    # a place between a leading outcome and its count; a count of 2097 is no year
    ("es", "Según la ONU, han muerto en Ucrania 8.791 civiles y 14.815 han resultado heridos.", {"killed": 8791, "injured": 14815}),
    ("sk", "Podľa OSN zahynulo na Ukrajine 1430 civilistov a zranených bolo 2097.", {"killed": 1430, "injured": 2097}),
    # a colon after the word that gives the cut-off
    ("de", "Laut UN wurden in der Ukraine 12.654 Zivilisten getötet und 29.392 verletzt (Stand: 23. Februar 2025).", {"killed": 12654, "injured": 29392, "as_of": "2025-02-23"}),
    # two phrases between a leading outcome and its count; a past-tense verb before its count
    ("sk", "Podľa OSN zahynulo na Ukrajine od začiatku invázie 525 detí a 1047 detí bolo zranených.", {"children_killed": 525, "children_injured": 1047}),
    ("pt", "Em maio, ataques russos mataram 183 civis e feriram 1.084 na Ucrânia, segundo a missão da ONU.", {"killed": 183, "injured": 1084, "scope": "period"}),
    # a month or year placed by publication (1 June 2023): the year so far, last month, last year
    ("uk", "З початку року в Україні загинули 848 цивільних, повідомила ООН.", {"killed": 848, "period_start": "2023-01-01", "as_of": None}),
    ("ru", "По данным ООН, в прошлом месяце в Украине погибли 219 мирных жителей.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("de", "Seit Jahresbeginn wurden laut UN in der Ukraine 848 Zivilisten getötet.", {"killed": 848, "period_start": "2023-01-01"}),
    ("fr", "Depuis le début de l'année, le HCDH a confirmé la mort de 413 civils en Ukraine.", {"killed": 413, "period_start": "2023-01-01"}),
    ("es", "En lo que va de año, la ONU ha registrado 848 civiles muertos en Ucrania.", {"killed": 848, "period_start": "2023-01-01"}),
    ("it", "Il mese scorso in Ucraina sono stati uccisi 219 civili, secondo l'Onu.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("pl", "Według ONZ w zeszłym roku w Ukrainie zginęło 2064 cywilów.", {"killed": 2064, "period_start": "2022-01-01", "as_of": "2022-12-31"}),
    ("pt", "No mês passado, a ONU registou 219 civis mortos na Ucrânia.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("cs", "Podle OSN zahynulo od začátku roku na Ukrajině 848 civilistů.", {"killed": 848, "period_start": "2023-01-01"}),
    ("sk", "Podľa OSN minulý mesiac zahynulo na Ukrajine 219 civilistov.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("sr", "Prema UN, prošlog meseca u Ukrajini je ubijeno 219 civila.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("bg", "Според ООН от началото на годината в Украйна са загинали 848 цивилни.", {"killed": 848, "period_start": "2023-01-01"}),
    ("mk", "Според ОН, минатиот месец во Украина загинаа 219 цивили.", {"killed": 219, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    # a since-clause closed by a cut-off; "those" before an outcome; a teen in words and an
    # outcome that leads the count after it; a fraction of thousands
    ("es", "La ONU ha confirmado 1.417 civiles fallecidos en Ucrania desde el 24 de febrero hasta el 2 de abril.", {"killed": 1417, "period_start": "2022-02-24", "as_of": "2023-04-02"}),
    ("it", "Secondo l'Onu sono 2.665 i civili morti in Ucraina e 3.053 quelli feriti.", {"killed": 2665, "injured": 3053}),
    ("ru", "По данным ООН, в Украине погибли 136 мирных жителей, в том числе тринадцать детей, ранены 400 человек.", {"killed": 136, "children_killed": 13, "injured": 400}),
    ("pl", "Biuro ONZ potwierdziło śmierć ponad 10,5 tys. cywilów w Ukrainie.", {"killed": 10500}),
    # a sentence that opens with a day and tells an attack before its toll: that day's event
    ("fr", "Depuis le 24 février 2022, le HCDH a confirmé la mort de 12 654 civils en Ukraine. Le 7 mars, les forces russes ont frappé Dobropillia ; le HCDH a confirmé au moins 11 morts et 48 blessés.", {"killed": 12654, "injured": None}),
    # both outcomes as one verb phrase before or after the count: a total
    ("ru", "По данным ООН, в первом полугодии в Украине погибли или были ранены 6 754 мирных жителя.", {"total": 6754}),
    ("uk", "За даними ООН, в Україні 6 754 цивільних загинули або отримали поранення.", {"total": 6754}),
    # "victims" set against the injured, with no count of the dead beside them: the dead
    ("it", "Secondo l'Onu, le vittime civili della guerra in Ucraina finora sono 6.322, e i feriti 9.634.", {"killed": 6322, "injured": 9634}),
    ("es", "Según la ONU, en Ucrania hay 6.322 víctimas civiles y 9.634 heridos.", {"killed": 6322, "injured": 9634}),
    ("it", "Secondo l'Onu, in Ucraina le vittime civili sono 16.295: 6.490 morti e 9.805 feriti.", {"killed": 6490, "injured": 9805, "total": 16295}),
    # a day written "1°"; a cut-off between a leading outcome and its count
    ("it", "Secondo l'Onu, al 1° maggio in Ucraina sono stati uccisi 8.791 civili.", {"killed": 8791, "as_of": "2023-05-01"}),
    ("cs", "Podle OSN zahynulo na Ukrajině do 1. května 8791 civilistů.", {"killed": 8791, "as_of": "2023-05-01"}),
    # a month's year after "de", its counts after it; "according to" between an outcome and
    # its count; an injury suffered
    ("es", "La misión de la ONU informó de que en mayo de 2023 murieron 140 civiles y 607 sufrieron heridas en Ucrania.", {"killed": 140, "injured": 607, "period_start": "2023-05-01", "as_of": "2023-05-31"}),
    ("cs", "Od začátku invaze zahynulo podle OSN na Ukrajině nejméně 12 164 civilistů.", {"killed": 12164}),
    ("pl", "W Ukrainie zginęło według ONZ 4731 cywilów.", {"killed": 4731}),
    # three phrases between a leading outcome and its count
    ("cs", "Podle OSN zemřelo od 24. února do 4. prosince na Ukrajině 6702 civilistů.", {"killed": 6702, "period_start": "2022-02-24", "as_of": "2022-12-04"}),
    # a body's full name between a leading outcome and its count
    ("cs", "Zahynulo na Ukrajině podle Úřadu vysokého komisaře OSN pro lidská práva nejméně 8006 civilistů.", {"killed": 8006}),
    ("pl", "Zginęło w Ukrainie według Biura Wysokiego Komisarza Narodów Zjednoczonych 1430 cywilów.", {"killed": 1430}),
    # the subject after its count: "raised to 6,702 the number of civilians killed"
    ("es", "La ONU elevó este martes a 6.702 el número de civiles muertos en Ucrania.", {"killed": 6702}),
    ("it", "L'Onu porta a 6.702 il numero dei civili morti in Ucraina.", {"killed": 6702}),
    ("fr", "L'ONU porte à 6 702 le nombre de civils tués en Ukraine.", {"killed": 6702}),
    # "the victims" after the dead and the injured, none of casualties: the dead
    ("it", "Sono 10.000 i civili uccisi in Ucraina, secondo l'Onu. Tra le vittime ci sono 560 bambini.", {"killed": 10000, "children_killed": 560}),
    # the killing of children, then the wounding of "others": more children
    ("it", "La missione Onu ha verificato l'uccisione di 587 bambini e il ferimento di altri 1.298 in Ucraina.", {"children_killed": 587, "children_injured": 1298}),
    # "in total" after a count since the start: the same cut-off
    ("uk", "Місія ООН повідомила, що з 24 лютого 2022 року по 31 травня 2024 року в Україні загинули 600 дітей. Загалом місія підтвердила загибель 11 126 цивільних.", {"children_killed": 600, "killed": 11126, "as_of": "2024-05-31"}),
    # a count the number "exceeded": the count as stated
    ("uk", "Місія ООН повідомила, що в Україні кількість загиблих цивільних перевищила 10 тисяч, а кількість поранених перевищила 18 500.", {"killed": 10000, "injured": 18500}),
    ("ru", "По данным ООН, в Украине число погибших мирных жителей превысило 10 тысяч.", {"killed": 10000}),
    ("en", "The UN monitoring mission said the number of civilians killed in Ukraine had passed 10,000.", {"killed": 10000}),
    ("es", "Según la ONU, el número de civiles muertos en Ucrania superó los 10.000.", {"killed": 10000}),
    ("cs", "Podle OSN počet mrtvých civilistů na Ukrajině přesáhl 10 tisíc.", {"killed": 10000}),
    ("sr", "Prema podacima UN, broj ubijenih civila u Ukrajini premašio je 10.000.", {"killed": 10000}),
    # "over this period" goes on with the period before, after "in total"
    ("ru", "Миссия ООН сообщила, что с 24 февраля 2022 года по 29 февраля 2024 года в Украине погибли 587 детей. Всего за этот период миссия зафиксировала гибель 10 675 мирных жителей.", {"killed": 10675, "children_killed": 587, "as_of": "2024-02-29"}),
    # the outcome's verb, then the dates of the count, then the count
    ("cs", "Podle OSN zahynulo na Ukrajině od začátku ruské invaze do 15. ledna 2023 nejméně 7 031 civilistů, dalších 11 327 bylo zraněno.", {"killed": 7031, "injured": 11327, "as_of": "2023-01-15"}),
    ("ru", "По данным ООН, в Украине погибли с 24 февраля 2022 года по 30 июня 2023 года 9177 мирных жителей.", {"killed": 9177, "as_of": "2023-06-30"}),
    ("pl", "Według ONZ zginęło w Ukrainie od 24 lutego 2022 r. do 30 września 2024 r. co najmniej 11 973 cywilów.", {"killed": 11973, "as_of": "2024-09-30"}),
    ("uk", "За даними ООН, в Україні загинули з 24 лютого 2022 року по 31 травня 2023 року 8983 цивільних.", {"killed": 8983, "as_of": "2023-05-31"}),
    ("sr", "Prema podacima UN, u Ukrajini je ubijeno od 24. februara 2022. do 30. aprila 2023. godine 8.791 civila.", {"killed": 8791, "as_of": "2023-04-30"}),
    # "the figures, to a day, include": the parts of the counts before, dated with them
    ("es", "Según la ONU, 5.514 civiles murieron en Ucrania y 7.698 resultaron heridos desde el inicio de la guerra. Las cifras, que llegan hasta el 14 de mayo, incluyen 356 niños muertos.", {"killed": 5514, "children_killed": 356, "as_of": "2023-05-14"}),
    ("fr", "Selon l'ONU, 5 514 civils ont été tués en Ukraine et 7 698 blessés depuis le début de la guerre. Les chiffres, arrêtés au 14 mai, comprennent 356 enfants tués.", {"killed": 5514, "children_killed": 356, "as_of": "2023-05-14"}),
    ("it", "Secondo l'Onu, 5.514 civili sono stati uccisi in Ucraina e 7.698 feriti dall'inizio della guerra. I dati, aggiornati al 14 maggio, comprendono 356 bambini uccisi.", {"killed": 5514, "children_killed": 356, "as_of": "2023-05-14"}),
    ("pt", "Segundo a ONU, 5.514 civis foram mortos na Ucrânia e 7.698 ficaram feridos desde o início da guerra. Os números, que vão até 14 de maio, incluem 356 crianças mortas.", {"killed": 5514, "children_killed": 356, "as_of": "2023-05-14"}),
    # an adverb of the whole between the outcome's verb and its count
    ("pl", "Według misji ONZ od początku inwazji w Ukrainie zginęło łącznie 10 378 cywilów, a 20 079 zostało rannych.", {"killed": 10378, "injured": 20079}),
    ("sr", "Prema misiji UN, od početka invazije u Ukrajini ubijeno je ukupno 10.378 civila, a ranjeno 20.079.", {"killed": 10378, "injured": 20079}),
    ("uk", "За даними місії ООН, з початку вторгнення в Україні загинули загалом 10 378 цивільних, а 20 079 були поранені.", {"killed": 10378, "injured": 20079}),
    ("ru", "По данным миссии ООН, с начала вторжения в Украине погибли в общей сложности 10 378 мирных жителей, 20 079 получили ранения.", {"killed": 10378, "injured": 20079}),
    ("de", "Nach Angaben der UN-Mission wurden seit Beginn der Invasion in der Ukraine getötet insgesamt 10.378 Zivilisten, verletzt wurden 20.079.", {"killed": 10378, "injured": 20079}),
    # the killed or injured: a count of casualties, not of the dead
    ("cs", "V dubnu 2023 zaznamenali pozorovatelé OSN na Ukrajině 700 zabitých nebo zraněných civilistů.", {"total": 700, "killed": None}),
    ("sr", "U aprilu 2023. posmatrači UN zabeležili su 700 ubijenih ili ranjenih civila u Ukrajini.", {"total": 700, "killed": None}),
    ("uk", "У квітні 2023 року спостерігачі ООН зафіксували в Україні 700 загиблих або поранених цивільних.", {"total": 700, "killed": None}),
    ("ru", "В апреле 2023 года наблюдатели ООН зафиксировали в Украине 700 погибших или раненых мирных жителей.", {"total": 700, "killed": None}),
    # the sex and age breakdown, the unknown sex in a relative clause; "2.601 muškarca"
    ("pl", "ONZ odnotowała 6655 zabitych cywilów w Ukrainie do 27 listopada 2022 roku: 2601 mężczyzn, 1783 kobiety, 173 dziewczynki i 209 chłopców, a także 37 dzieci i 1852 dorosłych, których płeć nie jest jeszcze znana.", {"killed_men": 2601, "killed_children_unknown_sex": 37, "killed_adults_unknown_sex": 1852}),
    ("sr", "UN je do 27. novembra 2022. zabeležio 6.655 ubijenih civila u Ukrajini: 2.601 muškarca, 1.783 žene, 173 devojčice i 209 dečaka, kao i 37 dece i 1.852 odraslih čiji pol još nije utvrđen.", {"killed_men": 2601, "killed_children_unknown_sex": 37, "killed_adults_unknown_sex": 1852}),
    # after a count and its aside, the verb phrase of the next count is not its outcome
    ("ru", "По данным ООН, в Украине погибли 10 582 мирных жителя, в том числе 587 детей, ранения получили 19 875 человек, в том числе 1 298 детей.", {"killed": 10582, "injured": 19875, "children_killed": 587, "children_injured": 1298}),
    # a monitor's name that holds a since-word ("з прав людини") opens no since-clause
    ("uk", "За даними Моніторингової місії ООН з прав людини, у квітні 2023 року в Україні загинули 219 цивільних.", {"killed": 219, "period_start": "2023-04-01", "as_of": "2023-04-30"}),
]  # fmt: skip


def test_a_place_that_opens_a_sentence_is_no_dateline() -> None:
    text = (
        "За даними ООН, в Україні загинули 4889 мирних жителів.\n\n"
        "В інших регіонах України - 1895 загиблих і 2693 поранених."
    )
    reports = parse_text(text, published=PUBLISHED, language="uk")
    assert {r.area: r.killed for r in reports} == {None: 4889, "other regions of Ukraine": 1895}


def test_a_sentence_without_counts_gives_their_cut_off() -> None:
    text = (
        "Seit dem 24. Februar sind in der Ukraine nach UN-Angaben 4677 Zivilisten getötet "
        "worden. Die Zahlen beziehen sich auf den Stand vom 23. Juni."
    )
    [report] = parse_text(text, published=dt.date(2022, 6, 24), language="de")
    assert (report.as_of, report.killed) == (dt.date(2022, 6, 23), 4677)


def test_a_place_that_labels_the_counts_after_it_leaves_those_before_the_next() -> None:
    text = (
        "По данным ООН, на подконтрольной правительству территории Донецкой и Луганской областей "
        "Украины погибли 3887 человек, на оккупированной территории - 2090 человек."
    )
    reports = parse_text(text, published=PUBLISHED, language="ru")
    assert {r.area: r.killed for r in reports}[
        "government-controlled territory of Donetsk and Luhansk regions"
    ] == 3887


AREAS_OF_COUNTS = [
    # the occupying state named in full; a place, a comma, then the elliptic count
    ("uk", "За даними ООН, на підконтрольній уряду території загинули 7 420 осіб, на окупованій Російською Федерацією території — 2 091.",
     [("government-controlled territory", 7420), ("occupied territory", 2091)]),
    ("es", "Según la ONU, en el territorio controlado por el Gobierno murieron 7.420 personas y en el territorio ocupado por Rusia, 2.091.",
     [("government-controlled territory", 7420), ("occupied territory", 2091)]),
    # the whole keeps no area of its parts
    ("pt", "Dos 7.031 civis mortos contabilizados pela ONU na Ucrânia, ao menos 6.536 morreram em áreas controladas pela Ucrânia, e 495 em regiões sob controle russo.",
     [(None, 7031), ("government-controlled territory", 6536), ("occupied territory", 495)]),
    # a day's event after a colon is no count of the war
    ("ru", "По данным ООН, в Украине погибли 9287 мирных жителей. Опасность грозит и жителям районов под контролем России: 9 июля в Орехове четверо мирных жителей погибли.",
     [(None, 9287)]),
    # "other territories" are the other regions
    ("ru", "По данным ООН, в Донецкой и Луганской областях погибли 2027 мирных жителей, на других территориях Украины — 1469.",
     [("Donetsk and Luhansk regions", 2027), ("other regions of Ukraine", 1469)]),
    # who controls a territory, after it ("територія, підконтрольна уряду") or named within
    ("uk", "За даними ООН, в Україні загинули 8231 цивільний. На території, підконтрольній уряду, загинули 6416 осіб. На окупованій Росією території загинули 1815 осіб.",
     [(None, 8231), ("government-controlled territory", 6416), ("occupied territory", 1815)]),
    ("ru", "По данным ООН, в Украине погибли 8231 мирный житель. На территории, подконтрольной правительству, погибли 6416 человек. На оккупированной Россией территории погибли 1815 человек.",
     [(None, 8231), ("government-controlled territory", 6416), ("occupied territory", 1815)]),
    # a count like a year after a place and a dash, the clause's last word, is a count
    ("uk", "ООН зафіксувала 7068 загиблих цивільних в Україні. На підконтрольній уряду території Донецької та Луганської областей загинули 3939 людей, на окупованій території – 2018.",
     [(None, 7068), ("government-controlled territory of Donetsk and Luhansk regions", 3939), ("occupied territory of Donetsk and Luhansk regions", 2018)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "killed"), AREAS_OF_COUNTS)
def test_each_count_has_its_place(language: str, text: str, killed: list) -> None:
    reports = parse_text(text, published=PUBLISHED, language=language)
    assert [(r.area, r.killed) for r in reports] == killed


@pytest.mark.parametrize(("language", "text", "figures"), WORD_ORDERS)
def test_the_word_orders_of_each_language(language: str, text: str, figures: dict) -> None:
    reports = parse_text(text, published=PUBLISHED, language=language)
    assert len(reports) == 1
    values = {k: v for k, v in reports[0].to_dict().items() if k in figures}
    assert values == figures
    assert reports[0].country == "UA"


CITED_OTHERS = [
    # whose figures a clause gives, named by a citing word, whoever speaks
    ("es", "La ONU dijo que 1.000 civiles murieron en Ucrania, según datos del Ministerio de Salud."),
    ("de", "Die UNO erklärte, 1.000 Zivilisten seien in der Ukraine getötet worden, laut Angaben des Gesundheitsministeriums."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CITED_OTHERS)
def test_figures_cited_from_another_source_are_not_the_monitors(language: str, text: str) -> None:
    assert parse_text(text, published=PUBLISHED, language=language) == []


def test_niños_are_boys_beside_niñas_and_children_alone() -> None:
    boys = parse_text(
        "Según la ONU, entre los 691 muertos hay 7 niñas y 11 niños en Ucrania.",
        published=PUBLISHED,
        language="es",
    )
    assert (boys[0].killed_boys, boys[0].killed_girls, boys[0].children_killed) == (11, 7, None)
    children = parse_text(
        "Según la ONU, 1.151 civiles han muerto en Ucrania, entre ellos 103 niños.",
        published=PUBLISHED,
        language="es",
    )
    assert (children[0].children_killed, children[0].killed_boys) == (103, None)


def test_a_sentence_that_names_a_month_without_counts_dates_the_next() -> None:
    text = (
        "Die Zahl der zivilen Opfer in der Ukraine hat nach UN-Angaben im Juni den höchsten Stand "
        "erreicht. "
        "232 Menschen seien getötet und 1.343 weitere verletzt worden."
    )
    (report,) = parse_text(text, published=dt.date(2025, 7, 10), language="de")
    assert (report.scope, report.period_start, report.as_of) == (
        "period",
        dt.date(2025, 6, 1),
        dt.date(2025, 6, 30),
    )


def test_since_the_war_began_in_a_year_is_cumulative_after_a_period() -> None:
    text = (
        "Depuis janvier, le HCDH a confirmé la mort de 413 civils en Ukraine. "
        "Depuis l'invasion de l'Ukraine par la Russie en 2022, le HCDH a confirmé que 12 700 "
        "civils ont été tués."
    )
    reports = parse_text(text, published=dt.date(2025, 3, 1), language="fr")
    by_value = {r.killed: r for r in reports}
    assert by_value[413].period_start == dt.date(2025, 1, 1)
    assert by_value[12700].scope == "cumulative"
    assert by_value[12700].period_start == dt.date(2022, 2, 24)


def test_a_breakdown_after_another_subjects_figures_is_still_the_counts_before() -> None:
    text = (
        "L'Alto Commissariato dell'Onu per i diritti umani ha registrato in Ucraina 10.046"
        " vittime civili: 4.481 morti e 5.565 feriti. Secondo l'UNHCR, oltre 6,2 milioni di"
        " rifugiati hanno lasciato il Paese. Tra i morti si contano 1.739 uomini e 1.159 donne."
    )
    (report,) = parse_text(text, published=dt.date(2022, 6, 16), language="it")
    assert (report.killed, report.killed_men, report.killed_women) == (4481, 1739, 1159)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "УВКПЛ зафіксувало 10 000 загиблих цивільних в Україні, з них 4000 – на Донбасі."),
        (
            "ru",
            "УВКПЧ зафиксировало 10 000 погибших мирных жителей Украины, из них 4000 – в Донбассе.",
        ),
    ],
)
def test_a_part_after_a_dash_in_donbas_is_the_two_regions(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2023, 6, 1), language=language)
    assert [(r.area, r.killed) for r in reports] == [
        (None, 10000),
        ("Donetsk and Luhansk regions", 4000),
    ]


SINCE_AN_EVENT_OF_A_MONTH = [
    (
        "en",
        "Since the full-scale invasion of February 2022, OHCHR has verified 10,582 civilians killed.",
    ),
    ("fr", "Depuis l'invasion russe de février 2022, le HCDH a recensé 10 582 civils tués."),
    (
        "es",
        "Desde la invasión rusa de febrero de 2022, la ONU ha verificado la muerte de 10.582 civiles.",
    ),
    (
        "it",
        "Dall'invasione russa del febbraio 2022, l'Onu ha verificato la morte di 10.582 civili.",
    ),
    ("pt", "Desde a invasão russa de fevereiro de 2022, a ONU verificou a morte de 10.582 civis."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_AN_EVENT_OF_A_MONTH)
def test_since_an_event_of_a_month_is_the_counts_start_not_that_month(
    language: str, text: str
) -> None:
    (report,) = parse_text(text, published=dt.date(2024, 2, 22), language=language)
    assert (report.scope, report.as_of, report.killed) == ("cumulative", None, 10582)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Канцеларија високог комесара УН за људска права саопштила је да је убијено 4.452 цивила.", "sr"),
        ("Od početka rata u Ukrajini ubijeno je 8.791 civila, saopštila je Kancelarija UN.", "sr"),
        ("Úrad vysokého komisára OSN uviedol, že na Ukrajine zahynulo najmenej 9 287 civilistov.", "sk"),
        ("Службата на ООН съобщи, че в Украйна са загинали най-малко 9 287 цивилни.", "bg"),
    ],
)  # fmt: skip
def test_the_language_of_a_text_is_told(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_the_language_is_told_from_the_start_of_a_long_text() -> None:
    english = "OHCHR recorded 1,417 civilians killed in Ukraine. "
    russian = "Управление ООН по правам человека зафиксировало гибель мирных жителей. "
    text = english * (SAMPLE // len(english) + 1) + russian * (3 * SAMPLE // len(russian))
    assert detect_language(text) == "en"


def test_a_document_without_a_language_has_it_told_and_recorded() -> None:
    document = document_from_text(
        "---\nkind: news\n---\nУправление ООН по правам человека зафиксировало гибель 1766 "
        "мирных жителей Украины."
    )
    assert document.language == "ru"
    assert document.metadata["language_detected"] is True
    stated = document_from_text("---\nlanguage: en\n---\nOHCHR recorded 1,766 civilians killed.")
    assert "language_detected" not in stated.metadata


def test_another_speakers_figures_in_another_language_are_left_out() -> None:
    text = (
        "Генпрокуратура Украины сообщила, что погибли 551 ребенок. По данным ООН, в Украине "
        "погибли 11 284 мирных жителя."
    )
    (report,) = parse_text(text, published=PUBLISHED, language="ru")
    assert (report.killed, report.children_killed) == (11284, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a place of the war after "de" is no speaker, so "la misión" is still the UN's
        ("es", "En julio murieron 219 civiles en Ucrania, informó la Misión de la ONU.\n\nEl ataque contra el hospital de Kiev causó la muerte de dos adultos.\n\nDesde el inicio de la invasión, la misión ha verificado la muerte de 11.520 civiles."),
        # "that same day": one day's toll, not the war's
        ("es", "En julio murieron 219 civiles en Ucrania, informó la Misión de la ONU.\n\nEse mismo día murieron 43 civiles en todo el país.\n\nDesde el inicio de la invasión, la misión ha verificado la muerte de 11.520 civiles."),
    ],
)  # fmt: skip
def test_the_months_and_the_wars_counts_around_an_event(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 8, 9), language=language)
    assert [(r.scope, r.killed) for r in reports] == [("period", 219), ("cumulative", 11520)]


MONTH_AND_WAR = [
    # the count after the month's is of its own start, the war's or a date's, or a running total
    # ("damit stieg die Gesamtzahl"): not the month's
    ("en", "OHCHR said 189 civilians were killed in Ukraine in July 2023 and 9,369 since the start of the full-scale invasion."),
    ("en", "OHCHR said 189 civilians were killed in Ukraine in July 2023, raising the total since February 2022 to 9,369."),
    ("de", "Laut UNO wurden im Juli 2023 in der Ukraine 189 Zivilisten getötet, seit Beginn der Invasion insgesamt 9369."),
    ("de", "Laut UN-Menschenrechtsbüro wurden im Juli 2023 in der Ukraine 189 Zivilisten getötet; damit stieg die Gesamtzahl der Toten seit Februar 2022 auf 9369."),
    ("fr", "Selon l'ONU, 189 civils ont été tués en Ukraine en juillet 2023 et 9 369 depuis le début de l'invasion."),
    ("fr", "Selon le HCDH, 189 civils ont été tués en Ukraine en juillet 2023, ce qui porte à 9 369 le nombre total de morts depuis février 2022."),
    ("es", "Según la ONU, 189 civiles murieron en Ucrania en julio de 2023, con lo que el total de muertos desde febrero de 2022 asciende a 9.369."),
    ("it", "Secondo l'Onu, a luglio 2023 in Ucraina sono stati uccisi 189 civili e 9.369 dall'inizio dell'invasione."),
    ("pl", "Według ONZ w lipcu 2023 roku w Ukrainie zginęło 189 cywilów, a od początku inwazji 9369."),
    ("uk", "За даними ООН, у липні 2023 року в Україні загинули 189 цивільних, а загалом від початку повномасштабного вторгнення загинули 9 369 мирних жителів."),
    ("ru", "По данным ООН, в июле 2023 года в Украине погибли 189 мирных жителей, а с начала вторжения — 9 369."),
    ("uk", "За даними ООН, у липні 2023 року в Україні загинули 189 цивільних. Таким чином, загальна кількість загиблих зросла до 9 369."),
    ("de", "Laut UNO wurden im Juli 2023 in der Ukraine 189 Zivilisten getötet. Damit stieg die Gesamtzahl der Toten auf 9369."),
    ("fr", "Selon l'ONU, 189 civils ont été tués en Ukraine en juillet 2023, portant le bilan total à 9 369 morts."),
    ("es", "Según la ONU, 189 civiles murieron en Ucrania en julio de 2023, elevando el total de muertos a 9.369."),
    ("it", "Secondo l'Onu, a luglio 2023 in Ucraina sono stati uccisi 189 civili, portando il totale dei morti a 9.369."),
    ("pt", "Segundo a ONU, 189 civis morreram na Ucrânia em julho de 2023, elevando o total de mortos para 9.369."),
    ("pl", "Według ONZ w lipcu 2023 roku w Ukrainie zginęło 189 cywilów, co zwiększyło łączną liczbę zabitych do 9369."),
    ("ru", "По данным ООН, в июле 2023 года в Украине погибли 189 мирных жителей. Таким образом, общее число погибших достигло 9 369."),
    ("cs", "Podle OSN v červenci 2023 zahynulo na Ukrajině 189 civilistů, čímž se celkový počet obětí zvýšil na 9369."),
    ("sr", "Prema UN, u julu 2023. u Ukrajini je ubijeno 189 civila, čime je ukupan broj ubijenih porastao na 9.369."),
]  # fmt: skip


PARTS_BY_REGION = [
    # the count of the war, then its parts in the two regions and in the others
    ("en", "OHCHR recorded 9,369 civilians killed in Ukraine as of 6 August 2023. Of these, 4,600 were killed in Donetsk and Luhansk regions and 4,769 in other regions of Ukraine."),
    ("de", "Das UN-Menschenrechtsbüro zählte bis zum 6. August 2023 in der Ukraine 9369 getötete Zivilisten. Davon wurden 4600 in den Gebieten Donezk und Luhansk getötet und 4769 in anderen Regionen der Ukraine."),
    ("fr", "Le HCDH a recensé 9 369 civils tués en Ukraine au 6 août 2023. Parmi eux, 4 600 ont été tués dans les régions de Donetsk et de Louhansk et 4 769 dans d'autres régions d'Ukraine."),
    ("es", "La ONU registró 9.369 civiles muertos en Ucrania hasta el 6 de agosto de 2023. De ellos, 4.600 murieron en las regiones de Donetsk y Lugansk y 4.769 en otras regiones de Ucrania."),
    ("uk", "ООН зафіксувала 9 369 загиблих цивільних в Україні станом на 6 серпня 2023 року. З них 4 600 загинули в Донецькій і Луганській областях, а 4 769 — в інших регіонах України."),
    ("ru", "ООН зафиксировала 9 369 погибших мирных жителей в Украине по состоянию на 6 августа 2023 года. Из них 4 600 погибли в Донецкой и Луганской областях, а 4 769 — в других регионах Украины."),
    ("pl", "ONZ odnotowała 9369 zabitych cywilów w Ukrainie do 6 sierpnia 2023 roku. Z tego 4600 zginęło w obwodach donieckim i ługańskim, a 4769 w innych regionach Ukrainy."),
    ("it", "L'Onu ha registrato 9.369 civili uccisi in Ucraina al 6 agosto 2023. Di questi, 4.600 sono stati uccisi nelle regioni di Donetsk e Luhansk e 4.769 in altre regioni dell'Ucraina."),
    # no "of these": a list of counts, each with its place after it, follows the whole
    ("de", "Laut UNO wurden in der Ukraine bis zum 6. August 2023 9369 Zivilisten getötet, 4600 in den Gebieten Donezk und Luhansk und 4769 in anderen Regionen."),
    ("uk", "За даними ООН, станом на 6 серпня 2023 року в Україні загинули 9 369 цивільних, 4 600 — у Донецькій і Луганській областях, 4 769 — в інших регіонах."),
    ("ru", "По данным ООН, по состоянию на 6 августа 2023 года в Украине погибли 9 369 мирных жителей, 4 600 — в Донецкой и Луганской областях, 4 769 — в других регионах."),
    ("pl", "Według ONZ do 6 sierpnia 2023 roku w Ukrainie zginęło 9369 cywilów, 4600 w obwodach donieckim i ługańskim oraz 4769 w innych regionach."),
    ("it", "Secondo l'Onu, al 6 agosto 2023 in Ucraina sono stati uccisi 9.369 civili, 4.600 nelle regioni di Donetsk e Luhansk e 4.769 in altre regioni."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PARTS_BY_REGION)
def test_the_wars_count_and_its_parts_by_region(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2023, 8, 10), language=language)
    assert [(r.area, r.as_of, r.killed) for r in reports] == [
        (None, dt.date(2023, 8, 6), 9369),
        ("Donetsk and Luhansk regions", dt.date(2023, 8, 6), 4600),
        ("other regions of Ukraine", dt.date(2023, 8, 6), 4769),
    ]


PARTS_BY_CONTROL = [
    # the count of the war, then its parts in the territory each side controls
    ("en", "OHCHR recorded 9,369 civilians killed in Ukraine as of 6 August 2023: 7,200 in territory controlled by the Government and 2,169 in territory occupied by the Russian Federation."),
    ("de", "Das UN-Menschenrechtsbüro zählte bis zum 6. August 2023 in der Ukraine 9369 getötete Zivilisten, davon 7200 in von der Regierung kontrollierten Gebieten und 2169 in von Russland besetzten Gebieten."),
    ("fr", "Le HCDH a recensé 9 369 civils tués en Ukraine au 6 août 2023, dont 7 200 dans le territoire contrôlé par le gouvernement et 2 169 dans le territoire occupé par la Russie."),
    ("es", "La ONU registró 9.369 civiles muertos en Ucrania hasta el 6 de agosto de 2023, de ellos 7.200 en territorio controlado por el Gobierno y 2.169 en territorio ocupado por Rusia."),
    ("uk", "ООН зафіксувала 9 369 загиблих цивільних в Україні станом на 6 серпня 2023 року, з них 7 200 — на підконтрольній уряду території, 2 169 — на окупованій росією території."),
    ("ru", "ООН зафиксировала 9 369 погибших мирных жителей в Украине по состоянию на 6 августа 2023 года, из них 7 200 — на подконтрольной правительству территории, 2 169 — на оккупированной Россией территории."),
    ("pl", "ONZ odnotowała 9369 zabitych cywilów w Ukrainie do 6 sierpnia 2023 roku, z czego 7200 na terytorium kontrolowanym przez rząd, a 2169 na terytorium okupowanym przez Rosję."),
    ("it", "L'Onu ha registrato 9.369 civili uccisi in Ucraina al 6 agosto 2023, di cui 7.200 nel territorio controllato dal governo e 2.169 nel territorio occupato dalla Russia."),
    # territories in the plural, the side that controls or occupies them after
    ("fr", "Le HCDH a recensé 9 369 civils tués en Ukraine au 6 août 2023, dont 7 200 dans les territoires contrôlés par le gouvernement et 2 169 dans les territoires occupés par la Russie."),
    ("it", "L'Onu ha registrato 9.369 civili uccisi in Ucraina al 6 agosto 2023, di cui 7.200 nei territori controllati dal governo e 2.169 nei territori occupati dalla Russia."),
    ("cs", "OSN zaznamenala do 6. srpna 2023 na Ukrajině 9 369 zabitých civilistů, z toho 7 200 na území kontrolovaném vládou a 2 169 na území okupovaném Ruskem."),
    # no "of them": the whole is of the country it names, the parts a list after it
    ("en", "According to the UN, 9,369 civilians were killed in Ukraine as of 6 August 2023, 7,200 in government-controlled territory and 2,169 in occupied territory."),
    ("es", "Según la ONU, 9.369 civiles murieron en Ucrania hasta el 6 de agosto de 2023, 7.200 en territorio controlado por el Gobierno y 2.169 en territorio ocupado por Rusia."),
    ("pt", "Segundo a ONU, 9.369 civis foram mortos na Ucrânia até 6 de agosto de 2023, 7.200 em território controlado pelo Governo e 2.169 em território ocupado pela Rússia."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PARTS_BY_CONTROL)
def test_the_wars_count_and_its_parts_by_control(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2023, 8, 10), language=language)
    assert [(r.area, r.killed) for r in reports] == [
        (None, 9369),
        ("government-controlled territory", 7200),
        ("occupied territory", 2169),
    ]


SEX_AND_AGE_OF_THE_DEAD = [
    # the dead by sex and age after a colon, those whose sex is not yet known last
    ("en", "OHCHR recorded 1,000 civilians killed in Ukraine: 400 men, 300 women, 50 boys and 40 girls, as well as 10 children and 200 adults whose sex is not yet known."),
    ("uk", "УВКПЛ зафіксувало 1 000 загиблих цивільних в Україні: 400 чоловіків, 300 жінок, 50 хлопчиків і 40 дівчаток, а також 10 дітей і 200 дорослих, стать яких поки невідома."),
    ("ru", "УВКПЧ зафиксировало 1 000 погибших мирных жителей в Украине: 400 мужчин, 300 женщин, 50 мальчиков и 40 девочек, а также 10 детей и 200 взрослых, пол которых пока неизвестен."),
    ("de", "Das UN-Menschenrechtsbüro zählte 1000 getötete Zivilisten in der Ukraine: 400 Männer, 300 Frauen, 50 Jungen und 40 Mädchen sowie 10 Kinder und 200 Erwachsene, deren Geschlecht noch unbekannt ist."),
    ("fr", "Le HCDH a recensé 1 000 civils tués en Ukraine : 400 hommes, 300 femmes, 50 garçons et 40 filles, ainsi que 10 enfants et 200 adultes dont le sexe reste inconnu."),
    ("es", "La ONU registró 1.000 civiles muertos en Ucrania: 400 hombres, 300 mujeres, 50 niños y 40 niñas, además de 10 menores y 200 adultos cuyo sexo aún se desconoce."),
    ("it", "L'Onu ha registrato 1.000 civili uccisi in Ucraina: 400 uomini, 300 donne, 50 ragazzi e 40 ragazze, oltre a 10 bambini e 200 adulti il cui sesso non è ancora noto."),
    ("pl", "ONZ odnotowała 1000 zabitych cywilów w Ukrainie: 400 mężczyzn, 300 kobiet, 50 chłopców i 40 dziewcząt, a także 10 dzieci i 200 dorosłych, których płeć nie jest jeszcze znana."),
    ("pt", "A ONU registou 1.000 civis mortos na Ucrânia: 400 homens, 300 mulheres, 50 rapazes e 40 raparigas, além de 10 crianças e 200 adultos cujo sexo ainda é desconhecido."),
    ("cs", "OSN zaznamenala na Ukrajině 1000 zabitých civilistů: 400 mužů, 300 žen, 50 chlapců a 40 dívek a také 10 dětí a 200 dospělých, jejichž pohlaví zatím není známo."),
    ("sr", "UN su zabeležile 1.000 ubijenih civila u Ukrajini: 400 muškaraca, 300 žena, 50 dečaka i 40 devojčica, kao i 10 dece i 200 odraslih čiji pol još nije poznat."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SEX_AND_AGE_OF_THE_DEAD)
def test_the_dead_by_sex_and_age(language: str, text: str) -> None:
    [report] = parse_text(text, published=dt.date(2024, 3, 10), language=language)
    assert {k: v for k, v in report.to_dict().items() if k.startswith("killed")} == {
        "killed": 1000,
        "killed_men": 400,
        "killed_women": 300,
        "killed_boys": 50,
        "killed_girls": 40,
        "killed_children_unknown_sex": 10,
        "killed_adults_unknown_sex": 200,
    }


CHILDREN_AS_A_SHARE = [
    # a share that is the children's, their dead and injured in brackets after it
    ("en", "OHCHR recorded 5,183 civilian casualties in Ukraine in 2023 (1,659 killed and 3,524 injured). 32 per cent were children (468 killed and 1,214 injured)."),
    ("de", "Das UN-Menschenrechtsbüro zählte 2023 in der Ukraine 5.183 zivile Opfer (1.659 Tote und 3.524 Verletzte). 32 Prozent waren Kinder (468 Tote und 1.214 Verletzte)."),
    ("uk", "УВКПЛ ООН зафіксувало 5183 жертви серед цивільних в Україні у 2023 році (1659 загиблих і 3524 поранених). 32 % становили діти (468 загиблих і 1214 поранених)."),
    ("ru", "УВКПЧ ООН зафиксировало 5183 жертвы среди мирных жителей Украины в 2023 году (1659 погибших и 3524 раненых). 32 % составили дети (468 погибших и 1214 раненых)."),
    ("pl", "Biuro ONZ odnotowało w 2023 roku 5183 ofiary cywilne w Ukrainie (1659 zabitych i 3524 rannych). 32 proc. stanowiły dzieci (468 zabitych i 1214 rannych)."),
    ("it", "L'ONU ha registrato 5.183 vittime civili in Ucraina nel 2023 (1.659 morti e 3.524 feriti). Il 32 per cento erano bambini (468 morti e 1.214 feriti)."),
    ("pt", "A ONU registou 5.183 vítimas civis na Ucrânia em 2023 (1.659 mortos e 3.524 feridos). 32% eram crianças (468 mortos e 1.214 feridos)."),
    ("cs", "OSN zaznamenala v roce 2023 na Ukrajině 5183 civilních obětí (1659 mrtvých a 3524 zraněných). 32 procent tvořily děti (468 mrtvých a 1214 zraněných)."),
    ("sr", "UN je zabeležio 5.183 civilne žrtve u Ukrajini u 2023. godini (1.659 ubijenih i 3.524 ranjenih). 32 odsto su bila deca (468 ubijenih i 1.214 ranjenih)."),
]  # fmt: skip


CIVILIAN_PERSONS = [
    # "civilian persons", two words for those the count is of, before or after its verb
    ("uk", "Місія ООН повідомила, що у листопаді 2024 року в Україні щонайменше 152 цивільні особи загинули та 616 отримали поранення."),
    ("ru", "Миссия ООН сообщила, что в ноябре 2024 года в Украине по меньшей мере 152 гражданских лица погибли и 616 получили ранения."),
    ("pl", "Misja ONZ podała, że w listopadzie 2024 roku w Ukrainie zginęły co najmniej 152 osoby cywilne, a 616 zostało rannych."),
    ("cs", "Mise OSN uvedla, že v listopadu 2024 na Ukrajině zahynulo nejméně 152 civilních osob a 616 bylo zraněno."),
    ("sr", "Misija UN saopštila je da su u novembru 2024. u Ukrajini ubijena najmanje 152 civilna lica, a 616 je ranjeno."),
]  # fmt: skip


TO_MIDNIGHT_OF_A_DAY = [
    # the count's last day after the hour it ends at
    ("en", "OHCHR confirmed 2,665 civilians killed in Ukraine from 24 February to midnight on 24 April."),
    ("de", "Das UN-Menschenrechtsbüro bestätigte vom 24. Februar bis Mitternacht am 24. April 2.665 getötete Zivilisten in der Ukraine."),
    ("fr", "Le HCDH a confirmé la mort de 2 665 civils en Ukraine du 24 février jusqu'à minuit le 24 avril."),
    ("es", "La ONU confirmó la muerte de 2.665 civiles en Ucrania desde el 24 de febrero hasta la medianoche del 24 de abril."),
    ("it", "L'Onu ha confermato la morte di 2.665 civili in Ucraina dal 24 febbraio fino alla mezzanotte del 24 aprile."),
    ("pt", "A ONU confirmou a morte de 2.665 civis na Ucrânia desde 24 de fevereiro até à meia-noite de 24 de abril."),
    ("pl", "ONZ potwierdziła śmierć 2665 cywilów w Ukrainie od 24 lutego do północy 24 kwietnia."),
    ("uk", "ООН підтвердила загибель 2665 цивільних в Україні з 24 лютого до опівночі 24 квітня."),
    ("ru", "ООН подтвердила гибель 2665 мирных жителей в Украине с 24 февраля до полуночи 24 апреля."),
    ("cs", "OSN potvrdila smrt 2665 civilistů na Ukrajině od 24. února do půlnoci 24. dubna."),
    ("sr", "UN su potvrdile smrt 2.665 civila u Ukrajini od 24. februara do ponoći 24. aprila."),
]  # fmt: skip


A_SUM_AFTER_THE_PAIR = [
    # the killed, the injured, then their sum by a word of a sum
    ("en", "OHCHR recorded 1,430 civilians killed and 2,097 injured in Ukraine, 3,527 in total."),
    ("de", "Das UN-Menschenrechtsbüro zählte in der Ukraine 1.430 getötete und 2.097 verletzte Zivilisten, insgesamt 3.527."),
    ("fr", "Le HCDH a recensé en Ukraine 1 430 civils tués et 2 097 blessés, soit 3 527 au total."),
    ("es", "La ONU registró en Ucrania 1.430 civiles muertos y 2.097 heridos, un total de 3.527."),
    ("it", "L'Onu ha registrato in Ucraina 1.430 civili uccisi e 2.097 feriti, in totale 3.527."),
    ("pt", "A ONU registou na Ucrânia 1.430 civis mortos e 2.097 feridos, um total de 3.527."),
    ("pl", "ONZ odnotowała w Ukrainie 1430 zabitych i 2097 rannych cywilów, łącznie 3527."),
    ("uk", "УВКПЛ зафіксувало в Україні 1430 загиблих і 2097 поранених цивільних, загалом 3527."),
    ("ru", "УВКПЧ зафиксировало в Украине 1430 погибших и 2097 раненых мирных жителей, всего 3527."),
    ("cs", "OSN zaznamenala na Ukrajině 1430 mrtvých a 2097 zraněných civilistů, celkem 3527."),
    ("sr", "UN su zabeležile u Ukrajini 1.430 ubijenih i 2.097 ranjenih civila, ukupno 3.527."),
]  # fmt: skip


A_TOTAL_AFTER_A_MONTH = [
    # a month's count, then the war's in a sentence with no date: more than the month's own
    # count, the total
    ("en", "In July, 200 civilians were killed in Ukraine, the UN said. The war has killed 12,000 civilians."),
    ("de", "Im Juli wurden in der Ukraine laut UN 200 Zivilisten getötet. Der Krieg hat 12.000 Zivilisten das Leben gekostet."),
    ("fr", "En juillet, 200 civils ont été tués en Ukraine, selon l'ONU. La guerre a tué 12 000 civils."),
    ("es", "En julio murieron 200 civiles en Ucrania, según la ONU. La guerra ha matado a 12.000 civiles."),
    ("it", "A luglio sono stati uccisi 200 civili in Ucraina, secondo l'Onu. La guerra ha ucciso 12.000 civili."),
    ("pt", "Em julho, 200 civis foram mortos na Ucrânia, segundo a ONU. A guerra já matou 12.000 civis."),
    ("pl", "W lipcu w Ukrainie zginęło 200 cywilów, podała ONZ. Wojna zabiła już 12 000 cywilów."),
    ("uk", "У липні в Україні загинули 200 цивільних, повідомила ООН. Війна забрала життя 12 000 цивільних."),
    ("ru", "В июле в Украине погибли 200 мирных жителей, сообщила ООН. Война унесла жизни 12 000 мирных жителей."),
    ("cs", "V červenci zahynulo na Ukrajině 200 civilistů, uvedla OSN. Válka zabila už 12 000 civilistů."),
    ("sr", "U julu je u Ukrajini ubijeno 200 civila, saopštile su UN. Rat je odneo živote 12.000 civila."),
]  # fmt: skip


CHILDREN_IN_WORDS = [
    # the children among each outcome's count, few enough to be written in words
    ("en", "In May, the UN recorded 58 civilians killed in Ukraine, including three children, and 14 injured, among them two children."),
    ("de", "Im Mai zählte die UN in der Ukraine 58 getötete Zivilisten, darunter drei Kinder, und 14 Verletzte, darunter zwei Kinder."),
    ("fr", "En mai, l'ONU a recensé 58 civils tués en Ukraine, dont trois enfants, et 14 blessés, dont deux enfants."),
    ("es", "En mayo, la ONU registró 58 civiles muertos en Ucrania, entre ellos tres niños, y 14 heridos, entre ellos dos niños."),
    ("it", "A maggio l'Onu ha registrato 58 civili uccisi in Ucraina, tra cui tre bambini, e 14 feriti, tra cui due bambini."),
    ("pt", "Em maio, a ONU registou 58 civis mortos na Ucrânia, incluindo três crianças, e 14 feridos, incluindo duas crianças."),
    ("pl", "W maju ONZ odnotowała w Ukrainie 58 zabitych cywilów, w tym troje dzieci, oraz 14 rannych, w tym dwoje dzieci."),
    ("uk", "У травні ООН зафіксувала в Україні 58 загиблих цивільних, серед них троє дітей, і 14 поранених, серед них двоє дітей."),
    ("ru", "В мае ООН зафиксировала в Украине 58 погибших мирных жителей, в том числе троих детей, и 14 раненых, в том числе двоих детей."),
    ("cs", "V květnu OSN zaznamenala na Ukrajině 58 zabitých civilistů, včetně tří dětí, a 14 zraněných, včetně dvou dětí."),
    ("sr", "U maju su UN zabeležile u Ukrajini 58 ubijenih civila, uključujući troje dece, i 14 ranjenih, uključujući dvoje dece."),
]  # fmt: skip


GROUPS_AMONG_THE_DEAD = [
    # a list of groups said to be among the killed, each of them killed
    ("en", "OHCHR recorded 9,083 civilians killed in Ukraine. 3,986 men, 2,422 women, 282 boys and 223 girls were among the dead."),
    ("de", "Das OHCHR verzeichnete 9.083 getötete Zivilisten in der Ukraine. 3.986 Männer, 2.422 Frauen, 282 Jungen und 223 Mädchen waren unter den Toten."),
    ("fr", "Le HCDH a recensé 9 083 civils tués en Ukraine. 3 986 hommes, 2 422 femmes, 282 garçons et 223 filles figurent parmi les morts."),
    ("fr", "Le HCDH a recensé 9 083 civils tués en Ukraine. 3 986 hommes, 2 422 femmes, 282 garçons et 223 filles ont été tués."),
    ("es", "La ONU registró 9.083 civiles muertos en Ucrania. 3.986 hombres, 2.422 mujeres, 282 niños y 223 niñas están entre los muertos."),
    ("it", "L'Onu ha registrato 9.083 civili uccisi in Ucraina. 3.986 uomini, 2.422 donne, 282 ragazzi e 223 ragazze sono tra i morti."),
    ("pt", "O ACNUDH registou 9.083 civis mortos na Ucrânia. 3.986 homens, 2.422 mulheres, 282 rapazes e 223 raparigas estão entre os mortos."),
    ("pl", "ONZ odnotowała 9083 zabitych cywilów w Ukrainie. Wśród zabitych było 3986 mężczyzn, 2422 kobiety, 282 chłopców i 223 dziewczynki."),
    ("uk", "ООН зафіксувала 9083 загиблих цивільних в Україні. Серед загиблих 3986 чоловіків, 2422 жінки, 282 хлопчики і 223 дівчинки."),
    ("ru", "ООН зафиксировала 9083 погибших мирных жителя в Украине. Среди погибших 3986 мужчин, 2422 женщины, 282 мальчика и 223 девочки."),
    ("cs", "OSN zaznamenala 9083 zabitých civilistů na Ukrajině. Mezi mrtvými bylo 3986 mužů, 2422 žen, 282 chlapců a 223 dívek."),
    ("sr", "UN je zabeležio 9.083 ubijenih civila u Ukrajini. Među poginulima su 3.986 muškaraca, 2.422 žene, 282 dečaka i 223 devojčice."),
]  # fmt: skip


NON_COMBATANTS = [
    # civilians by another word
    ("en", "The UN said 9,614 non-combatants had been killed in Ukraine by 10 September, and 16,401 injured."),
    ("de", "Die UN teilte mit, bis zum 10. September seien in der Ukraine 9.614 Nichtkombattanten getötet und 16.401 verletzt worden."),
    ("fr", "L'ONU a indiqué que 9 614 non-combattants avaient été tués en Ukraine au 10 septembre, et 16 401 blessés."),
    ("es", "La ONU dijo que 9.614 no combatientes habían muerto en Ucrania hasta el 10 de septiembre, y 16.401 resultaron heridos."),
    ("it", "L'Onu ha detto che 9.614 non combattenti sono stati uccisi in Ucraina fino al 10 settembre e 16.401 feriti."),
    ("pt", "A ONU disse que 9.614 não combatentes foram mortos na Ucrânia até 10 de setembro e 16.401 ficaram feridos."),
]  # fmt: skip


A_TOTAL_ON_A_DAY = [
    # the day a running total stood at its count on: the total's cut-off
    ("en", "The civilian death toll in Ukraine stood at 9,614 on 10 September, the UN said."),
    ("fr", "Le bilan des civils tués en Ukraine s'élevait à 9 614 le 10 septembre, selon l'ONU."),
    ("es", "El número de civiles muertos en Ucrania llegó a 9.614 el 10 de septiembre, según la ONU."),
    ("it", "Il bilancio dei civili uccisi in Ucraina è salito a 9.614 il 10 settembre, secondo l'Onu."),
    ("pt", "O número de civis mortos na Ucrânia chegou a 9.614 em 10 de setembro, segundo a ONU."),
]  # fmt: skip


TWO_YEARS_JOINED = [
    # a count of two years together: a period whose bounds the text does not give
    ("en", "In 2023 and 2024, the UN recorded 3,900 civilians killed in Ukraine."),
    ("de", "In den Jahren 2023 und 2024 zählte die UN in der Ukraine 3.900 getötete Zivilisten."),
    ("de", "2023 und 2024 zählte die UN in der Ukraine 3.900 getötete Zivilisten."),
    ("fr", "En 2023 et 2024, l'ONU a recensé 3 900 civils tués en Ukraine."),
    ("es", "En 2023 y 2024, la ONU registró 3.900 civiles muertos en Ucrania."),
    ("it", "Nel 2023 e 2024 l'Onu ha registrato 3.900 civili uccisi in Ucraina."),
    ("pt", "Em 2023 e 2024, a ONU registou 3.900 civis mortos na Ucrânia."),
    ("pl", "W latach 2023 i 2024 ONZ odnotowała w Ukrainie 3900 zabitych cywilów."),
    ("uk", "У 2023 і 2024 роках ООН зафіксувала в Україні 3900 загиблих цивільних."),
    ("ru", "В 2023 и 2024 годах ООН зафиксировала в Украине 3900 погибших мирных жителей."),
    ("cs", "V letech 2023 a 2024 OSN zaznamenala na Ukrajině 3900 zabitých civilistů."),
    ("sr", "U 2023. i 2024. godini UN su zabeležile u Ukrajini 3.900 ubijenih civila."),
]  # fmt: skip


THE_WEEK_TO_A_DAY = [
    # one week, no number before it, to its last day: the seven days to that day
    ("en", "The UN recorded 58 civilians killed and 222 injured in Ukraine in the week to 10 March."),
    ("de", "Die UN zählte in der Woche bis zum 10. März in der Ukraine 58 getötete und 222 verletzte Zivilisten."),
    ("fr", "L'ONU a recensé 58 civils tués et 222 blessés en Ukraine au cours de la semaine jusqu'au 10 mars."),
    ("es", "La ONU registró 58 civiles muertos y 222 heridos en Ucrania en la semana hasta el 10 de marzo."),
    ("it", "L'Onu ha registrato 58 civili uccisi e 222 feriti in Ucraina nella settimana fino al 10 marzo."),
    ("pt", "A ONU registou 58 civis mortos e 222 feridos na Ucrânia na semana até 10 de março."),
    ("pl", "ONZ odnotowała 58 zabitych i 222 rannych cywilów w Ukrainie w tygodniu do 10 marca."),
    ("uk", "ООН зафіксувала 58 загиблих і 222 поранених цивільних в Україні за тиждень до 10 березня."),
    ("ru", "ООН зафиксировала 58 погибших и 222 раненых мирных жителей в Украине за неделю до 10 марта."),
    ("cs", "OSN zaznamenala 58 zabitých a 222 zraněných civilistů na Ukrajině v týdnu do 10. března."),
    ("sr", "UN su zabeležile 58 ubijenih i 222 ranjena civila u Ukrajini u nedelji do 10. marta."),
]  # fmt: skip


FROM_THE_START_OF_THE_YEAR_TO_A_DAY = [
    # the start of the year is no stretch of a year back from the day
    ("en", "From the start of the year to 30 June, the UN recorded 1,100 civilian casualties in Ukraine."),
    ("de", "Vom Beginn des Jahres bis zum 30. Juni zählte die UN 1.100 zivile Opfer in der Ukraine."),
    ("fr", "Du début de l'année au 30 juin, l'ONU a recensé 1 100 victimes civiles en Ukraine."),
    ("es", "Desde principios de año hasta el 30 de junio, la ONU registró 1.100 víctimas civiles en Ucrania."),
    ("uk", "З початку року до 30 червня ООН зафіксувала 1100 жертв серед цивільних в Україні."),
    ("ru", "С начала года до 30 июня ООН зафиксировала 1100 жертв среди мирных жителей в Украине."),
    ("pl", "Od początku roku do 30 czerwca ONZ odnotowała 1100 ofiar cywilnych w Ukrainie."),
    ("cs", "Od začátku roku do 30. června OSN zaznamenala na Ukrajině 1100 civilních obětí."),
]  # fmt: skip


A_WHOLE_BEFORE_ITS_DATED_PART = [
    # a whole that opens a sentence restates the count before; the months after it are its part's
    ("en", "The UN recorded 1,659 civilians killed and 3,524 injured in Ukraine between 1 January and 30 June 2024. Of the total of 5,183 civilian casualties, 2,400 were recorded in May and June alone."),
    ("de", "Die UN zählte zwischen dem 1. Januar und dem 30. Juni 2024 in der Ukraine 1.659 getötete und 3.524 verletzte Zivilisten. Von den insgesamt 5.183 zivilen Opfern wurden 2.400 allein im Mai und Juni registriert."),
    ("es", "La ONU registró 1.659 civiles muertos y 3.524 heridos en Ucrania entre el 1 de enero y el 30 de junio de 2024. De las 5.183 víctimas civiles, 2.400 se registraron en mayo y junio."),
    ("it", "L'Onu ha registrato 1.659 civili uccisi e 3.524 feriti in Ucraina tra il 1° gennaio e il 30 giugno 2024. Delle 5.183 vittime civili, 2.400 sono state registrate a maggio e giugno."),
    ("pt", "A ONU registou 1.659 civis mortos e 3.524 feridos na Ucrânia entre 1 de janeiro e 30 de junho de 2024. Das 5.183 vítimas civis, 2.400 foram registadas em maio e junho."),
    ("pl", "ONZ odnotowała w Ukrainie 1659 zabitych i 3524 rannych cywilów od 1 stycznia do 30 czerwca 2024 r. Wśród 5183 ofiar cywilnych 2400 odnotowano w maju i czerwcu."),
    ("uk", "ООН зафіксувала в Україні 1659 загиблих і 3524 поранених цивільних з 1 січня по 30 червня 2024 року. Серед 5183 жертв серед цивільних 2400 зафіксовано у травні та червні."),
    ("ru", "ООН зафиксировала в Украине 1659 погибших и 3524 раненых мирных жителей с 1 января по 30 июня 2024 года. Из 5183 жертв среди мирного населения 2400 зафиксированы в мае и июне."),
    ("cs", "OSN zaznamenala na Ukrajině od 1. ledna do 30. června 2024 1659 zabitých a 3524 zraněných civilistů. Z 5183 civilních obětí bylo 2400 zaznamenáno v květnu a červnu."),
]  # fmt: skip


THE_WARS_FIRST_MONTHS = [
    # the first months of the war: its count since the start, no months of a year
    ("en", "In the first three months of the invasion, the UN recorded 4,000 civilians killed in Ukraine."),
    ("de", "In den ersten drei Monaten des Krieges zählte die UN 4.000 getötete Zivilisten in der Ukraine."),
    ("fr", "Au cours des trois premiers mois de la guerre, l'ONU a recensé 4 000 civils tués en Ukraine."),
    ("es", "En los tres primeros meses de la guerra, la ONU registró 4.000 civiles muertos en Ucrania."),
    ("it", "Nei primi tre mesi di guerra l'Onu ha registrato 4.000 civili uccisi in Ucraina."),
    ("pt", "Nos primeiros três meses da guerra, a ONU registou 4.000 civis mortos na Ucrânia."),
    ("pl", "W pierwszych trzech miesiącach wojny ONZ odnotowała w Ukrainie 4000 zabitych cywilów."),
    ("uk", "За перші три місяці війни ООН зафіксувала в Україні 4000 загиблих цивільних."),
    ("ru", "За первые три месяца войны ООН зафиксировала в Украине 4000 погибших мирных жителей."),
    ("cs", "Za první tři měsíce války OSN zaznamenala na Ukrajině 4000 zabitých civilistů."),
    ("sr", "U prva tri meseca rata UN su zabeležile u Ukrajini 4.000 ubijenih civila."),
]  # fmt: skip


A_PART_OF_A_WHOLE_BY_ITS_GROUP = [
    # "N of the M killed were children": the children among the killed, the whole its own count
    ("en", "The UN said 587 of the 10,582 civilians killed in Ukraine were children."),
    ("fr", "Selon l'ONU, 587 des 10 582 civils tués en Ukraine étaient des enfants."),
    ("es", "Según la ONU, 587 de los 10.582 civiles muertos en Ucrania eran niños."),
    ("it", "Secondo l'Onu, 587 dei 10.582 civili uccisi in Ucraina erano bambini."),
    ("pt", "Segundo a ONU, 587 dos 10.582 civis mortos na Ucrânia eram crianças."),
    ("pl", "Według ONZ 587 spośród 10 582 zabitych w Ukrainie cywilów to dzieci."),
    ("uk", "За даними ООН, 587 із 10 582 загиблих в Україні цивільних – діти."),
    ("ru", "По данным ООН, 587 из 10 582 погибших в Украине мирных жителей – дети."),
    ("sr", "Prema UN, 587 od 10.582 ubijenih civila u Ukrajini su deca."),
]  # fmt: skip


A_HALF_YEAR_AGAINST_THE_SAME_PERIOD = [
    # a half year's count, and the count of the same months a year before it is set against
    ("en", "In the first half of 2024, the UN recorded 1,014 civilians killed in Ukraine, compared with 839 in the same period of 2023."),
    ("de", "Im ersten Halbjahr 2024 zählte die UN in der Ukraine 1.014 getötete Zivilisten, verglichen mit 839 im gleichen Zeitraum 2023."),
    ("fr", "Au premier semestre 2024, l'ONU a recensé 1 014 civils tués en Ukraine, contre 839 sur la même période de 2023."),
    ("it", "Nel primo semestre del 2024 l'Onu ha registrato 1.014 civili uccisi in Ucraina, contro 839 nello stesso periodo del 2023."),
    ("pt", "No primeiro semestre de 2024, a ONU registou 1.014 civis mortos na Ucrânia, contra 839 no mesmo período de 2023."),
    ("pl", "W pierwszej połowie 2024 r. ONZ odnotowała w Ukrainie 1014 zabitych cywilów, wobec 839 w analogicznym okresie 2023 r."),
    ("uk", "У першому півріччі 2024 року ООН зафіксувала в Україні 1014 загиблих цивільних, порівняно з 839 за аналогічний період 2023 року."),
    ("ru", "В первом полугодии 2024 года ООН зафиксировала в Украине 1014 погибших мирных жителей против 839 за аналогичный период 2023 года."),
    ("cs", "V prvním pololetí 2024 OSN zaznamenala na Ukrajině 1014 zabitých civilistů, oproti 839 ve stejném období roku 2023."),
]  # fmt: skip


A_GROUPS_SHARE_IN_WORDS = [
    # a group's share in words, then its counts ("almost a third ..., with 388 killed")
    ("en", "In 2023, the UN recorded 1,974 civilians killed and 7,900 injured in Ukraine. Children accounted for almost a third of all casualties, with 388 killed and 1,121 injured."),
    ("fr", "En 2023, l'ONU a recensé 1 974 civils tués et 7 900 blessés en Ukraine. Les enfants représentaient près d'un tiers des victimes, avec 388 tués et 1 121 blessés."),
    ("es", "En 2023, la ONU registró 1.974 civiles muertos y 7.900 heridos en Ucrania. Los niños representaron casi un tercio de las víctimas, con 388 muertos y 1.121 heridos."),
    ("uk", "У 2023 році ООН зафіксувала в Україні 1974 загиблих і 7900 поранених цивільних. Діти становили майже третину всіх жертв: 388 загиблих і 1121 поранений."),
]  # fmt: skip


THE_SELF_PROCLAIMED_REPUBLICS = [
    # territory the self-proclaimed republics controlled is occupied territory
    ("en", "According to the UN, in Donetsk and Luhansk regions 3,085 civilians were killed: 2,736 in government-controlled territory and 349 in territory controlled by the self-proclaimed republics."),
    ("de", "Nach UN-Angaben wurden in den Gebieten Donezk und Luhansk 3085 Zivilisten getötet: 2736 im von der Regierung kontrollierten Gebiet und 349 im von den selbsternannten Republiken kontrollierten Gebiet."),
    ("fr", "Selon l'ONU, dans les régions de Donetsk et de Louhansk, 3 085 civils ont été tués : 2 736 dans le territoire contrôlé par le gouvernement et 349 dans le territoire contrôlé par les républiques autoproclamées."),
    ("ru", "По данным ООН, в Донецкой и Луганской областях погибли 3085 мирных жителей: 2736 на подконтрольной правительству территории и 349 на территории, подконтрольной самопровозглашенным республикам."),
    ("uk", "За даними ООН, у Донецькій і Луганській областях загинули 3085 цивільних: 2736 на підконтрольній уряду території і 349 на території, підконтрольній самопроголошеним республікам."),
]  # fmt: skip


EARLIER_VALUES_IN_BRACKETS = [
    # the week before's values in brackets, after the total and after the killed
    ("en", "From 24 February 2022 to 21 May 2023, OHCHR recorded 24,012 civilian casualties in Ukraine (a week earlier: 23,821): 8,895 killed (8,836) and 15,117 injured."),
    ("uk", "Від 24 лютого 2022 року до 21 травня 2023 року ООН зафіксувала в Україні 24 012 жертв серед цивільного населення (тиждень тому – 23 821): 8 895 загиблих (8 836) і 15 117 поранених."),
    ("ru", "С 24 февраля 2022 года по 21 мая 2023 года ООН зафиксировала в Украине 24 012 жертв среди мирного населения (неделей ранее – 23 821): 8895 погибших (8836) и 15 117 раненых."),
    ("de", "Vom 24. Februar 2022 bis zum 21. Mai 2023 verzeichnete die UN in der Ukraine 24.012 zivile Opfer (eine Woche zuvor: 23.821): 8895 Getötete (8836) und 15.117 Verletzte."),
    ("pl", "Od 24 lutego 2022 r. do 21 maja 2023 r. ONZ odnotowała w Ukrainie 24 012 ofiar cywilnych (tydzień wcześniej – 23 821): 8895 zabitych (8836) i 15 117 rannych."),
]  # fmt: skip


CHILDREN_OF_UNKNOWN_SEX_AFTER_A_COPULA = [
    # "38 are children whose sex is not yet known": the copula (or a dash) before the group
    ("en", "The UN said 10,582 civilians were killed in Ukraine. Of them, 38 are children whose sex is not yet known."),
    ("de", "Die UN zählte 10.582 getötete Zivilisten in der Ukraine. Davon sind 38 Kinder, deren Geschlecht noch nicht bekannt ist."),
    ("fr", "L'ONU a recensé 10 582 civils tués en Ukraine. Parmi eux, 38 sont des enfants dont le sexe n'est pas encore connu."),
    ("es", "La ONU registró 10.582 civiles muertos en Ucrania. De ellos, 38 son niños cuyo sexo aún se desconoce."),
    ("it", "L'Onu ha registrato 10.582 civili uccisi in Ucraina. Di questi, 38 sono bambini il cui sesso non è ancora noto."),
    ("pt", "A ONU registou 10.582 civis mortos na Ucrânia. Destes, 38 são crianças cujo sexo ainda não é conhecido."),
    ("pl", "ONZ odnotowała 10 582 zabitych cywilów w Ukrainie. Wśród nich 38 to dzieci, których płci jeszcze nie ustalono."),
    ("uk", "ООН зафіксувала 10 582 загиблих цивільних в Україні. З них 38 – діти, стать яких поки не встановлена."),
    ("ru", "ООН зафиксировала 10 582 погибших мирных жителя в Украине. Из них 38 – дети, пол которых пока не установлен."),
    ("cs", "OSN zaznamenala 10 582 zabitých civilistů na Ukrajině. Z nich 38 jsou děti, jejichž pohlaví dosud není známo."),
    ("sr", "UN su zabeležile 10.582 ubijena civila u Ukrajini. Od njih 38 su deca čiji pol još nije utvrđen."),
]  # fmt: skip


GROUPS_AS_LABELS_AFTER_THE_COUNT = [
    # the groups of the count before, each as a label of its number
    ("en", "OHCHR recorded 9,083 civilians killed in Ukraine. Men: 3,986; women: 2,422; boys: 282; girls: 223."),
    ("de", "Das OHCHR verzeichnete 9.083 getötete Zivilisten in der Ukraine. Männer: 3.986; Frauen: 2.422; Jungen: 282; Mädchen: 223."),
    ("uk", "ООН зафіксувала 9083 загиблих цивільних в Україні. Чоловіки: 3986; жінки: 2422; хлопчики: 282; дівчатка: 223."),
    ("fr", "Le HCDH a recensé 9 083 civils tués en Ukraine. Hommes : 3 986 ; femmes : 2 422 ; garçons : 282 ; filles : 223."),
    ("es", "La ONU registró 9.083 civiles muertos en Ucrania. Hombres: 3.986; mujeres: 2.422; niños: 282; niñas: 223."),
]  # fmt: skip


A_TOTAL_THAT_ROSE_IN_A_MONTH = [
    # the total that rose to a count in a month: the total's, no month's count
    ("en", "According to the UN, the total number of civilians killed in Ukraine rose to 10,000 in November."),
    ("de", "Nach UN-Angaben stieg die Gesamtzahl der getöteten Zivilisten in der Ukraine auf 10.000 im November."),
    ("fr", "Selon l'ONU, le nombre total de civils tués en Ukraine est passé à 10 000 en novembre."),
    ("es", "Según la ONU, el número total de civiles muertos en Ucrania llegó a 10.000 en noviembre."),
    ("it", "Secondo l'Onu, il numero totale di civili uccisi in Ucraina è salito a 10.000 a novembre."),
    ("pt", "Segundo a ONU, o número total de civis mortos na Ucrânia subiu para 10.000 em novembro."),
    ("pl", "Według ONZ łączna liczba zabitych cywilów w Ukrainie wzrosła do 10 000 w listopadzie."),
    ("uk", "За даними ООН, загальна кількість загиблих цивільних в Україні зросла до 10 000 у листопаді."),
    ("ru", "По данным ООН, общее число погибших мирных жителей в Украине возросло до 10 000 в ноябре."),
    ("cs", "Podle OSN celkový počet zabitých civilistů na Ukrajině vzrostl na 10 000 v listopadu."),
    ("sr", "Prema UN, ukupan broj ubijenih civila u Ukrajini porastao je na 10.000 u novembru."),
]  # fmt: skip


PARTS_OF_TWO_COUNTS_RESPECTIVELY = [
    # the children among the killed and among the injured, in the order of their counts
    ("en", "The UN said 10,582 civilians had been killed and 19,875 injured in Ukraine, including 587 and 1,298 children respectively."),
    ("de", "Laut UN wurden in der Ukraine 10.582 Zivilisten getötet und 19.875 verletzt, darunter 587 bzw. 1.298 Kinder."),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués et 19 875 blessés en Ukraine, dont respectivement 587 et 1 298 enfants."),
    ("es", "Según la ONU, 10.582 civiles murieron y 19.875 resultaron heridos en Ucrania, entre ellos 587 y 1.298 niños, respectivamente."),
    ("uk", "За даними ООН, в Україні загинули 10 582 цивільних і 19 875 були поранені, серед них 587 і 1 298 дітей відповідно."),
    ("it", "Secondo l'Onu, in Ucraina sono stati uccisi 10.582 civili e 19.875 feriti, tra cui rispettivamente 587 e 1.298 bambini."),
]  # fmt: skip


TWO_COUNTS_RESPECTIVELY = [
    # two counts, then their two outcomes in order: no total
    ("en", "The UN recorded 7,155 and 11,662 civilians killed and injured, respectively, in Ukraine."),
    ("uk", "ООН зафіксувала в Україні 7 155 і 11 662 загиблих і поранених цивільних відповідно."),
    ("fr", "L'ONU a recensé en Ukraine 7 155 et 11 662 civils tués et blessés respectivement."),
]  # fmt: skip


THE_KILLED_AMONG_THE_CASUALTIES = [
    # "N of the M casualties were fatalities": the killed among the casualties, a count of its own
    ("en", "The UN said 10,582 of the 30,457 civilian casualties verified in Ukraine were fatalities."),
    ("fr", "Selon l'ONU, 10 582 des 30 457 victimes civiles recensées en Ukraine ont été tuées."),
    ("es", "Según la ONU, 10.582 de las 30.457 víctimas civiles verificadas en Ucrania murieron."),
    ("uk", "За даними ООН, 10 582 з 30 457 жертв серед цивільних в Україні загинули."),
]  # fmt: skip


A_MONTH_SET_AGAINST_THE_ONE_BEFORE = [
    # the month a sentence before names, then a count set against another month: the first's
    ("en", "Civilian casualties in Ukraine rose sharply in December 2023. OHCHR verified 485 civilian casualties (101 killed, 384 injured), 26 per cent more than in November."),
    ("en", "Civilian casualties in Ukraine rose sharply in December 2023. OHCHR verified 485 civilian casualties in the month (101 killed, 384 injured), a 26 per cent increase on November."),
    ("fr", "Les pertes civiles en Ukraine ont fortement augmenté en décembre 2023. Le HCDH a recensé 485 victimes civiles (101 tués et 384 blessés), soit une hausse de 26 % par rapport à novembre."),
    ("es", "Las víctimas civiles en Ucrania aumentaron en diciembre de 2023. La ONU verificó 485 víctimas civiles (101 muertos y 384 heridos), un aumento del 26 % respecto a noviembre."),
    ("it", "Le vittime civili in Ucraina sono aumentate a dicembre 2023. L'ONU ha verificato 485 vittime civili (101 morti e 384 feriti), un aumento del 26% rispetto a novembre."),
    ("pt", "As vítimas civis na Ucrânia aumentaram em dezembro de 2023. A ONU verificou 485 vítimas civis (101 mortos e 384 feridos), um aumento de 26% em relação a novembro."),
    ("de", "Die Zahl der zivilen Opfer in der Ukraine stieg im Dezember 2023 stark an. Die UNO verzeichnete 485 zivile Opfer (101 Tote und 384 Verletzte), ein Anstieg um 26 Prozent gegenüber November."),
    ("pl", "W grudniu 2023 r. liczba ofiar cywilnych w Ukrainie gwałtownie wzrosła. ONZ odnotowała 485 ofiar cywilnych (101 zabitych i 384 rannych), o 26 proc. więcej niż w listopadzie."),
    ("cs", "V prosinci 2023 počet civilních obětí na Ukrajině prudce vzrostl. OSN zaznamenala 485 civilních obětí (101 mrtvých a 384 zraněných), o 26 procent více než v listopadu."),
    ("uk", "У грудні 2023 року кількість жертв серед цивільних в Україні різко зросла. ООН зафіксувала 485 жертв серед цивільних (101 загиблий і 384 поранені), що на 26% більше, ніж у листопаді."),
    ("ru", "В декабре 2023 года число жертв среди мирных жителей в Украине резко выросло. ООН зафиксировала 485 жертв среди мирных жителей (101 погибший и 384 раненых), что на 26% больше, чем в ноябре."),
    ("sr", "U decembru 2023. broj civilnih žrtava u Ukrajini naglo je porastao. UN su zabeležile 485 civilnih žrtava (101 ubijen i 384 ranjena), što je 26 odsto više nego u novembru."),
    ("sk", "V decembri 2023 počet civilných obetí na Ukrajine prudko stúpol. OSN zaznamenala 485 civilných obetí (101 mŕtvych a 384 zranených), o 26 percent viac než v novembri."),
    ("bg", "През декември 2023 г. броят на цивилните жертви в Украйна рязко нарасна. ООН регистрира 485 цивилни жертви (101 убити и 384 ранени), с 26% повече, отколкото през ноември."),
    ("mk", "Во декември 2023 година бројот на цивилни жртви во Украина нагло порасна. ОН регистрираа 485 цивилни жртви (101 убиени и 384 ранети), за 26 отсто повеќе отколку во ноември."),
]  # fmt: skip


A_CLAUSE_AFTER_THE_DAYS_CHANGE = [
    # the day's change, then after a semicolon, a contrast or the whole's word a clause of its
    # own: the UN's count is read
    ("en", "In the past 24 hours, three civilians were killed in shelling of Kherson; the UN has verified 10,582 civilian deaths in Ukraine since the start of the full-scale invasion."),
    ("de", "In den vergangenen 24 Stunden wurden bei Beschuss von Cherson drei Zivilisten getötet; die UN haben seit Beginn der Invasion 10.582 zivile Todesopfer in der Ukraine bestätigt."),
    ("fr", "Au cours des dernières 24 heures, trois civils ont été tués dans des bombardements à Kherson ; l'ONU a recensé 10 582 civils tués en Ukraine depuis le début de l'invasion."),
    ("es", "En las últimas 24 horas, tres civiles murieron en bombardeos en Jersón; la ONU ha verificado 10.582 civiles muertos en Ucrania desde el inicio de la invasión."),
    ("it", "Nelle ultime 24 ore tre civili sono stati uccisi nei bombardamenti di Kherson; l'Onu ha verificato 10.582 civili uccisi in Ucraina dall'inizio dell'invasione."),
    ("pt", "Nas últimas 24 horas, três civis foram mortos em bombardeios em Kherson; a ONU verificou 10.582 civis mortos na Ucrânia desde o início da invasão."),
    ("pl", "W ciągu ostatniej doby w ostrzałach Chersonia zginęło trzech cywilów; ONZ potwierdziła 10 582 zabitych cywilów w Ukrainie od początku inwazji."),
    ("cs", "Za posledních 24 hodin zahynuli při ostřelování Chersonu tři civilisté; OSN od začátku invaze ověřila 10 582 zabitých civilistů na Ukrajině."),
    ("uk", "За минулу добу внаслідок обстрілів Херсона загинули троє цивільних; ООН від початку вторгнення зафіксувала 10 582 загиблих цивільних в Україні."),
    ("ru", "За минувшие сутки в результате обстрелов Херсона погибли трое мирных жителей; ООН с начала вторжения зафиксировала 10 582 погибших мирных жителя в Украине."),
    ("sr", "U poslednja 24 sata u granatiranju Hersona ubijena su tri civila; UN su od početka invazije potvrdile 10.582 ubijena civila u Ukrajini."),
    ("en", "In the past 24 hours, three civilians were killed in Ukraine, while overall the UN has verified 10,582 civilian deaths since the start of the full-scale invasion."),
    ("uk", "За минулу добу в Україні загинули троє цивільних, а загалом ООН від початку вторгнення зафіксувала 10 582 загиблих цивільних."),
    ("ru", "За минувшие сутки в Украине погибли трое мирных жителей, а всего ООН с начала вторжения зафиксировала 10 582 погибших мирных жителя."),
    ("de", "In den vergangenen 24 Stunden wurden in der Ukraine drei Zivilisten getötet, insgesamt haben die UN seit Beginn der Invasion 10.582 zivile Todesopfer bestätigt."),
    ("fr", "Au cours des dernières 24 heures, trois civils ont été tués en Ukraine, tandis qu'au total l'ONU a recensé 10 582 civils tués depuis le début de l'invasion."),
]  # fmt: skip


A_CLAUSE_OF_ITS_OWN_TIME_AFTER_A_STRETCH = [
    # a recent stretch's count, then after a semicolon, a contrast or the whole's word a count
    # from a date of its own
    ("en", "Over the past week, 12 civilians were killed in Ukraine; overall, the UN has verified 10,582 civilian deaths since February 2022."),
    ("de", "In der vergangenen Woche wurden in der Ukraine 12 Zivilisten getötet; insgesamt haben die UN seit Februar 2022 10.582 zivile Todesopfer bestätigt."),
    ("fr", "Au cours de la semaine écoulée, 12 civils ont été tués en Ukraine ; au total, l'ONU a recensé 10 582 civils tués depuis février 2022."),
    ("es", "En la última semana murieron 12 civiles en Ucrania; en total, la ONU ha verificado 10.582 civiles muertos desde febrero de 2022."),
    ("it", "Nell'ultima settimana sono stati uccisi 12 civili in Ucraina; in totale l'Onu ha verificato 10.582 civili uccisi da febbraio 2022."),
    ("pt", "Na última semana, 12 civis foram mortos na Ucrânia; no total, a ONU verificou 10.582 civis mortos desde fevereiro de 2022."),
    ("pl", "W ostatnim tygodniu w Ukrainie zginęło 12 cywilów; łącznie ONZ potwierdziła 10 582 zabitych cywilów od lutego 2022 r."),
    ("cs", "Za poslední týden zahynulo na Ukrajině 12 civilistů; celkem OSN od února 2022 ověřila 10 582 zabitých civilistů."),
    ("uk", "За останній тиждень в Україні загинули 12 цивільних; загалом ООН з лютого 2022 року зафіксувала 10 582 загиблих цивільних."),
    ("ru", "За последнюю неделю в Украине погибли 12 мирных жителей; всего ООН с февраля 2022 года зафиксировала 10 582 погибших мирных жителя."),
    ("sr", "U poslednjih nedelju dana u Ukrajini je ubijeno 12 civila; ukupno su UN od februara 2022. potvrdile 10.582 ubijena civila."),
    ("en", "Over the past week, 12 civilians were killed in Ukraine, while overall the UN has verified 10,582 civilian deaths since February 2022."),
    ("de", "In der vergangenen Woche wurden in der Ukraine 12 Zivilisten getötet, insgesamt haben die UN seit Februar 2022 10.582 zivile Todesopfer bestätigt."),
    ("uk", "За останній тиждень в Україні загинули 12 цивільних, а загалом ООН з лютого 2022 року зафіксувала 10 582 загиблих цивільних."),
    ("ru", "За последнюю неделю в Украине погибли 12 мирных жителей, а всего ООН с февраля 2022 года зафиксировала 10 582 погибших мирных жителя."),
    ("fr", "Au cours de la semaine écoulée, 12 civils ont été tués en Ukraine, tandis qu'au total l'ONU a recensé 10 582 civils tués depuis février 2022."),
]  # fmt: skip


A_LABEL_WITH_ITS_PLACE = [
    # an outcome's label with its civilians and its place before the colon
    ("en", "Civilians killed in Ukraine: 10,582 (OHCHR, as of 15 February 2024)"),
    ("de", "Getötete Zivilisten in der Ukraine: 10.582 (UN-Menschenrechtsbüro, Stand 15. Februar 2024)"),
    ("fr", "Civils tués en Ukraine : 10 582 (HCDH, au 15 février 2024)"),
    ("es", "Civiles muertos en Ucrania: 10.582 (ACNUDH, al 15 de febrero de 2024)"),
    ("it", "Civili uccisi in Ucraina: 10.582 (Onu, al 15 febbraio 2024)"),
    ("pt", "Civis mortos na Ucrânia: 10.582 (ACNUDH, até 15 de fevereiro de 2024)"),
    ("pl", "Zabici cywile w Ukrainie: 10 582 (ONZ, stan na 15 lutego 2024 r.)"),
    ("cs", "Zabití civilisté na Ukrajině: 10 582 (OSN, k 15. únoru 2024)"),
    ("uk", "Загиблі цивільні в Україні: 10 582 (ООН, станом на 15 лютого 2024 року)"),
    ("ru", "Погибшие мирные жители в Украине: 10 582 (ООН, по состоянию на 15 февраля 2024 года)"),
    ("sr", "Ubijeni civili u Ukrajini: 10.582 (UN, zaključno sa 15. februarom 2024)"),
]  # fmt: skip


A_PLACED_PART_AFTER_INCLUDING = [
    # a part after "including" that only its place tells from the whole, after a country
    ("en", "In Ukraine, OHCHR recorded 9,614 civilians killed, including 3,942 in Donetsk and Luhansk regions."),
    ("de", "In der Ukraine verzeichnete das UN-Menschenrechtsbüro 9.614 getötete Zivilisten, darunter 3.942 in den Gebieten Donezk und Luhansk."),
    ("fr", "En Ukraine, le HCDH a recensé 9 614 civils tués, dont 3 942 dans les régions de Donetsk et de Louhansk."),
    ("es", "En Ucrania, el ACNUDH registró 9.614 civiles muertos, entre ellos 3.942 en las regiones de Donetsk y Lugansk."),
    ("it", "In Ucraina l'Onu ha registrato 9.614 civili uccisi, di cui 3.942 nelle regioni di Donetsk e Luhansk."),
    ("pt", "Na Ucrânia, o ACNUDH registou 9.614 civis mortos, incluindo 3.942 nas regiões de Donetsk e Luhansk."),
    ("pl", "W Ukrainie ONZ odnotowała 9614 zabitych cywilów, w tym 3942 w obwodach donieckim i ługańskim."),
    ("cs", "Na Ukrajině OSN zaznamenala 9614 zabitých civilistů, z toho 3942 v Doněcké a Luhanské oblasti."),
    ("uk", "В Україні ООН зафіксувала 9614 загиблих цивільних, у тому числі 3942 у Донецькій та Луганській областях."),
    ("ru", "В Украине ООН зафиксировала 9614 погибших мирных жителей, в том числе 3942 в Донецкой и Луганской областях."),
    ("sr", "U Ukrajini su UN zabeležile 9.614 ubijenih civila, uključujući 3.942 u Donjeckoj i Luganskoj oblasti."),
]  # fmt: skip


THE_END_OF_A_MONTH_AS_A_CUT_OFF = [
    # the end of a month no role word opens: the last day of the counts
    ("en", "At the end of May 2024, the UN had recorded 11,126 civilian deaths in Ukraine."),
    ("fr", "Fin mai 2024, l'ONU avait recensé 11 126 civils tués en Ukraine."),
    ("de", "Ende Mai 2024 hatte die UNO 11.126 getötete Zivilisten in der Ukraine registriert."),
    ("es", "A finales de mayo de 2024, la ONU había registrado 11.126 civiles muertos en Ucrania."),
    ("it", "Alla fine di maggio 2024 l'Onu aveva registrato 11.126 civili uccisi in Ucraina."),
    ("pt", "No final de maio de 2024, a ONU tinha registado 11.126 civis mortos na Ucrânia."),
    ("pl", "Pod koniec maja 2024 r. ONZ odnotowała 11 126 zabitych cywilów w Ukrainie."),
    ("cs", "Koncem května 2024 OSN zaznamenala na Ukrajině 11 126 zabitých civilistů."),
    ("uk", "Наприкінці травня 2024 року ООН зафіксувала 11 126 загиблих цивільних в Україні."),
    ("ru", "В конце мая 2024 года ООН зафиксировала 11 126 погибших мирных жителей в Украине."),
    ("sr", "Krajem maja 2024. godine UN su zabeležile 11.126 ubijenih civila u Ukrajini."),
]  # fmt: skip


AN_EARLIER_VALUE_AT_THE_END_OF_A_MONTH = [
    # an earlier value, then the end of the month it was counted to
    ("en", "UN figures show 11,284 civilians killed in Ukraine by 30 June 2024, up from 11,126 at the end of May."),
    ("fr", "Selon l'ONU, 11 284 civils ont été tués en Ukraine au 30 juin 2024, contre 11 126 fin mai."),
    ("de", "Laut UN wurden bis zum 30. Juni 2024 in der Ukraine 11.284 Zivilisten getötet, nach 11.126 Ende Mai."),
    ("es", "Según la ONU, 11.284 civiles murieron en Ucrania hasta el 30 de junio de 2024, frente a 11.126 a finales de mayo."),
    ("it", "Secondo l'Onu, al 30 giugno 2024 in Ucraina erano stati uccisi 11.284 civili, rispetto agli 11.126 di fine maggio."),
    ("pt", "Segundo a ONU, 11.284 civis foram mortos na Ucrânia até 30 de junho de 2024, contra 11.126 no final de maio."),
    ("ru", "По данным ООН, по состоянию на 30 июня 2024 года в Украине погибли 11 284 мирных жителя против 11 126 на конец мая."),
    ("pl", "Według ONZ do 30 czerwca 2024 r. w Ukrainie zginęło 11 284 cywilów, wobec 11 126 pod koniec maja."),
]  # fmt: skip


A_MONTHS_PART_OF_A_TOTAL_TO_ITS_LAST_DAY = [
    # a total to its last day, and the part of it its own clause gives a month
    ("en", "OHCHR verified 11,284 civilian deaths in Ukraine by 30 June 2024, including 174 in June."),
    ("de", "Bis zum 30. Juni 2024 verzeichnete die UNO in der Ukraine 11.284 getötete Zivilisten, darunter 174 im Juni."),
    ("fr", "Au 30 juin 2024, l'ONU avait recensé 11 284 civils tués en Ukraine, dont 174 en juin."),
    ("es", "Hasta el 30 de junio de 2024, la ONU había verificado 11.284 civiles muertos en Ucrania, 174 de ellos en junio."),
    ("it", "Al 30 giugno 2024 l'Onu aveva verificato 11.284 civili uccisi in Ucraina, di cui 174 a giugno."),
    ("pt", "Até 30 de junho de 2024, a ONU verificou 11.284 civis mortos na Ucrânia, 174 dos quais em junho."),
    ("pl", "Do 30 czerwca 2024 r. ONZ odnotowała w Ukrainie 11 284 zabitych cywilów, w tym 174 w czerwcu."),
    ("cs", "Do 30. června 2024 OSN zaznamenala na Ukrajině 11 284 zabitých civilistů, z toho 174 v červnu."),
    ("uk", "Станом на 30 червня 2024 року ООН зафіксувала 11 284 загиблих цивільних в Україні, з них 174 – у червні."),
    ("ru", "По состоянию на 30 июня 2024 года ООН зафиксировала 11 284 погибших мирных жителя в Украине, из них 174 – в июне."),
    ("sr", "Do 30. juna 2024. UN su zabeležile 11.284 ubijena civila u Ukrajini, od toga 174 u junu."),
]  # fmt: skip


A_YEAR_OF_THE_COUNT_SET_AGAINST = [
    # an undated count, then the count it is set against and that count's year: the year is
    # the later count's alone
    ("en", "OHCHR said 10,582 civilians had been killed in Ukraine, compared with 7,031 in 2022."),
    ("fr", "Selon le HCDH, 10 582 civils ont été tués en Ukraine, par rapport à 7 031 en 2022."),
    ("es", "Según el ACNUDH, 10.582 civiles murieron en Ucrania, en comparación con 7.031 en 2022."),
    ("it", "Secondo l'Onu, 10.582 civili sono stati uccisi in Ucraina, rispetto ai 7.031 nel 2022."),
    ("de", "Laut UN wurden in der Ukraine 10.582 Zivilisten getötet, im Vergleich zu 7.031 im Jahr 2022."),
    ("uk", "За даними ООН, в Україні загинули 10 582 цивільних, порівняно з 7 031 у 2022 році."),
    ("ru", "По данным ООН, в Украине погибли 10 582 мирных жителя, по сравнению с 7 031 в 2022 году."),
    ("pl", "Według ONZ w Ukrainie zginęło 10 582 cywilów, w porównaniu z 7031 w 2022 r."),
]  # fmt: skip


A_COUNT_IN_APPOSITION_AFTER_ITS_MONTH = [
    # the subject, its place and month, then its count in brackets
    ("en", "HRMMU said the number of civilians killed in Ukraine in July 2024 (219) was the highest since October 2022."),
    ("fr", "Le nombre de civils tués en Ukraine en juillet 2024 (219) est le plus élevé depuis octobre 2022, selon l'ONU."),
    ("es", "El número de civiles muertos en Ucrania en julio de 2024 (219) fue el más alto desde octubre de 2022, según la ONU."),
    ("de", "Die Zahl der getöteten Zivilisten in der Ukraine im Juli 2024 (219) war laut UN die höchste seit Oktober 2022."),
    ("uk", "Кількість загиблих цивільних в Україні в липні 2024 року (219) стала найбільшою з жовтня 2022 року, повідомили в ООН."),
    ("ru", "Число погибших мирных жителей в Украине в июле 2024 года (219) стало самым высоким с октября 2022 года, сообщили в ООН."),
    ("it", "Il numero di civili uccisi in Ucraina a luglio 2024 (219) è il più alto da ottobre 2022, secondo l'Onu."),
    ("pl", "Liczba zabitych cywilów w Ukrainie w lipcu 2024 r. (219) była najwyższa od października 2022 r., podała ONZ."),
]  # fmt: skip


THE_INJURED_IN_OTHER_WORDS = [
    # the injured by another verb or noun of each language ("травмовано", "obrażenia odniosło")
    ("fr", "Selon l'ONU, 19 875 civils ont été blessés ou mutilés en Ukraine."),
    ("es", "Según la ONU, 19.875 civiles han resultado lesionados en Ucrania."),
    ("de", "Laut UN wurden in der Ukraine 19.875 Zivilisten verwundet."),
    ("uk", "За даними ООН, в Україні 19 875 цивільних дістали поранень."),
    ("uk", "За даними ООН, в Україні травмовано 19 875 цивільних."),
    ("ru", "По данным ООН, в Украине 19 875 мирных жителей получили ранения."),
    ("pl", "Według ONZ w Ukrainie obrażenia odniosło 19 875 cywilów."),
    ("pl", "Według ONZ w Ukrainie 19 875 cywilów zostało rannych."),
    ("cs", "Podle OSN bylo na Ukrajině zraněno 19 875 civilistů."),
    ("sr", "Prema podacima UN, u Ukrajini je povređeno 19.875 civila."),
    ("it", "Secondo l'Onu, in Ucraina sono rimasti feriti 19.875 civili."),
    ("pt", "Segundo a ONU, 19.875 civis ficaram feridos na Ucrânia."),
    ("pt", "Segundo a ONU, 19.875 civis sofreram ferimentos na Ucrânia."),
]  # fmt: skip


THE_KILLED_IN_OTHER_WORDS = [
    # the killed by another verb or noun of each language ("śmierć poniosło", "ont trouvé la mort")
    ("es", "Según la ONU, 10.582 civiles han perdido la vida en Ucrania."),
    ("fr", "Selon l'ONU, 10 582 civils ont trouvé la mort en Ukraine."),
    ("it", "Secondo l'Onu, 10.582 civili hanno perso la vita in Ucraina."),
    ("de", "Laut UN sind in der Ukraine 10.582 Zivilisten ums Leben gekommen."),
    ("pl", "Według ONZ w Ukrainie śmierć poniosło 10 582 cywilów."),
    ("cs", "Podle OSN na Ukrajině přišlo o život 10 582 civilistů."),
    ("sr", "Prema podacima UN, u Ukrajini je život izgubilo 10.582 civila."),
    ("uk", "За даними ООН, в Україні загинуло 10 582 мирних жителі."),
    ("ru", "По данным ООН, в Украине были убиты 10 582 мирных жителя."),
]  # fmt: skip


ONE_GROUP_NOUN_OF_TWO_COUNTS = [
    # two counts and their outcomes, then one group noun for both
    ("en", "The UN said 10,582 civilians had been killed and 19,875 injured in Ukraine. Among them were 587 killed and 1,298 injured children."),
    ("de", "Laut UN wurden in der Ukraine 10.582 Zivilisten getötet und 19.875 verletzt. Unter den Opfern sind 587 getötete und 1.298 verletzte Kinder."),
    ("uk", "За даними ООН, в Україні загинули 10 582 цивільних, 19 875 поранені. Серед жертв – 587 загиблих і 1 298 поранених дітей."),
    ("ru", "По данным ООН, в Украине погибли 10 582 мирных жителя, 19 875 ранены. Среди жертв – 587 погибших и 1 298 раненых детей."),
    ("pl", "Według ONZ w Ukrainie zginęło 10 582 cywilów, a 19 875 zostało rannych. Wśród ofiar jest 587 zabitych i 1298 rannych dzieci."),
]  # fmt: skip


A_VAGUE_CUT_OFF = [
    # a running total up to the middle of a month: no day it stood on, and no month of its own
    ("en", "The UN mission in Ukraine counted 10,582 civilian deaths, and 19,875 people wounded, as of mid-February."),
    ("en", "By late February, the UN had verified 10,582 civilian deaths and 19,875 injuries in Ukraine."),
    ("en", "By the beginning of February, the UN had verified 10,582 civilian deaths and 19,875 injuries in Ukraine."),
    ("uk", "За даними ООН, станом на середину лютого в Україні загинули 10 582 цивільні особи, 19 875 дістали поранення."),
    ("ru", "По данным ООН, по состоянию на середину февраля в Украине погибли 10 582 мирных жителя, 19 875 получили ранения."),
    ("de", "Nach UN-Angaben wurden in der Ukraine bis Mitte Februar 10.582 Zivilisten getötet und 19.875 verletzt."),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués et 19 875 blessés en Ukraine à la mi-février."),
    ("es", "Según la ONU, hasta mediados de febrero 10.582 civiles murieron y 19.875 resultaron heridos en Ucrania."),
    ("pl", "Według ONZ do połowy lutego w Ukrainie zginęło 10 582 cywilów, a 19 875 zostało rannych."),
    ("it", "Secondo l'ONU, fino a metà febbraio in Ucraina sono stati uccisi 10.582 civili e 19.875 feriti."),
    ("pt", "Segundo a ONU, até meados de fevereiro 10.582 civis foram mortos e 19.875 ficaram feridos na Ucrânia."),
    ("cs", "Podle OSN bylo na Ukrajině do poloviny února zabito 10 582 civilistů a 19 875 zraněno."),
    ("sr", "Prema podacima UN, do sredine februara u Ukrajini je ubijeno 10.582 civila, a 19.875 ranjeno."),
]  # fmt: skip


A_PART_OF_A_MONTH = [
    # the middle or a half of a month: a stretch no day bounds, neither the month nor a half-year
    ("en", "In the first half of February, the UN recorded 120 civilian deaths in Ukraine."),
    ("uk", "У першій половині лютого ООН зафіксувала загибель 120 цивільних в Україні."),
    ("ru", "В первой половине февраля ООН зафиксировала гибель 120 мирных жителей в Украине."),
    ("de", "Mitte Februar wurden in der Ukraine laut UN 120 Zivilisten getötet."),
    ("fr", "Dans la première quinzaine de février, l'ONU a recensé 120 civils tués en Ukraine."),
    ("es", "En la primera quincena de febrero, la ONU registró 120 civiles muertos en Ucrania."),
    ("pl", "W pierwszej połowie lutego ONZ odnotowała 120 zabitych cywilów w Ukrainie."),
    ("it", "Nella prima metà di febbraio l'ONU ha registrato 120 civili uccisi in Ucraina."),
    ("pt", "Na primeira quinzena de fevereiro, a ONU registou 120 civis mortos na Ucrânia."),
    ("cs", "V první polovině února OSN zaznamenala 120 zabitých civilistů na Ukrajině."),
    ("sr", "U prvoj polovini februara UN su zabeležile 120 ubijenih civila u Ukrajini."),
]  # fmt: skip


A_RISE_FROM_ONE_COUNT_TO_ANOTHER = [
    # "da 10.378 a 10.582" after a verb of change: the earlier value and the count, no clash
    ("it", "Secondo l'ONU, il numero di civili uccisi in Ucraina è passato da 10.378 a 10.582."),
    ("it", "Secondo l'ONU, il numero di civili uccisi in Ucraina è salito da 10.378 a 10.582."),
]  # fmt: skip


A_MONTH_OF_LAST_YEAR = [
    # a month, then the words of last year: that month a year before, not the latest such month
    ("en", "In March of last year, the UN recorded 120 civilians killed in Ukraine."),
    ("uk", "У березні минулого року ООН зафіксувала загибель 120 цивільних в Україні."),
    ("ru", "В марте прошлого года ООН зафиксировала гибель 120 мирных жителей в Украине."),
    ("de", "Im März vergangenen Jahres registrierte die UN in der Ukraine 120 getötete Zivilisten."),
    ("fr", "En mars de l'année dernière, l'ONU a recensé 120 civils tués en Ukraine."),
    ("es", "En marzo del año pasado, la ONU registró 120 civiles muertos en Ucrania."),
    ("pl", "W marcu ubiegłego roku ONZ odnotowała 120 zabitych cywilów w Ukrainie."),
    ("it", "Nel marzo dello scorso anno l'ONU ha registrato 120 civili uccisi in Ucraina."),
    ("pt", "Em março do ano passado, a ONU registou 120 civis mortos na Ucrânia."),
    ("cs", "V březnu loňského roku OSN zaznamenala 120 zabitých civilistů na Ukrajině."),
    ("sr", "U martu prošle godine UN su zabeležile 120 ubijenih civila u Ukrajini."),
]  # fmt: skip


KILLED_OR_INJURED = [
    # one count of the killed or the injured, after them or before them: their total
    ("en", "The UN said 30,457 civilians had been killed or injured in Ukraine."),
    ("uk", "За даними ООН, в Україні 30 457 цивільних загинули або зазнали поранень."),
    ("ru", "По данным ООН, в Украине 30 457 мирных жителей были убиты или ранены."),
    ("de", "Laut UN wurden in der Ukraine 30.457 Zivilisten getötet oder verletzt."),
    ("fr", "Selon l'ONU, 30 457 civils ont été tués ou blessés en Ukraine."),
    ("es", "Según la ONU, 30.457 civiles murieron o resultaron heridos en Ucrania."),
    ("pl", "Według ONZ w Ukrainie 30 457 cywilów zostało zabitych lub rannych."),
    ("it", "Secondo l'ONU, in Ucraina 30.457 civili sono stati uccisi o feriti."),
    ("pt", "Segundo a ONU, 30.457 civis foram mortos ou feridos na Ucrânia."),
    ("cs", "Podle OSN bylo na Ukrajině zabito nebo zraněno 30 457 civilistů."),
    ("sr", "Prema podacima UN, u Ukrajini je ubijeno ili ranjeno 30.457 civila."),
]  # fmt: skip


A_WEAPON_THAT_STRUCK_AND_ITS_TOLL = [
    # a weapon, the verb of its strike, then its toll in a participle or a verb joined by "and":
    # one event's toll, never the war's count that follows
    ("en", "A missile hit a market in Kostiantynivka, killing 17 civilians, the UN said. Overall, 10,582 civilians have been killed in Ukraine."),
    ("uk", "Ракета влучила в ринок у Костянтинівці, убивши 17 цивільних, повідомила ООН. Загалом в Україні загинули 10 582 цивільних."),
    ("ru", "Ракета попала в рынок в Константиновке, убив 17 мирных жителей, сообщила ООН. Всего в Украине погибли 10 582 мирных жителя."),
    ("de", "Eine Rakete schlug auf einem Markt in Kostjantyniwka ein und tötete 17 Zivilisten, teilte die UN mit. Insgesamt wurden in der Ukraine 10.582 Zivilisten getötet."),
    ("fr", "Un missile a frappé un marché à Kostiantynivka, tuant 17 civils, a indiqué l'ONU. Au total, 10 582 civils ont été tués en Ukraine."),
    ("es", "Un misil impactó en un mercado de Kostiantynivka y mató a 17 civiles, informó la ONU. En total, 10.582 civiles han muerto en Ucrania."),
    ("pl", "Rakieta uderzyła w targowisko w Kostiantyniwce, zabijając 17 cywilów, poinformowała ONZ. Łącznie w Ukrainie zginęło 10 582 cywilów."),
    ("it", "Un missile ha colpito un mercato a Kostiantynivka, uccidendo 17 civili, ha reso noto l'ONU. In totale in Ucraina sono stati uccisi 10.582 civili."),
    ("pt", "Um míssil atingiu um mercado em Kostiantynivka, matando 17 civis, informou a ONU. No total, 10.582 civis foram mortos na Ucrânia."),
    ("cs", "Raketa zasáhla trh v Kosťantynivce a zabila 17 civilistů, uvedla OSN. Celkem na Ukrajině zahynulo 10 582 civilistů."),
    ("sr", "Raketa je pogodila pijacu u Kostjantinivki i ubila 17 civila, saopštile su UN. Ukupno je u Ukrajini ubijeno 10.582 civila."),
]  # fmt: skip


A_GROUPS_TOLL_AFTER_ITS_VERB = [
    # a subject that names its group ("the child toll", "unter Kindern"), its verb, then counts
    # with outcomes of their own: that group's counts, not the civilians'
    ("en", "The UN said 10,582 civilians had been killed in Ukraine. The child toll stands at 587 killed and 1,298 injured."),
    ("uk", "За даними ООН, в Україні загинули 10 582 цивільних. Дитячі втрати становлять 587 загиблих і 1 298 поранених."),
    ("ru", "По данным ООН, в Украине погибли 10 582 мирных жителя. Детские потери составляют 587 погибших и 1 298 раненых."),
    ("de", "Laut UN wurden in der Ukraine 10.582 Zivilisten getötet. Die Zahl der Opfer unter Kindern liegt bei 587 Toten und 1.298 Verletzten."),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués en Ukraine. Le bilan chez les enfants s'élève à 587 tués et 1 298 blessés."),
]  # fmt: skip


A_HEADINGS_DAY_BEFORE_A_MONTHS_COUNTS = [
    # a heading's day before a colon, then counts that name their own month: the month's
    ("en", "OHCHR update, 10 July 2024: In June, 174 civilians were killed and 690 injured in Ukraine."),
    ("uk", "Оновлення ООН, 10 липня 2024 року: у червні в Україні загинули 174 цивільних, 690 поранено."),
    ("ru", "Обновление ООН, 10 июля 2024 года: в июне в Украине погибли 174 мирных жителя, 690 ранены."),
    ("de", "UN-Update, 10. Juli 2024: Im Juni wurden in der Ukraine 174 Zivilisten getötet und 690 verletzt."),
    ("fr", "Point de l'ONU, 10 juillet 2024 : en juin, 174 civils ont été tués et 690 blessés en Ukraine."),
    ("es", "Actualización de la ONU, 10 de julio de 2024: en junio murieron 174 civiles y 690 resultaron heridos en Ucrania."),
    ("pl", "Aktualizacja ONZ, 10 lipca 2024 r.: w czerwcu w Ukrainie zginęło 174 cywilów, a 690 zostało rannych."),
    ("it", "Aggiornamento dell'ONU, 10 luglio 2024: a giugno in Ucraina sono stati uccisi 174 civili e 690 feriti."),
    ("pt", "Atualização da ONU, 10 de julho de 2024: em junho, 174 civis foram mortos e 690 ficaram feridos na Ucrânia."),
    ("cs", "Aktualizace OSN, 10. července 2024: v červnu bylo na Ukrajině zabito 174 civilistů a 690 zraněno."),
    ("sr", "Ažuriranje UN, 10. jul 2024: u junu je u Ukrajini ubijeno 174 civila, a 690 ranjeno."),
]  # fmt: skip


A_GROUPS_SHARE_AFTER_A_STATEMENT = [
    # who said it, then a group's share of the count before: "La ONU dijo que los niños ..."
    ("en", "The UN said 10,582 civilians had been killed in Ukraine. It said children accounted for 587 of the dead."),
    ("de", "Laut UN wurden in der Ukraine 10.582 Zivilisten getötet. Die UN erklärte, Kinder machten 587 der Toten aus."),
    ("es", "Según la ONU, 10.582 civiles han muerto en Ucrania. La ONU dijo que los niños representan 587 de los muertos."),
    ("pl", "Według ONZ w Ukrainie zginęło 10 582 cywilów. ONZ podała, że dzieci stanowią 587 zabitych."),
    ("it", "Secondo l'ONU, in Ucraina sono stati uccisi 10.582 civili. L'ONU ha detto che i bambini rappresentano 587 dei morti."),
    ("pt", "Segundo a ONU, 10.582 civis foram mortos na Ucrânia. A ONU disse que as crianças representam 587 dos mortos."),
    ("cs", "Podle OSN bylo na Ukrajině zabito 10 582 civilistů. OSN uvedla, že děti tvoří 587 z mrtvých."),
    ("sr", "Prema podacima UN, u Ukrajini je ubijeno 10.582 civila. UN su navele da deca čine 587 poginulih."),
]  # fmt: skip


A_DAYS_EVENT_THEN_THE_RUNNING_TOTAL = [
    # a day's event opens the sentence; a part after it counts from a start of its own
    ("en", "On 2 March, 12 civilians were killed in an attack in Ukraine; the UN has recorded 10,582 civilians killed since February 2022."),
    ("en", "On 2 March, 12 civilians were killed in an attack in Ukraine, and the UN has recorded 10,582 civilians killed since February 2022."),
    ("de", "Am 2. März wurden in der Ukraine bei einem Angriff 12 Zivilisten getötet, die UN hat seit Februar 2022 10.582 getötete Zivilisten registriert."),
    ("de", "Am 24. Februar 2024 jährte sich der Krieg zum zweiten Mal: Seit Beginn der Invasion wurden 10.582 Zivilisten getötet, so die UN."),
    ("de", "Am 15. Februar 2024 lag die Zahl der getöteten Zivilisten in der Ukraine nach UN-Angaben bei 10.582."),
]  # fmt: skip


A_PART_OF_A_WHOLE_WITH_ITS_GROUP = [
    # "587 of the 10,582 civilians killed were children": the part is the group's, the whole
    # the civilians'; the verb may open the clause ("waren 587 der 10.582 ... Kinder")
    ("en", "Of the 10,582 civilians killed in Ukraine, 587 were children, the UN said."),
    ("de", "Laut UN waren 587 der 10.582 in der Ukraine getöteten Zivilisten Kinder."),
    ("cs", "Podle OSN bylo 587 z 10 582 civilistů zabitých na Ukrajině dětí."),
    ("uk", "За даними ООН, 587 із 10 582 загиблих в Україні цивільних – діти."),
    ("ru", "По данным ООН, 587 из 10 582 погибших в Украине мирных жителей – дети."),
    ("fr", "Selon l'ONU, 587 des 10 582 civils tués en Ukraine étaient des enfants."),
    ("es", "Según la ONU, 587 de los 10.582 civiles muertos en Ucrania eran niños."),
    ("pl", "Według ONZ 587 z 10 582 cywilów zabitych w Ukrainie to dzieci."),
    ("it", "Secondo l'ONU, 587 dei 10.582 civili uccisi in Ucraina erano bambini."),
    ("pt", "Segundo a ONU, 587 dos 10.582 civis mortos na Ucrânia eram crianças."),
    ("sr", "Prema podacima UN, 587 od 10.582 civila ubijenih u Ukrajini bila su deca."),
]  # fmt: skip


A_COUNT_AGAINST_A_YEARS = [
    # a running total, then "against" a year's count: the total undated, the year's its own
    ("en", "The UN said 10,582 civilians had been killed in Ukraine, against 7,031 in 2022."),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués en Ukraine, contre 7 031 en 2022."),
    ("pt", "Segundo a ONU, foram mortos 10.582 civis na Ucrânia, contra 7.031 em 2022."),
]  # fmt: skip


AMONG_THE_VICTIMS = [
    # "among the victims" opens the parts of the count before, where "victims" names no outcome
    ("en", "The UN said 10,582 civilians were killed in Ukraine. Among the victims are 587 children and 3,000 women."),
    ("cs", "Podle OSN bylo na Ukrajině zabito 10 582 civilistů. Mezi oběťmi je 587 dětí a 3 000 žen."),
    ("sr", "Prema podacima UN, u Ukrajini je ubijeno 10.582 civila. Među žrtvama je 587 dece i 3.000 žena."),
]  # fmt: skip


THE_NUMBER_PASSED_A_MARK_IN_A_MONTH = [
    # "the number of civilians killed passed 12,000 in November": when the running total crossed
    # the mark, no month's count
    ("en", "According to the UN, the number of civilians killed in Ukraine passed 12,000 in November."),
    ("uk", "За даними ООН, кількість загиблих цивільних в Україні перевищила 12 000 у листопаді."),
    ("ru", "По данным ООН, число погибших мирных жителей в Украине превысило 12 000 в ноябре."),
    ("fr", "Selon l'ONU, le nombre de civils tués en Ukraine a dépassé 12 000 en novembre."),
    ("es", "Según la ONU, el número de civiles muertos en Ucrania superó los 12.000 en noviembre."),
    ("pl", "Według ONZ liczba zabitych cywilów w Ukrainie przekroczyła 12 000 w listopadzie."),
    ("it", "Secondo l'ONU, il numero di civili uccisi in Ucraina ha superato i 12.000 a novembre."),
    ("pt", "Segundo a ONU, o número de civis mortos na Ucrânia ultrapassou 12.000 em novembro."),
    ("sr", "Prema podacima UN, broj ubijenih civila u Ukrajini premašio je 12.000 u novembru."),
    ("cs", "Podle OSN počet zabitých civilistů na Ukrajině v listopadu přesáhl 12 000."),
]  # fmt: skip


THE_OFFICE_BY_ITS_NAME = [
    # the High Commissioner's office by the name or acronym each language gives it
    ("es", "El ACNUDH registró 10.582 civiles muertos en Ucrania desde el 24 de febrero de 2022."),
    ("pt", "O ACNUDH registou 10.582 civis mortos na Ucrânia desde 24 de fevereiro de 2022."),
    ("fr", "Le HCDH a recensé 10 582 civils tués en Ukraine depuis le 24 février 2022."),
    ("de", "Das UN-Hochkommissariat für Menschenrechte zählte seit dem 24. Februar 2022 in der Ukraine 10.582 getötete Zivilisten."),
    ("it", "L'Alto Commissariato Onu per i diritti umani ha registrato 10.582 civili uccisi in Ucraina dal 24 febbraio 2022."),
    ("pl", "Biuro Wysokiego Komisarza ONZ ds. Praw Człowieka odnotowało 10 582 zabitych cywilów w Ukrainie od 24 lutego 2022 r."),
    ("cs", "Úřad vysokého komisaře OSN pro lidská práva zaznamenal na Ukrajině od 24. února 2022 10 582 zabitých civilistů."),
    ("sr", "Kancelarija visokog komesara UN za ljudska prava zabeležila je 10.582 ubijenih civila u Ukrajini od 24. februara 2022."),
    ("sr", "Канцеларија високог комесара УН за људска права забележила је 10.582 убијених цивила у Украјини од 24. фебруара 2022."),
    ("ru", "УВКПЧ зафиксировало 10 582 погибших мирных жителя в Украине с 24 февраля 2022 года."),
    ("uk", "УВКПЛ зафіксувало 10 582 загиблих цивільних в Україні з 24 лютого 2022 року."),
]  # fmt: skip


A_TOTAL_AS_A_MARK = [
    # a running total as the mark it crossed ("passed the 10,000 mark", "la barre des 10 000")
    ("en", "The UN said the number of civilians killed in Ukraine passed the 10,000 mark."),
    ("de", "Die Zahl der getöteten Zivilisten in der Ukraine überstieg laut UN die Marke von 10.000."),
    ("de", "Laut UN überschritt die Zahl der getöteten Zivilisten in der Ukraine die Marke von 10.000."),
    ("fr", "Selon l'ONU, le nombre de civils tués en Ukraine a franchi la barre des 10 000."),
    ("es", "Según la ONU, el número de civiles muertos en Ucrania superó la barrera de los 10.000."),
    ("it", "Secondo l'Onu, il numero dei civili uccisi in Ucraina ha superato la soglia dei 10.000."),
    ("pt", "Segundo a ONU, o número de civis mortos na Ucrânia ultrapassou a marca de 10.000."),
    ("pl", "Według ONZ liczba zabitych cywilów w Ukrainie przekroczyła próg 10 000."),
    ("uk", "За даними ООН, кількість загиблих цивільних в Україні перетнула позначку в 10 000."),
    ("ru", "По данным ООН, число погибших мирных жителей в Украине превысило отметку в 10 000."),
    ("cs", "Podle OSN počet zabitých civilistů na Ukrajině překročil hranici 10 000."),
    ("sr", "Prema UN, broj ubijenih civila u Ukrajini premašio je granicu od 10.000."),
]  # fmt: skip


BY_THE_END_OF_LAST_MONTH = [
    # the end of last month: its last day, the cut-off of a total
    ("en", "By the end of last month, the UN had confirmed 9,614 civilian deaths in Ukraine."),
    ("de", "Bis Ende des vergangenen Monats bestätigte die UN 9.614 getötete Zivilisten in der Ukraine."),
    ("fr", "À la fin du mois dernier, l'ONU avait confirmé la mort de 9 614 civils en Ukraine."),
    ("es", "A finales del mes pasado, la ONU había confirmado la muerte de 9.614 civiles en Ucrania."),
    ("it", "Alla fine del mese scorso l'Onu aveva confermato la morte di 9.614 civili in Ucraina."),
    ("pt", "No final do mês passado, a ONU tinha confirmado a morte de 9.614 civis na Ucrânia."),
    ("pl", "Do końca ubiegłego miesiąca ONZ potwierdziła śmierć 9614 cywilów w Ukrainie."),
    ("uk", "Станом на кінець минулого місяця ООН підтвердила загибель 9614 цивільних в Україні."),
    ("ru", "К концу прошлого месяца ООН подтвердила гибель 9614 мирных жителей в Украине."),
    ("cs", "Do konce minulého měsíce OSN potvrdila smrt 9614 civilistů na Ukrajině."),
    ("sr", "Do kraja prošlog meseca UN su potvrdile smrt 9.614 civila u Ukrajini."),
]  # fmt: skip


# Each table of sentences above, one in each language, the day they were published, and the
# reports each gives (the fields they are checked on).
FIGURES_IN_EVERY_LANGUAGE = {
    "the counts in brackets after the children's share": (CHILDREN_AS_A_SHARE, dt.date(2024, 2, 1), [{"killed": 1659, "injured": 3524, "children_killed": 468, "children_injured": 1214}]),
    "civilian persons": (CIVILIAN_PERSONS, dt.date(2024, 12, 10), [{"period_start": dt.date(2024, 11, 1), "killed": 152, "injured": 616}]),
    "the last day after its hour": (TO_MIDNIGHT_OF_A_DAY, dt.date(2022, 4, 26), [{"as_of": dt.date(2022, 4, 24), "killed": 2665}]),
    "a sum of the killed and the injured": (A_SUM_AFTER_THE_PAIR, dt.date(2022, 4, 5), [{"killed": 1430, "injured": 2097, "total": 3527}]),
    "a larger count after a month's": (A_TOTAL_AFTER_A_MONTH, dt.date(2024, 8, 10), [{"scope": "period", "as_of": dt.date(2024, 7, 31), "killed": 200}, {"scope": "cumulative", "as_of": None, "killed": 12000}]),
    "the office by its name": (THE_OFFICE_BY_ITS_NAME, dt.date(2024, 3, 1), [{"monitoring_body": "OHCHR", "killed": 10582}]),
    "a total as a mark": (A_TOTAL_AS_A_MARK, dt.date(2023, 11, 25), [{"scope": "cumulative", "killed": 10000}]),
    "by the end of last month": (BY_THE_END_OF_LAST_MONTH, dt.date(2023, 9, 10), [{"scope": "cumulative", "as_of": dt.date(2023, 8, 31), "killed": 9614}]),
    "groups among the dead": (GROUPS_AMONG_THE_DEAD, dt.date(2023, 6, 13), [{"killed": 9083, "killed_men": 3986, "killed_women": 2422, "killed_boys": 282, "killed_girls": 223}]),
    "non-combatants": (NON_COMBATANTS, dt.date(2023, 9, 12), [{"as_of": dt.date(2023, 9, 10), "killed": 9614, "injured": 16401}]),
    "a total on a day": (A_TOTAL_ON_A_DAY, dt.date(2023, 9, 12), [{"scope": "cumulative", "as_of": dt.date(2023, 9, 10), "killed": 9614}]),
    "two years joined": (TWO_YEARS_JOINED, dt.date(2025, 2, 1), [{"scope": "period", "period_start": None, "as_of": None, "killed": 3900}]),
    "the week to a day": (THE_WEEK_TO_A_DAY, dt.date(2024, 3, 12), [{"scope": "period", "period_start": dt.date(2024, 3, 4), "as_of": dt.date(2024, 3, 10), "killed": 58, "injured": 222}]),
    "from the start of the year to a day": (FROM_THE_START_OF_THE_YEAR_TO_A_DAY, dt.date(2024, 7, 12), [{"scope": "period", "period_start": dt.date(2024, 1, 1), "as_of": dt.date(2024, 6, 30), "total": 1100}]),
    "a whole before its dated part": (A_WHOLE_BEFORE_ITS_DATED_PART, dt.date(2024, 7, 12), [{"period_start": dt.date(2024, 1, 1), "as_of": dt.date(2024, 6, 30), "killed": 1659, "injured": 3524, "total": 5183}]),
    "the war's first months": (THE_WARS_FIRST_MONTHS, dt.date(2024, 11, 8), [{"scope": "cumulative", "killed": 4000}]),
    "a part of a whole by its group": (A_PART_OF_A_WHOLE_BY_ITS_GROUP, dt.date(2024, 3, 12), [{"killed": 10582, "children_killed": 587}]),
    "a half year against the same period": (A_HALF_YEAR_AGAINST_THE_SAME_PERIOD, dt.date(2024, 7, 31), [{"period_start": dt.date(2024, 1, 1), "as_of": dt.date(2024, 6, 30), "killed": 1014}, {"period_start": dt.date(2023, 1, 1), "as_of": dt.date(2023, 6, 30), "killed": 839}]),
    "a group's share in words": (A_GROUPS_SHARE_IN_WORDS, dt.date(2024, 1, 20), [{"killed": 1974, "injured": 7900, "children_killed": 388, "children_injured": 1121}]),
    "the self-proclaimed republics": (THE_SELF_PROCLAIMED_REPUBLICS, dt.date(2022, 7, 26), [{"area": "Donetsk and Luhansk regions", "killed": 3085}, {"area": "government-controlled territory of Donetsk and Luhansk regions", "killed": 2736}, {"area": "occupied territory of Donetsk and Luhansk regions", "killed": 349}]),
    "earlier values in brackets": (EARLIER_VALUES_IN_BRACKETS, dt.date(2023, 5, 23), [{"as_of": dt.date(2023, 5, 21), "killed": 8895, "total": 24012}, {"as_of": dt.date(2023, 5, 14), "killed": 8836, "total": 23821}]),
    "children of unknown sex after a copula": (CHILDREN_OF_UNKNOWN_SEX_AFTER_A_COPULA, dt.date(2025, 1, 15), [{"killed": 10582, "killed_children_unknown_sex": 38, "children_killed": None}]),
    "groups as labels after the count": (GROUPS_AS_LABELS_AFTER_THE_COUNT, dt.date(2023, 6, 13), [{"killed": 9083, "killed_men": 3986, "killed_women": 2422, "killed_boys": 282, "killed_girls": 223}]),
    "a total that rose in a month": (A_TOTAL_THAT_ROSE_IN_A_MONTH, dt.date(2023, 12, 5), [{"scope": "cumulative", "killed": 10000}]),
    "parts of two counts respectively": (PARTS_OF_TWO_COUNTS_RESPECTIVELY, dt.date(2024, 2, 22), [{"killed": 10582, "injured": 19875, "children_killed": 587, "children_injured": 1298}]),
    "two counts respectively": (TWO_COUNTS_RESPECTIVELY, dt.date(2023, 2, 1), [{"killed": 7155, "injured": 11662, "total": None}]),
    "the killed among the casualties": (THE_KILLED_AMONG_THE_CASUALTIES, dt.date(2024, 3, 12), [{"killed": 10582, "total": 30457}]),
    "a month set against the one before": (A_MONTH_SET_AGAINST_THE_ONE_BEFORE, dt.date(2024, 1, 16), [{"scope": "period", "period_start": dt.date(2023, 12, 1), "as_of": dt.date(2023, 12, 31), "killed": 101, "injured": 384}]),
    "a clause after the day's change": (A_CLAUSE_AFTER_THE_DAYS_CHANGE, dt.date(2024, 2, 22), [{"scope": "cumulative", "killed": 10582}]),
    "a clause of its own time after a stretch": (A_CLAUSE_OF_ITS_OWN_TIME_AFTER_A_STRETCH, dt.date(2024, 2, 22), [{"scope": "period", "killed": 12}, {"scope": "cumulative", "killed": 10582}]),
    "a label with its place": (A_LABEL_WITH_ITS_PLACE, dt.date(2024, 2, 22), [{"scope": "cumulative", "as_of": dt.date(2024, 2, 15), "killed": 10582}]),
    "a placed part after including": (A_PLACED_PART_AFTER_INCLUDING, dt.date(2023, 9, 12), [{"area": None, "killed": 9614}, {"area": "Donetsk and Luhansk regions", "killed": 3942}]),
    "the end of a month as a cut-off": (THE_END_OF_A_MONTH_AS_A_CUT_OFF, dt.date(2024, 7, 12), [{"scope": "cumulative", "as_of": dt.date(2024, 5, 31), "killed": 11126}]),
    "an earlier value at the end of a month": (AN_EARLIER_VALUE_AT_THE_END_OF_A_MONTH, dt.date(2024, 7, 12), [{"as_of": dt.date(2024, 6, 30), "killed": 11284}, {"as_of": dt.date(2024, 5, 31), "killed": 11126}]),
    "a month's part of a total to its last day": (A_MONTHS_PART_OF_A_TOTAL_TO_ITS_LAST_DAY, dt.date(2024, 7, 12), [{"scope": "cumulative", "as_of": dt.date(2024, 6, 30), "killed": 11284}, {"scope": "period", "as_of": dt.date(2024, 6, 30), "killed": 174}]),
    "a year of the count set against": (A_YEAR_OF_THE_COUNT_SET_AGAINST, dt.date(2024, 2, 22), [{"scope": "cumulative", "as_of": None, "killed": 10582}, {"scope": "period", "as_of": dt.date(2022, 12, 31), "killed": 7031}]),
    "a count in apposition after its month": (A_COUNT_IN_APPOSITION_AFTER_ITS_MONTH, dt.date(2024, 8, 8), [{"scope": "period", "period_start": dt.date(2024, 7, 1), "as_of": dt.date(2024, 7, 31), "killed": 219}]),
    "the injured in other words": (THE_INJURED_IN_OTHER_WORDS, dt.date(2024, 2, 22), [{"killed": None, "injured": 19875}]),
    "the killed in other words": (THE_KILLED_IN_OTHER_WORDS, dt.date(2024, 2, 22), [{"killed": 10582, "injured": None}]),
    "one group noun of two counts": (ONE_GROUP_NOUN_OF_TWO_COUNTS, dt.date(2024, 2, 22), [{"killed": 10582, "injured": 19875, "children_killed": 587, "children_injured": 1298}]),
    "a vague cut-off": (A_VAGUE_CUT_OFF, dt.date(2024, 2, 22), [{"scope": "cumulative", "as_of": None, "killed": 10582, "injured": 19875}]),
    "a part of a month": (A_PART_OF_A_MONTH, dt.date(2024, 8, 22), [{"scope": "period", "period_start": None, "as_of": None, "killed": 120}]),
    "a rise from one count to another": (A_RISE_FROM_ONE_COUNT_TO_ANOTHER, dt.date(2024, 2, 22), [{"killed": 10378}, {"killed": 10582}]),
    "a month of last year": (A_MONTH_OF_LAST_YEAR, dt.date(2024, 8, 22), [{"scope": "period", "period_start": dt.date(2023, 3, 1), "as_of": dt.date(2023, 3, 31), "killed": 120}]),
    "killed or injured": (KILLED_OR_INJURED, dt.date(2024, 2, 22), [{"killed": None, "injured": None, "total": 30457}]),
    "a weapon that struck and its toll": (A_WEAPON_THAT_STRUCK_AND_ITS_TOLL, dt.date(2024, 2, 22), [{"scope": "cumulative", "killed": 10582}]),
    "a group's toll after its verb": (A_GROUPS_TOLL_AFTER_ITS_VERB, dt.date(2024, 2, 22), [{"killed": 10582, "injured": None, "children_killed": 587, "children_injured": 1298}]),
    "a heading's day before a month's counts": (A_HEADINGS_DAY_BEFORE_A_MONTHS_COUNTS, dt.date(2024, 7, 12), [{"scope": "period", "period_start": dt.date(2024, 6, 1), "as_of": dt.date(2024, 6, 30), "killed": 174, "injured": 690}]),
    "a group's share after a statement": (A_GROUPS_SHARE_AFTER_A_STATEMENT, dt.date(2024, 2, 22), [{"killed": 10582, "children_killed": 587}]),
    "a day's event then the running total": (A_DAYS_EVENT_THEN_THE_RUNNING_TOTAL, dt.date(2024, 3, 5), [{"scope": "cumulative", "killed": 10582}]),
    "a part of a whole with its group": (A_PART_OF_A_WHOLE_WITH_ITS_GROUP, dt.date(2024, 2, 22), [{"killed": 10582, "children_killed": 587}]),
    "a count against a year's": (A_COUNT_AGAINST_A_YEARS, dt.date(2024, 2, 22), [{"scope": "cumulative", "as_of": None, "killed": 10582}, {"scope": "period", "as_of": dt.date(2022, 12, 31), "killed": 7031}]),
    "among the victims": (AMONG_THE_VICTIMS, dt.date(2024, 2, 22), [{"killed": 10582, "children_killed": 587, "killed_women": 3000}]),
    "the number passed a mark in a month": (THE_NUMBER_PASSED_A_MARK_IN_A_MONTH, dt.date(2024, 12, 20), [{"scope": "cumulative", "as_of": None, "killed": 12000}]),
    "children in words": (CHILDREN_IN_WORDS, dt.date(2024, 6, 15), [{"killed": 58, "injured": 14, "children_killed": 3, "children_injured": 2}]),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        pytest.param(language, text, published, expected, id=f"{name}: {language}")
        for name, (table, published, expected) in FIGURES_IN_EVERY_LANGUAGE.items()
        for language, text in table
    ],
)
def test_the_figures_of_a_construction_in_every_language(
    language: str, text: str, published: dt.date, expected: list[dict]
) -> None:
    reports = parse_text(text, published=published, language=language)
    assert [{k: getattr(r, k) for k in expected[0]} for r in reports] == expected


A_RISE_TO_A_COUNT = [
    # the word of "up to" after a verb of change is the verb's "to": the count as stated
    ("uk", "За даними ООН, кількість загиблих цивільних в Україні зросла до 10 582."),
    ("ru", "По данным ООН, число погибших мирных жителей в Украине выросло до 10 582."),
    ("pl", "Według ONZ liczba zabitych cywilów w Ukrainie wzrosła do 10 582."),
    ("sr", "Prema podacima UN, broj ubijenih civila u Ukrajini porastao je do 10.582."),
    ("bg", "Според ООН броят на убитите цивилни в Украйна нарасна до 10 582."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), A_RISE_TO_A_COUNT)
def test_a_rise_to_a_count_is_no_upper_bound(language: str, text: str) -> None:
    (report,) = parse_text(text, published=dt.date(2024, 2, 22), language=language)
    assert (report.killed, report.evidence["killed"].qualifier) == (10582, None)


def test_up_to_a_count_is_still_an_upper_bound() -> None:
    text = "Według ONZ w Ukrainie zginęło do 10 582 cywilów."
    (report,) = parse_text(text, published=dt.date(2024, 2, 22), language="pl")
    assert (report.killed, report.evidence["killed"].qualifier) == (10582, "at_most")


A_PLACE_NO_AREA_NAMES = [
    # a region the profile publishes no figures for, before the counts, its country after it
    # or not: its counts are left out, never the whole country's
    ("en", "UN: A total of 712 civilians were killed in the Kherson region of Ukraine last year."),
    ("uk", "За даними ООН, торік у Херсонській області України загинули 712 цивільних."),
    ("ru", "По данным ООН, в прошлом году в Херсонской области Украины погибли 712 мирных жителей."),
    ("de", "Laut UN wurden im vergangenen Jahr im Gebiet Cherson in der Ukraine 712 Zivilisten getötet."),
    ("fr", "Selon l'ONU, 712 civils ont été tués l'année dernière dans la région de Kherson, en Ukraine."),
    ("es", "Según la ONU, 712 civiles murieron el año pasado en la región de Jersón, en Ucrania."),
    ("it", "Secondo l'ONU, l'anno scorso nella regione di Kherson, in Ucraina, sono stati uccisi 712 civili."),
    ("pt", "Segundo a ONU, 712 civis foram mortos no ano passado na região de Kherson, na Ucrânia."),
    ("cs", "Podle OSN bylo loni v Chersonské oblasti na Ukrajině zabito 712 civilistů."),
    ("sr", "Prema podacima UN, prošle godine je u Hersonskoj oblasti u Ukrajini ubijeno 712 civila."),
    ("pl", "Według ONZ w ubiegłym roku w obwodzie chersońskim w Ukrainie zginęło 712 cywilów."),
    # ... two such regions joined ("in the Kharkiv and Sumy regions", never "in Donetsk and
    # Luhansk regions", a published area)
    ("en", "The UN said 50 civilians were killed in May in the Kharkiv and Sumy regions of Ukraine."),
    ("uk", "За даними ООН, у травні в Харківській та Сумській областях загинули 50 цивільних."),
    ("ru", "По данным ООН, в мае в Харьковской и Сумской областях погибли 50 мирных жителей."),
    ("de", "Laut UN wurden im Mai in den Gebieten Charkiw und Sumy 50 Zivilisten getötet."),
    ("fr", "Selon l'ONU, 50 civils ont été tués en mai dans les régions de Kharkiv et de Soumy."),
    ("es", "Según la ONU, en mayo murieron 50 civiles en las regiones de Járkov y Sumy."),
    ("pl", "Według ONZ w maju w obwodach charkowskim i sumskim zginęło 50 cywilów."),
    ("it", "Secondo l'ONU, a maggio sono stati uccisi 50 civili nelle regioni di Kharkiv e Sumy."),
    ("pt", "Segundo a ONU, em maio foram mortos 50 civis nas regiões de Kharkiv e Sumy."),
    ("cs", "Podle OSN bylo v květnu v Charkovské a Sumské oblasti zabito 50 civilistů."),
    ("sr", "Prema podacima UN, u maju je u Harkovskoj i Sumskoj oblasti ubijeno 50 civila."),
    # ... a town by its noun and name ("у місті Вовчанськ", "ve městě Vovčansk")
    ("uk", "За даними ООН, у місті Вовчанськ загинули 50 цивільних."),
    ("ru", "По данным ООН, в городе Волчанск погибли 50 мирных жителей."),
    ("cs", "Podle OSN zahynulo ve městě Vovčansk 50 civilistů."),
    ("sr", "Prema podacima UN, u gradu Vovčansk ubijeno je 50 civila."),
    ("de", "Laut UN wurden in der Stadt Wowtschansk 50 Zivilisten getötet."),
    ("fr", "Selon l'ONU, 50 civils ont été tués dans la ville de Vovtchansk."),
    # ... and a city the profile names as a place, after the comma of a source or the verb
    ("uk", "За даними ООН, у Харкові торік загинули 712 цивільних."),
    ("de", "Laut UN wurden in Charkiw im vergangenen Jahr 712 Zivilisten getötet."),
]  # fmt: skip


AN_EARLIER_RELEASE_BY_ITS_MONTH = [
    # a month, then who said it, then a running total ("had been killed", "bislang"): the figures
    # of a release on a day the text does not tell, not the month's
    ("en", "In November the UN said 6,595 civilians had been killed in Ukraine."),
    ("uk", "У листопаді ООН повідомила, що загалом в Україні загинули 6 595 цивільних."),
    ("de", "Im November teilte die UN mit, dass in der Ukraine bislang 6.595 Zivilisten getötet worden seien."),
    ("fr", "En novembre, l'ONU a indiqué que 6 595 civils avaient été tués en Ukraine."),
    ("es", "En noviembre, la ONU informó que 6.595 civiles habían muerto en Ucrania."),
    ("it", "A novembre l'ONU ha reso noto che in Ucraina erano stati uccisi 6.595 civili."),
    ("pt", "Em novembro, a ONU informou que 6.595 civis tinham sido mortos na Ucrânia."),
]  # fmt: skip


NO_FIGURES_IN_EVERY_LANGUAGE = {
    "the counts of a place no area names": (A_PLACE_NO_AREA_NAMES, dt.date(2024, 8, 22)),
    "an earlier release by its month": (AN_EARLIER_RELEASE_BY_ITS_MONTH, dt.date(2024, 12, 22)),
}


@pytest.mark.parametrize(
    ("language", "text", "published"),
    [
        pytest.param(language, text, published, id=f"{name}: {language}")
        for name, (table, published) in NO_FIGURES_IN_EVERY_LANGUAGE.items()
        for language, text in table
    ],
)
def test_a_construction_gives_no_figures_in_any_language(
    language: str, text: str, published: dt.date
) -> None:
    assert parse_text(text, published=published, language=language) == []


LIKE_A_WEAPON_WORD = [
    # "at least", "past", "the ministry": words that open like "mine" and name no weapon
    ("ru", "По данным ООН, как минимум 9 287 мирных жителей погибли в Украине с 24 февраля 2022 года."),
    ("uk", "Мінімум 9 287 мирних жителів загинули в Україні з 24 лютого 2022 року, за даними ООН."),
    ("pl", "Minimum 9287 cywilów zginęło w Ukrainie od 24 lutego 2022 r., według ONZ."),
    ("cs", "Podle OSN zemřelo na Ukrajině od 24. února 2022 minimálně 9287 civilistů."),
    ("sr", "Prema UN, minimum 9.287 civila je ubijeno u Ukrajini od 24. februara 2022."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LIKE_A_WEAPON_WORD)
def test_a_word_like_a_weapons_is_no_weapon(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2023, 7, 10), language=language)
    assert [(r.period_start, r.killed) for r in reports] == [(dt.date(2022, 2, 24), 9287)]


FIRST_MONTHS_OF_A_YEAR = [
    # the first N months of a year, N in words or digits: January to the Nth month
    ("en", "In the first five months of 2025, the UN mission recorded 1,174 civilians killed in Ukraine."),
    ("uk", "За перші п'ять місяців 2025 року місія ООН зафіксувала 1 174 загиблих цивільних в Україні."),
    ("ru", "За первые пять месяцев 2025 года миссия ООН зафиксировала 1 174 погибших мирных жителя в Украине."),
    ("de", "In den ersten fünf Monaten 2025 zählte die UN-Mission 1174 getötete Zivilisten in der Ukraine."),
    ("fr", "Au cours des cinq premiers mois de 2025, la mission de l'ONU a recensé 1 174 civils tués en Ukraine."),
    ("es", "En los primeros cinco meses de 2025, la misión de la ONU registró 1.174 civiles muertos en Ucrania."),
    ("it", "Nei primi cinque mesi del 2025 la missione dell'Onu ha registrato 1.174 civili uccisi in Ucraina."),
    ("pl", "W ciągu pierwszych pięciu miesięcy 2025 roku misja ONZ odnotowała 1174 zabitych cywilów w Ukrainie."),
    ("pt", "Nos primeiros 5 meses de 2025, a missão da ONU registou 1.174 civis mortos na Ucrânia."),
    ("cs", "Za prvních pět měsíců roku 2025 mise OSN zaznamenala na Ukrajině 1174 zabitých civilistů."),
    ("sr", "U prvih pet meseci 2025. godine misija UN zabeležila je 1.174 ubijena civila u Ukrajini."),
]  # fmt: skip


RECENT_MONTHS = [
    # the last N months, no date: a period whose days the text does not tell, not the war's
    ("en", "Over the past three months, the UN mission recorded 1,174 civilians killed in Ukraine."),
    ("uk", "За останні три місяці місія ООН зафіксувала 1 174 загиблих цивільних в Україні."),
    ("ru", "За последние три месяца миссия ООН зафиксировала 1 174 погибших мирных жителя в Украине."),
    ("de", "In den vergangenen drei Monaten zählte die UN-Mission 1174 getötete Zivilisten in der Ukraine."),
    ("fr", "Au cours des trois derniers mois, la mission de l'ONU a recensé 1 174 civils tués en Ukraine."),
    ("es", "En los últimos tres meses, la misión de la ONU registró 1.174 civiles muertos en Ucrania."),
    ("it", "Negli ultimi tre mesi la missione dell'Onu ha registrato 1.174 civili uccisi in Ucraina."),
    ("pl", "W ciągu ostatnich trzech miesięcy misja ONZ odnotowała 1174 zabitych cywilów w Ukrainie."),
    ("pt", "Nos últimos três meses, a missão da ONU registou 1.174 civis mortos na Ucrânia."),
    ("cs", "Za poslední tři měsíce mise OSN zaznamenala na Ukrajině 1174 zabitých civilistů."),
    ("sr", "U poslednja tri meseca misija UN zabeležila je 1.174 ubijena civila u Ukrajini."),
]  # fmt: skip


BY_THE_END_OF_A_YEAR = [
    # the war's count by the end of a year: its cut-off is the year's last day
    ("en", "By the end of 2024, the UN mission had recorded 12,340 civilians killed in Ukraine."),
    ("uk", "Станом на кінець 2024 року місія ООН зафіксувала 12 340 загиблих цивільних в Україні."),
    ("ru", "К концу 2024 года миссия ООН зафиксировала 12 340 погибших мирных жителей в Украине."),
    ("de", "Bis Ende 2024 zählte die UN-Mission 12.340 getötete Zivilisten in der Ukraine."),
    ("fr", "À la fin de 2024, la mission de l'ONU avait recensé 12 340 civils tués en Ukraine."),
    ("es", "A finales de 2024, la misión de la ONU había registrado 12.340 civiles muertos en Ucrania."),
    ("it", "Alla fine del 2024 la missione dell'Onu aveva registrato 12.340 civili uccisi in Ucraina."),
    ("pl", "Do końca 2024 roku misja ONZ odnotowała 12 340 zabitych cywilów w Ukrainie."),
    ("pt", "Até o final de 2024, a missão da ONU registou 12.340 civis mortos na Ucrânia."),
    ("cs", "Do konce roku 2024 mise OSN zaznamenala na Ukrajině 12 340 zabitých civilistů."),
    ("sr", "Do kraja 2024. godine misija UN zabeležila je 12.340 ubijenih civila u Ukrajini."),
]  # fmt: skip


EARLY_IN_A_YEAR = [
    # the beginning of a year, no "since" before it: a stretch whose days the text does not tell
    ("ru", "В начале 2025 года миссия ООН зафиксировала 1 174 погибших мирных жителя в Украине."),
    ("en", "At the beginning of 2025, the UN mission recorded 1,174 civilians killed in Ukraine."),
    ("uk", "На початку 2025 року місія ООН зафіксувала 1 174 загиблих цивільних в Україні."),
    ("de", "Anfang 2025 zählte die UN-Mission 1174 getötete Zivilisten in der Ukraine."),
    ("fr", "Début 2025, la mission de l'ONU a recensé 1 174 civils tués en Ukraine."),
]  # fmt: skip


THIS_MONTH = [
    # the month of publication, so far: its first day, no last
    ("en", "This month, the UN mission recorded 120 civilians killed in Ukraine."),
    ("uk", "Цього місяця місія ООН зафіксувала 120 загиблих цивільних в Україні."),
    ("ru", "В этом месяце миссия ООН зафиксировала 120 погибших мирных жителей в Украине."),
    ("de", "In diesem Monat zählte die UN-Mission 120 getötete Zivilisten in der Ukraine."),
    ("fr", "Ce mois-ci, la mission de l'ONU a recensé 120 civils tués en Ukraine."),
    ("es", "Este mes, la misión de la ONU registró 120 civiles muertos en Ucrania."),
    ("it", "Questo mese la missione dell'Onu ha registrato 120 civili uccisi in Ucraina."),
    ("pl", "W tym miesiącu misja ONZ odnotowała 120 zabitych cywilów w Ukrainie."),
    ("pt", "Este mês, a missão da ONU registou 120 civis mortos na Ucrânia."),
    ("cs", "Tento měsíc mise OSN zaznamenala na Ukrajině 120 zabitých civilistů."),
    ("sr", "Ovog meseca misija UN zabeležila je 120 ubijenih civila u Ukrajini."),
]  # fmt: skip


MONTH_AS_CUT_OFF = [
    # the war's count up to a month: a cut-off whose day the text does not tell, no month's count
    ("en", "The UN said 10,582 civilians had been killed in Ukraine as of February 2024."),
    ("uk", "Станом на лютий 2024 року Моніторингова місія ООН зафіксувала 10 582 загиблих цивільних в Україні."),
    ("ru", "По состоянию на февраль 2024 года Мониторинговая миссия ООН зафиксировала 10 582 погибших мирных жителей в Украине."),
    ("de", "Die UN-Mission zählte bis Februar 2024 insgesamt 10.582 getötete Zivilisten in der Ukraine."),
    ("fr", "Selon l'ONU, 10 582 civils ont été tués en Ukraine jusqu'en février 2024."),
    ("es", "Según la ONU, 10.582 civiles han muerto en Ucrania hasta febrero de 2024."),
    ("it", "Secondo l'Onu, fino a febbraio 2024 sono stati uccisi 10.582 civili in Ucraina."),
    ("pl", "Według ONZ do lutego 2024 roku w Ukrainie zginęło 10 582 cywilów."),
    ("pt", "Segundo a ONU, 10.582 civis foram mortos na Ucrânia até fevereiro de 2024."),
    ("cs", "Podle OSN do února 2024 zemřelo na Ukrajině 10 582 civilistů."),
    ("sr", "Prema UN, do februara 2024. u Ukrajini je ubijeno 10.582 civila."),
]  # fmt: skip


STATEMENT_LAST_MONTH = [
    # the month a statement was made, right after its verb: none of the figures' months
    ("en", "The UN said last month that 10,582 civilians had been killed in Ukraine."),
    ("uk", "ООН повідомила минулого місяця, що в Україні загинули 10 582 цивільних."),
    ("ru", "ООН сообщила в прошлом месяце, что в Украине погибли 10 582 мирных жителя."),
    ("fr", "L'ONU a indiqué le mois dernier que 10 582 civils avaient été tués en Ukraine."),
    ("es", "La ONU informó el mes pasado que 10.582 civiles habían muerto en Ucrania."),
    ("it", "L'Onu ha reso noto il mese scorso che 10.582 civili sono stati uccisi in Ucraina."),
    ("pl", "ONZ poinformowała w zeszłym miesiącu, że w Ukrainie zginęło 10 582 cywilów."),
    ("pt", "A ONU informou no mês passado que 10.582 civis foram mortos na Ucrânia."),
    # the verb after its time
    ("cs", "OSN minulý měsíc uvedla, že na Ukrajině zahynulo 10 582 civilistů."),
    ("sr", "UN su prošlog meseca saopštile da je u Ukrajini ubijeno 10.582 civila."),
    ("de", "Die UN teilte im vergangenen Monat mit, dass in der Ukraine 10.582 Zivilisten getötet wurden."),
]  # fmt: skip


A_YEARS_COUNT = [
    # a year as each language names it; German lets the year stand alone
    ("en", "OHCHR recorded 1,974 civilians killed in Ukraine in 2023."),
    ("de", "Das UN-Menschenrechtsbüro zählte 2023 in der Ukraine 1974 getötete Zivilisten."),
    ("de", "2023 wurden in der Ukraine laut UN 1.974 Zivilisten getötet."),
    ("fr", "Le HCDH a recensé 1 974 civils tués en Ukraine en 2023."),
    ("es", "La ONU registró 1.974 civiles muertos en Ucrania en 2023."),
    ("it", "L'Onu ha registrato 1.974 civili uccisi in Ucraina nel 2023."),
    ("pt", "A ONU registou 1.974 civis mortos na Ucrânia em 2023."),
    ("pl", "ONZ odnotowała w 2023 roku 1974 zabitych cywilów w Ukrainie."),
    ("uk", "У 2023 році УВКПЛ ООН зафіксувало 1974 загиблих цивільних в Україні."),
    ("ru", "В 2023 году УВКПЧ ООН зафиксировало 1974 погибших мирных жителей в Украине."),
    ("cs", "OSN zaznamenala v roce 2023 na Ukrajině 1974 zabitých civilistů."),
    ("sr", "UN je u 2023. godini zabeležio 1.974 ubijenih civila u Ukrajini."),
]  # fmt: skip


MONTHS_TO_A_DAY = [
    # a stretch of months up to a last day: the months back from it
    ("en", "The UN said 1,000 civilians were killed in Ukraine in the 12 months to 31 January 2024."),
    ("de", "Laut UN wurden in der Ukraine in den zwölf Monaten bis zum 31. Januar 2024 1.000 Zivilisten getötet."),
    ("fr", "Selon l'ONU, 1 000 civils ont été tués en Ukraine au cours des 12 mois jusqu'au 31 janvier 2024."),
    ("es", "Según la ONU, 1.000 civiles murieron en Ucrania en los 12 meses hasta el 31 de enero de 2024."),
    ("it", "Secondo l'Onu, 1.000 civili sono stati uccisi in Ucraina nei 12 mesi fino al 31 gennaio 2024."),
    ("pt", "Segundo a ONU, 1.000 civis foram mortos na Ucrânia nos 12 meses até 31 de janeiro de 2024."),
    ("pl", "Według ONZ w ciągu 12 miesięcy do 31 stycznia 2024 r. w Ukrainie zginęło 1000 cywilów."),
    ("uk", "За даними ООН, за 12 місяців до 31 січня 2024 року в Україні загинули 1000 цивільних."),
    ("ru", "По данным ООН, за 12 месяцев до 31 января 2024 года в Украине погибли 1000 мирных жителей."),
    ("cs", "Podle OSN zahynulo na Ukrajině za 12 měsíců do 31. ledna 2024 1000 civilistů."),
    ("sr", "Prema UN, u Ukrajini je u 12 meseci do 31. januara 2024. ubijeno 1.000 civila."),
]  # fmt: skip


LAST_WEEK = [
    # last week: a stretch whose days are untold
    ("en", "The UN mission recorded 40 civilians killed in Ukraine last week."),
    ("uk", "Минулого тижня місія ООН зафіксувала 40 загиблих цивільних в Україні."),
    ("ru", "На прошлой неделе миссия ООН зафиксировала 40 погибших мирных жителей в Украине."),
    ("de", "Vergangene Woche zählte die UN-Mission 40 getötete Zivilisten in der Ukraine."),
    ("fr", "La semaine dernière, la mission de l'ONU a recensé 40 civils tués en Ukraine."),
    ("es", "La semana pasada, la misión de la ONU registró 40 civiles muertos en Ucrania."),
    ("it", "La settimana scorsa la missione dell'Onu ha registrato 40 civili uccisi in Ucraina."),
    ("pl", "W zeszłym tygodniu misja ONZ odnotowała 40 zabitych cywilów w Ukrainie."),
    ("pt", "Na semana passada, a missão da ONU registou 40 civis mortos na Ucrânia."),
    ("cs", "Minulý týden mise OSN zaznamenala na Ukrajině 40 zabitých civilistů."),
    ("sr", "Prošle nedelje misija UN zabeležila je 40 ubijenih civila u Ukrajini."),
]  # fmt: skip


STATEMENT_LAST_WEEK = [
    # last week a statement's, of counts that run from the war's start
    ("en", "The UN said last week that 10,582 civilians had been killed in Ukraine since February 2022."),
    ("de", "Die UN teilte vergangene Woche mit, dass seit Februar 2022 in der Ukraine 10.582 Zivilisten getötet wurden."),
    ("fr", "L'ONU a indiqué la semaine dernière que 10 582 civils avaient été tués en Ukraine depuis février 2022."),
    ("es", "La ONU informó la semana pasada que 10.582 civiles han muerto en Ucrania desde febrero de 2022."),
    ("it", "L'Onu ha reso noto la settimana scorsa che 10.582 civili sono stati uccisi in Ucraina da febbraio 2022."),
    ("pt", "A ONU informou na semana passada que 10.582 civis foram mortos na Ucrânia desde fevereiro de 2022."),
    ("pl", "ONZ poinformowała w zeszłym tygodniu, że od lutego 2022 r. w Ukrainie zginęło 10 582 cywilów."),
    ("uk", "ООН повідомила минулого тижня, що з лютого 2022 року в Україні загинули 10 582 цивільних."),
    ("ru", "ООН сообщила на прошлой неделе, что с февраля 2022 года в Украине погибли 10 582 мирных жителя."),
    ("cs", "OSN minulý týden uvedla, že od února 2022 zahynulo na Ukrajině 10 582 civilistů."),
    ("sr", "UN su prošle nedelje saopštile da je od februara 2022. u Ukrajini ubijeno 10.582 civila."),
    ("cs", "OSN minulý týden uvedla, že na Ukrajině zahynulo 10 582 civilistů."),
    ("uk", "ООН повідомила минулого тижня, що в Україні загинули 10 582 цивільних."),
]  # fmt: skip


FOR_THE_YEAR = [
    # a year by the longer phrases each language names it with ("for the year", "no ano de")
    ("en", "For the year 2024, the UN mission recorded 2,064 civilians killed in Ukraine."),
    ("de", "Für das Jahr 2024 registrierte die UN-Mission in der Ukraine 2.064 getötete Zivilisten."),
    ("fr", "Pour l'année 2024, la mission de l'ONU a recensé 2 064 civils tués en Ukraine."),
    ("fr", "Sur l'ensemble de l'année 2024, la mission de l'ONU a recensé 2 064 civils tués en Ukraine."),
    ("es", "En el año 2024, la misión de la ONU registró 2.064 civiles muertos en Ucrania."),
    ("it", "Nell'anno 2024 la missione dell'Onu ha registrato 2.064 civili uccisi in Ucraina."),
    ("it", "Nel corso del 2024 la missione dell'Onu ha registrato 2.064 civili uccisi in Ucraina."),
    ("pt", "No ano de 2024, a missão da ONU registou 2.064 civis mortos na Ucrânia."),
    ("pl", "W roku 2024 misja ONZ odnotowała 2064 zabitych cywilów w Ukrainie."),
    ("pl", "W całym 2024 roku misja ONZ odnotowała 2064 zabitych cywilów w Ukrainie."),
    ("uk", "За 2024 рік місія ООН зафіксувала 2064 загиблих цивільних в Україні."),
    ("uk", "Упродовж 2024 року місія ООН зафіксувала 2064 загиблих цивільних в Україні."),
    ("ru", "За 2024 год миссия ООН зафиксировала 2064 погибших мирных жителя в Украине."),
    ("cs", "Za rok 2024 mise OSN zaznamenala na Ukrajině 2064 zabitých civilistů."),
    ("cs", "V průběhu roku 2024 mise OSN zaznamenala na Ukrajině 2064 zabitých civilistů."),
    ("sr", "Tokom 2024. godine misija UN zabeležila je 2.064 ubijenih civila u Ukrajini."),
    ("sr", "U toku 2024. godine misija UN zabeležila je 2.064 ubijenih civila u Ukrajini."),
]  # fmt: skip


A_TOTAL_CROSSED_A_MARK = [
    # a running total that crossed a mark in a month: the total, no month's count
    ("en", "The UN said the total number of civilians killed in Ukraine passed 12,000 in November."),
    ("es", "Según la ONU, el número total de civiles muertos en Ucrania superó los 12.000 en noviembre."),
    ("it", "Secondo l'Onu, il bilancio totale dei civili uccisi in Ucraina ha superato 12.000 a novembre."),
    ("pt", "Segundo a ONU, o número total de civis mortos na Ucrânia ultrapassou 12.000 em novembro."),
    ("pl", "Według ONZ łączna liczba zabitych cywilów w Ukrainie przekroczyła 12 000 w listopadzie."),
    ("uk", "За даними ООН, загальна кількість загиблих цивільних в Україні перевищила 12 000 у листопаді."),
    ("ru", "По данным ООН, общее число погибших мирных жителей в Украине превысило 12 000 в ноябре."),
    ("cs", "Podle OSN celkový počet zabitých civilistů na Ukrajině překročil 12 000 v listopadu."),
    ("sr", "Prema UN, ukupan broj ubijenih civila u Ukrajini premašio je 12.000 u novembru."),
]  # fmt: skip


A_HEADLINE_IN_CAPITALS = [
    # a headline in capitals: its month too ("MAY 2024")
    ("en", "UKRAINE: 174 CIVILIANS KILLED IN MAY 2024, UN MONITORS SAY"),
    ("de", "UKRAINE: IM MAI 2024 WURDEN LAUT UN 174 ZIVILISTEN GETÖTET"),
    ("fr", "UKRAINE : 174 CIVILS TUÉS EN MAI 2024, SELON L'ONU"),
    ("es", "UCRANIA: 174 CIVILES MUERTOS EN MAYO DE 2024, SEGÚN LA ONU"),
    ("it", "UCRAINA: 174 CIVILI UCCISI A MAGGIO 2024, SECONDO L'ONU"),
    ("pt", "UCRÂNIA: 174 CIVIS MORTOS EM MAIO DE 2024, SEGUNDO A ONU"),
    ("pl", "UKRAINA: W MAJU 2024 ROKU ZGINĘŁO 174 CYWILÓW, PODAŁA ONZ"),
    ("uk", "ООН: У ТРАВНІ 2024 РОКУ В УКРАЇНІ ЗАГИНУЛИ 174 ЦИВІЛЬНИХ"),
    ("ru", "ООН: В МАЕ 2024 ГОДА В УКРАИНЕ ПОГИБЛИ 174 МИРНЫХ ЖИТЕЛЯ"),
    ("cs", "OSN: V KVĚTNU 2024 ZAHYNULO NA UKRAJINĚ 174 CIVILISTŮ"),
    ("sr", "UN: U MAJU 2024. U UKRAJINI UBIJENO 174 CIVILA"),
]  # fmt: skip


# Each table of sentences above, one in each language, the day they were published, and the
# one report each gives (the fields it is checked on).
FRAMES_IN_EVERY_LANGUAGE = {
    "the first months of a year": (
        FIRST_MONTHS_OF_A_YEAR,
        dt.date(2025, 7, 10),
        {"scope": "period", "period_start": dt.date(2025, 1, 1), "as_of": dt.date(2025, 5, 31), "killed": 1174},
    ),
    "the last months, no date": (
        RECENT_MONTHS,
        dt.date(2025, 7, 10),
        {"scope": "period", "period_start": None, "as_of": None, "killed": 1174},
    ),
    "by the end of a year": (
        BY_THE_END_OF_A_YEAR,
        dt.date(2025, 2, 10),
        {"scope": "cumulative", "as_of": dt.date(2024, 12, 31), "killed": 12340},
    ),
    "early in a year": (
        EARLY_IN_A_YEAR,
        dt.date(2025, 7, 10),
        {"scope": "period", "period_start": None, "as_of": None, "killed": 1174},
    ),
    "this month": (
        THIS_MONTH,
        dt.date(2024, 7, 21),
        {"scope": "period", "period_start": dt.date(2024, 7, 1), "as_of": None, "killed": 120},
    ),
    "the month of a statement": (
        STATEMENT_LAST_MONTH,
        dt.date(2024, 3, 20),
        {"scope": "cumulative", "as_of": None, "killed": 10582},
    ),
    "a month after a cut-off word": (
        MONTH_AS_CUT_OFF,
        dt.date(2024, 3, 10),
        {"scope": "cumulative", "as_of": None, "killed": 10582},
    ),
    "months to a day": (
        MONTHS_TO_A_DAY,
        dt.date(2024, 3, 1),
        {"scope": "period", "period_start": dt.date(2023, 2, 1), "as_of": dt.date(2024, 1, 31), "killed": 1000},
    ),
    "last week": (
        LAST_WEEK,
        dt.date(2024, 3, 10),
        {"scope": "period", "period_start": None, "as_of": None, "killed": 40},
    ),
    "the week of a statement": (
        STATEMENT_LAST_WEEK,
        dt.date(2024, 3, 10),
        {"scope": "cumulative", "as_of": None, "killed": 10582},
    ),
    "for the year": (
        FOR_THE_YEAR,
        dt.date(2025, 1, 15),
        {"scope": "period", "period_start": dt.date(2024, 1, 1), "as_of": dt.date(2024, 12, 31), "killed": 2064},
    ),
    "a total that crossed a mark in a month": (
        A_TOTAL_CROSSED_A_MARK,
        dt.date(2024, 12, 15),
        {"scope": "cumulative", "as_of": None, "killed": 12000},
    ),
    "a headline in capitals": (
        A_HEADLINE_IN_CAPITALS,
        dt.date(2024, 6, 15),
        {"scope": "period", "period_start": dt.date(2024, 5, 1), "as_of": dt.date(2024, 5, 31), "killed": 174},
    ),
    "a year": (
        A_YEARS_COUNT,
        dt.date(2024, 2, 1),
        {"scope": "period", "period_start": dt.date(2023, 1, 1), "as_of": dt.date(2023, 12, 31), "killed": 1974},
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        pytest.param(language, text, published, expected, id=f"{name}: {language}")
        for name, (table, published, expected) in FRAMES_IN_EVERY_LANGUAGE.items()
        for language, text in table
    ],
)
def test_the_frame_of_a_count_in_every_language(
    language: str, text: str, published: dt.date, expected: dict
) -> None:
    reports = parse_text(text, published=published, language=language)
    assert [{k: getattr(r, k) for k in expected} for r in reports] == [expected]


LABELLED_COUNTS = [
    # each outcome's label, a colon, its count: a list as a post or a table gives it
    ("en", "UN Human Rights Monitoring Mission in Ukraine, as of 31 July 2024:\nCivilian deaths: 11,743\nCivilian injuries: 24,614"),
    ("en", "UN Human Rights Monitoring Mission in Ukraine, as of 31 July 2024 - killed: 11,743; injured: 24,614."),
    ("de", "UN-Menschenrechtsmission in der Ukraine, Stand 31. Juli 2024:\nGetötete Zivilisten: 11.743\nVerletzte: 24.614"),
    ("fr", "Mission de l'ONU en Ukraine, au 31 juillet 2024 :\nCivils tués : 11 743\nBlessés : 24 614"),
    ("es", "Misión de la ONU en Ucrania, hasta el 31 de julio de 2024:\nCiviles muertos: 11.743\nHeridos: 24.614"),
    ("it", "Missione dell'Onu in Ucraina, al 31 luglio 2024:\nCivili uccisi: 11.743\nFeriti: 24.614"),
    ("pt", "Missão da ONU na Ucrânia, até 31 de julho de 2024:\nCivis mortos: 11.743\nFeridos: 24.614"),
    ("pl", "Misja ONZ w Ukrainie, stan na 31 lipca 2024 r.:\nZabici: 11 743\nRanni: 24 614"),
    ("uk", "Місія ООН з прав людини в Україні, станом на 31 липня 2024 року:\nЗагиблі: 11 743\nПоранені: 24 614"),
    ("ru", "Миссия ООН по правам человека в Украине, по состоянию на 31 июля 2024 года:\nПогибшие: 11 743\nРаненые: 24 614"),
    ("cs", "Mise OSN na Ukrajině, k 31. červenci 2024:\nMrtví: 11 743\nZranění: 24 614"),
    ("sr", "Misija UN u Ukrajini, do 31. jula 2024:\nPoginuli: 11.743\nRanjeni: 24.614"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LABELLED_COUNTS)
def test_each_outcomes_label_before_its_count(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 8, 30), language=language)
    assert [(r.as_of, r.killed, r.injured) for r in reports] == [
        (dt.date(2024, 7, 31), 11743, 24614)
    ]


PART_OF_A_REGION_BY_CONTROL = [
    # a region's count, then one part of it on one side's territory: the part's place alone
    ("en", "In Donetsk and Luhansk regions, OHCHR recorded 3,887 civilians killed, 2,975 of them on government-controlled territory."),
    ("en", "OHCHR recorded 3,887 civilians killed in Donetsk and Luhansk regions, 2,975 of them in government-controlled territory."),
    ("de", "In den Gebieten Donezk und Luhansk seien laut UN-Menschenrechtsbüro 3.887 Zivilisten getötet worden, davon 2.975 auf von der Regierung kontrolliertem Gebiet."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PART_OF_A_REGION_BY_CONTROL)
def test_a_part_of_a_regions_count_on_one_sides_territory(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2022, 10, 18), language=language)
    assert [(r.area, r.killed) for r in reports] == [
        ("Donetsk and Luhansk regions", 3887),
        ("government-controlled territory of Donetsk and Luhansk regions", 2975),
    ]


def test_a_colon_breakdown_by_place_with_a_bracket_of_parts() -> None:
    text = (
        "OHCHR said 7,031 civilians had been killed in Ukraine as of 15 January 2023: 3,939 in"
        " Donetsk and Luhansk regions (2,500 in Government-controlled territory and 1,439 in"
        " occupied territory) and 3,092 in other regions of Ukraine."
    )
    reports = parse_text(text, published=dt.date(2023, 1, 17))
    assert [(r.area, r.killed) for r in reports] == [
        (None, 7031),
        ("Donetsk and Luhansk regions", 3939),
        ("government-controlled territory of Donetsk and Luhansk regions", 2500),
        ("occupied territory of Donetsk and Luhansk regions", 1439),
        ("other regions of Ukraine", 3092),
    ]


YEAR_AGAINST_YEAR = [
    # a year's count, then the same count of another year after "compared with"
    ("de", "Laut UNO wurden im Jahr 2023 in der Ukraine 1974 Zivilisten getötet, verglichen mit 6919 im Jahr 2022."),
    ("fr", "Selon l'ONU, 1 974 civils ont été tués en Ukraine en 2023, contre 6 919 en 2022."),
    ("es", "Según la ONU, 1.974 civiles murieron en Ucrania en 2023, frente a 6.919 en 2022."),
    ("pl", "Według ONZ w 2023 roku w Ukrainie zginęło 1974 cywilów wobec 6919 w 2022 roku."),
    ("uk", "За даними ООН, у 2023 році в Україні загинули 1 974 цивільних порівняно з 6 919 у 2022 році."),
    ("ru", "По данным ООН, в 2023 году в Украине погибли 1 974 мирных жителя против 6 919 в 2022 году."),
    ("cs", "Podle OSN bylo v roce 2023 na Ukrajině zabito 1974 civilistů oproti 6919 v roce 2022."),
    ("sr", "Prema UN, u 2023. godini u Ukrajini je ubijeno 1.974 civila, u poređenju sa 6.919 u 2022. godini."),
    ("pt", "Segundo a ONU, 1.974 civis morreram na Ucrânia em 2023, contra 6.919 em 2022."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), YEAR_AGAINST_YEAR)
def test_a_years_count_against_another_years(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 9, 10), language=language)
    assert [(r.scope, r.period_start, r.killed) for r in reports] == [
        ("period", dt.date(2023, 1, 1), 1974),
        ("period", dt.date(2022, 1, 1), 6919),
    ]


def test_a_start_in_another_clause_after_a_count_is_not_its_own() -> None:
    text = (
        "ONZ: w lipcu 2024 r. w Ukrainie zginęło 219 cywilów, a 1018 zostało rannych – to"
        " najwyższa liczba od października 2022 r."
    )
    (report,) = parse_text(text, published=dt.date(2024, 8, 10), language="pl")
    assert (report.period_start, report.killed, report.injured) == (dt.date(2024, 7, 1), 219, 1018)


@pytest.mark.parametrize(("language", "text"), MONTH_AND_WAR)
def test_a_months_count_and_the_wars_after_it(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2023, 8, 8), language=language)
    assert [(r.scope, r.period_start, r.killed) for r in reports] == [
        ("period", dt.date(2023, 7, 1), 189),
        ("cumulative", None if language == "en" else dt.date(2022, 2, 24), 9369),
    ]


def test_darunter_opens_the_parts_of_the_count_before() -> None:
    text = (
        "Seit Beginn des Krieges sind in der Ukraine nach UN-Angaben mehr als 10.000 Zivilisten"
        " getötet worden. Darunter seien 560 Kinder, teilte die UN-Mission mit."
    )
    (report,) = parse_text(text, published=dt.date(2023, 11, 21), language="de")
    assert (report.killed, report.children_killed) == (10000, 560)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Внаслідок ракетного удару по Києву загинули 33 людини, повідомила ООН."),
        ("de", "Bei dem russischen Raketenangriff auf Kiew wurden 33 Menschen getötet, teilte die UN mit."),
    ],
)  # fmt: skip
def test_one_events_toll_is_no_count_in_a_language_with_or_without_articles(
    language: str, text: str
) -> None:
    assert parse_text(text, published=PUBLISHED, language=language) == []


EVENT_CONDEMNED = [
    # the event a monitor condemns, and its toll in a relative clause after it ("where", "in
    # which"): the event's, not the war's, beside the war's count
    ("fr", "Le HCDH s'est dit alarmé par la frappe de samedi contre un immeuble à Dnipro, où au moins 44 civils ont été tués. Le HCDH a recensé 7 031 civils tués en Ukraine."),
    ("es", "La ONU condenó el ataque del sábado contra un edificio en Dnipró, donde murieron al menos 44 civiles. La ONU ha registrado 7.031 civiles muertos en Ucrania."),
    ("it", "L'Onu ha condannato l'attacco di sabato contro un edificio a Dnipro, dove sono stati uccisi almeno 44 civili. L'Onu ha registrato 7.031 civili uccisi in Ucraina."),
    ("de", "Die UN-Mission verurteilte den Angriff auf ein Wohnhaus in Dnipro, bei dem mindestens 44 Zivilisten getötet wurden. Die UN-Mission hat 7.031 getötete Zivilisten in der Ukraine registriert."),
    ("uk", "Моніторингова місія ООН засудила удар по житловому будинку в Дніпрі, внаслідок якого загинули щонайменше 44 цивільних. Місія зафіксувала 7 031 загиблого цивільного в Україні."),
    ("ru", "Мониторинговая миссия ООН осудила удар по жилому дому в Днепре, в результате которого погибли не менее 44 мирных жителей. Миссия зафиксировала 7031 погибшего мирного жителя в Украине."),
    ("pl", "Misja ONZ potępiła atak na budynek mieszkalny w Dnieprze, w wyniku którego zginęło co najmniej 44 cywilów. Misja ONZ odnotowała 7031 zabitych cywilów w Ukrainie."),
    ("cs", "Mise OSN odsoudila útok na obytný dům v Dnipru, při kterém zahynulo nejméně 44 civilistů. Mise OSN zaznamenala 7031 zabitých civilistů na Ukrajině."),
    ("pt", "A missão da ONU condenou o ataque contra um prédio em Dnipro, onde morreram pelo menos 44 civis. A missão da ONU registou 7.031 civis mortos na Ucrânia."),
    ("sr", "Misija UN je osudila napad na stambenu zgradu u Dnjepru, u kojem je poginulo najmanje 44 civila. Misija UN je zabeležila 7.031 ubijenih civila u Ukrajini."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EVENT_CONDEMNED)
def test_the_toll_of_a_condemned_event_is_left_out(language: str, text: str) -> None:
    event = text.split(". ")[0] + "."
    assert parse_text(event, published=dt.date(2023, 1, 17), language=language) == []
    reports = parse_text(text, published=dt.date(2023, 1, 17), language=language)
    assert [r.killed for r in reports] == [7031]


def test_the_juvenile_prosecutors_count_of_children_is_another_speakers() -> None:
    text = (
        "За даними ювенальних прокурорів, внаслідок збройної агресії РФ загинули 551 дитина. "
        "ООН підтвердила загибель 11 284 цивільних в Україні."
    )
    (report,) = parse_text(text, published=PUBLISHED, language="uk")
    assert (report.killed, report.children_killed) == (11284, None)


@pytest.mark.parametrize("text", ["", "12 345 ...", "UN: 1,417"])
def test_a_text_too_short_to_tell_is_read_as_the_default_language(text: str) -> None:
    assert detect_language(text) == "en"


def test_a_typographic_apostrophe_is_an_apostrophe() -> None:
    text = (
        "Dall’inizio della guerra in Ucraina sono stati uccisi almeno 11.126 civili, secondo l’Onu."
    )
    (report,) = parse_text(text, published=PUBLISHED, language="it")
    assert (report.killed, report.period_start) == (11126, dt.date(2022, 2, 24))


SHORT_STRETCHES_OF_A_MONTH = [
    # language, text: the week's counts are no month's, the count since the start stays
    (
        "fr",
        "Depuis le 24 février 2022, le HCDH a confirmé la mort de 12 700 civils en Ukraine. En une"
        " seule semaine du mois de mars 2025, 30 civils ont été tués et 200 blessés.",
    ),
    (
        "en",
        "Since 24 February 2022, OHCHR has verified 12,700 civilians killed in Ukraine. In a single"
        " week of March 2025, 30 civilians were killed and 200 injured.",
    ),
    (
        "pt",
        "Desde 24 de fevereiro de 2022, a ONU confirmou a morte de 12.700 civis na Ucrânia. Numa só"
        " semana de março de 2025, 30 civis foram mortos e 200 feridos.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SHORT_STRETCHES_OF_A_MONTH)
def test_a_week_of_a_month_is_not_the_months_count(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2025, 4, 1), language=language)
    assert [(r.scope, r.killed, r.injured) for r in reports] == [("cumulative", 12700, None)]


MONTHS_OF_WAR = [
    # language, a text with no publication date: the war's age in months dates the cut-off
    (
        "es",
        "La ONU reporta 6.919 civiles muertos en Ucrania en diez meses de guerra. La ONU informó"
        " que 6.919 civiles han muerto en Ucrania hasta el pasado 2 de enero.",
    ),
    (
        "ru",
        "За 10 месяцев войны в Украине погибли 6919 мирных жителей, сообщили в ООН. Данные"
        " приведены по состоянию на 2 января.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MONTHS_OF_WAR)
def test_months_of_war_date_an_undated_text(language: str, text: str) -> None:
    reports = parse_text(text, published=None, language=language)
    assert [(r.as_of, r.killed) for r in reports] == [(dt.date(2023, 1, 2), 6919)]


SHARES_IN_AN_AREA = [
    # language, text: the area after "the vast majority" is the share's, not the counts'
    (
        "cs",
        "V červenci podle HRMMU zahynulo na Ukrajině nejméně 286 lidí a dalších 1388 utrpělo"
        " zranění, naprostá většina na území kontrolovaném Kyjevem.",
    ),
    (
        "en",
        "HRMMU said 286 civilians were killed in Ukraine in July and 1,388 injured, most of them in"
        " government-controlled territory.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SHARES_IN_AN_AREA)
def test_an_area_after_a_share_is_not_the_counts(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2025, 8, 8), language=language)
    assert [(r.area, r.killed, r.injured) for r in reports] == [(None, 286, 1388)]


def test_a_pronoun_before_a_count_is_the_group_of_the_count_before() -> None:
    text = (
        "U Ukrajini je ubijeno 4.452 civila, a 5.531 je ranjeno, objavila je Kancelarija UN za"
        " ljudska prava. Među stradalima je 280 dece, dok je ranjeno njih 459."
    )
    [report] = parse_text(text, published=dt.date(2022, 6, 15), language="sr")
    assert (report.children_killed, report.children_injured) == (280, 459)


RUNNING_TOTALS = [
    # language, text, the start of its running total: the war's first day where the press in
    # the language gives a running total as the war's; in English only where the text says so
    ("ru", "По данным УВКПЧ, в Украине убиты 9 287 мирных жителей, ранены 16 384 человека.", True),
    (
        "uk",
        "За даними місії ООН, в Україні загинули 5 820 цивільних, поранені 10 000.",
        True,
    ),
    ("en", "OHCHR said 9,287 civilians have been killed in Ukraine and 16,384 injured.", False),
]


@pytest.mark.parametrize(("language", "text", "from_start"), RUNNING_TOTALS)
def test_a_running_total_starts_on_the_wars_first_day_where_the_press_means_it(
    language: str, text: str, from_start: bool
) -> None:
    [report] = parse_text(text, published=None, language=language)
    start = dt.date(2022, 2, 24) if from_start else None
    assert (report.scope, report.period_start) == ("cumulative", start)


def test_a_start_word_that_also_means_of_needs_an_end() -> None:
    text = (
        "La ONU ha confirmado la muerte de 1.480 civiles en Ucrania desde el inicio de la invasión"
        " rusa, y 2.195 heridos, según su último recuento del 3 de abril."
    )
    [report] = parse_text(text, published=dt.date(2022, 4, 5), language="es")
    assert (report.scope, report.period_start, report.killed) == (
        "cumulative",
        dt.date(2022, 2, 24),
        1480,
    )


def test_including_without_commas_stands_between_a_count_and_its_outcome() -> None:
    text = (
        "Celkem podle HRMMU zahynulo na Ukrajině 13.883 civilistů, dalších 35.548 lidí včetně 2234"
        " dětí bylo zraněno."
    )
    [report] = parse_text(text, published=dt.date(2025, 8, 8), language="cs")
    assert (report.killed, report.injured, report.children_injured) == (13883, 35548, 2234)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die UN haben bis zum 26. Mai 4031 getötete Zivilisten in der Ukraine gezählt. Eine Woche zuvor waren es 3930 Tote gewesen."),
        ("fr", "L'ONU a recensé 4 031 civils tués en Ukraine au 26 mai. Une semaine plus tôt, elle faisait état de 3 930 morts."),
        ("ru", "По данным ООН, на 26 мая в Украине погибли 4031 мирный житель. Неделей ранее сообщалось о 3930 погибших."),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_a_week_earlier_gives_earlier_values(
    language: str, text: str
) -> None:
    reports = parse_text(text, published=dt.date(2022, 5, 30), language=language)
    assert [(r.as_of, r.killed) for r in reports] == [
        (dt.date(2022, 5, 26), 4031),
        (dt.date(2022, 5, 19), 3930),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "A giugno la Missione Onu ha registrato 174 civili uccisi in Ucraina. 13 dei morti erano bambini."),
        ("uk", "У червні Моніторингова місія ООН зафіксувала 174 загиблих серед цивільних в Україні. 13 із загиблих були дітьми."),
    ],
)  # fmt: skip
def test_a_part_of_the_dead_is_the_group_named_after_it(language: str, text: str) -> None:
    (report,) = parse_text(text, published=dt.date(2024, 7, 12), language=language)
    assert (report.killed, report.children_killed) == (174, 13)


def test_a_count_to_the_end_of_a_year_dates_an_undated_text_after_it() -> None:
    text = (
        "Depuis janvier, le HCDH a confirmé la mort de 413 civils en Ukraine. Entre le début de "
        "l'invasion et la fin de l'année 2024, quelque 669 enfants ont été tués, selon le HCDH."
    )
    reports = parse_text(text, published=None, language="fr")
    assert [(r.period_start, r.killed) for r in reports if r.killed] == [(dt.date(2025, 1, 1), 413)]


def test_counts_credited_by_the_sentence_after_are_the_monitors() -> None:
    text = (
        "Генпрокуратура повідомила, що загинули 551 дитина. У жовтні в Україні загинули 183 "
        "цивільні, ще 903 були поранені. Про це йдеться у звіті Моніторингової місії ООН."
    )
    (report,) = parse_text(text, published=dt.date(2024, 11, 17), language="uk")
    assert (report.killed, report.injured, report.children_killed) == (183, 903, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a hyphenated name of another speaker is that speaker, whole
        ("pt", "A Procuradoria-Geral da Ucrânia informou que 512 crianças morreram. A ONU confirmou 549 mortes de civis na Ucrânia."),
        # a quote credited by the sentence after it ("Lo ha detto ...") is that speaker's
        ("it", "La Procura generale ucraina ha riferito di 512 bambini uccisi. \"Le vittime civili della guerra finora sono 549, e i feriti 957\". Lo ha detto in Consiglio di sicurezza Rosemary DiCarlo, citando i dati dell'Onu."),
    ],
)  # fmt: skip
def test_another_speakers_count_before_the_monitors_is_left_out(language: str, text: str) -> None:
    (report,) = parse_text(text, published=dt.date(2022, 10, 18), language=language)
    assert (report.killed, report.children_killed) == (549, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "KIEV, 28 mar (EFE) – Al menos 1.151 civiles han muerto en Ucrania, indicó la ONU."),
        ("it", "KIEV, 28 marzo (ANSA) - Almeno 1.151 civili sono stati uccisi in Ucraina, secondo l'Onu."),
    ],
)  # fmt: skip
def test_a_place_that_opens_a_dateline_is_no_speaker(language: str, text: str) -> None:
    (report,) = parse_text(text, published=dt.date(2022, 3, 28), language=language)
    assert report.killed == 1151


FROM_MONTH_TO_MONTH = [
    # the count "from N in one month to M in the next": each month the count's right before it
    ("fr", "Selon l'ONU, le nombre de civils tués en Ukraine est passé de 174 en mai à 219 en juin 2024."),
    ("en", "The number of civilians killed in Ukraine rose from 174 in May to 219 in June 2024, OHCHR said."),
    ("de", "Laut UNO stieg die Zahl der getöteten Zivilisten in der Ukraine von 174 im Mai auf 219 im Juni 2024."),
    ("uk", "За даними ООН, кількість загиблих цивільних в Україні зросла з 174 у травні до 219 у червні 2024 року."),
    ("sr", "Prema UN, broj ubijenih civila u Ukrajini porastao je sa 174 u maju na 219 u junu 2024."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), FROM_MONTH_TO_MONTH)
def test_a_count_from_one_month_to_the_next_is_each_months(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 7, 10), language=language)
    assert [(r.period_start, r.as_of, r.killed) for r in reports] == [
        (dt.date(2024, 5, 1), dt.date(2024, 5, 31), 174),
        (dt.date(2024, 6, 1), dt.date(2024, 6, 30), 219),
    ]


COMPARISONS = [
    ("ru", "По данным ООН, в январе 2024 года в Украине погибли 136 мирных жителей. Для сравнения, в декабре – 110, в ноябре – 122."),
    ("de", "Laut UN wurden im Januar 2024 in der Ukraine 136 Zivilisten getötet. Zum Vergleich: im Dezember waren es 110, im November 122."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), COMPARISONS)
def test_a_comparison_gives_the_same_count_in_the_months_it_names(language: str, text: str) -> None:
    """ "For comparison, in December – 110, in November – 122": the dead of each month."""
    reports = parse_text(text, published=dt.date(2024, 2, 10), language=language)
    assert [(r.period_start, r.killed) for r in reports] == [
        (dt.date(2024, 1, 1), 136),
        (dt.date(2023, 12, 1), 110),
        (dt.date(2023, 11, 1), 122),
    ]


TEASERS = [
    # a line that links another article: its count is not this text's
    ("en", "OHCHR said 10,000 civilians had been killed in Ukraine.\n\nRead more: UN says 8,000 civilians killed in Ukraine"),
    ("uk", "ООН: в Україні загинули 10 000 цивільних.\n\nЧитайте також: ООН: в Україні загинули 8 000 цивільних"),
    ("ru", "ООН: в Украине погибли 10 000 мирных жителей.\n\nЧитайте также: ООН: в Украине погибли 8 000 мирных жителей"),
    ("de", "Die UNO: In der Ukraine wurden 10.000 Zivilisten getötet.\n\nLesen Sie auch: In der Ukraine wurden 8.000 Zivilisten getötet"),
    ("es", "La ONU: 10.000 civiles murieron en Ucrania.\n\nLea también: 8.000 civiles murieron en Ucrania"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), TEASERS)
def test_a_line_that_links_another_article_gives_no_count(language: str, text: str) -> None:
    reports = parse_text(text, published=PUBLISHED, language=language)
    assert [r.killed for r in reports] == [10000]


CITY_COUNTS = [
    # a city of the conflict, as each language names it, after the outcome or opening the
    # sentence with its comma: that city's count, which no published area names
    ("uk", "За даними ООН, у травні 2024 року в Україні загинули 174 цивільних. У травні 2024 року 50 цивільних загинули у Харкові."),
    ("ru", "По данным ООН, в мае 2024 года в Украине погибли 174 мирных жителя. В мае 2024 года 50 мирных жителей погибли в Харькове."),
    ("es", "Según la ONU, en mayo de 2024 murieron 174 civiles en Ucrania. En Járkov, en mayo de 2024 murieron 50 civiles."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CITY_COUNTS)
def test_a_city_count_is_no_count_of_the_country(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 6, 7), language=language)
    assert [(r.killed, r.period_start) for r in reports] == [(174, dt.date(2024, 5, 1))]


CITY_OPENS = [
    # a city that opens a sentence, its outcome or its count right after it: as strong a
    # reading as the country's, so without it both would be left out
    ("uk", "За даними ООН, в Україні загинули 174 цивільних. У Харкові загинули 50 цивільних, повідомили в ООН."),
    ("en", "OHCHR said 174 civilians were killed in Ukraine. In Kharkiv 50 civilians were killed, OHCHR said."),
    # ... or its month between them
    ("uk", "За даними ООН, у травні 2024 року в Україні загинули 174 цивільних. У Харкові в травні загинули 93 цивільних."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CITY_OPENS)
def test_a_city_that_opens_a_sentence_is_no_count_of_the_country(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 6, 7), language=language)
    assert [r.killed for r in reports] == [174]


WAR_START_ONLY = [
    # a text that names no country, only the war's first day: the war is Ukraine's
    ("uk", "За даними УВКПЛ ООН, з 24 лютого загинули 3668 мирних жителів."),
    ("ru", "По данным УВКПЧ ООН, с 24 февраля погибли 3668 мирных жителей."),
    ("de", "Seit dem 24. Februar hat das UN-Menschenrechtsbüro 3668 getötete Zivilisten registriert."),
    ("fr", "Depuis le 24 février, le HCDH a recensé 3 668 civils tués."),
    ("es", "Desde el 24 de febrero, la ONU ha registrado 3.668 civiles muertos."),
    ("it", "Dal 24 febbraio l'Onu ha registrato 3.668 civili uccisi."),
    ("pl", "Od 24 lutego ONZ odnotowała śmierć 3668 cywilów."),
    ("pt", "Desde 24 de fevereiro, a ONU registou 3.668 civis mortos."),
    ("cs", "Od 24. února OSN zaznamenala 3668 zabitých civilistů."),
    ("sr", "Od 24. februara UN je zabeležio 3.668 ubijenih civila."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WAR_START_ONLY)
def test_the_wars_first_day_tells_the_conflict(language: str, text: str) -> None:
    (report,) = parse_text(text, published=dt.date(2022, 5, 16), language=language)
    assert (report.country, report.killed) == ("UA", 3668)


RUSSIA_SAYS = [
    # Russia or Moscow that says a figure is another speaker, as "Russia said" is in English
    ("uk", "Моніторингова місія ООН зафіксувала 12 340 загиблих цивільних в Україні. Росія заявила, що в травні загинули 230 мирних жителів."),
    ("ru", "Мониторинговая миссия ООН зафиксировала 12 340 погибших мирных жителей в Украине. В России заявили, что в мае погибли 230 мирных жителей."),
    ("de", "Die UN-Menschenrechtsmission hat in der Ukraine 12.340 getötete Zivilisten registriert. Russland erklärte, im Mai seien 230 Zivilisten getötet worden."),
    ("fr", "La mission de l'ONU a recensé 12 340 civils tués en Ukraine. La Russie a affirmé que 230 civils avaient été tués en mai."),
    ("es", "La misión de la ONU ha registrado 12.340 civiles muertos en Ucrania. Rusia afirmó que 230 civiles murieron en mayo."),
    ("it", "La missione dell'Onu ha registrato 12.340 civili uccisi in Ucraina. La Russia ha affermato che 230 civili sono stati uccisi a maggio."),
    ("pl", "Misja ONZ odnotowała 12 340 zabitych cywilów na Ukrainie. Rosja twierdzi, że w maju zginęło 230 cywilów."),
    ("pt", "A missão da ONU registou 12.340 civis mortos na Ucrânia. A Rússia afirmou que 230 civis foram mortos em maio."),
    ("cs", "Mise OSN zaznamenala 12 340 zabitých civilistů na Ukrajině. Rusko uvedlo, že v květnu zemřelo 230 civilistů."),
    ("sr", "Misija UN je zabeležila 12.340 ubijenih civila u Ukrajini. Rusija je saopštila da je u maju poginulo 230 civila."),
]  # fmt: skip


RATES = [
    # an average, or a count per day, is a rate, no count
    ("de", "Nach UN-Angaben wurden 2024 in der Ukraine durchschnittlich 6 Zivilisten pro Tag getötet."),
    ("fr", "Selon l'ONU, en moyenne 6 civils ont été tués par jour en Ukraine en 2024."),
    ("es", "Según la ONU, un promedio de 6 civiles murieron al día en Ucrania en 2024."),
    ("it", "Secondo l'Onu, in media 6 civili sono stati uccisi ogni giorno in Ucraina nel 2024."),
    ("uk", "За даними ООН, у 2024 році в Україні в середньому 6 цивільних гинули щодня."),
    ("ru", "По данным ООН, в 2024 году в Украине в среднем 6 мирных жителей погибали ежедневно."),
    ("pl", "Według ONZ w 2024 roku w Ukrainie ginęło średnio 6 cywilów dziennie."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), RATES)
def test_a_rate_is_no_count(language: str, text: str) -> None:
    assert parse_text(text, published=dt.date(2025, 1, 10), language=language) == []


KYIV_SAYS = [
    # Kyiv that says a figure is another speaker too
    ("uk", "Моніторингова місія ООН зафіксувала 12 340 загиблих цивільних в Україні. Київ заявляє, що в травні загинули 230 мирних жителів."),
    ("ru", "Мониторинговая миссия ООН зафиксировала 12 340 погибших мирных жителей в Украине. Киев заявил, что в мае погибли 230 мирных жителей."),
    ("de", "Die UN-Menschenrechtsmission hat in der Ukraine 12.340 getötete Zivilisten registriert. Kiew erklärte, im Mai seien 230 Zivilisten getötet worden."),
    ("fr", "La mission de l'ONU a recensé 12 340 civils tués en Ukraine. Kiev a affirmé que 230 civils avaient été tués en mai."),
    ("es", "La misión de la ONU ha registrado 12.340 civiles muertos en Ucrania. Kiev afirmó que 230 civiles murieron en mayo."),
    ("it", "La missione dell'Onu ha registrato 12.340 civili uccisi in Ucraina. Kiev ha affermato che 230 civili sono stati uccisi a maggio."),
    ("pl", "Misja ONZ odnotowała 12 340 zabitych cywilów na Ukrainie. Kijów twierdzi, że w maju zginęło 230 cywilów."),
    ("pt", "A missão da ONU registou 12.340 civis mortos na Ucrânia. Kiev afirmou que 230 civis foram mortos em maio."),
    ("cs", "Mise OSN zaznamenala 12 340 zabitých civilistů na Ukrajině. Kyjev uvedl, že v květnu zemřelo 230 civilistů."),
    ("sr", "Misija UN je zabeležila 12.340 ubijenih civila u Ukrajini. Kijev tvrdi da je u maju poginulo 230 civila."),
    # the self-proclaimed republics that say a figure are other speakers too
    ("ru", "Мониторинговая миссия ООН зафиксировала 12 340 погибших мирных жителей в Украине. Ранее в ДНР заявили, что в мае погибли 230 мирных жителей."),
    ("uk", "Моніторингова місія ООН зафіксувала 12 340 загиблих цивільних в Україні. Раніше в ДНР заявили, що в травні загинули 230 мирних жителів."),
    ("ru", "Мониторинговая миссия ООН зафиксировала 12 340 погибших мирных жителей в Украине. Пророссийские власти Донецка заявили, что в мае погибли 230 мирных жителей."),
    ("it", "La missione dell'Onu ha registrato 12.340 civili uccisi in Ucraina. Le autorità filorusse di Donetsk hanno affermato che 230 civili sono stati uccisi a maggio."),
    ("pl", "Misja ONZ odnotowała 12 340 zabitych cywilów na Ukrainie. Prorosyjskie władze w Doniecku twierdzą, że w maju zginęło 230 cywilów."),
    ("pt", "A missão da ONU registou 12.340 civis mortos na Ucrânia. As autoridades pró-russas de Donetsk afirmaram que 230 civis foram mortos em maio."),
    ("cs", "Mise OSN zaznamenala 12 340 zabitých civilistů na Ukrajině. Proruské úřady v Doněcku uvedly, že v květnu zemřelo 230 civilistů."),
    ("sr", "Misija UN je zabeležila 12.340 ubijenih civila u Ukrajini. Proruske vlasti u Donjecku saopštile su da je u maju poginulo 230 civila."),
    ("de", "Die UN-Menschenrechtsmission hat in der Ukraine 12.340 getötete Zivilisten registriert. Die prorussischen Behörden in Donezk erklärten, im Mai seien 230 Zivilisten getötet worden."),
    ("fr", "La mission de l'ONU a recensé 12 340 civils tués en Ukraine. Les autorités prorusses de Donetsk ont affirmé que 230 civils avaient été tués en mai."),
    ("es", "La misión de la ONU ha registrado 12.340 civiles muertos en Ucrania. Las autoridades prorrusas de Donetsk afirmaron que 230 civiles murieron en mayo."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), RUSSIA_SAYS + KYIV_SAYS)
def test_russia_or_kyiv_that_says_a_figure_is_another_speaker(language: str, text: str) -> None:
    reports = parse_text(text, published=dt.date(2024, 6, 10), language=language)
    assert [r.killed for r in reports] == [12340]
