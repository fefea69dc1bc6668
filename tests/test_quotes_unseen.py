"""Quote detection on the patterns unseen news is full of (GUIDELINE.md v2, §2a): speech that lost
its quotation marks, back-references, unnamed and data sources, the source versus the channel,
manner-of-speaking cues, questions and quotes inside quotes.

Every sentence was written for these tests; none is taken from a dev set. Each row lists every
quote the text must yield, in text order: (quote text, type, speaker or None for UNNAMED).
A few rows (``ob-etom-soobshil``, ``po-versii-sledstviya``, ``soobshaetsya-chto``,
``direct-then-peredaet-media``, ``v-intervyu-media-colon``) already passed before issue 14's
rules; they stay as regression rows beside harder variants that did not.
The speaker is compared as the guideline scores it (the shorter name's words a subset of the
longer's).
"""

from __future__ import annotations

import pytest

from rusnews_nlp.quotes import format_trace
from test_quotes import _name_ok

pytestmark = pytest.mark.slow


def _check(nlp, text, expected):
    doc = nlp(text)
    got = [(q.text, q.type, q.speaker) for q in doc.quotes]
    assert [(t, ty) for t, ty, _ in got] == [(t, ty) for t, ty, _ in expected], format_trace(doc)
    for (quote, _, speaker), (_, _, want) in zip(got, expected):
        assert _name_ok(want, speaker), (quote, want, speaker, format_trace(doc))
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text


# 1. Speech that lost its quotation marks.
NO_MARKS = [
    pytest.param("«Бюджет будет исполнен», — не без гордости сказал министр финансов Антон "
                 "Силуанов.", [("Бюджет будет исполнен", "direct", "Антон Силуанов")],
                 id="a-manner-phrase-before-the-speech-verb"),
    pytest.param("Музыкант Кит Флинт написал в своем твиттере: Я в шоке от этих новостей.",
                 [("Я в шоке от этих новостей", "direct", "Кит Флинт")],
                 id="colon-same-line-first-person-without-a-verb"),
    # a quotation with no cue after a sentence whose speech verb takes only a noun phrase:
    # that sentence's subject speaks; a pointer inside the quotation is the speaker's own
    pytest.param("Психолог Елена Лосева раскритиковала эту тенденцию.\n«Люди не ищут проблему в "
                 "себе. Это приводит к разобщенности».",
                 [("Люди не ищут проблему в себе. Это приводит к разобщенности", "direct",
                   "Елена Лосева")],
                 id="a-quotation-after-a-speech-act-of-a-noun"),
    pytest.param("Схожую историю рассказала их соседка.\n\n«Я подошла к подъезду и увидела "
                 "полицию».",
                 [("Я подошла к подъезду и увидела полицию", "direct", None)],
                 id="a-quotation-after-an-unnamed-teller"),
    # a sentence attributed by its own cue is narration before speech that lost its marks
    pytest.param("Запуск отложен, сообщила компания. Необходимы дополнительные проверки, — "
                 "написал основатель компании Илон Маск.",
                 [("Запуск отложен", "according_to", None),
                  ("Необходимы дополнительные проверки", "direct", "Илон Маск")],
                 id="lost-marks-after-a-sentence-with-its-own-attribution"),
    pytest.param(
        "Министр финансов Антон Силуанов отметил:\n"
        "Бюджет будет исполнен без дефицита. Доходы растут быстрее расходов.\n\n"
        "Эксперты с ним не согласны.",
        [("Бюджет будет исполнен без дефицита. Доходы растут быстрее расходов", "direct",
          "Антон Силуанов")], id="cue-colon-paragraph"),
    pytest.param(
        "Глава Минздрава Михаил Мурашко сообщил журналистам:\n\n"
        "Вакцина прошла все испытания. Первые партии поступят в регионы в марте.\n\n"
        "Ранее вакцину одобрили в Казахстане.",
        [("Вакцина прошла все испытания. Первые партии поступят в регионы в марте", "direct",
          "Михаил Мурашко")], id="cue-colon-blank-line-paragraph"),
    pytest.param(
        "В Кремле заявили:\n"
        "Поставки газа в Европу идут в полном объеме.",
        [("Поставки газа в Европу идут в полном объеме", "direct", "Кремль")],
        id="impersonal-colon-paragraph"),
    pytest.param(
        "Захарова: Москва ответит на новые санкции\n"
        "Официальный представитель МИД России Мария Захарова прокомментировала решение "
        "Евросоюза.",
        [("Москва ответит на новые санкции", "direct", "Мария Захарова")],
        id="headline-name-colon"),
    pytest.param(
        "Президент Владимир Путин ответил на вопросы журналистов.\n\n"
        "В.Путин: Это естественно. Мы будем работать дальше.",
        [("Это естественно. Мы будем работать дальше", "direct", "Владимир Путин")],
        id="transcript-initial-surname"),
    pytest.param(
        "Лавров прилетел в Анкару.\n\nМы готовы к переговорам. Мы ждем ответа, — сказал "
        "Сергей Лавров.",
        [("Мы готовы к переговорам. Мы ждем ответа", "direct", "Сергей Лавров")],
        id="comma-dash-attribution-lost-marks"),
    pytest.param(
        "«Инфляция замедляется быстрее, чем мы ждали.\n\n"
        "Мы готовы снизить ключевую ставку», — сказала Эльвира Набиуллина.",
        [("Инфляция замедляется быстрее, чем мы ждали.\n\nМы готовы снизить ключевую ставку",
          "direct", "Эльвира Набиуллина")], id="quotation-over-two-paragraphs"),
    pytest.param("Позже Трамп добавил в Twitter: Это большой день для Америки.",
                 [("Это большой день для Америки", "direct", "Трамп")],
                 id="colon-same-line-verbless-eto"),
    pytest.param("Мэр Ольга Смирнова написала в соцсети: Спасибо всем волонтёрам!",
                 [("Спасибо всем волонтёрам", "direct", "Ольга Смирнова")],
                 id="colon-same-line-exclamation"),
]

# 2. Back-references: the sentence pointed back to is the quote.
BACK_REFERENCES = [
    # a passive back reference: whoever the phrase after it names, else nobody named
    pytest.param("Певица Юлия Самойлова поедет на конкурс. Об этом в воскресенье было объявлено "
                 "в эфире Первого канала.",
                 [("Певица Юлия Самойлова поедет на конкурс", "according_to", "Первый канал")],
                 id="ob-etom-bylo-obyavleno-v-efire"),
    pytest.param("Певица Юлия Самойлова поедет на конкурс. Об этом было объявлено вчера.",
                 [("Певица Юлия Самойлова поедет на конкурс", "according_to", None)],
                 id="ob-etom-bylo-obyavleno-by-nobody-named"),
    # a unit of a body the genitive only points back to is that body's, not a name
    pytest.param(
        "Следственный комитет возбудил уголовное дело о мошенничестве. Об этом говорится в "
        "сообщении пресс-службы ведомства.",
        [("Следственный комитет возбудил уголовное дело о мошенничестве", "according_to",
          "Следственный комитет")], id="the-press-service-of-the-body-pointed-back-to"),
    pytest.param(
        "Банк ВТБ повысил ставки по вкладам. Как сообщили в пресс-службе банка, новые условия "
        "действуют с понедельника.",
        [("новые условия действуют с понедельника", "according_to", "ВТБ")],
        id="the-press-service-of-the-bank"),
    pytest.param(
        "Правительство одобрило проект бюджета на следующий год. Об этом в понедельник "
        "сообщил министр финансов Антон Силуанов.",
        [("Правительство одобрило проект бюджета на следующий год", "according_to",
          "Антон Силуанов")], id="ob-etom-soobshil"),
    pytest.param(
        "«Мы готовы к переговорам». Об этом сообщил глава МИД Сергей Лавров.",
        [("Мы готовы к переговорам", "direct", "Сергей Лавров")],
        id="quotation-then-ob-etom-soobshil"),
    pytest.param(
        "Сбербанк снизил ставки по ипотеке, о чем сообщила Эльвира Набиуллина.",
        [("Сбербанк снизил ставки по ипотеке", "according_to", "Эльвира Набиуллина")],
        id="o-chem-soobshila"),
    pytest.param(
        "В Москве закроют три станции метро. Информацию подтвердил мэр Сергей Собянин.",
        [("В Москве закроют три станции метро", "according_to", "Сергей Собянин")],
        id="informaciyu-podtverdil"),
    pytest.param(
        "Путин проведет переговоры с Си Цзиньпином в мае. Об этом говорится в сообщении "
        "Кремля.",
        [("Путин проведет переговоры с Си Цзиньпином в мае", "according_to", "Кремль")],
        id="ob-etom-govoritsya-v-soobshenii"),
    pytest.param(
        "«Переговоры пройдут в Пекине в мае». Об этом говорится в сообщении Кремля.",
        [("Переговоры пройдут в Пекине в мае", "direct", "Кремль")],
        id="quotation-then-ob-etom-govoritsya"),
    pytest.param(
        "Переговоры пройдут в Пекине в мае, говорится в сообщении Кремля.",
        [("Переговоры пройдут в Пекине в мае", "according_to", "Кремль")],
        id="trailing-govoritsya-v-soobshenii"),
    pytest.param(
        "Компания Volkswagen закроет два завода в Германии, пишет газета «Ведомости».",
        [("Компания Volkswagen закроет два завода в Германии", "according_to", "Ведомости")],
        id="trailing-pishet"),
    pytest.param("Россия проведет переговоры в мае. О чём сообщила Мария Захарова.",
                 [("Россия проведет переговоры в мае", "according_to", "Мария Захарова")],
                 id="o-chem-soobshila-as-a-sentence"),
    pytest.param("Россия проведет переговоры в мае. О чем именно пойдет речь, пока неизвестно.",
                 [], id="o-chem-a-question-is-no-pointer"),
    # a hedge set off by commas between a message and its author
    pytest.param(
        "Солист группы скончался, говорится в сообщении, видимо, продюсера Ивана Петрова на "
        "странице группы.",
        [("Солист группы скончался", "according_to", "Иван Петров")],
        id="trailing-message-a-hedge-before-its-author"),
    # a back reference naming a person over what a body said through a place: who spoke
    pytest.param(
        "В Минфине считают, что инфляция замедлится к осени. Об этом сообщил журналистам "
        "замминистра финансов Иван Чебесков.",
        [("инфляция замедлится к осени", "indirect", "Иван Чебесков")],
        id="the-body-in-a-place-then-who-spoke-for-it"),
    pytest.param(
        "В Минфине считают, что инфляция замедлится к осени. Об этом сообщает ТАСС.",
        [("инфляция замедлится к осени", "indirect", "Минфин")],
        id="the-body-in-a-place-then-an-outlet"),
    pytest.param(
        "Министр Антон Силуанов заявил, что инфляция замедлится к осени. Об этом сообщил "
        "его помощник Иван Чебесков.",
        [("инфляция замедлится к осени", "indirect", "Антон Силуанов")],
        id="a-named-speaker-then-who-told-of-it"),
    # ``Как он рассказал``: a pronoun subject of the marker's verb, where the sentence opens
    pytest.param(
        "Глава компании Иван Петров выступил в подкасте. Как он рассказал в подкасте, "
        "компания вложит в проект 100 миллиардов рублей.",
        [("компания вложит в проект 100 миллиардов рублей", "according_to", "Иван Петров")],
        id="kak-on-rasskazal-opens-the-sentence"),
    pytest.param(
        "Телеканал Fox News сообщил, что стрелок сдался полиции. Как он отмечает, подозреваемый "
        "вышел из дома с поднятыми руками.",
        [("стрелок сдался полиции", "indirect", "Fox News"),
         ("подозреваемый вышел из дома с поднятыми руками", "according_to", "Fox News")],
        id="kak-on-is-the-channel-its-kind-noun-names"),
    pytest.param(
        "Иван Петров покинул зал после того, как он заявил о своей отставке, и журналисты "
        "остались без ответов.",
        [], id="posle-togo-kak-on-zayavil-is-a-time"),
]

# 3. Data and unnamed sources.
UNNAMED = [
    pytest.param("Пожар на складе потушен, сообщили в оперативных службах региона.",
                 [("Пожар на складе потушен", "according_to", None)],
                 id="bodies-of-a-kind-in-the-plural-none-named"),
    pytest.param("Полиция Остина начала расследование. Пожар на складе потушен, сообщили в "
                 "полиции.",
                 [("Пожар на складе потушен", "according_to", "полиция Остина")],
                 id="a-bare-body-noun-points-back-to-the-body-named"),
    # ``судя по`` + a source noun is a marker like ``по``; ``судя по всему`` is an idiom
    pytest.param("Судя по данным Росстата, инфляция замедлилась.",
                 [("инфляция замедлилась", "according_to", "Росстат")], id="sudya-po-dannym"),
    pytest.param("Судя по словам министра финансов Антона Силуанова, дефицит сократится.",
                 [("дефицит сократится", "according_to", "Антон Силуанов")],
                 id="sudya-po-slovam"),
    pytest.param("Судя по сообщениям местных СМИ, сделка сорвалась.",
                 [("сделка сорвалась", "according_to", None)], id="sudya-po-soobshheniyam"),
    pytest.param("Судя по всему, сделка сорвалась.", [], id="sudya-po-vsemu-is-no-source"),
    pytest.param("По некоторым данным, при пожаре пострадали три человека.",
                 [("при пожаре пострадали три человека", "according_to", None)],
                 id="po-nekotorym-dannym"),
    pytest.param("По последним данным, число погибших выросло до пяти.",
                 [("число погибших выросло до пяти", "according_to", None)],
                 id="po-poslednim-dannym"),
    pytest.param("По официальным данным, на выборах проголосовали 60% избирателей.",
                 [("на выборах проголосовали 60% избирателей", "according_to", None)],
                 id="po-oficialnym-dannym"),
    pytest.param("По версии следствия, мужчина действовал в одиночку.",
                 [("мужчина действовал в одиночку", "according_to", None)],
                 id="po-versii-sledstviya"),
    pytest.param("Согласно исследованию, треть россиян не читает книг.",
                 [("треть россиян не читает книг", "according_to", None)],
                 id="soglasno-issledovaniyu"),
    pytest.param("Как сообщается, самолет благополучно приземлился в Сочи.",
                 [("самолет благополучно приземлился в Сочи", "according_to", None)],
                 id="kak-soobshaetsya"),
    pytest.param("По имеющимся данным, самолёт упал в районе аэропорта.",
                 [("самолёт упал в районе аэропорта", "according_to", None)],
                 id="a-participle-qualifies-the-data"),
    pytest.param("По имеющимся у полиции данным, преступник скрылся на автомобиле.",
                 [("преступник скрылся на автомобиле", "according_to", "полиция")],
                 id="the-data-a-body-has"),
    pytest.param("По опубликованным министерством обороны данным, потери составили 20 человек.",
                 [("потери составили 20 человек", "according_to", "министерство обороны")],
                 id="the-data-a-body-published"),
    pytest.param("По имеющимся у Би-би-си сведениям, премьер уйдёт в отставку.",
                 [("премьер уйдёт в отставку", "according_to", "Би-би-си")],
                 id="the-information-an-outlet-has"),
    pytest.param("По приведённым в докладе данным, смертность выросла.",
                 [("смертность выросла", "according_to", None)],
                 id="the-data-given-in-an-unnamed-report"),
    pytest.param("На брифинге сообщили, что рейсы возобновятся в среду.",
                 [("рейсы возобновятся в среду", "indirect", None)],
                 id="an-event-is-no-speaker"),
    pytest.param("В ходе пресс-конференции было отмечено, что угроза сохраняется.",
                 [("угроза сохраняется", "indirect", None)],
                 id="in-the-course-of-an-event"),
    pytest.param("На заседании Совета Федерации отметили, что бюджет исполнен.",
                 [("бюджет исполнен", "indirect", "Совет Федерации")],
                 id="the-body-holding-the-event"),
    pytest.param("Как говорится в сообщении компании, сделка будет закрыта до конца года.",
                 [("сделка будет закрыта до конца года", "according_to", None)],
                 id="a-bare-company-the-text-never-names"),
    pytest.param("Ведомство уточнило, что долг снизится.",
                 [("долг снизится", "indirect", None)],
                 id="a-bare-agency-the-text-never-names"),
    pytest.param("Как сообщили в коммунальной службе, к вечеру отопление восстановят.",
                 [("к вечеру отопление восстановят", "according_to", None)],
                 id="a-generic-service-names-nobody"),
    pytest.param("Число жертв тайфуна превысило 1700 человек, сообщает агентство по "
                 "чрезвычайным ситуациям Филиппин.",
                 [("Число жертв тайфуна превысило 1700 человек", "according_to",
                   "агентство по чрезвычайным ситуациям Филиппин")],
                 id="an-agency-with-its-remit-is-no-outlet-nor-its-country"),
    pytest.param("Как сообщили в комитете по делам молодёжи, конкурс продлится месяц.",
                 [("конкурс продлится месяц", "according_to", "комитет по делам молодёжи")],
                 id="a-committee-with-its-remit"),
    pytest.param("Роспотребнадзор направил запрос в ВОЗ для подтверждения данных о вспышке, "
                 "сообщили в пресс-службе надзорного ведомства.",
                 [("Роспотребнадзор направил запрос в ВОЗ для подтверждения данных о вспышке",
                   "according_to", "Роспотребнадзор")],
                 id="the-agency-whose-name-says-its-kind"),
    pytest.param("Федеральная налоговая служба и Минфин подготовили поправки. В налоговом "
                 "ведомстве уточнили, что они вступят в силу в январе.",
                 [("они вступят в силу в январе", "indirect", "Федеральная налоговая служба")],
                 id="the-tax-agency-not-the-latest-ministry"),
    pytest.param("Водитель иномарки, по предварительным данным выехал на встречную полосу.",
                 [("Водитель иномарки, по предварительным данным выехал на встречную полосу",
                   "according_to", None)],
                 id="marker-without-its-comma-before-the-verb"),
    pytest.param("Как сообщили в мэрии, к вечеру отопление восстановят.",
                 [("к вечеру отопление восстановят", "according_to", "мэрия")],
                 id="the-one-city-hall-of-a-local-story"),
    pytest.param("Проблема будет решена до конца года, считают в правительстве.",
                 [("Проблема будет решена до конца года", "according_to", "правительство")],
                 id="the-government-of-a-story"),
    pytest.param("Компания «Яндекс» купила стартап. Как говорится в сообщении компании, сделка "
                 "будет закрыта до конца года.",
                 [("сделка будет закрыта до конца года", "according_to", "Яндекс")],
                 id="a-bare-company-the-text-named"),
    pytest.param("Как сообщило в среду министерство транспорта, движение по мосту будет закрыто "
                 "на месяц. При этом, отмечает министерство, объезд организуют по соседней "
                 "трассе.",
                 [("движение по мосту будет закрыто на месяц", "according_to",
                   "министерство транспорта"),
                  ("При этом, отмечает министерство, объезд организуют по соседней трассе",
                   "according_to", "министерство транспорта")],
                 id="a-bare-ministry-after-an-unnamed-ministry-spoke"),
    pytest.param("Сообщается, что пострадавших нет.",
                 [("пострадавших нет", "indirect", None)], id="soobshaetsya-chto"),
]

# 4. The source, not the channel.
CHANNELS = [
    pytest.param("«Мы будем работать дальше и не сдадимся», — губернатор Иван Петров.",
                 [("Мы будем работать дальше и не сдадимся", "direct", "Иван Петров")],
                 id="a-quotation-signed-by-a-dash-and-a-name"),
    pytest.param("«Мы не отступим ни на шаг» — Лавров\n\nМинистр иностранных дел России Сергей "
                 "Лавров выступил в Москве.",
                 [("Мы не отступим ни на шаг", "direct", "Сергей Лавров")],
                 id="a-headline-signed-by-a-surname-the-tagger-missed"),
    pytest.param("«Мы не сдадимся», — цитирует губернатора Ивана Петрова ТАСС.",
                 [("Мы не сдадимся", "direct", "Иван Петров")],
                 id="the-person-quoted-is-the-name-beside-the-role-not-the-outlet"),
    pytest.param("Губернатор Иван Петров обратился к жителям. «Мы не сдадимся», — сказано в "
                 "обращении.",
                 [("Мы не сдадимся", "direct", "Иван Петров")],
                 id="a-message-nobody-issued-is-by-the-person-the-text-is-about"),
    pytest.param("Дороги перекроют в субботу, сообщил официальный сайт мэрии Москвы.",
                 [("Дороги перекроют в субботу", "according_to", "мэрия Москвы")],
                 id="a-bodys-site-is-the-body-not-its-place"),
    # an outlet relaying a speech act: the words after the colon are the speaker's, and the
    # clause that introduces them says nothing of its own
    pytest.param("Как сообщает BBC, премьер-министр Великобритании Кир Стармер заявил: «Мы не "
                 "допустим повторения».",
                 [("Мы не допустим повторения", "direct", "Кир Стармер")],
                 id="kak-soobshaet-media-then-person-colon"),
    pytest.param("По информации CNN, сенатор Линдси Грэм сказал советникам: «Я не уступлю».",
                 [("Я не уступлю", "direct", "Линдси Грэм")],
                 id="po-informacii-media-then-person-colon"),
    pytest.param("Как сообщает BBC, премьер-министр заявил, что переговоры продолжатся.",
                 [("переговоры продолжатся", "indirect", None)],
                 id="kak-soobshaet-media-then-role-that"),
    # the outlet told, its title in marks (a plural title agrees with the plural verb too)
    pytest.param('Режиссёр Владимир Чеботарев скончался в четверг. Об этом РИА "Новости" '
                 'сообщили в Союзе кинематографистов.',
                 [("Режиссёр Владимир Чеботарев скончался в четверг", "according_to",
                   "Союз кинематографистов")], id="ob-etom-ria-novosti-in-marks-told"),
    pytest.param("Пожар потушен. Об этом «Известия» сообщили в МЧС.",
                 [("Пожар потушен", "according_to", "МЧС")],
                 id="ob-etom-a-plural-title-told"),
    # a headline quotation signed by a person noun and a topic only names nobody who speaks
    pytest.param("«Новые правила»: продюсер о реформе кино\nРеформа начнётся в марте.", [],
                 id="headline-quote-colon-role-topic-is-no-speaker"),
    # a headline signed by a role of a body only the story names (``— гендиректор
    # фестиваля``), and an attributive participle (``думающая аудитория``) that reports nothing
    pytest.param("Победа «Дурака» подтверждает, что аудитория думающая — гендиректор "
                 "фестиваля\n\nПобеда фильма доказывает, что в Чите думающая аудитория, "
                 "заявила генеральный директор фестиваля Лилия Савина.",
                 [("Победа «Дурака» подтверждает, что аудитория думающая", "direct",
                   "Лилия Савина"),
                  ("Победа фильма доказывает, что в Чите думающая аудитория", "according_to",
                   "Лилия Савина")], id="headline-signed-by-a-role-of-the-story"),
    # a body's title in marks labels a headline's statement; a time (``в конце декабря``)
    # is no place that speaks
    pytest.param("«Роскосмос»: утечка воздуха на МКС не угрожает экипажу\nВ конце декабря в "
                 "«Роскосмосе» сообщили, что программа полётов продлена.",
                 [("утечка воздуха на МКС не угрожает экипажу", "direct", "Роскосмос"),
                  ("программа полётов продлена", "indirect", "Роскосмос")],
                 id="headline-quoted-title-label-and-a-time"),
    # a bare kind of body points back to the body the KB knows of that kind, not to the
    # last name of any kind (a photo credit's site, a space station)
    pytest.param("Роскосмос ищет утечку воздуха на МКС.\n- Gettyimages.ru\nКосмонавты "
                 "осмотрели станцию МКС.\n«Экипажу ничего не угрожает», — приводит ТАСС "
                 "заявление госкорпорации.",
                 [("Экипажу ничего не угрожает", "direct", "Роскосмос")],
                 id="v-goskorporacii-is-the-one-the-kb-knows"),
    # the owner of the site a possessive names, even when it is the reported clause's subject
    pytest.param("Компания «Аэрофлот» откроет рейсы в Казань, сообщается на её сайте.",
                 [("Компания «Аэрофлот» откроет рейсы в Казань", "according_to", "Аэрофлот")],
                 id="na-ee-saite-is-its-owner"),
    pytest.param("В начале 2024 года в МИД заявили, что визит отменён.",
                 [("визит отменён", "indirect", "МИД")], id="v-nachale-goda-is-a-time"),
    # a headline quotation, a period, and its speaker speaking in the next sentence
    pytest.param("«О боже…». Главный санитарный врач Украины Виктор Ляшко отвечает на "
                 "неудобные вопросы\n\nУкраину накрыла третья волна коронавируса.",
                 [("О боже…", "direct", "Виктор Ляшко")],
                 id="headline-quote-period-speaker-answers"),
    pytest.param("«Мы заслужили победу». Тренер Валерий Карпин провёл последнюю тренировку\n\n"
                 "Матч закончился 2:1.", [], id="headline-quote-period-speaker-does-not-speak"),
    # a calling before a surname labels a headline's statement (``Психолог Лосева:``)
    pytest.param("Психолог Лосева: излишний психологизм приводит к одиночеству\nПрактикующий "
                 "психолог Елена Лосева рассказала о личных границах.",
                 [("излишний психологизм приводит к одиночеству", "direct", "Елена Лосева")],
                 id="headline-calling-and-surname-colon"),
    # a headline's abbreviation the NER did not take for a name: the body it stands for
    pytest.param("ЕР: поправки внёс лично Федоров, они не отражают позицию партии\n\n"
                 "Законопроект депутата Евгения Федорова обсудили в руководстве фракции "
                 "«Единой России» в Госдуме. В ЕР подчеркнули, что это личная инициатива.",
                 [("поправки внёс лично Федоров, они не отражают позицию партии", "direct",
                   "Единая Россия"),
                  ("это личная инициатива", "indirect", "Единая Россия")],
                 id="a-headline-abbreviation-spelled-out-below"),
    # a social network's page is a channel like a site: its owner speaks
    pytest.param("Агентство NASA отправит миссию на Марс в 2026 году. Об этом сообщается в "
                 "твиттере агентства.",
                 [("Агентство NASA отправит миссию на Марс в 2026 году", "according_to",
                   "NASA")], id="v-tvittere-agentstva"),
    # a name that does not decline owns the account as a genitive would
    pytest.param("В официальном аккаунте NASA в Twitter появилась запись:\n\nСтарт миссии "
                 "перенесён на пятницу из-за погоды.",
                 [("Старт миссии перенесён на пятницу из-за погоды", "direct", "NASA")],
                 id="the-account-of-an-undeclined-name"),
    pytest.param("На странице Metallica в Instagram появилось сообщение:\n\nМы переносим "
                 "концерты в Европе.",
                 [("Мы переносим концерты в Европе", "direct", "Metallica")],
                 id="the-page-of-a-latin-name"),
    pytest.param("Как сообщил РИА Новости Дмитрий Песков, встреча состоится в июне.",
                 [("встреча состоится в июне", "according_to", "Дмитрий Песков")],
                 id="kak-soobshil-media-person"),
    pytest.param("Как рассказал ТАСС источник в правительстве, решение уже принято.",
                 [("решение уже принято", "according_to", None)],
                 id="kak-rasskazal-media-unnamed"),
    pytest.param("Рейсы в Анталью возобновятся в марте, сообщили «Интерфаксу» в Росавиации.",
                 [("Рейсы в Анталью возобновятся в марте", "according_to", "Росавиация")],
                 id="trailing-dative-media-body"),
    pytest.param("«Мы не отступим», — сказал Петр Порошенко, передает ИТАР-ТАСС.",
                 [("Мы не отступим", "direct", "Петр Порошенко")],
                 id="direct-then-peredaet-media"),
    pytest.param("Глава Сбербанка Герман Греф в интервью «Коммерсанту» отметил: «Ставки будут "
                 "снижаться до конца года».",
                 [("Ставки будут снижаться до конца года", "direct", "Герман Греф")],
                 id="v-intervyu-media-colon"),
    pytest.param("Компания «Аэрофлот» в ответ на запрос РБК сообщила, что рейсы будут "
                 "выполняться по расписанию.",
                 [("рейсы будут выполняться по расписанию", "indirect", "Аэрофлот")],
                 id="v-otvet-na-zapros-media"),
]

# 7. Cues the lexicon missed, manner of speaking, questions, quotes inside quotes.
CUES = [
    pytest.param("Как выяснила газета «Известия», завод возобновит работу в марте.",
                 [("завод возобновит работу в марте", "according_to", "Известия")],
                 id="kak-vyyasnila-an-outlet-is-a-marker"),
    pytest.param("Как подсчитали аналитики «Финама», доходы выросли на 12%.",
                 [("доходы выросли на 12%", "according_to", "Финам")],
                 id="kak-podschitali-analysts-is-a-marker"),
    pytest.param("Как указано в документе, завод возобновит работу в марте.",
                 [("завод возобновит работу в марте", "according_to", None)],
                 id="kak-ukazano-a-passive-marker"),
    pytest.param("Глава МЧС Александр Куренков доложил, что пожар полностью потушен.",
                 [("пожар полностью потушен", "indirect", "Александр Куренков")], id="dolozhil"),
    pytest.param("Бизнесмен Сергей Иванов отрицает, что знал о сделке.",
                 [("знал о сделке", "indirect", "Сергей Иванов")], id="otricaet"),
    pytest.param("Экономист Андрей Смирнов обратил внимание на то, что цены выросли вдвое.",
                 [("цены выросли вдвое", "indirect", "Андрей Смирнов")],
                 id="obratil-vnimanie-na-to"),
    pytest.param("Алексей Кудрин высказал мнение, что рост экономики замедлится.",
                 [("рост экономики замедлится", "indirect", "Алексей Кудрин")],
                 id="vyskazal-mnenie"),
    pytest.param("Свидетельница Ольга Петрова дала показания, что видела подсудимого у дома.",
                 [("видела подсудимого у дома", "indirect", "Ольга Петрова")],
                 id="dala-pokazaniya"),
    pytest.param("«Это не наше дело», — отрезал Иван Петров.",
                 [("Это не наше дело", "direct", "Иван Петров")], id="otrezal"),
    pytest.param("«Всё будет хорошо», — вздохнула Анна Смирнова.",
                 [("Всё будет хорошо", "direct", "Анна Смирнова")], id="vzdohnula"),
    pytest.param("«Это ложь от первого до последнего слова», — парировал Дмитрий Песков.",
                 [("Это ложь от первого до последнего слова", "direct", "Дмитрий Песков")],
                 id="pariroval"),
    pytest.param("«А кто будет за это платить?» — вопрошал депутат Олег Смолин.",
                 [("А кто будет за это платить?", "direct", "Олег Смолин")], id="voproshal"),
    pytest.param("«Как можно так поступать с людьми!» — возмутилась Валентина Матвиенко.",
                 [("Как можно так поступать с людьми!", "direct", "Валентина Матвиенко")],
                 id="vozmutilas"),
    pytest.param("«Кто за это ответит?» — спросил Алексей Навальный.",
                 [("Кто за это ответит?", "direct", "Алексей Навальный")], id="question"),
    pytest.param("Иван Петров долго молчал.\n— Не знаю, — отрезал он.",
                 [("Не знаю", "direct", "Иван Петров")], id="dialogue-dash"),
    pytest.param("«Вчера Петров сказал мне: „Я этого не делал“», — рассказала Ольга Иванова.",
                 [("Вчера Петров сказал мне: „Я этого не делал“", "direct", "Ольга Иванова"),
                  ("Я этого не делал", "direct", "Петров")], id="quote-inside-quote"),
]


# More constructions of everyday news, written while generalising the rules above.
NEWS = [
    pytest.param("Как стало известно «Коммерсанту», сделка будет закрыта в марте.",
                 [("сделка будет закрыта в марте", "according_to", "Коммерсант")],
                 id="kak-stalo-izvestno-media"),
    pytest.param("Минфин: бюджет будет исполнен без дефицита\nМинистерство финансов опубликовало "
                 "прогноз.",
                 [("бюджет будет исполнен без дефицита", "direct", "Министерство финансов")],
                 id="headline-org-colon"),
    pytest.param("Цены выросли на 12%, следует из данных Росстата.",
                 [("Цены выросли на 12%", "according_to", "Росстат")], id="sleduet-iz-dannyh"),
    pytest.param("Из доклада Росстата следует, что цены выросли на 12%.",
                 [("цены выросли на 12%", "indirect", "Росстат")], id="iz-doklada-sleduet"),
    pytest.param("Цены выросли на 12%. Такие данные содержатся в докладе Росстата.",
                 [("Цены выросли на 12%", "according_to", "Росстат")], id="dannye-soderzhatsya"),
    pytest.param("Представитель компании подтвердил «Ведомостям», что сделка закрыта.",
                 [("сделка закрыта", "indirect", None)], id="title-before-chto"),
    pytest.param("Как сообщили ТАСС в пресс-службе ведомства, проверка продолжается.",
                 [("проверка продолжается", "according_to", "пресс-служба ведомства")],
                 id="plural-verb-media-addressee"),
    pytest.param("«Мы не видим угрозы», — сказано в заявлении МИД России.",
                 [("Мы не видим угрозы", "direct", "МИД России")], id="skazano-v-zayavlenii"),
    pytest.param("Дмитрий Песков уверен: переговоры продолжатся.",
                 [("переговоры продолжатся", "direct", "Дмитрий Песков")], id="stance-colon"),
    pytest.param("Как пишет казанская «Вечерняя газета», завод закроют в мае.",
                 [("завод закроют в мае", "according_to", "Вечерняя газета")],
                 id="adjective-before-title"),
    pytest.param("Сборная России вышла в финал. Об этом сообщил тренер Валерий Карпин. "
                 "Информацию подтвердили в РФС.",
                 [("Сборная России вышла в финал", "according_to", "Валерий Карпин"),
                  ("Сборная России вышла в финал", "according_to", "РФС")],
                 id="back-reference-chain"),
    pytest.param("Европа должна защищать себя сама. С таким заявлением выступил президент "
                 "Франции Эммануэль Макрон.",
                 [("Европа должна защищать себя сама", "according_to", "Эммануэль Макрон")],
                 id="s-takim-zayavleniem"),
    # an outlet's unnamed staff speak as the outlet, the only source named (GUIDELINE §2a)
    pytest.param("Композитор умер в больнице. По информации журналистов газеты «Известия», "
                 "диагноз – пневмония.",
                 [("диагноз – пневмония", "according_to", "Известия")],
                 id="outlet-journalists-are-the-outlet"),
    pytest.param("Мост закрыт, передает корреспондент РБК.",
                 [("Мост закрыт", "according_to", "РБК")],
                 id="outlet-correspondent-is-the-outlet"),
    pytest.param("Журналист РБК Иван Петров сообщил, что мост закрыт.",
                 [("мост закрыт", "indirect", "Иван Петров")],
                 id="named-journalist-is-himself"),
    # a colon before narration with its own cue (``он заявил о …``) opens no speech
    pytest.param("Небензя объяснил, почему Россия не внесла свой проект: он заявил о нарушении "
                 "единства Совбеза\n\nПостпред назвал этот день печальной датой.",
                 [], id="colon-then-narration-with-a-pronoun-cue"),
    # a headline's quotation signed by a place only where somebody there speaks
    pytest.param("«Не имеющий аналогов в мире»: в России пройдут испытания антидота\n\n"
                 "Препарат разработан в Москве.",
                 [], id="headline-quote-then-a-place-where-nobody-speaks"),
    # a headline's quotation signed by a role or calling and its verb: that person said it
    pytest.param("«Мы сделали всё, что могли»: тренер «Зенита» объяснил поражение\nГлавный "
                 "тренер «Зенита» Сергей Семак ответил на вопросы после матча.",
                 [("Мы сделали всё, что могли", "direct", "Сергей Семак")],
                 id="headline-quote-then-a-role-and-its-verb"),
    pytest.param("«Земля тряслась минуту»: жители города рассказали о землетрясении\nТолчки "
                 "ощущались в центре.",
                 [("Земля тряслась минуту", "direct", None)],
                 id="headline-quote-then-unnamed-people-and-their-verb"),
    pytest.param("«Золотая осень»: жители города вышли на субботник\nСубботник прошёл в парке.",
                 [], id="headline-title-then-people-and-their-verb"),
    # a closing mark the page doubled does not hide the attribution after it
    pytest.param("Так она ответила.\n\n«Конечно, друзья есть. Посмотрите на реакцию мировых "
                 "гигантов»», – заявила Мария Захарова.",
                 [("Конечно, друзья есть. Посмотрите на реакцию мировых гигантов", "direct",
                   "Мария Захарова")],
                 id="doubled-closing-mark"),
    # an outlet's source is unnamed: the outlet only names whose source it is
    pytest.param("Источник РИА Новости ранее сообщал, что США не признают декларацию саммита.",
                 [("США не признают декларацию саммита", "indirect", None)],
                 id="source-of-an-outlet-is-unnamed"),
    # a network by its Latin name is a channel like ``твиттер``: its owner speaks
    pytest.param("Стрелок взят под стражу. Об этом говорится в сообщении, размещенном в Twitter "
                 "полиции Нью-Йорка.",
                 [("Стрелок взят под стражу", "according_to", "полиция Нью-Йорка")],
                 id="latin-network-is-a-channel"),
    # an outlet's trailing attribution, then the person who told it: the person is the source
    pytest.param("Власти Швейцарии арестовали гражданина России, передает ТАСС.\nОб этом "
                 "корреспондентам агентства сообщила официальный представитель ведомства "
                 "Ингрид Райзер.",
                 [("Власти Швейцарии арестовали гражданина России", "according_to",
                   "Ингрид Райзер")],
                 id="outlet-then-the-person-who-told-it"),
    pytest.param("Власти Швейцарии арестовали гражданина России, передает ТАСС. Об этом также "
                 "сообщает Reuters.",
                 [("Власти Швейцарии арестовали гражданина России", "according_to", "ТАСС")],
                 id="outlet-then-another-outlet"),
    pytest.param("Цены вырастут, считает министр Иван Петров. Об этом он заявил в интервью.",
                 [("Цены вырастут", "according_to", "Иван Петров")],
                 id="attribution-then-where-it-was-said"),
    # a message's author named after the role: the person, not the role's unnamed holder
    pytest.param("Генсек ООН Антониу Гутерреш призывает к прекращению огня.\n\nОб этом говорится "
                 "в заявлении официального представителя Стефана Дюжаррика.",
                 [("Генсек ООН Антониу Гутерреш призывает к прекращению огня", "according_to",
                   "Стефан Дюжаррик")],
                 id="message-of-a-role-with-its-name"),
    # any noun of speech after the demonstrative (the previous sentence is what was said)
    pytest.param("Турция не сбила бы самолёт, знай она, чей он. С таким утверждением выступил "
                 "президент Турции Реджеп Тайип Эрдоган в интервью France 24, сообщает ТАСС.",
                 [("Турция не сбила бы самолёт, знай она, чей он", "according_to",
                   "Реджеп Тайип Эрдоган")],
                 id="s-takim-utverzhdeniem"),
    pytest.param("Поставки возобновятся в мае. Такое предупреждение сделал глава компании Иван "
                 "Петров.",
                 [("Поставки возобновятся в мае", "according_to", "Иван Петров")],
                 id="takoe-preduprezhdenie-sdelal"),
    pytest.param("Об этом сообщили в официальной группе Большого театра «ВКонтакте»:\n"
                 "Спектакль перенесен на апрель.",
                 [("Спектакль перенесен на апрель", "direct", "Большой театр")],
                 id="title-inside-colon-intro"),
    pytest.param("«Я не могу сказать точно», – сказал Трамп на пресс-конференции. – «Я желаю "
                 "ему всего хорошего».",
                 [("Я не могу сказать точно", "direct", "Трамп"),
                  ("Я желаю ему всего хорошего", "direct", "Трамп")],
                 id="dash-before-next-quotation"),
    pytest.param('Завод закроют в мае, пишет сегодня "Коммерсантъ".',
                 [("Завод закроют в мае", "according_to", "Коммерсантъ")],
                 id="adverb-before-title-source"),
    pytest.param("«Первое. Мы не уйдем», — сказал Зеленский. «Второе. Мы победим».",
                 [("Первое. Мы не уйдем", "direct", "Зеленский"),
                  ("Второе. Мы победим", "direct", "Зеленский")],
                 id="standalone-first-person"),
    pytest.param("Тело пропавшей женщины нашли в заливе. Об этом сообщила полиция штата.",
                 [("Тело пропавшей женщины нашли в заливе", "according_to", "полиция штата")],
                 id="unknown-body-in-nominative"),
    pytest.param("Умер писатель Юрий Бондарев. По словам его супруги Валентины Бондаревой, он "
                 "скончался дома.",
                 [("он скончался дома", "according_to", "Валентина Бондарева")],
                 id="po-slovam-ego-suprugi"),
    pytest.param("Премьер-министр Борис Джонсон во вторник, 31 марта, заявил, что ситуация "
                 "ухудшится.",
                 [("ситуация ухудшится", "indirect", "Борис Джонсон")], id="date-between-commas"),
    pytest.param("Как говорится в пресс-релизе компании Apple, смартфон получил новую камеру.",
                 [("смартфон получил новую камеру", "according_to", "Apple")],
                 id="kak-govoritsya-v-press-relize"),
    pytest.param("Со слов очевидцев, взрыв произошел около полудня.",
                 [("взрыв произошел около полудня", "according_to", None)], id="so-slov"),
    pytest.param("Глава ФМБА Вероника Скворцова выступила на встрече. С ее слов, препарат не "
                 "имеет аналогов.",
                 [("препарат не имеет аналогов", "according_to", "Вероника Скворцова")],
                 id="s-ee-slov"),
    pytest.param("Согласно пресс-релизу компании «Аэрофлот», перевозки выросли на 10%.",
                 [("перевозки выросли на 10%", "according_to", "Аэрофлот")],
                 id="soglasno-press-relizu"),
    pytest.param("По сводке МЧС, пострадавших нет.",
                 [("пострадавших нет", "according_to", "МЧС")], id="po-svodke"),
    pytest.param("Инфляция замедлится к осени. Это следует из прогноза Минэкономразвития.",
                 [("Инфляция замедлится к осени", "according_to", "Минэкономразвития")],
                 id="sleduet-iz-prognoza"),
    pytest.param("Если верить Reuters, сделка сорвалась.",
                 [("сделка сорвалась", "according_to", "Reuters")], id="esli-verit"),
    pytest.param("Завод закроют, сообщает Reuters, ссылаясь на источники в компании.",
                 [("Завод закроют", "according_to", None)], id="ssylayas-na-istochniki"),
    pytest.param("Поступили сообщения, что ее преемником станет Иван Муравьев.",
                 [("ее преемником станет Иван Муравьев", "indirect", None)],
                 id="postupili-soobsheniya"),
    pytest.param("В соцсетях появилась информация о том, что сделка сорвалась.",
                 [("сделка сорвалась", "indirect", None)], id="poyavilas-informaciya"),
    pytest.param("Исследование Сбербанка показало, что большинство россиян хранят деньги дома.",
                 [("большинство россиян хранят деньги дома", "indirect", "Сбербанк")],
                 id="opros-pokazal"),
    pytest.param("Данные свидетельствуют о том, что экономика растет.",
                 [("экономика растет", "indirect", None)], id="dannye-svidetelstvuyut"),
    pytest.param("Глава МИД РФ Сергей Лавров прилетел в Анкару. Глава МИД РФ подтвердил, что "
                 "переговоры продолжатся.",
                 [("переговоры продолжатся", "indirect", "Сергей Лавров")],
                 id="role-with-genitive-abbreviations"),
    pytest.param("Как сообщило во вторник министерство здравоохранения в больницах умерли "
                 "367 человек.",
                 [("в больницах умерли 367 человек", "according_to",
                   "министерство здравоохранения")], id="kak-soobshilo-missing-comma"),
    pytest.param("Анна Иванова, директор школы: «Мы готовы принять всех детей».",
                 [("Мы готовы принять всех детей", "direct", "Анна Иванова")],
                 id="name-apposition-colon"),
    pytest.param("Иван Петров (глава компании «Вектор»): «Сделка закрыта».",
                 [("Сделка закрыта", "direct", "Иван Петров")], id="name-brackets-colon"),
    pytest.param("«Мы следим за ситуацией», — цитирует его слова агентство Reuters.",
                 [("Мы следим за ситуацией", "direct", None)], id="citiruet-ego-slova"),
    pytest.param("Полиция пришла в штаб партии, сообщает «Медиазона» со ссылкой на "
                 "пресс-секретаря партии Анну Смирнову.",
                 [("Полиция пришла в штаб партии", "according_to", "Анна Смирнова")],
                 id="so-ssylkoy-na-role-and-name"),
    pytest.param("Алла Пугачева и Максим Галкин заявили, что рады вернуться домой.",
                 [("рады вернуться домой", "indirect", "Алла Пугачева и Максим Галкин")],
                 id="coordinated-people-subject"),
    pytest.param("Певица Алла Пугачева и ее муж Максим Галкин прилетели в Москву. Они "
                 "рассказали, что рады вернуться домой.",
                 [("рады вернуться домой", "indirect", "Алла Пугачева и Максим Галкин")],
                 id="oni-coordinated-people"),
    pytest.param("Сергей Лавров встретился с госсекретарем США Энтони Блинкеном. "
                 "Государственный секретарь заявил, что США готовы к диалогу.",
                 [("США готовы к диалогу", "indirect", "Энтони Блинкен")],
                 id="gosudarstvenny-sekretar-alias"),
    pytest.param("Мать погибшего Ивана Петрова заявила, что будет добиваться справедливости.",
                 [("будет добиваться справедливости", "indirect", None)],
                 id="mother-of-a-named-man"),
    pytest.param("Адвокат Ивана Петрова заявил, что обжалует приговор.",
                 [("обжалует приговор", "indirect", None)], id="lawyer-of-a-named-man"),
    pytest.param("Пресс-служба Рамзана Кадырова сообщила, что он здоров.",
                 [("он здоров", "indirect", "пресс-служба Рамзана Кадырова")],
                 id="press-service-of-a-person"),
    pytest.param("Иван Петров обратился в суд. Его адвокат Олег Смирнов заявил, что обжалует "
                 "приговор. Адвокат Ивана Петрова добавил, что надеется на успех.",
                 [("обжалует приговор", "indirect", "Олег Смирнов"),
                  ("надеется на успех", "indirect", "Олег Смирнов")],
                 id="lawyer-named-elsewhere"),
    pytest.param("«Мы не допустим повышения цен», — такое заявление сделал министр энергетики "
                 "Николай Шульгинов.",
                 [("Мы не допустим повышения цен", "direct", "Николай Шульгинов")],
                 id="takoe-zayavlenie-sdelal-after-dash"),
    pytest.param("В поздравлении президента России Владимира Путина говорится:\n"
                 "Вы внесли огромный вклад в развитие отечественной науки.",
                 [("Вы внесли огромный вклад в развитие отечественной науки", "direct",
                   "Владимир Путин")], id="v-pozdravlenii-govoritsya-colon"),
    pytest.param("На сайте мэрии Москвы отмечается:\nФестиваль продлится до конца августа.",
                 [("Фестиваль продлится до конца августа", "direct", "мэрия Москвы")],
                 id="na-saite-otmechaetsya-colon"),
]


# Grammar the rules must follow wherever it appears (written 2026-12-03, each failing before).
GRAMMAR = [
    # the content goes on after ``, но`` / ``, однако`` / ``, а`` with a clause of its own;
    # a new subject with a cue of its own ends it
    pytest.param("Иван Петров рассказал, что выборы пройдут спокойно, но явка будет низкой.",
                 [("выборы пройдут спокойно, но явка будет низкой", "indirect", "Иван Петров")],
                 id="content-goes-on-after-no"),
    pytest.param("Иван Петров рассказал, что выборы пройдут спокойно, однако явка будет низкой.",
                 [("выборы пройдут спокойно, однако явка будет низкой", "indirect",
                   "Иван Петров")],
                 id="content-goes-on-after-odnako"),
    pytest.param("Иван Петров рассказал, что выборы пройдут спокойно, однако эксперты "
                 "считают, что явка будет низкой.",
                 [("выборы пройдут спокойно", "indirect", "Иван Петров"),
                  ("явка будет низкой", "indirect", None)],
                 id="content-ends-before-a-new-cue"),
    pytest.param("В результате взрыва погибли три человека, передаёт телеканал CNN.",
                 [("В результате взрыва погибли три человека", "according_to", "CNN")],
                 id="yo-spelling-finite-verb"),
    pytest.param("Отвечая на вопрос, Иван Петров сказал, что отношения двух стран развиваются.",
                 [("отношения двух стран развиваются", "indirect", "Иван Петров")],
                 id="fronted-gerund-clause"),
    pytest.param("Учёные обнаружили новый вид лягушек, сообщается на сайте МГУ.",
                 [("Учёные обнаружили новый вид лягушек", "according_to", "МГУ")],
                 id="trailing-impersonal-on-site"),
    pytest.param("Сергей Лавров заявил: Мы готовы к диалогу.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="colon-same-line-short-predicate"),
    pytest.param("Иван Петров сказал: Мы будем бороться до конца.",
                 [("Мы будем бороться до конца", "direct", "Иван Петров")],
                 id="colon-same-line-first-person"),
    pytest.param("Жизнь продолжается, уверен Иван Петров.",
                 [("Жизнь продолжается", "according_to", "Иван Петров")],
                 id="trailing-stance-adjective"),
    pytest.param("Жизнь, уверен Иван Петров, продолжается.",
                 [("Жизнь, уверен Иван Петров, продолжается", "according_to", "Иван Петров")],
                 id="parenthetical-stance-adjective"),
    pytest.param("Я ни о чём не жалею, — говорит Иван Петров. — Жизнь продолжается. А прошлое "
                 "не вернуть.",
                 [("Я ни о чём не жалею", "direct", "Иван Петров"),
                  ("Жизнь продолжается. А прошлое не вернуть", "direct", "Иван Петров")],
                 id="lost-marks-speaker-goes-on"),
    pytest.param("Я ни о чём не жалею, — говорит Иван Петров. — Жизнь продолжается, — "
                 "добавляет он.",
                 [("Я ни о чём не жалею", "direct", "Иван Петров"),
                  ("Жизнь продолжается", "direct", "Иван Петров")],
                 id="lost-marks-second-attribution"),
    pytest.param("РИА Новости со ссылкой на МЧС сообщает, что пожар потушен.",
                 [("пожар потушен", "indirect", "МЧС")], id="outlet-so-ssylkoi-before-verb"),
    pytest.param("Иван Петров был задержан. Его адвокат заявил, что задержание незаконно.",
                 [("задержание незаконно", "indirect", None)], id="possessive-owner-not-holder"),
    pytest.param("Анна Петрова попала в больницу. Её муж рассказал, что она идёт на поправку.",
                 [("она идёт на поправку", "indirect", None)], id="possessive-owner-feminine"),
    pytest.param("Иван Петров попал в больницу. Его лечащий врач заявил, что он идёт на "
                 "поправку.",
                 [("он идёт на поправку", "indirect", None)],
                 id="possessive-owner-participle-before-role"),
    pytest.param("Иван Петров попал в больницу. Его жена Анна Петрова рассказала, что он идёт "
                 "на поправку.",
                 [("он идёт на поправку", "indirect", "Анна Петрова")],
                 id="possessive-role-with-name"),
    pytest.param("«Зенит» сообщил, что отменяет матч.",
                 [("отменяет матч", "indirect", "Зенит")], id="title-alone-as-subject"),
    pytest.param("ФК «Зенит» сообщил, что отменяет матч.",
                 [("отменяет матч", "indirect", "Зенит")], id="legal-form-before-title"),
    pytest.param("Министр финансов Антон Силуанов отметил:\n\nБюджет будет исполнен без "
                 "дефицита.\n\nМы не допустим роста долга.\n\nЭксперты с ним не согласны.",
                 [("Бюджет будет исполнен без дефицита.\n\nМы не допустим роста долга",
                   "direct", "Антон Силуанов")], id="colon-block-first-person-paragraphs"),
    pytest.param("Владимира Путина спросили о Байдене. Он ответил, что не будет комментировать.",
                 [("не будет комментировать", "indirect", "Владимир Путин")],
                 id="pronoun-prefers-object-to-oblique"),
    pytest.param("Журналисты спросили Владимира Путина о Байдене. Президент ответил, что не "
                 "будет комментировать.",
                 [("не будет комментировать", "indirect", "Владимир Путин")],
                 id="office-describes-direct-object"),
    pytest.param("Сделка сорвалась, рассказали РБК два источника в банке.",
                 [("Сделка сорвалась", "according_to", None)], id="numeral-subject-after-verb"),
    pytest.param("Сделка сорвалась. Об этом Bloomberg рассказали источники.",
                 [("Сделка сорвалась", "according_to", None)],
                 id="plural-verb-outlet-before-is-addressee"),
    pytest.param("Иван Петров хотел бы подчеркнуть, что реформа провалилась.",
                 [("реформа провалилась", "indirect", "Иван Петров")],
                 id="infinitive-cue-after-conditional"),
    pytest.param("Иван Петров должен признать, что реформа провалилась.",
                 [("реформа провалилась", "indirect", "Иван Петров")],
                 id="infinitive-cue-after-short-modal"),
    pytest.param("Иван Петров похвастался, что реформа удалась.",
                 [("реформа удалась", "indirect", "Иван Петров")], id="pohvastalsya"),
    pytest.param("Иван Петров поклялся, что реформа удастся.",
                 [("реформа удастся", "indirect", "Иван Петров")], id="poklyalsya"),
    pytest.param("«Мы готовы к диалогу» — такими словами Сергей Лавров прокомментировал "
                 "заявление Вашингтона.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="takimi-slovami-after-quote"),
    pytest.param("«Мы готовы к диалогу»: так Сергей Лавров прокомментировал заявление "
                 "Вашингтона.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")], id="colon-tak-after-quote"),
    pytest.param("«Мы готовы к диалогу», — сказал в среду, 12 мая, Сергей Лавров.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="date-between-commas-after-verb"),
    pytest.param("«Мы готовы к диалогу», — заявили РИА Новости в МИД России.",
                 [("Мы готовы к диалогу", "direct", "МИД России")],
                 id="multiword-outlet-addressee"),
    pytest.param("Экономист Иван Петров думает, что кризис продлится до осени.",
                 [("кризис продлится до осени", "indirect", "Иван Петров")], id="dumaet-stance"),
    pytest.param("Аналитики ожидают, что кризис продлится до осени.",
                 [("кризис продлится до осени", "indirect", None)], id="ozhidayut-stance"),
    pytest.param("Иван Петров предсказал, что кризис продлится до осени.",
                 [("кризис продлится до осени", "indirect", "Иван Петров")],
                 id="predskazal-speech"),
    pytest.param("Политолог Алексей Макаркин считает, что дело будет иметь продолжение. По мнению "
                 "эксперта, проверки продолжатся.",
                 [("дело будет иметь продолжение", "indirect", "Алексей Макаркин"),
                  ("проверки продолжатся", "according_to", "Алексей Макаркин")],
                 id="expert-noun-after-quoted-expert"),
    pytest.param("Алексей Макаркин считает, что дело будет иметь продолжение. По мнению "
                 "эксперта, проверки продолжатся.",
                 [("дело будет иметь продолжение", "indirect", "Алексей Макаркин"),
                  ("проверки продолжатся", "according_to", None)],
                 id="expert-noun-without-profession-stays-unnamed"),
    pytest.param("Политолог Алексей Макаркин считает, что дело будет иметь продолжение. По словам "
                 "источника, проверки продолжатся.",
                 [("дело будет иметь продолжение", "indirect", "Алексей Макаркин"),
                  ("проверки продолжатся", "according_to", None)],
                 id="source-noun-stays-unnamed"),
    pytest.param("Как сообщает The Wall Street Journal, в команду вошли бывшие сотрудники Google. "
                 "Издание отмечает, что проект стоит миллиарды долларов.",
                 [("в команду вошли бывшие сотрудники Google", "according_to",
                   "The Wall Street Journal"),
                  ("проект стоит миллиарды долларов", "indirect", "The Wall Street Journal")],
                 id="bare-media-noun-is-the-outlet-just-quoted"),
    pytest.param("Проект стоит миллиарды долларов. Газета пишет, что инвесторы недовольны.",
                 [("инвесторы недовольны", "indirect", None)],
                 id="bare-media-noun-with-no-outlet-is-unnamed"),
    pytest.param("Холдинг «Ростех» закрыл сделку. В холдинге отметили, что решение окончательное.",
                 [("решение окончательное", "indirect", "Ростех")],
                 id="bare-descriptor-noun-is-the-named-body"),
    pytest.param("Фонд «Сколково» объявил конкурс. В фонде отметили, что решение окончательное.",
                 [("решение окончательное", "indirect", "Сколково")],
                 id="bare-descriptor-noun-locative"),
    pytest.param("Карен Шахназаров назвал смерть коллеги огромной потерей.\n— Это был настоящий "
                 "мастер, человек огромного таланта, — сказал он. — Мы все скорбим.",
                 [("Это был настоящий мастер, человек огромного таланта", "direct",
                   "Карен Шахназаров"),
                  ("Мы все скорбим", "direct", "Карен Шахназаров")],
                 id="no-antecedent-inside-the-speech-itself"),
    pytest.param("В ЦИК, в свою очередь, заявили, что выборы будут честными.",
                 [("выборы будут честными", "indirect", "ЦИК")],
                 id="parenthetical-comma-is-no-coordination"),
    # speech whose marks were lost: the gerund after the speaker is the cue's, not the words'
    # (one word is too short to be read as direct speech; the span still ends before the cue)
    pytest.param("Банк не будет участвовать в сделке, заявил Герман Греф.\nНет, — сказал Греф, "
                 "отвечая на вопрос журналистов.",
                 [("Банк не будет участвовать в сделке", "according_to", "Герман Греф"),
                  ("Нет", "according_to", "Герман Греф")],
                 id="gerund-after-the-speaker-is-no-parenthetical"),
    pytest.param("Как показал опрос ВЦИОМ, большинство россиян поддерживают реформу.",
                 [("большинство россиян поддерживают реформу", "according_to", "ВЦИОМ")],
                 id="kak-pokazal-opros-inverted"),
    pytest.param("Интервью вышло в субботу. Индонезиец рассказал, что родители ждали девочку.",
                 [("родители ждали девочку", "indirect", None)],
                 id="capitalised-person-noun-is-no-name"),
    pytest.param("В ЦБ «Известиям» пояснили, что ставки не изменятся.",
                 [("ставки не изменятся", "indirect", "ЦБ")],
                 id="dative-title-after-body-is-the-addressee"),
    pytest.param("Россия не будет участвовать в переговорах. Это заявил министр иностранных дел "
                 "Сергей Лавров.",
                 [("Россия не будет участвовать в переговорах", "according_to", "Сергей Лавров")],
                 id="eto-zayavil-back-reference"),
    pytest.param("Россия не будет участвовать в переговорах. На этом настаивает Сергей Лавров.",
                 [("Россия не будет участвовать в переговорах", "according_to", "Сергей Лавров")],
                 id="na-etom-nastaivaet-back-reference"),
    pytest.param("Россия не будет участвовать в переговорах. Соответствующее заявление сделал "
                 "Сергей Лавров.",
                 [("Россия не будет участвовать в переговорах", "according_to", "Сергей Лавров")],
                 id="sootvetstvuyushchee-zayavlenie"),
    pytest.param("Россия не будет участвовать в переговорах. Об этом говорится в заявлении, "
                 "опубликованном на сайте МИД.",
                 [("Россия не будет участвовать в переговорах", "according_to", "МИД")],
                 id="bare-statement-published-on-a-site"),
    pytest.param("Суд вынес приговор. Осужденный заявил, что обжалует его.",
                 [("обжалует его", "indirect", None)],
                 id="capitalised-adjective-noun-is-no-name"),
    pytest.param("Москва ответит на санкции, говорится в заявлении МИД России.",
                 [("Москва ответит на санкции", "according_to", "МИД")],
                 id="future-cue-verb-in-the-body-reports-nothing"),
    pytest.param("«Я не брал денег», — признается Иван Иванов.",
                 [("Я не брал денег", "direct", "Иван Иванов")],
                 id="reflexive-cue-with-a-person-subject-is-personal"),
    pytest.param("Иван Иванов признаётся, что брал деньги.",
                 [("брал деньги", "indirect", "Иван Иванов")],
                 id="reflexive-cue-with-a-person-before"),
    pytest.param("В докладе признается, что реформа провалилась.",
                 [("реформа провалилась", "indirect", None)],
                 id="reflexive-cue-without-a-person-stays-impersonal"),
    pytest.param("Наследником, согласно завещанию Ивана Петрова, стала его дочь.",
                 [("Наследником, согласно завещанию Ивана Петрова, стала его дочь",
                   "according_to", "Иван Петров")],
                 id="soglasno-document-noun"),
    pytest.param("Согласно закону, пенсионный возраст будет повышен.",
                 [("пенсионный возраст будет повышен", "according_to", None)],
                 id="soglasno-document-without-owner"),
    pytest.param("По итогам опроса «Левада-центра», большинство россиян поддерживают реформу.",
                 [("большинство россиян поддерживают реформу", "according_to", "Левада-центр")],
                 id="po-itogam-survey"),
    pytest.param("Пожар начался из-за неисправной проводки, по предварительным данным.",
                 [("Пожар начался из-за неисправной проводки, по предварительным данным",
                   "according_to", None)],  # guideline: the whole sentence
                 id="sentence-final-data-marker-without-source"),
    pytest.param("В «Аэрофлоте» сообщили, что рейсы отменены.",
                 [("рейсы отменены", "indirect", "Аэрофлот")],
                 id="v-title-in-marks-speaks"),
    pytest.param("Рейсы отменены, сообщили в «Аэрофлоте».",
                 [("Рейсы отменены", "according_to", "Аэрофлот")],
                 id="trailing-v-title-in-marks"),
    *[pytest.param(f"Иван Петров {verb}, что клуб не продается.",
                   [("клуб не продается", "indirect", "Иван Петров")], id=f"speech-act-{verb}")
      for verb in ("отчитался", "огласил", "обнародовал", "сознался", "оговорился", "сожалеет",
                   "заподозрил", "гордится")],
    pytest.param("Аналитики Сбербанка подсчитали, что инфляция замедлится.",
                 [("инфляция замедлится", "indirect", "Сбербанк")],
                 id="finding-verb-of-analysts"),
    pytest.param("Следователи выяснили, что пожар начался из-за проводки.",
                 [("пожар начался из-за проводки", "indirect", None)],
                 id="finding-verb-of-investigators"),
    pytest.param("Иван Петров после известия о смерти Сергея Смирнова заявил: «Он был отличным "
                 "боксером». Он добавил, что спорт стал опасным.",
                 [("Он был отличным боксером", "direct", "Иван Петров"),
                  ("спорт стал опасным", "indirect", "Иван Петров")],
                 id="genitive-dependent-before-the-verb-is-no-speaker"),
    pytest.param("Переговоры в Минске зашли в тупик. Украинская сторона заявила, что не пойдет "
                 "на уступки.",
                 [("не пойдет на уступки", "indirect", "Украина")],
                 id="country-side-from-the-kb"),
    pytest.param("Делегация США прибыла в Женеву. Американская сторона заявила, что не пойдет "
                 "на уступки.",
                 [("не пойдет на уступки", "indirect", "США")],
                 id="country-side-as-the-document-names-it"),
    pytest.param("Переговоры продолжатся. В этом уверен Сергей Лавров.",
                 [("Переговоры продолжатся", "according_to", "Сергей Лавров")],
                 id="v-etom-uveren-back-reference"),
    pytest.param("Заявление Сергея Лаврова о том, что переговоры продолжатся, вызвало удивление.",
                 [("переговоры продолжатся", "indirect", "Сергей Лавров")],
                 id="speech-noun-subject-with-its-clause"),
    pytest.param("Его предупреждение о том, что переговоры сорвутся, не услышали.",
                 [("переговоры сорвутся", "indirect", None)],
                 id="speech-noun-with-a-possessive"),
    *[pytest.param(f"Иван Петров {verb}, что клуб не продается.",
                   [("клуб не продается", "indirect", "Иван Петров")], id=f"speech-verb-{verb}")
      for verb in ("разъяснил", "поведал", "известил", "гарантировал", "обмолвился", "вторит")],
    pytest.param("Умер писатель Иван Петров. Мэрия Москвы выразила соболезнования: «Ушел из "
                 "жизни известный писатель». Иван Петров родился в 1924 году. В 1994 году "
                 "отказался от ордена, заявив, что награды ему не нужны.",
                 [("Ушел из жизни известный писатель", "direct", "мэрия Москвы"),
                  ("награды ему не нужны", "indirect", "Иван Петров")],
                 id="zero-subject-continues-the-narrative-subject"),
    pytest.param("Судья Иван Петров [https://www.kommersant.ru/doc/3814598 высказался] в особом "
                 "мнении:\n\nВ России такие отношения не преследуются.",
                 [("В России такие отношения не преследуются", "direct", "Иван Петров")],
                 id="wiki-link-around-the-cue"),
    pytest.param("Путин подписал закон о пенсиях.\nОб этом в среду, 3 октября 2018 года, "
                 "[http://kremlin.ru/acts/news/58703 сообщил] Кремль.",
                 [("Путин подписал закон о пенсиях", "according_to", "Кремль")],
                 id="wiki-link-in-a-back-reference"),
    pytest.param("Как пишет «Коммерсант», компания ведет разработку месторождения. Компания "
                 "принадлежит холдингу. Холдинг входит в группу ТАИФ. По сведениям издания, "
                 "она владеет 2% акций.",
                 [("компания ведет разработку месторождения", "according_to", "Коммерсант"),
                  ("она владеет 2% акций", "according_to", "Коммерсант")],
                 id="bare-media-noun-far-from-the-only-outlet"),
    pytest.param("Как пишет «Коммерсант», компания ведет разработку. Как сообщают «Ведомости», "
                 "она продается. Компания принадлежит холдингу. Холдинг входит в группу ТАИФ. "
                 "По сведениям издания, она владеет 2% акций.",
                 [("компания ведет разработку", "according_to", "Коммерсант"),
                  ("она продается", "according_to", "Ведомости"),
                  ("она владеет 2% акций", "according_to", None)],
                 id="bare-media-noun-far-from-two-outlets-is-unnamed"),
    pytest.param("Иван Петров стал директором департамента Минобрнауки. Соответствующее "
                 "распоряжение вышло 8 августа, сообщает сайт кабмина.",
                 [("Соответствующее распоряжение вышло 8 августа", "according_to", None)],
                 id="site-of-a-genitive-noun-is-not-the-salient-body"),
    pytest.param("«Мы готовы к диалогу», — приводит «Интерфакс» слова представителя МИД России.",
                 [("Мы готовы к диалогу", "direct", "МИД")],
                 id="relayed-words-of-a-body"),
    pytest.param("«Мы готовы к диалогу», — передает ТАСС слова Сергея Лаврова.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="relayed-words-of-a-person"),
    pytest.param("Сергей Лавров выступил в Женеве. «Мы готовы к диалогу», — приводит его слова "
                 "РИА Новости.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="relayed-words-with-a-possessive"),
    pytest.param("«Мы готовы к диалогу», — глава МИД России Сергей Лавров заявил журналистам.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="subject-before-its-verb-after-the-dash"),
    pytest.param("«Мы готовы к диалогу», — Сергей Лавров, министр иностранных дел России.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="verbless-signature-after-the-dash"),
    pytest.param("«Мы готовы к диалогу» (Сергей Лавров).",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="signature-in-brackets"),
    pytest.param("Москва готова к диалогу — об этом заявил Сергей Лавров.",
                 [("Москва готова к диалогу", "according_to", "Сергей Лавров")],
                 id="inline-back-reference-after-a-dash"),
    pytest.param("Москва готова к диалогу, об этом говорится в заявлении МИД.",
                 [("Москва готова к диалогу", "according_to", "МИД")],
                 id="inline-back-reference-to-a-statement"),
    pytest.param("Анна Иванова встретилась с Петром Смирновым. «Сделка состоится», — сказала "
                 "она. «Сроки пока не определены», — уточнил бизнесмен.",
                 [("Сделка состоится", "direct", "Анна Иванова"),
                  ("Сроки пока не определены", "direct", "Петр Смирнов")],
                 id="inverted-verb-gender-rules-out-the-last-speaker"),
    pytest.param("Житель Джакарты Агус Салим стал знаменитым благодаря своему имени. Индонезиец "
                 "рассказал, что его назвали так случайно.",
                 [("его назвали так случайно", "indirect", "Агус Салим")],
                 id="demonym-of-a-further-country"),
    pytest.param("Максим Дадашев провел последний бой в США. «Я готов», — говорил перед боем "
                 "дагестанец.",
                 [("Я готов", "direct", "Максим Дадашев")],
                 id="regional-demonym"),
    pytest.param("Певец скончался в больнице. Данную информацию подтвердил его агент Иван Петров.",
                 [("Певец скончался в больнице", "according_to", "Иван Петров")],
                 id="dannaya-informatsiya-back-reference"),
    pytest.param("Безработица выросла до 5%. Такие цифры привел глава Минтруда Антон Котяков.",
                 [("Безработица выросла до 5%", "according_to", "Антон Котяков")],
                 id="takie-tsifry-back-reference"),
    pytest.param("Безработица выросла до 5%. Об этом свидетельствуют данные Росстата.",
                 [("Безработица выросла до 5%", "according_to", "Росстат")],
                 id="ob-etom-svidetelstvuyut-dannye"),
    pytest.param("Суд над Иваном Петровым продолжился. Обвинение заявляет, что Петров виновен.",
                 [("Петров виновен", "indirect", None)],
                 id="prosecution-is-a-role-not-a-body"),
    pytest.param("Виталий Маркив предстал перед судом. Адвокат Маркива заявил, что его "
                 "подзащитный невиновен.",
                 [("его подзащитный невиновен", "indirect", None)],
                 id="role-owner-read-as-nominative-by-the-tagger"),
    pytest.param("Письмо Минфина гласит, что налоги вырастут.",
                 [("налоги вырастут", "indirect", "Минфин")], id="glasit"),
    pytest.param("Текст письма гласит: «Мы требуем отставки министра».",
                 [("Мы требуем отставки министра", "direct", None)],
                 id="document-of-nobody-named-is-unnamed"),
    pytest.param("В письме Минфина написано, что налоги вырастут.",
                 [("налоги вырастут", "indirect", "Минфин")], id="napisano-passive"),
    pytest.param("В письме Минфина значится, что налоги вырастут.",
                 [("налоги вырастут", "indirect", "Минфин")], id="znachitsya-impersonal"),
    pytest.param("По словам мужа погибшей, Ивана Петрова, мяч укатился в воду.",
                 [("мяч укатился в воду", "according_to", "Иван Петров")],
                 id="name-in-apposition-after-the-marker"),
    pytest.param("По словам адвоката, Иван Петров, задержанный вчера, невиновен.",
                 [("Иван Петров, задержанный вчера, невиновен", "according_to", None)],
                 id="nominative-name-after-the-marker-is-the-content"),
    *[pytest.param(f"Иван Петров {host}, что клуб не продается.",
                   [("клуб не продается", "indirect", "Иван Петров")], id=f"infinitive-cue-{host}")
      for host in ("не преминул отметить", "успел сообщить", "попытался объяснить",
                   "не устает повторять")],
    pytest.param("Сергей Лавров заявил журналистам, которые ждали его у входа, что переговоры "
                 "продолжатся.",
                 [("переговоры продолжатся", "indirect", "Сергей Лавров")],
                 id="relative-clause-between-cue-and-chto"),
    pytest.param("Мы готовы к диалогу», — сказал Сергей Лавров.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="lost-opening-mark"),
    pytest.param("«Мы готовы к диалогу, — сказал Сергей Лавров.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="lost-closing-mark"),
    pytest.param("По словам руководителя экспедиции Ивана Петрова, находка была сделана "
                 "случайно. «Мы искали совсем другое», — рассказал ученый.",
                 [("находка была сделана случайно", "according_to", "Иван Петров"),
                  ("Мы искали совсем другое", "direct", "Иван Петров")],
                 id="expert-noun-after-a-role-quoted-by-po-slovam"),
    pytest.param("Геологи Московского государственного университета обнаружили неизвестный "
                 "ранее минерал. Об этом говорится в пресс-релизе вуза.",
                 [("Геологи Московского государственного университета обнаружили неизвестный "
                   "ранее минерал", "according_to", "Московский государственный университет")],
                 id="vuz-metonym"),
    *[pytest.param(f"«Не знаю, что будет дальше», — {verb} Иван Петров.",
                   [("Не знаю, что будет дальше", "direct", "Иван Петров")],
                   id=f"gesture-or-speech-after-a-quote-{verb.split()[0]}")
      for verb in ("разводит руками", "пожимает плечами", "делится")],
    pytest.param("Иван Петров заявил, что знает, как обстоят дела в клубе, и надеется, что "
                 "сделка состоится.",
                 [("знает, как обстоят дела в клубе", "indirect", "Иван Петров")],
                 id="coordinated-cue-inside-the-content-clause"),
    pytest.param("Иван Петров заявил, что клуб не продается, и добавил, что сделка невозможна.",
                 [("клуб не продается", "indirect", "Иван Петров"),
                  ("сделка невозможна", "indirect", "Иван Петров")],
                 id="coordinated-cue-of-the-speaker"),
    pytest.param("Сергей Лавров раскритиковал Джо Байдена. По мнению российского министра, "
                 "Байден ошибается. Он также отметил, что США теряют влияние.",
                 [("Байден ошибается", "according_to", "Сергей Лавров"),
                  ("США теряют влияние", "indirect", "Сергей Лавров")],
                 id="pronoun-after-a-quote-is-its-speaker-not-its-subject"),
    pytest.param("Журналисты спросили Владимира Путина о Байдене. Тот ответил, что не будет "
                 "комментировать.",
                 [("не будет комментировать", "indirect", "Владимир Путин")],
                 id="tot-is-the-latter-not-the-subject"),
    pytest.param("Писатель Дмитрий Быков выступил в Казани. Литератор рассказал, что очень "
                 "волновался.",
                 [("очень волновался", "indirect", "Дмитрий Быков")],
                 id="epithet-literator"),
    pytest.param("Пловчиха Анна Смирнова завоевала золото. «Это лучший день в моей жизни», — "
                 "сказала спортсменка.",
                 [("Это лучший день в моей жизни", "direct", "Анна Смирнова")],
                 id="epithet-sportswoman"),
    # --- real-page forms (read on public news pages, rewritten as our own sentences) ---
    pytest.param("В Беларуси может появиться новое министерство\n- 13.10.2025, 14:16\n"
                 "Об этом заявил Александр Лукашенко.",
                 [("В Беларуси может появиться новое министерство", "according_to",
                   "Александр Лукашенко")], id="back-reference-over-a-dateline"),
    pytest.param("Хлопцов: Чувствовал, что буду с медалью\n\nФехтовальщик Андрей Хлопцов "
                 "завоевал бронзу.",
                 [("Чувствовал, что буду с медалью", "direct", "Андрей Хлопцов")],
                 id="headline-surname-the-tagger-misses"),
    pytest.param("Зеленский о марафоне со СМИ: готов общаться, но не могу делать это "
                 "ежедневно\n\nПрезидент Украины Владимир Зеленский провел пресс-марафон.",
                 [("готов общаться, но не могу делать это ежедневно", "direct",
                   "Владимир Зеленский")], id="headline-speaker-with-a-topic"),
    pytest.param("МИД РФ: обвинения Запада в подготовке агрессии - провокация\n\n"
                 "В министерстве ответили на обвинения.",
                 [("обвинения Запада в подготовке агрессии - провокация", "direct", "МИД")],
                 id="headline-body-with-its-place-and-a-dash-predicate"),
    pytest.param("“Мы готовы к диалогу“ - сказал Иван Петров.",
                 [("Мы готовы к диалогу", "direct", "Иван Петров")],
                 id="english-opening-mark-typed-twice"),
    pytest.param("Экономист Алексей Зубец уверен, что цены упадут. Сейчас, по его мнению, "
                 "продавцы просто боятся колебаний курса.",
                 [("цены упадут", "indirect", "Алексей Зубец"),
                  ("Сейчас, по его мнению, продавцы просто боятся колебаний курса",
                   "according_to", "Алексей Зубец")], id="marker-inside-gives-the-sentence"),
    pytest.param("Кроме того, добавила певица Алла Довлатова, около половины исполнителей — "
                 "ребята с Украины.",
                 [("Кроме того, добавила певица Алла Довлатова, около половины исполнителей — "
                   "ребята с Украины", "according_to", "Алла Довлатова")],
                 id="parenthetical-after-a-connective"),
    pytest.param("Олимпийская мечта осуществилась. Об этом сообщил, отвечая на вопросы "
                 "журналистов, олимпийский чемпион Владислав Гончаров.",
                 [("Олимпийская мечта осуществилась", "according_to", "Владислав Гончаров")],
                 id="subject-after-a-gerund-clause"),
    pytest.param("Спортсмен Владислав Гончаров вернулся домой. Олимпийская мечта осуществилась. "
                 "Об этом наш земляк заявил после выступления.",
                 # the lead sentences of the paragraph are what the pointer points at
                 [("Спортсмен Владислав Гончаров вернулся домой. Олимпийская мечта "
                   "осуществилась", "according_to", "Владислав Гончаров")],
                 id="nash-zemlyak-is-the-story-person"),
    pytest.param("После встречи с президентом Владимиром Зеленским Дональд Трамп заявил, что "
                 "Украина способна вернуть территории.",
                 [("Украина способна вернуть территории", "indirect", "Дональд Трамп")],
                 id="two-people-side-by-side-in-one-tagged-span"),
    pytest.param("Такой прогноз сделал адвокат Луценко Алексей Баганец. Кроме того, Баганец "
                 "отметил, что обвинение слабое.",
                 [("обвинение слабое", "indirect", "Алексей Баганец")],
                 id="client-then-lawyer-side-by-side"),
    pytest.param("Министр Канады Мелани Жоли выступила на G20. Мария Захарова заявила, что "
                 "слова Жоли неуместны.\n\nЗахарова: выступление Жоли было неуместным",
                 [("слова Жоли неуместны", "indirect", "Мария Захарова"),
                  ("выступление Жоли было неуместным", "direct", "Мария Захарова")],
                 id="lone-surname-as-the-document-spells-it"),
    pytest.param("Яйца не подорожают, сообщила президент Росптицесоюза Галина Бобылева. "
                 "Президент Росптицесоюза также рассказала, что отказ связан со снижением "
                 "спроса.",
                 [("Яйца не подорожают", "according_to", "Галина Бобылева"),
                  ("отказ связан со снижением спроса", "indirect", "Галина Бобылева")],
                 id="role-noun-then-its-body-is-the-subject"),
    pytest.param("Эрдоган заявил, что, несмотря на разного рода саботаж, власти продолжают "
                 "строить сильную Турцию.",
                 [("несмотря на разного рода саботаж, власти продолжают строить сильную Турцию",
                   "indirect", "Эрдоган")], id="that-clause-opening-with-an-inserted-phrase"),
    pytest.param("Великобритания усилит поддержку Украины. Как сообщает Укринформ, об этом "
                 "заявила премьер-министр Великобритании Лиз Трасс.",
                 [("Великобритания усилит поддержку Украины", "according_to", "Лиз Трасс")],
                 id="channel-marker-then-a-back-reference"),
    pytest.param("Хакеры атаковали серверы Европейского агентства лекарственных средств. Об этой "
                 "кибератаке заявило само агентство EMA.",
                 [("Хакеры атаковали серверы Европейского агентства лекарственных средств",
                   "according_to", "EMA")], id="back-reference-to-the-event-just-told"),
    pytest.param("Заявление МИД России: «Мы не оставим эти действия без ответа».",
                 [("Мы не оставим эти действия без ответа", "direct", "МИД России")],
                 id="statement-noun-heading-a-colon"),
    pytest.param("Корреспондент Викиновостей побеседовал с режиссёром Иваном Петровым.\n\n"
                 "— Как появилась идея фильма?\n\n— Она пришла ко мне на Урале.\n\n"
                 "— Сколько длились съёмки?\n\n— Почти два года. Мы снимали только зимой.",
                 [("Как появилась идея фильма", "direct", None),
                  ("Она пришла ко мне на Урале", "direct", "Иван Петров"),
                  ("Сколько длились съёмки", "direct", None),
                  ("Почти два года. Мы снимали только зимой", "direct", "Иван Петров")],
                 id="interview-in-dialogue-dashes"),
    pytest.param("Режиссёр Иван Петров ответил на вопросы Викиновостей.\n\n"
                 "Вопрос: Как появилась идея фильма?\n\nОтвет: Она пришла ко мне на Урале.\n\n"
                 "Вопрос: Сколько длились съёмки?\n\nОтвет: Почти два года.",
                 [("Как появилась идея фильма", "direct", None),
                  ("Она пришла ко мне на Урале", "direct", "Иван Петров"),
                  ("Сколько длились съёмки", "direct", None),
                  ("Почти два года", "direct", "Иван Петров")],
                 id="interview-question-and-answer-labels"),
    pytest.param("Корреспондент побеседовал с режиссёром Иваном Петровым и продюсером Анной "
                 "Смирновой.\n\nВН: Как появилась идея фильма?\n\nИ. П.: Она пришла ко мне на "
                 "Урале.\n\nВН: А деньги?\n\nА. С.: Их дал фонд кино.",
                 [("Как появилась идея фильма", "direct", None),
                  ("Она пришла ко мне на Урале", "direct", "Иван Петров"),
                  ("А деньги", "direct", None),
                  ("Их дал фонд кино", "direct", "Анна Смирнова")],
                 id="interview-initials-as-labels"),
    pytest.param("Депутаты Госдумы заявили, что закон будет принят до конца года.",
                 [("закон будет принят до конца года", "indirect", "Госдума")],
                 id="members-of-a-body-speak-for-it"),
    pytest.param("Власти Японии заявили, что эвакуация завершена.",
                 [("эвакуация завершена", "indirect", "Япония")],
                 id="authorities-of-a-country-speak-for-it"),
    pytest.param("Сергей Лавров прибыл в Берлин.\n\nМы готовы к диалогу. Но не любой ценой — "
                 "сказал министр.",
                 [("Мы готовы к диалогу. Но не любой ценой", "direct", "Сергей Лавров")],
                 id="lost-marks-and-their-comma"),
    pytest.param("Сергей Лавров сказал: Мы готовы к диалогу. Но не любой ценой. Об этом он "
                 "заявил в Берлине.",
                 [("Мы готовы к диалогу. Но не любой ценой", "direct", "Сергей Лавров")],
                 id="colon-capital-speech-runs-over-its-line"),
    pytest.param("Президент Владимир Путин объявил: Мы прервёмся минут на пятнадцать. По его "
                 "словам, затем совещание продолжится.",
                 [("Мы прервёмся минут на пятнадцать", "direct", "Владимир Путин"),
                  ("затем совещание продолжится", "according_to", "Владимир Путин")],
                 id="colon-speech-stops-at-a-source-marker"),
    pytest.param("Мы готовы к диалогу, - сказал Сергей Лавров, - но не любой ценой.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров"),
                  ("но не любой ценой", "direct", "Сергей Лавров")],
                 id="lost-marks-interrupted-by-the-attribution"),
    pytest.param("Сергей Лавров прибыл в Берлин.\n\nПо его словам: Мы готовы к диалогу.",
                 [("Мы готовы к диалогу", "according_to", "Сергей Лавров")],
                 id="marker-then-a-colon"),
    pytest.param("Глава МИД России Сергей Лавров провел переговоры с госсекретарем США Энтони "
                 "Блинкеном. Американский дипломат заявил, что переговоры были полезными.",
                 [("переговоры были полезными", "indirect", "Энтони Блинкен")],
                 id="nationality-of-a-state-office-picks-an-oblique-mention"),
    pytest.param("Владимир Путин провёл переговоры с Эммануэлем Макроном. Французский лидер "
                 "заявил, что диалог продолжится.",
                 [("диалог продолжится", "indirect", "Эммануэль Макрон")],
                 id="nationality-from-the-kb-office"),
    pytest.param("Как ранее сообщали Викиновости, суд приговорил блогера к двум годам.",
                 [("суд приговорил блогера к двум годам", "according_to", "Викиновости")],
                 id="plural-title-of-an-outlet-as-the-source"),
    pytest.param("Росстат опубликовал данные. По данным ведомства, инфляция замедлилась.",
                 [("инфляция замедлилась", "according_to", "Росстат")],
                 id="vedomstvo-is-the-body-just-named"),
    pytest.param("Жительница города Сендай рассказала телекомпании NHK, что толчки продолжались "
                 "около минуты.",
                 [("толчки продолжались около минуты", "indirect", None)],
                 id="place-name-of-a-genitive-noun-is-no-subject"),
    pytest.param("Мэр города Нагоя заявил, что школы закрыты.",
                 [("школы закрыты", "indirect", None)],
                 id="mayor-of-a-city-named-by-a-genitive"),
    pytest.param("Сам Гильермо Абаскаль попрощался с болельщиками. Испанский специалист написал, "
                 "что гордится работой.",
                 [("гордится работой", "indirect", "Гильермо Абаскаль")],
                 id="coach-epithet-with-a-nationality"),
    pytest.param("Госсекретарь США Энтони Блинкен прибыл в Москву. Американский эксперт заявил, "
                 "что визит важен.",
                 [("визит важен", "indirect", None)],
                 id="an-expert-with-a-nationality-is-somebody-new"),
    pytest.param("Президент США Джо Байден и председатель КНР Си Цзиньпин провели разговор. "
                 "Китайский руководитель предупредил, что Пекин не допустит вмешательства.",
                 [("Пекин не допустит вмешательства", "indirect", "Си Цзиньпин")],
                 id="head-of-a-state-by-its-nationality"),
    pytest.param("Как заявил планетолог Брюс Джакоски, не участвовавший в исследовании, "
                 "результаты нуждаются в проверке.",
                 [("результаты нуждаются в проверке", "according_to", "Брюс Джакоски")],
                 id="marker-source-with-a-participle-phrase"),
    pytest.param("Местные жители рассказывают, что огонь подошёл к их домам за минуты. Мы успели "
                 "взять только документы, — рассказала журналистам Сара Томпсон.",
                 [("огонь подошёл к их домам за минуты", "indirect", None),
                  ("Мы успели взять только документы", "direct", "Сара Томпсон")],
                 id="lost-marks-start-after-a-reported-sentence"),
    pytest.param("Министр финансов Франции Брюно Ле Мэр уточнил, что дефицит превысит 5% ВВП.",
                 [("дефицит превысит 5% ВВП", "indirect", "Брюно Ле Мэр")],
                 id="surname-particle-le"),
    pytest.param("Министр обороны США Ллойд Остин прибыл в Сеул. Глава Пентагона подчеркнул, что "
                 "обязательства Вашингтона нерушимы.",
                 [("обязательства Вашингтона нерушимы", "indirect", "Ллойд Остин")],
                 id="head-of-the-pentagon-is-the-defence-secretary"),
    pytest.param("Министр здравоохранения Бразилии Нисия Тринидади объявила о вакцинации. Глава "
                 "ведомства уточнила, что прививки получат дети.",
                 [("прививки получат дети", "indirect", "Нисия Тринидади")],
                 id="head-of-the-ministry-is-its-minister"),
    pytest.param("По мнению аналитиков Goldman Sachs, ФРС снизит ставку не раньше сентября.",
                 [("ФРС снизит ставку не раньше сентября", "according_to", "Goldman Sachs")],
                 id="analysts-of-a-body-speak-for-it"),
    pytest.param("«Сын позвонил мне ночью и сказал: „Мама, я жив, не волнуйся“», — рассказала "
                 "журналистам Амаль Хасан.",
                 [("Сын позвонил мне ночью и сказал: „Мама, я жив, не волнуйся“", "direct",
                   "Амаль Хасан"),
                  ("Мама, я жив, не волнуйся", "direct", None)],
                 id="nested-quote-of-a-coordinated-verb"),
    pytest.param("Руководитель исследования Лаура Мартинелли отметила, что планета находится в "
                 "обитаемой зоне. «На ней может быть вода», — пояснила исследовательница.",
                 [("планета находится в обитаемой зоне", "indirect", "Лаура Мартинелли"),
                  ("На ней может быть вода", "direct", "Лаура Мартинелли")],
                 id="feminine-expert-just-quoted"),
    pytest.param("Актёр скончался, сообщил Московский драматический театр «Вертикаль». «Светлая "
                 "память», — говорится в заявлении театра.",
                 [("Актёр скончался", "according_to", "Вертикаль"),
                  ("Светлая память", "direct", "Вертикаль")],
                 id="statement-of-the-theatre-named-before"),
    pytest.param("Постоянный представитель Великобритании при ООН Эмма Кларксон назвала итоги "
                 "позором. «Мы не остановимся», — сказала британский дипломат.",
                 [("Мы не остановимся", "direct", "Эмма Кларксон")],
                 id="nationality-of-a-representative"),
    pytest.param("Суд приговорил Олега Кравцова к девяти годам колонии. Сам подсудимый вину не "
                 "признал. «Я ни копейки не брал», — заявил он в последнем слове.",
                 [("Я ни копейки не брал", "direct", "Олег Кравцов")],
                 id="the-accused-is-the-person-the-court-tried"),
    pytest.param("Суд приговорил Олега Кравцова к девяти годам колонии. Государственный обвинитель "
                 "требовал для него 11 лет. Сам подсудимый вину не признал. «Я ни копейки не "
                 "брал», — заявил он в последнем слове.",
                 [("Я ни копейки не брал", "direct", "Олег Кравцов")],
                 id="the-accused-is-not-the-accuser"),
    pytest.param("«Мы знали, что соперник будет опасен, — сказал главный тренер «Зенита» Андрей "
                 "Коврижных. — Но ребята выдержали давление».",
                 [("Мы знали, что соперник будет опасен", "direct", "Андрей Коврижных"),
                  ("Но ребята выдержали давление", "direct", "Андрей Коврижных")],
                 id="interrupted-quote-with-a-title-in-the-attribution"),
    pytest.param("Академик Борис Ильинский скончался. По словам его ученика, профессора Михаила "
                 "Осокина, академик продолжал приходить в лабораторию.",
                 [("академик продолжал приходить в лабораторию", "according_to",
                   "Михаил Осокин")],
                 id="po-slovam-possessive-role-and-a-named-apposition"),
    pytest.param("Прокурор: убийство журналиста было заказным\n\nПрокурор Инга Берзиня заявила, "
                 "что у обвинения есть доказательства.",
                 [("убийство журналиста было заказным", "direct", "Инга Берзиня"),
                  ("у обвинения есть доказательства", "indirect", "Инга Берзиня")],
                 id="headline-role-noun-as-the-speaker"),
    pytest.param("Авиакомпания «Полярная линия» подала заявление о банкротстве, сообщает РБК со "
                 "ссылкой на пресс-службу перевозчика.",
                 [("Авиакомпания «Полярная линия» подала заявление о банкротстве",
                   "according_to", "Полярная линия")],
                 id="press-service-of-the-carrier-named-before"),
    pytest.param("Сенат не утвердил бюджет.\n\nЛидер большинства Марк Рейнольдс обвинил республиканцев "
                 "в срыве переговоров. Они предпочли политическое шоу, — сказал он журналистам.",
                 [("Они предпочли политическое шоу", "direct", "Марк Рейнольдс")],
                 id="lost-marks-after-the-speakers-own-narration"),
    pytest.param("Губернатор Андрей Соколов обратился к жителям. Ситуация критическая. Вода "
                 "прибывает, — написал губернатор.",
                 [("Ситуация критическая. Вода прибывает", "direct", "Андрей Соколов")],
                 id="lost-marks-after-narration-naming-the-role"),
    pytest.param("Адвокат Саймон Пейдж выступил в суде. По словам адвоката, суд не учёл показания "
                 "свидетелей. Мы будем добиваться пересмотра, — сказал Пейдж.",
                 [("суд не учёл показания свидетелей", "according_to", "Саймон Пейдж"),
                  ("Мы будем добиваться пересмотра", "direct", "Саймон Пейдж")],
                 id="lost-marks-after-a-reported-sentence-with-a-marker"),
    pytest.param("«Это тяжёлое решение», — говорится в обращении главы корпорации Линды Маккормик "
                 "к сотрудникам.",
                 [("Это тяжёлое решение", "direct", "Линда Маккормик")],
                 id="head-of-a-body-named-in-apposition"),
    pytest.param("Еврокомиссия оштрафовала американскую компанию Zentra. В Zentra заявили, что "
                 "обжалуют решение в Суде ЕС. «Мы не согласны», — говорится в заявлении компании.",
                 [("обжалуют решение в Суде ЕС", "indirect", "Zentra"),
                  ("Мы не согласны", "direct", "Zentra")],
                 id="kompaniya-is-the-body-introduced-as-a-company"),
    pytest.param("МИД КНР выразил протест. Поддержку Маниле выразил Государственный департамент "
                 "США. В заявлении ведомства говорится, что Вашингтон верен обязательствам.",
                 [("Вашингтон верен обязательствам", "indirect", "Государственный департамент")],
                 id="vedomstvo-is-the-latest-body-of-its-kinds"),
    pytest.param("Эксперты, опрошенные агентством AFP, считают, что шансы исчерпаны.",
                 [("шансы исчерпаны", "indirect", None)],
                 id="subject-with-a-participle-phrase-is-no-trailing-source"),
    pytest.param("Прокуратура Сеула предъявила обвинение бывшему министру. Адвокат бывшего "
                 "министра Ким Мин Со заявила, что её подзащитный невиновен. «Мой клиент не "
                 "совершал преступлений», — сказала она журналистам.",
                 [("её подзащитный невиновен", "indirect", "Ким Мин Со"),
                  ("Мой клиент не совершал преступлений", "direct", "Ким Мин Со")],
                 id="gender-of-a-foreign-name-from-its-verb"),
    pytest.param("Глава ведомства Збигнев Ковальчик в интервью радиостанции RMF FM отметил, что "
                 "Варшава готова обратиться в суды.",
                 [("Варшава готова обратиться в суды", "indirect", "Збигнев Ковальчик")],
                 id="latin-outlet-in-a-channel-phrase-is-no-subject"),
    pytest.param("Мать погибшего вышла к журналистам. Мой сын просто шёл домой, — сказала она."
                 "\n\nАдвокат Кроуфорда Саймон Пейдж заявил, что защита обжалует решение.",
                 [("Мой сын просто шёл домой", "direct", None),
                  ("защита обжалует решение", "indirect", "Саймон Пейдж")],
                 id="participle-is-no-predicate-for-the-gender"),
    pytest.param("Американская корпорация Norvex сократит рабочие места. Об этом сообщила газета "
                 "The Wall Street Journal. В компании уточнили, что сокращения затронут заводы.",
                 [("Американская корпорация Norvex сократит рабочие места", "according_to",
                   "The Wall Street Journal"),
                  ("сокращения затронут заводы", "indirect", "Norvex")],
                 id="kompaniya-is-the-corporation-not-the-newspaper"),
    pytest.param("Планета обнаружена у красного карлика.\n\n«Это не означает, что там есть жизнь», "
                 "— пояснил один из соавторов работы, сотрудник Института астрономии РАН Павел "
                 "Ушаков.",
                 [("Это не означает, что там есть жизнь", "direct", "Павел Ушаков")],
                 id="one-of-the-authors-named-in-apposition"),
    pytest.param("Её тренер Владимир Кислицын в интервью «Спорт-Экспрессу» отметил, что "
                 "спортсменка выросла. «Настя очень выросла, — заявил специалист. — Раньше такие "
                 "матчи она проигрывала».",
                 [("спортсменка выросла", "indirect", "Владимир Кислицын"),
                  ("Настя очень выросла", "direct", "Владимир Кислицын"),
                  ("Раньше такие матчи она проигрывала", "direct", "Владимир Кислицын")],
                 id="specialist-is-the-expert-just-quoted"),
    pytest.param("Глава фермерского хозяйства Сергей Колесников настроен менее оптимистично. По "
                 "его словам, цены на зерно остаются низкими.\n\nМы можем собрать много, но "
                 "заработать не получится, — сказал фермер.",
                 [("цены на зерно остаются низкими", "according_to", "Сергей Колесников"),
                  ("Мы можем собрать много, но заработать не получится", "direct",
                   "Сергей Колесников")],
                 id="trade-epithet-farmer"),
    pytest.param("Наставник ЦСКА Олег Рябинин был немногословен. Ребята выполнили установку, — "
                 "сказал он журналистам.",
                 [("Ребята выполнили установку", "direct", "Олег Рябинин")],
                 id="lost-marks-after-narration-with-an-auxiliary"),
    pytest.param("Напомним, в сводке за 25 августа Минобороны России сообщило, что армия нанесла "
                 "удар.",
                 [("армия нанесла удар", "indirect", "Минобороны России")],
                 id="body-after-a-date-is-the-subject"),
    pytest.param("Министр прибыл в Берлин.\n\nМы готовы к диалогу. Но не любой ценой.\n\n— Сергей "
                 "Лавров, министр иностранных дел России\n\nПереговоры продлятся два дня.",
                 [("Мы готовы к диалогу. Но не любой ценой", "direct", "Сергей Лавров")],
                 id="paragraph-signed-on-the-next-line-without-marks"),
    # the attribution alone on the line under the paragraph
    pytest.param("Министр прибыл в Бруней.\n\nЭто не наш метод. Мы никогда к таким вещам не "
                 "прибегаем.\n\nсказал Сергей Лавров\n\nРанее министр посетил Китай.",
                 [("Это не наш метод. Мы никогда к таким вещам не прибегаем", "direct",
                   "Сергей Лавров")],
                 id="paragraph-then-an-attribution-line"),
    pytest.param("Министр иностранных дел Сергей Лавров прибыл в Бруней.\n\nЭто не наш метод. "
                 "Санкции вредят всем.\n— заявил министр.\n\nРанее министр посетил Китай.",
                 [("Это не наш метод. Санкции вредят всем", "direct", "Сергей Лавров")],
                 id="paragraph-then-a-dashed-attribution-line-with-a-role"),
    # a line with a verb and more than its subject is narration
    pytest.param("Министр прибыл в Бруней.\n\nПереговоры прошли в закрытом режиме.\n\nсказал "
                 "Сергей Лавров, что переговоры продолжатся.",
                 [("переговоры продолжатся", "indirect", "Сергей Лавров")],
                 id="an-attribution-line-needs-its-subject-last"),
    pytest.param("Глава МЧС Александр Куренков прибыл на место.\n\nМы сделаем все, чтобы помочь "
                 "пострадавшим. Работы продолжатся круглосуточно.\n\n— сказал он журналистам.",
                 [("Мы сделаем все, чтобы помочь пострадавшим. Работы продолжатся "
                   "круглосуточно", "direct", "Александр Куренков")],
                 id="an-attribution-line-with-its-addressee"),
    pytest.param("Министр прибыл в Бруней.\n\nПереговоры прошли в закрытом режиме.\n\nсказал "
                 "Сергей Лавров и уехал в аэропорт.",
                 [], id="an-attribution-line-going-on-with-narration"),
    pytest.param("Сергей Лавров подчеркнул — мы готовы к диалогу.",
                 [("мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="dash-for-a-lost-colon-after-a-cue"),
    pytest.param("По данным ГУ МЧС по Приморскому краю, из зоны подтопления эвакуированы две "
                 "тысячи человек.",
                 [("из зоны подтопления эвакуированы две тысячи человек", "according_to",
                   "ГУ МЧС")], id="unit-abbreviation-joins-its-body"),
    pytest.param("Министр Иван Петров заявил, будто санкции не действуют.",
                 [("санкции не действуют", "indirect", "Иван Петров")],
                 id="budto-clause"),
    pytest.param("Приводим слова министра Сергея Лаврова: «Мы готовы к диалогу».",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="slova-x-colon"),
    pytest.param("Реакция Кремля: «Мы не комментируем слухи».",
                 [("Мы не комментируем слухи", "direct", "Кремль")],
                 id="reaction-of-a-body-colon"),
    pytest.param("По информации полиции, задержанный ранее уже привлекался к ответственности.",
                 [("задержанный ранее уже привлекался к ответственности", "according_to",
                   "полиция")],
                 id="po-informatsii-and-a-substantivised-participle"),
    pytest.param("Как следует из годового отчёта «Норникеля», чистая прибыль компании сократилась "
                 "на 40%.",
                 [("чистая прибыль компании сократилась на 40%", "according_to", "Норникель")],
                 id="document-of-a-titled-body"),
    pytest.param("Со ссылкой на пресс-службу «Аэрофлота» сообщается, что рейсы выполняются по "
                 "расписанию.",
                 [("рейсы выполняются по расписанию", "indirect", "Аэрофлот")],
                 id="impersonal-report-citing-a-body"),
    pytest.param("Со ссылкой на источники в правительстве сообщается, что повышение НДС "
                 "обсуждается.",
                 [("повышение НДС обсуждается", "indirect", None)],
                 id="impersonal-report-citing-unnamed-sources"),
    pytest.param("«Мы построим этот мост за три года» — такими словами вице-премьер Марат "
                 "Хуснуллин открыл совещание.",
                 [("Мы построим этот мост за три года", "direct", "Марат Хуснуллин")],
                 id="takimi-slovami-x"),
    pytest.param("«Каждый рубль должен работать на людей». Эти слова принадлежат губернатору "
                 "Санкт-Петербурга Александру Беглову.",
                 [("Каждый рубль должен работать на людей", "direct", "Александр Беглов")],
                 id="eti-slova-prinadlezhat-x"),
    pytest.param("«Экономика оказалась устойчивее, чем ожидали». Эти слова принадлежат "
                 "директору-распорядителю МВФ Кристалине Георгиевой.",
                 [("Экономика оказалась устойчивее, чем ожидали", "direct",
                   "Кристалина Георгиева")],
                 id="words-belong-to-the-person-not-her-body"),
    pytest.param("Научный руководитель Гидрометцентра Роман Вильфанд предупредил: «Гололедица "
                 "продержится до выходных». Синоптик допустил, что ночью похолодает.",
                 [("Гололедица продержится до выходных", "direct", "Роман Вильфанд"),
                  ("ночью похолодает", "indirect", "Роман Вильфанд")],
                 id="forecaster-just-quoted"),
    # speech that lost its marks (written 2026-12-03, fourth session; each failing before)
    pytest.param("Мэр Казани Ильсур Метшин ответил: Пока рано об этом говорить.",
                 [("Пока рано об этом говорить", "direct", "Ильсур Метшин")],
                 id="no-marks-colon-infinitive-sentence"),
    pytest.param("Министр финансов Антон Силуанов заявил, что бюджет будет исполнен, добавив: "
                 "Дефицит — под контролем.",
                 [("бюджет будет исполнен", "indirect", "Антон Силуанов"),
                  ("Дефицит — под контролем", "direct", "Антон Силуанов")],
                 id="no-marks-colon-verbless-sentence-after-gerund"),
    pytest.param("Павел Дуров написал в своём канале: Свобода слова — не пустые слова.",
                 [("Свобода слова — не пустые слова", "direct", "Павел Дуров")],
                 id="no-marks-colon-dash-copula"),
    pytest.param("Синоптик Роман Вильфанд предупредил: Гололедица продержится как минимум до "
                 "выходных.",
                 [("Гололедица продержится как минимум до выходных", "direct", "Роман Вильфанд")],
                 id="no-marks-colon-verb-tagged-as-noun"),
    pytest.param("Полиция задержала подозреваемого в пятницу.\n\nЗадержание прошло без "
                 "происшествий. Мужчина доставлен в отдел, — говорится в сообщении полиции.",
                 [("Задержание прошло без происшествий. Мужчина доставлен в отдел", "direct",
                   "полиция")],
                 id="no-marks-impersonal-attribution"),
    pytest.param("Мы решительно осуждаем эти действия. Призываем стороны к сдержанности, — "
                 "сказано в заявлении МИД России.",
                 [("Мы решительно осуждаем эти действия. Призываем стороны к сдержанности",
                   "direct", "МИД России")],
                 id="no-marks-passive-attribution"),
    pytest.param("Журналисты спросили губернатора о сроках.\n\nЯ думаю, что мост откроют к "
                 "лету, — уклончиво ответил Александр Беглов.",
                 [("Я думаю, что мост откроют к лету", "direct", "Александр Беглов")],
                 id="no-marks-adverb-before-cue"),
    pytest.param("В области прошёл ураган. Об этом сообщил в субботу губернатор Илья Середюк. "
                 "Ветер повредил кровли двенадцати домов, — написал Середюк в Telegram.",
                 [("В области прошёл ураган", "according_to", "Илья Середюк"),
                  ("Ветер повредил кровли двенадцати домов", "direct", "Илья Середюк")],
                 id="no-marks-after-a-back-reference"),
    pytest.param("Вечером в понедельник Магомед Оздоев сыграл последний матч. Приехал к вам "
                 "прямо из аэропорта. Завтра лечу домой, — заявил Оздоев.",
                 [("Приехал к вам прямо из аэропорта. Завтра лечу домой", "direct",
                   "Магомед Оздоев")],
                 id="no-marks-narration-names-the-speaker"),
    pytest.param("Мы построим этот мост за три года — такими словами вице-премьер Марат "
                 "Хуснуллин открыл совещание.",
                 [("Мы построим этот мост за три года", "direct", "Марат Хуснуллин")],
                 id="no-marks-takimi-slovami"),
    pytest.param("Каждый рубль должен работать на людей. Эти слова принадлежат губернатору "
                 "Александру Беглову.",
                 [("Каждый рубль должен работать на людей", "direct", "Александр Беглов")],
                 id="no-marks-eti-slova-prinadlezhat"),
    # an outlet's name that lost its marks is still the channel (GUIDELINE §2a)
    pytest.param("Как рассказал Ведомостям осведомлённый источник, сделка сорвалась.",
                 [("сделка сорвалась", "according_to", None)],
                 id="no-marks-dative-outlet-is-no-subject"),
    pytest.param("В ЦБ Известиям пояснили, что ставки не изменятся.",
                 [("ставки не изменятся", "indirect", "ЦБ")],
                 id="no-marks-dative-outlet-after-a-body"),
    pytest.param("Министр финансов Антон Силуанов в интервью газете Ведомости рассказал, что "
                 "бюджет будет сбалансирован.",
                 [("бюджет будет сбалансирован", "indirect", "Антон Силуанов")],
                 id="no-marks-outlet-in-apposition-to-gazeta"),
    pytest.param("Сам Семак в интервью Спорт-Экспрессу признался, что решение стало для него "
                 "неожиданностью.",
                 [("решение стало для него неожиданностью", "indirect", "Семак")],
                 id="no-marks-outlet-after-interview"),
    # a body's kind noun points back to the body written with it (``Холдинг Ростех``)
    pytest.param("Холдинг Ростех закрыл сделку. В холдинге отметили, что решение окончательное.",
                 [("решение окончательное", "indirect", "Ростех")],
                 id="metonym-kholding"),
    pytest.param("Госкорпорация Роскосмос перенесла запуск. В госкорпорации отметили, что "
                 "новая дата пока не выбрана.",
                 [("новая дата пока не выбрана", "indirect", "Роскосмос")],
                 id="metonym-goskorporatsiya"),
    pytest.param("Фонд Сколково объявил конкурс. В фонде отметили, что заявки принимаются до "
                 "марта.",
                 [("заявки принимаются до марта", "indirect", "Сколково")],
                 id="metonym-fond"),
    # guards met on the way: a person after a genitive media noun, a foreign surname the
    # morphology reads as a genitive plural
    pytest.param("Ведущая Русского радио Анна Ковалёва заявила, что песен на английском в "
                 "эфире нет.",
                 [("песен на английском в эфире нет", "indirect", "Анна Ковалёва")],
                 id="person-after-a-genitive-media-noun"),
    pytest.param("24-летний Сташкив на суде заявил, что невиновен.",
                 [("невиновен", "indirect", "Сташкив")],
                 id="consonant-surname-stays-nominative"),
    pytest.param("Руководитель экспедиции, океанолог Института Ширшова Андрей Гаврилов, "
                 "рассказал BBC, что лёд тает быстрее прогнозов.",
                 [("лёд тает быстрее прогнозов", "indirect", "Андрей Гаврилов")],
                 id="role-comma-name-comma-verb"),
    # a lower-case foreign word before a date is a scraper's stamp, not a user name
    pytest.param(" date 2025-09-29 Рютте рассчитывает, что конфликт закончится переговорами\n"
                 "Генеральный секретарь НАТО Марк Рютте выступил в Вест-Пойнте.",
                 [("конфликт закончится переговорами", "indirect", "Марк Рютте")],
                 id="date-stamp-is-no-subject"),
    pytest.param("Пользователь ЖЖ zyalt сообщает, что задержаны тридцать человек.",
                 [("задержаны тридцать человек", "indirect", "zyalt")],
                 id="lower-case-user-name-is-a-subject"),
    # the role's own dependents may hold a name in the genitive and a participle
    pytest.param("Адвокат арестованного заместителя министра обороны Тимура Иванова, Денис "
                 "Балуев, заявил, что его клиент невиновен.",
                 [("его клиент невиновен", "indirect", "Денис Балуев")],
                 id="role-with-a-genitive-name-comma-name-comma-verb"),
    pytest.param("«Выборы отложены на годы», — сказал агентству AFP бывший премьер-министр "
                 "Сумейлу Траоре.",
                 [("Выборы отложены на годы", "direct", "Сумейлу Траоре")],
                 id="abbreviated-outlet-after-media-noun-is-no-subject"),
    pytest.param("Цены на билеты вырастут, заявил корреспонденту ИА Regnum глава компании "
                 "Иван Петров.",
                 [("Цены на билеты вырастут", "according_to", "Иван Петров")],
                 id="abbreviated-outlet-after-reporter-is-no-subject"),
    pytest.param("Зрители в Чите умные и требовательные, заявила корреспонденту ИА «Чита.Ру» 24 мая "
                 "директор фестиваля Лилия Савина.",
                 [("Зрители в Чите умные и требовательные", "according_to", "Лилия Савина")],
                 id="cyrillic-domain-in-a-title-ends-no-sentence"),
    pytest.param("Об обстреле сообщила миссия ОБСЕ, подтвердив, что её наблюдатели слышали "
                 "взрывы.",
                 [("её наблюдатели слышали взрывы", "indirect", "ОБСЕ")],
                 id="gerund-after-inverted-subject"),
    pytest.param("Ассоциация АККОР, которая объединяет фермеров региона, выступила против "
                 "реформы, отметив, что сроки нереальны.",
                 [("сроки нереальны", "indirect", "АККОР")],
                 id="gerund-subject-not-the-relative-clause-object"),
    pytest.param("Вице-президент банка Ольга Минина в интервью РБК отметила, что ставки "
                 "снизятся к осени.",
                 [("ставки снизятся к осени", "indirect", "Ольга Минина")],
                 id="abbreviated-outlet-after-interview-is-no-subject"),
    pytest.param("Как сообщила ТАСС старший помощник прокурора области Елена Рябова, "
                 "чиновник задержан.",
                 [("чиновник задержан", "according_to", "Елена Рябова")],
                 id="outlet-then-adjective-and-role"),
    pytest.param("Сбербанк снижает ставки по ипотеке. Об этом сообщила пресс-служба банка.",
                 [("Сбербанк снижает ставки по ипотеке", "according_to", "Сбербанк")],
                 id="kb-body-the-tagger-missed"),
    pytest.param("Компания Газпром подписала контракт. В компании пояснили, что поставки "
                 "начнутся в мае.",
                 [("поставки начнутся в мае", "indirect", "Газпром")],
                 id="kb-body-after-its-kind-noun"),
    pytest.param("Наставник «Торпедо» Олег Знарок был краток. Ошибки в обороне, три шайбы после "
                 "потерь. Разбирать тут нечего, — отрезал он.",
                 [("Ошибки в обороне, три шайбы после потерь. Разбирать тут нечего", "direct",
                   "Олег Знарок")],
                 id="no-marks-speech-after-a-title-in-marks"),
    pytest.param("Пассажирка автобуса Наталья Курочкина, которая отделалась ушибами:\nНас начало "
                 "заносить на повороте. Люди падали друг на друга.\n\nДело расследует полиция.",
                 [("Нас начало заносить на повороте. Люди падали друг на друга", "direct",
                   "Наталья Курочкина")],
                 id="no-marks-label-line-with-a-relative-clause"),
    pytest.param("Глава района Иван Петров отметил, что главная проблема — цена оборудования: "
                 "котёл и разводка обходятся семье в 200 тысяч рублей.",
                 [("главная проблема — цена оборудования: котёл и разводка обходятся семье в 200 "
                   "тысяч рублей", "indirect", "Иван Петров")],
                 id="colon-inside-a-that-clause-opens-no-speech"),
    pytest.param("Концерн Bayer заявил, что подаст апелляцию:\nПриговор не учитывает десятилетия "
                 "исследований.\n\nСуд назначил заседание на май.",
                 [("подаст апелляцию", "indirect", "Bayer"),
                  ("Приговор не учитывает десятилетия исследований", "direct", "Bayer")],
                 id="that-clause-then-colon-at-line-end-opens-speech"),
    pytest.param("Фигуристка не выступит на этапе в Казани. Об этом ТАСС сообщил вице-президент "
                 "федерации Андрей Зорин.",
                 [("Фигуристка не выступит на этапе в Казани", "according_to", "Андрей Зорин")],
                 id="indeclinable-outlet-before-the-verb-is-the-addressee"),
    pytest.param("Фигуристка не выступит на этапе в Казани. Об этом сообщил ТАСС.",
                 [("Фигуристка не выступит на этапе в Казани", "according_to", "ТАСС")],
                 id="outlet-alone-is-the-source"),
    pytest.param("Министр образования Алла Ведерникова подписала приказ. Директор одной из "
                 "новосибирских гимназий признался, что переход дастся непросто.",
                 [("переход дастся непросто", "indirect", None)],
                 id="role-in-one-of-the-bodies-is-unnamed"),
    pytest.param("Министр Мариана Соуза, чья страна примет конференцию, заявила, что богатые "
                 "страны должны платить.",
                 [("богатые страны должны платить", "indirect", "Мариана Соуза")],
                 id="chya-clause-between-subject-and-verb"),
    pytest.param("Компания «Нефтегаз-Восток» переносит запуск завода. Об этом говорится в "
                 "отчётности компании за третий квартал.",
                 [("Компания «Нефтегаз-Восток» переносит запуск завода", "according_to",
                   "Нефтегаз-Восток")],
                 id="reports-of-a-metonym-body"),
    pytest.param("Госкорпорация «Роскосмос» и NASA продлили соглашение. Об этом сообщила "
                 "пресс-служба российской госкорпорации.",
                 [("Госкорпорация «Роскосмос» и NASA продлили соглашение", "according_to",
                   "Роскосмос")],
                 id="press-service-of-an-adjective-metonym"),
    pytest.param("Мы готовы к диалогу, — сказал Сергей Лавров.\n\nНо ответа пока нет. И мы ждём "
                 "его уже месяц.",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров"),
                  ("Но ответа пока нет. И мы ждём его уже месяц", "direct", "Сергей Лавров")],
                 id="no-marks-first-person-paragraph-goes-on"),
    pytest.param("Переговоры пройдут в Женеве, — сказал Сергей Лавров.\n\nНаш корреспондент "
                 "будет там всю неделю.",
                 [("Переговоры пройдут в Женеве", "direct", "Сергей Лавров")],
                 id="newsroom-first-person-is-no-speech"),
    pytest.param("Переговоры пройдут в Женеве, — сказал Сергей Лавров.\n\nНапомним, ранее мы "
                 "рассказывали о подготовке встречи.",
                 [("Переговоры пройдут в Женеве", "direct", "Сергей Лавров")],
                 id="napomnim-is-the-newsroom"),
    pytest.param("— Мы правы, — сказал президент фестиваля Никита Михалков.\nОтметим, что на "
                 "красной дорожке мы видели многих звёзд кино.",
                 [("Мы правы", "direct", "Никита Михалков")],
                 id="otmetim-is-the-newsroom-too"),
    pytest.param("Сергей Пучков, главный тренер «Таврии»: «Много было разговоров после поражения."
                 "\nНо ребята „спустя рукава“ не играют».\nМатч прошёл в Симферополе.",
                 [("Много было разговоров после поражения.\nНо ребята „спустя рукава“ не "
                   "играют", "direct", "Сергей Пучков")],
                 id="quotation-after-a-colon-closed-in-the-next-paragraph"),
    pytest.param("«Водитель получил травмы. Пассажирка погибла», — рассказал Сибдепо "
                 "осведомлённый источник.",
                 [("Водитель получил травмы. Пассажирка погибла", "direct", None)],
                 id="outlet-then-unnamed-source-run-together-by-the-tagger"),
    pytest.param("Среди его учеников ведущие артисты театра Анна Ковалёва и Сергей Мигицко. Об "
                 "этом говорится в сообщении на сайте театра.",
                 [("Среди его учеников ведущие артисты театра Анна Ковалёва и Сергей Мигицко",
                   "according_to", "театр")],
                 id="people-after-a-body-noun-are-not-its-name"),
    pytest.param("Актёр умер на 80-м году жизни. Об этом говорится в сообщении на официальном "
                 "сайте Малого театра.",
                 [("Актёр умер на 80-м году жизни", "according_to", "Малый театр")],
                 id="statement-on-the-official-site-of-a-body"),
    pytest.param("Депутат Госдумы, лидер партии «Новые люди» Алексей Нечаев обратился к "
                 "коллегам.\n«Это опасно для страны», — говорит законодатель.",
                 [("Это опасно для страны", "direct", "Алексей Нечаев")],
                 id="two-appositions-and-a-synonym-of-the-role"),
    pytest.param("Мы надеемся на диалог». Мы готовы работать вместе, — сказала Хизер Науэрт.",
                 [("Мы надеемся на диалог». Мы готовы работать вместе", "direct", "Хизер Науэрт")],
                 id="no-marks-stray-closing-mark-inside"),
    pytest.param("» Мы готовы работать вместе, — сказала Хизер Науэрт.",
                 [("Мы готовы работать вместе", "direct", "Хизер Науэрт")],
                 id="no-marks-stray-closing-mark-first"),
    pytest.param("Корреспондент поговорил с режиссёром Иваном Петровым о фильме.\n\nКак у вас "
                 "появилась идея фильма?\n\nИдея появилась давно, ещё в институте.\n\n"
                 "Сколько длились ваши съёмки?\n\nПочти два года.\n\nНам помогали друзья.\n\n"
                 "Фильм выйдет в прокат в марте.",
                 [("Как у вас появилась идея фильма", "direct", None),
                  ("Идея появилась давно, ещё в институте", "direct", "Иван Петров"),
                  ("Сколько длились ваши съёмки", "direct", None),
                  ("Почти два года", "direct", "Иван Петров"),
                  ("Нам помогали друзья", "direct", "Иван Петров")],
                 id="interview-with-bare-questions"),
    pytest.param("Иван Петров рассказал о фильме.\n\nКак у вас появилась идея фильма?\n\n"
                 "Идея появилась давно.\n\nСколько длились ваши съёмки?\n\nПочти два года.",
                 [], id="bare-questions-without-an-interview-are-no-interview"),
    pytest.param("Корреспондент Wikinews поговорил с Иваном Петровым.\nWikinews: Как появилась "
                 "идея фильма?\nИван Петров: Идея появилась давно.\n"
                 "Wikinews: Сколько длились съёмки?\nИван Петров: Почти два года.",
                 [("Как появилась идея фильма", "direct", None),
                  ("Идея появилась давно", "direct", "Иван Петров"),
                  ("Сколько длились съёмки", "direct", None),
                  ("Почти два года", "direct", "Иван Петров")],
                 id="latin-outlet-label-asks"),
    pytest.param("Дмитрий Иванов побеседовал с Иваном Петровым.\nДмитрий Иванов "
                 "(Викиновости): Как появилась идея фильма?\nИван Петров: Идея "
                 "появилась давно.\nДмитрий Иванов (Викиновости): Сколько длились съёмки?\nИван "
                 "Петров: Почти два года.",
                 [("Как появилась идея фильма", "direct", "Дмитрий Иванов"),
                  ("Идея появилась давно", "direct", "Иван Петров"),
                  ("Сколько длились съёмки", "direct", "Дмитрий Иванов"),
                  ("Почти два года", "direct", "Иван Петров")],
                 id="named-interviewer-asks"),
    pytest.param("Министр выступил на форуме.\n\n«Мы готовы к диалогу, но не любой ценой».\n"
                 "Сергей Лавров, министр иностранных дел России\n\nФорум продлится три дня.",
                 [("Мы готовы к диалогу, но не любой ценой", "direct", "Сергей Лавров")],
                 id="quotation-signed-without-a-dash"),
    pytest.param("Министр выступил на форуме.\n\nМы готовы к диалогу, но не любой ценой.\n"
                 "Сергей Лавров, министр иностранных дел России\n\nФорум продлится три дня.",
                 [("Мы готовы к диалогу, но не любой ценой", "direct", "Сергей Лавров")],
                 id="no-marks-first-person-paragraph-signed-without-a-dash"),
    pytest.param("Вокалист группы покончил с собой, сообщает BBC.\nКит Флинт\nТело нашли "
                 "утром в понедельник.",
                 [("Вокалист группы покончил с собой", "according_to", "BBC")],
                 id="photo-caption-under-narration-signs-nothing"),
    pytest.param("Мать певца Ивана Смирнова Ольга Смирнова рассказала о болезни сына. По словам "
                 "матери Ивана Смирнова, лечение займёт год.",
                 [("лечение займёт год", "according_to", "Ольга Смирнова")],
                 id="mother-of-x-is-not-x"),
    pytest.param("Писатель Иван Петров умер на 97-м году жизни. По словам его супруги Валентины "
                 "Петровой, он скончался дома.",
                 [("он скончался дома", "according_to", "Валентина Петрова")],
                 id="his-wife-x-is-x"),
    pytest.param("Суд признал бывшего президента виновным и приговорил его к 11 годам, сообщает "
                 "BBC.",
                 [("Суд признал бывшего президента виновным и приговорил его к 11 годам",
                   "according_to", "BBC")],
                 id="a-verdict-is-no-speech-of-its-own"),
    pytest.param("Так Песков ответил на вопрос журналистов, передаёт РБК.", [],
                 id="back-reference-body-is-no-trailing-quote"),
    pytest.param("Министр по вопросам изменения климата Шерри Рехман в интервью телеканалу Al "
                 "Jazeera сказала, что богатые страны несут ответственность.",
                 [("богатые страны несут ответственность", "indirect", "Шерри Рехман")],
                 id="name-after-a-prepositional-phrase-is-the-subject"),
    pytest.param("Приказ подписала министр образования Алла Ведерникова. «Дети устают», — "
                 "объяснила она. Министр уточнила, что нагрузка не вырастет.\n\nДиректор одной из "
                 "гимназий в разговоре с корреспондентом признался, что переход дастся непросто.",
                 [("Дети устают", "direct", "Алла Ведерникова"),
                  ("нагрузка не вырастет", "indirect", "Алла Ведерникова"),
                  ("переход дастся непросто", "indirect", None)],
                 id="one-of-is-somebody-new-not-the-last-speaker"),
    pytest.param("«Я не виноват, — произнёс подсудимый Андрей Колесников, — и докажу это».",
                 [("Я не виноват", "direct", "Андрей Колесников"),
                  ("и докажу это", "direct", "Андрей Колесников")],
                 id="proiznes-is-a-manner-cue"),
    pytest.param("Такие меры, считает глава ассоциации ритейлеров Ирина Седова, приведут к росту "
                 "цен.",
                 [("Такие меры, считает глава ассоциации ритейлеров Ирина Седова, приведут к "
                   "росту цен", "according_to", "Ирина Седова")],
                 id="parenthetical-cue-with-a-role-before-the-name"),
    pytest.param("«Где были надзорные органы все эти годы?» — задаётся вопросом эколог Алина "
                 "Сухова.",
                 [("Где были надзорные органы все эти годы?", "direct", "Алина Сухова")],
                 id="zadaetsya-voprosom-is-a-manner-cue"),
    pytest.param("«Не поддавайтесь панике», — призвал жителей губернатор Алексей Дроздов.",
                 [("Не поддавайтесь панике", "direct", "Алексей Дроздов")],
                 id="prizval-introduces-direct-speech"),
    pytest.param("Губернатор призвал жителей не поддаваться панике.", [],
                 id="prizval-with-an-infinitive-is-no-quote"),
    pytest.param("Как следует из отчётности «Магнита», чистая прибыль сократилась на 12%.",
                 [("чистая прибыль сократилась на 12%", "according_to", "Магнит")],
                 id="kak-sleduet-iz-otchetnosti"),
    pytest.param("По отзывам очевидцев, спасатели сработали быстро.",
                 [("спасатели сработали быстро", "according_to", None)],
                 id="po-otzyvam"),
    pytest.param("Губернатор Андрей Ломакин заявил, что тепло дадут раньше. Министр жилищной "
                 "политики и энергетики области Дмитрий Сазонов уточнил, что заменено 62 километра "
                 "сетей.",
                 [("тепло дадут раньше", "indirect", "Андрей Ломакин"),
                  ("заменено 62 километра сетей", "indirect", "Дмитрий Сазонов")],
                 id="full-name-after-a-place-noun-is-the-subject"),
    pytest.param("Губернатор Андрей Ломакин заявил, что тепло дадут раньше. Министр жилищной "
                 "политики и энергетики уточнил, что заменено 62 километра сетей.",
                 [("тепло дадут раньше", "indirect", "Андрей Ломакин"),
                  ("заменено 62 километра сетей", "indirect", None)],
                 id="coordinated-dependents-are-no-coordinated-verbs"),
    pytest.param("Губернатор Андрей Ломакин заявил, что тепло дадут раньше. «Сети изношены», — "
                 "признал министр.",
                 [("тепло дадут раньше", "indirect", "Андрей Ломакин"),
                  ("Сети изношены", "direct", None)],
                 id="a-different-office-is-not-the-last-speaker"),
    pytest.param("Начальник управления МЧС Эдуард Кучияк заявил, что туристы спасены. «Это "
                 "третий случай за месяц», — подчеркнул глава ведомства.",
                 [("туристы спасены", "indirect", "Эдуард Кучияк"),
                  ("Это третий случай за месяц", "direct", "Эдуард Кучияк")],
                 id="a-body-head-may-be-any-office-of-it"),
    pytest.param("Глава Минфина Антон Сорокин о бюджете: дефицит сократится вдвое\n\nМинистр "
                 "выступил в Думе.",
                 [("дефицит сократится вдвое", "direct", "Антон Сорокин")],
                 id="headline-role-name-topic"),
    pytest.param("Главный тренер «Сибири» Павел Зубрицкий: Мы доказали, что умеем отыгрываться"
                 "\n\nМатч прошёл в Омске.",
                 [("Мы доказали, что умеем отыгрываться", "direct", "Павел Зубрицкий")],
                 id="headline-adjective-role-body-name"),
    pytest.param("В окружении мэра Ивана Берёзкина считают, что кампания против него заказная.",
                 [("кампания против него заказная", "indirect", None)],
                 id="v-okruzhenii-is-unnamed"),
    pytest.param("В кулуарах форума говорят, что главой агентства станет его заместитель.",
                 [("главой агентства станет его заместитель", "indirect", None)],
                 id="v-kuluarakh-is-unnamed"),
    pytest.param("По словам Марии Ивановой, ей передали, что директор школы уволился.",
                 [("ей передали, что директор школы уволился", "according_to",
                   "Мария Иванова")], id="po-slovam-governs-an-untold-cue"),
    pytest.param("По словам соседей, им сказали, что дом снесут весной.",
                 [("им сказали, что дом снесут весной", "according_to", None)],
                 id="po-slovam-unnamed-governs-an-untold-cue"),
    pytest.param("По словам Ивановой, губернатор Олег Смирнов заявил ей, что денег нет.",
                 [("денег нет", "indirect", "Олег Смирнов")],
                 id="po-slovam-with-a-named-teller-keeps-the-tellers-quote"),
    pytest.param("Счётная палата выпустила заключение по бюджету. В нем отмечается, что "
                 "расходы выросли.", [("расходы выросли", "indirect", "Счётная палата")],
                 id="v-nem-a-message-of-the-sentence-before"),
    pytest.param("Компания «Лукойл» опубликовала отчёт. В нём отмечается, что добыча выросла "
                 "на 3%.", [("добыча выросла на 3%", "indirect", "Лукойл")],
                 id="v-nem-author-is-the-named-company-not-its-kind-noun"),
    pytest.param("Минздрав выпустил заявление. «Вакцина безопасна», — сказано в заявлении.\nВ "
                 "нем также отмечается, что прививки бесплатны.",
                 [("Вакцина безопасна", "direct", "Минздрав"),
                  ("прививки бесплатны", "indirect", "Минздрав")],
                 id="v-nem-the-message-the-sentence-before-cites"),
    pytest.param("Иван Петров жил в доме. «Крыша течёт», — сказал он в доме.\nВ нем также "
                 "отмечается, что ремонт не проводился.",
                 [("Крыша течёт", "direct", "Иван Петров"),
                  ("ремонт не проводился", "indirect", None)],
                 id="v-nem-a-place-the-sentence-before-names-is-no-message"),
    pytest.param("Пресс-секретарь президента Дмитрий Песков прокомментировал решение. «Мы "
                 "ответим», — сказал представитель Кремля.",
                 [("Мы ответим", "direct", "Дмитрий Песков")],
                 id="predstavitel-kremlya-is-the-named-press-secretary"),
    pytest.param("«Мы ответим», — сказал представитель Кремля.",
                 [("Мы ответим", "direct", "Кремль")],
                 id="predstavitel-kremlya-unnamed-is-the-kremlin"),
    pytest.param("Министр иностранных дел Турции Мевлют Чавушоглу встретился с Лавровым. "
                 "«Переговоры были продуктивными», – цитирует ТАСС главу турецкой дипломатии.",
                 [("Переговоры были продуктивными", "direct", "Мевлют Чавушоглу")],
                 id="tsitiruet-outlet-a-role-in-the-accusative"),
    pytest.param("Пекин отреагировал на отмену визита. Как заявила представитель МИД КНР Вэй "
                 "Дун, сотрудничество выгодно обеим сторонам.\nОна отметила, что Германия и "
                 "Китай должны уважать друг друга.",
                 [("сотрудничество выгодно обеим сторонам", "according_to", "Вэй Дун"),
                  ("Германия и Китай должны уважать друг друга", "indirect", "Вэй Дун")],
                 id="gender-of-a-foreign-name-from-the-verb-before-its-role"),
    pytest.param("В мэрии прошло совещание.\n− Ремонт закончим к осени, − сообщили в мэрии "
                 "Самары.", [("Ремонт закончим к осени", "direct", "мэрия Самары")],
                 id="minus-sign-as-a-dialogue-dash"),
    pytest.param("Мэр Казани Олег Ильин прокомментировал жалобы горожан:\" Ремонт дорог — "
                 "естественное требование. Работы много\".",
                 [("Ремонт дорог — естественное требование. Работы много", "direct",
                   "Олег Ильин")], id="straight-mark-glued-to-the-colon-opens"),
    pytest.param("«Подсудимый оскорбил обвинителя», – изложили в пресс-службе прокуратуры "
                 "суть обвинения.", [("Подсудимый оскорбил обвинителя", "direct",
                                      "пресс-служба прокуратуры")], id="izlozhit-is-a-cue"),
    pytest.param("Губернатор Денис Орлов обратился к жителям. В его обращении говорится:\n\n"
                 "«Мы должны быть едины».", [("Мы должны быть едины", "direct", "Денис Орлов")],
                 id="v-ego-obrashchenii-the-possessive-owns-the-message"),
    pytest.param("Губернатор Владимир Мазин выступил с обращением. В заявлении, размещенном в "
                 "его телеграм-канале, также отмечается, что все службы работают штатно.",
                 [("все службы работают штатно", "indirect", "Владимир Мазин")],
                 id="v-ego-telegram-kanale-the-possessive-owns-the-channel"),
    pytest.param("Новые санкции в Кремле считают недружественным шагом, заявил пресс-секретарь "
                 "президента Дмитрий Песков.",
                 [("Новые санкции в Кремле считают недружественным шагом", "according_to",
                   "Дмитрий Песков")], id="schitat-with-an-object-and-no-clause-is-no-cue"),
    pytest.param("Вашингтон считает сделку предпочтительной, заявила во вторник официальный "
                 "представитель Госдепартамента Тэмми Брюс, пишет РИА Новости.",
                 [("Вашингтон считает сделку предпочтительной", "according_to", "Тэмми Брюс")],
                 id="trailing-cue-then-an-outlet-relays"),
    pytest.param("Москва готова к переговорам с Киевом - МИД РФ\n\nРоссия всегда готова к "
                 "диалогу, заявили в министерстве.",
                 [("Москва готова к переговорам с Киевом", "direct", "МИД РФ"),
                  ("Россия всегда готова к диалогу", "according_to", "МИД РФ")],
                 id="headline-signed-by-a-body-after-a-dash"),
    pytest.param("Цены на бензин не вырастут — глава Минэнерго Сергей Цивилев\n\nМинистр "
                 "выступил на форуме.",
                 [("Цены на бензин не вырастут", "direct", "Сергей Цивилев")],
                 id="headline-signed-by-a-role-and-name"),
    pytest.param("Украина не пойдёт на уступки — Зеленский\n\nПрезидент Украины Владимир "
                 "Зеленский выступил в Раде.",
                 [("Украина не пойдёт на уступки", "direct", "Владимир Зеленский")],
                 id="headline-signed-by-a-surname-the-body-names"),
    pytest.param("Он ответил «нет» журналистам.", [("нет", "direct", None)],
                 id="a-quoted-word-then-an-object-is-still-speech"),
    pytest.param("Переговоры завершились. Как выразилась Мария Захарова, конкретные переговоры "
                 "не начались.", [("конкретные переговоры не начались", "according_to",
                                   "Мария Захарова")], id="kak-vyrazilas-is-a-marker"),
    pytest.param("Об этом сообщили в МИД.\nУзнайте больше ➞«Никаких обращений не было», — "
                 "прокомментировали в МИД России заявление Госдепа.",
                 [("Никаких обращений не было", "direct", "МИД России")],
                 id="a-chrome-symbol-before-the-quotation-ends-the-narration"),
    pytest.param("В своём обращении губернатор Олег Мазин сказал: Уважаемые жители области! "
                 "Считаю необходимым обратиться к вам.",
                 [("Уважаемые жители области! Считаю необходимым обратиться к вам", "direct",
                   "Олег Мазин")], id="colon-speech-opening-with-an-address"),
    pytest.param("Министр Олег Мазин добавил: Несмотря на то, что МИД объявил о прекращении "
                 "переговоров, официальных действий не было.",
                 [("Несмотря на то, что МИД объявил о прекращении переговоров, официальных "
                   "действий не было", "direct", "Олег Мазин")],
                 id="colon-speech-with-a-speech-verb-and-no-clause-of-its-own"),
    pytest.param("Министр иностранных дел Турции Хакан Фидан провёл переговоры.\n\nМы продолжим "
                 "переговоры. Мы не хотим войны в регионе.\n\n– глава МИД Турции\n\nВстреча "
                 "прошла в Анкаре.",
                 [("Мы продолжим переговоры. Мы не хотим войны в регионе", "direct",
                   "Хакан Фидан")], id="paragraph-signed-by-an-office"),
    pytest.param("Протекторат над Венесуэлой не решит проблем региона. Такое заявление сделал "
                 "постоянный представитель Бразилии при ООН Серхио Данезе, пишет ТАСС.",
                 [("Протекторат над Венесуэлой не решит проблем региона", "according_to",
                   "Серхио Данезе")], id="back-reference-then-an-outlet-is-no-trailing-quote"),
    pytest.param("Постоянный представитель Бразилии при ООН Серхио Данезе выступил в Совбезе.\n\n"
                 "По словам постпреда, Бразилия призывает Совет Безопасности действовать.",
                 [("Бразилия призывает Совет Безопасности действовать", "according_to",
                   "Серхио Данезе")], id="postpred-is-the-permanent-representative"),
    pytest.param("Латвия поддержит Украину, заявила во вторник журналистам после встречи "
                 "премьер-министр Айга Лиепиня.\n\nОна отметила, что помощь будет расти.",
                 [("Латвия поддержит Украину", "according_to", "Айга Лиепиня"),
                  ("помощь будет расти", "indirect", "Айга Лиепиня")],
                 id="gender-of-a-foreign-name-from-a-speech-verb-far-before-it"),
    pytest.param("На своей странице в Facebook он написал, что ситуация под контролем.",
                 [("ситуация под контролем", "indirect", None)],
                 id="a-body-after-a-preposition-is-no-he"),
    pytest.param("Президент Казахстана Касым-Жомарт Токаев выступил на форуме. Глава государства "
                 "сообщил: «Мы готовы принять переговоры».\n\nПри этом подчёркивается: «Казахстан "
                 "не является посредником».",
                 [("Мы готовы принять переговоры", "direct", "Касым-Жомарт Токаев"),
                  ("Казахстан не является посредником", "direct", "Касым-Жомарт Токаев")],
                 id="impersonal-with-no-body-right-after-a-person-goes-on"),
    pytest.param("Законопроект внесли в Госдуму. Тем временем в парламенте агентству «Интерфакс» "
                 "заявили, что нарушений не было.",
                 [("нарушений не было", "indirect", "Госдума")],
                 id="an-outlet-addressed-is-no-dependent-of-the-body"),
    pytest.param("По данным сайта mk.ru, сигнал о пожаре поступил в 6:12.",
                 [("сигнал о пожаре поступил в 6:12", "according_to", "mk.ru")],
                 id="a-site-named-by-its-address"),
    pytest.param("Прокурор выступил в суде.\nЕвгения Назарец: Мы подали иск в суд.",
                 [("Мы подали иск в суд", "direct", "Евгения Назарец")],
                 id="a-transcript-label-is-in-the-nominative"),
    pytest.param("Прокуратура Амурской области взяла на контроль расследование ДТП. Об этом "
                 "сообщила пресс-служба ведомства.\n\n«Один человек скончался», — уточнили в "
                 "прокуратуре.",
                 [("Прокуратура Амурской области взяла на контроль расследование ДТП",
                   "according_to", "прокуратура Амурской области"),
                  ("Один человек скончался", "direct", "прокуратура Амурской области")],
                 id="vedomstvo-and-a-bare-unit-are-the-unit-with-its-place"),
    pytest.param("Камала Харрис позвонила Трампу. «Разговор был тёплым», — сказал помощник "
                 "Камалы Харрис.", [("Разговор был тёплым", "direct", None)],
                 id="a-name-declined-only-in-its-first-word-owns-the-role"),
    pytest.param("По данным \"Ведомостей\", министр направил письмо премьеру.\n\"Минфин "
                 "констатирует, что в фонде есть 65 миллиардов рублей\", — сообщает газета.\n"
                 "Остальные средства министр предлагает взять из резерва, сообщает издание.",
                 [("министр направил письмо премьеру", "according_to", "Ведомости"),
                  ("Минфин констатирует, что в фонде есть 65 миллиардов рублей", "direct",
                   "Ведомости"),
                  ("Остальные средства министр предлагает взять из резерва", "according_to",
                   "Ведомости")], id="gazeta-is-the-outlet-quoted-not-a-body-in-its-words"),
    pytest.param("Губернатор Вадим Шумков выступил с обращением. Из его слов, паводок подходит "
                 "к Кургану.", [("паводок подходит к Кургану", "according_to", "Вадим Шумков")],
                 id="iz-ego-slov-is-a-marker"),
    pytest.param("«Мы сделали всё, что могли», — отреагировал на поражение главный тренер Иван "
                 "Петров.", [("Мы сделали всё, что могли", "direct", "Иван Петров")],
                 id="after-comma-dash-any-verb-reports-the-words"),
    pytest.param("Болельщики устроили овацию. «Спасибо вам за поддержку!», — поблагодарил "
                 "трибуны капитан команды Олег Смирнов.",
                 [("Спасибо вам за поддержку!", "direct", "Олег Смирнов")],
                 id="after-comma-dash-a-verb-with-its-object"),
    pytest.param("Посол России в США Дарчиев: Вашингтон затягивает выдачу виз\n\nПосол России "
                 "в США Александр Дарчиев рассказал о проблемах с визами.",
                 [("Вашингтон затягивает выдачу виз", "direct", "Александр Дарчиев")],
                 id="headline-role-with-a-preposition-then-a-surname"),
    pytest.param("Очевидец: пожарные приехали через час\n\nВ Самаре сгорел склад.",
                 [("пожарные приехали через час", "direct", None)],
                 id="headline-of-an-unnamed-source"),
    pytest.param("«Мы не отступим»: Лавров о переговорах с Киевом\n\nМинистр иностранных дел "
                 "России Сергей Лавров дал интервью.",
                 [("Мы не отступим", "direct", "Сергей Лавров")],
                 id="headline-quotation-signed-after-a-colon"),
    pytest.param("«Это провокация»: в Кремле ответили на заявление Зеленского\n\nПресс-секретарь "
                 "президента прокомментировал слова украинского лидера.",
                 [("Это провокация", "direct", "Кремль")],
                 id="headline-quotation-signed-by-a-place"),
    pytest.param("«Я считаю, что экзамен стал сложнее», — заявил Музаев.\nГлава Рособрнадзора "
                 "рассказал, что ему выделили 30 минут.\n«Дописать мне не дали журналисты», — "
                 "сообщил он.",
                 [("Я считаю, что экзамен стал сложнее", "direct", "Музаев"),
                  ("ему выделили 30 минут", "indirect", "Музаев"),
                  ("Дописать мне не дали журналисты", "direct", "Музаев")],
                 id="a-pronoun-after-a-role-that-spoke-is-whom-the-role-was"),
    pytest.param("Дом давно не ремонтировали, рассказала «Известиям» жительница Марина Исламова."
                 "\n— Крыша течёт, и ни одна управляющая компания не хочет нас брать. Мы писали "
                 "во все инстанции.\n\nВ мэрии обещали разобраться.",
                 [("Дом давно не ремонтировали", "according_to", "Марина Исламова"),
                  ("Крыша течёт, и ни одна управляющая компания не хочет нас брать. Мы писали во "
                   "все инстанции", "direct", "Марина Исламова")],
                 id="a-dash-paragraph-after-a-report-is-its-speech"),
    pytest.param("По словам Сергея Иванова, дом давно не ремонтировали.\n— Крыша течёт, никто не "
                 "хочет нас обслуживать.\n— Мы писали во все инстанции, но ответа нет.",
                 [("дом давно не ремонтировали", "according_to", "Сергей Иванов"),
                  ("Крыша течёт, никто не хочет нас обслуживать", "direct", "Сергей Иванов"),
                  ("Мы писали во все инстанции, но ответа нет", "direct", "Сергей Иванов")],
                 id="dash-paragraphs-after-po-slovam-go-on"),
    pytest.param("Вице-премьер Татьяна Голикова заявила, что программа будет продлена.\n- Я не "
                 "хочу предвосхищать события, но думаю, что программа будет продлена,\n- "
                 "цитирует ее слова издание.\nОна добавила, что выплаты вырастут.",
                 [("программа будет продлена", "indirect", "Татьяна Голикова"),
                  ("Я не хочу предвосхищать события, но думаю, что программа будет продлена",
                   "direct", "Татьяна Голикова"),
                  ("выплаты вырастут", "indirect", "Татьяна Голикова")],
                 id="a-dialogue-attribution-broken-onto-the-next-line"),
    pytest.param("Пресс-конференция прошла в Москве.\n«Программа будет продлена», — сказала "
                 "вице-премьер Татьяна Голикова.\n«Мы это прогнозировали», — добавила "
                 "вице-премьер.\nОна также отметила, что выплаты вырастут.",
                 [("Программа будет продлена", "direct", "Татьяна Голикова"),
                  ("Мы это прогнозировали", "direct", "Татьяна Голикова"),
                  ("выплаты вырастут", "indirect", "Татьяна Голикова")],
                 id="a-role-nouns-gender-is-not-its-holders"),
    pytest.param("«Работы идут по графику», — сообщили в мэрии Самары. Там добавили, что мост "
                 "откроют в мае.",
                 [("Работы идут по графику", "direct", "мэрия Самары"),
                  ("мост откроют в мае", "indirect", "мэрия Самары")],
                 id="tam-is-the-body-that-spoke-last"),
    pytest.param("В МВД рассказали о задержании. Там также уточнили, что подозреваемый дал "
                 "показания.", [("подозреваемый дал показания", "indirect", "МВД")],
                 id="tam-is-the-body-the-sentence-before-names"),
    pytest.param("Иван Петров живёт в Самаре. Там говорят, что мост откроют в мае.",
                 [("мост откроют в мае", "indirect", None)], id="tam-after-a-place-is-nobody"),
    pytest.param("Проверка боеготовности войск не связана с учениями соседей, - Минобороны РФ\n\n"
                 "Министр обороны Сергей Шойгу провёл проверку.",
                 [("Проверка боеготовности войск не связана с учениями соседей", "direct",
                   "Минобороны РФ")], id="headline-signed-with-a-short-participle"),
    pytest.param("ФСБ предотвратила теракт в Москве. Об этом РИА Новости сообщили в пресс-службе "
                 "ФСБ.", [("ФСБ предотвратила теракт в Москве", "according_to",
                           "пресс-служба ФСБ")],
                 id="an-outlet-before-a-plural-verb-is-told-the-body-tells"),
    pytest.param("ТАСС сообщили в пресс-службе ФСБ, что теракт предотвращён.",
                 [("теракт предотвращён", "indirect", "пресс-служба ФСБ")],
                 id="an-outlet-opening-the-clause-before-a-plural-verb-is-told"),
    pytest.param("«Подозреваемый задержан», — сообщили в правоохранительных органах.",
                 [("Подозреваемый задержан", "direct", None)],
                 id="a-plural-kind-of-bodies-names-none"),
    pytest.param("За это время, рассказала «Известиям» живущая там Марина Исламова, дом ни разу "
                 "не ремонтировали.",
                 [("За это время, рассказала «Известиям» живущая там Марина Исламова, дом ни "
                   "разу не ремонтировали", "according_to", "Марина Исламова")],
                 id="parenthetical-cue-with-an-addressee-in-marks-and-a-participle"),
    pytest.param("Как сам Иван Петров сформулировал, работу оценили на четвёрку.",
                 [("работу оценили на четвёрку", "according_to", "Иван Петров")],
                 id="kak-with-the-subject-before-its-verb"),
    pytest.param("Группу создали после того, как экологи сообщили о гибели рыбы.", [],
                 id="posle-togo-kak-is-a-time-clause"),
    pytest.param("Журналист спросил, как губернатор оценивает ситуацию.", [],
                 id="sprosil-kak-is-an-embedded-question"),
    pytest.param("Налоги не вырастут — такое мнение высказал министр финансов Антон Силуанов.",
                 [("Налоги не вырастут", "according_to", "Антон Силуанов")],
                 id="inline-reference-takoe-mnenie"),
    pytest.param("Налоги не вырастут — с таким заявлением выступил министр Антон Силуанов.",
                 [("Налоги не вырастут", "according_to", "Антон Силуанов")],
                 id="inline-reference-s-takim-zayavleniem"),
    pytest.param("Анна Смирнова рассказала, что дом не ремонтировали. Собеседница агентства "
                 "добавила, что управляющая компания бездействует.",
                 [("дом не ремонтировали", "indirect", "Анна Смирнова"),
                  ("управляющая компания бездействует", "indirect", "Анна Смирнова")],
                 id="sobesednitsa-is-the-person-just-quoted"),
    pytest.param("Источник в правительстве сообщил, что налоги не вырастут. Собеседник "
                 "агентства добавил, что бюджет исполнят.",
                 [("налоги не вырастут", "indirect", None), ("бюджет исполнят", "indirect", None)],
                 id="sobesednik-after-an-unnamed-source-is-unnamed"),
    pytest.param("«Москва готова к переговорам» — Лавров\n\nМинистр иностранных дел России Сергей "
                 "Лавров выступил на пресс-конференции.",
                 [("Москва готова к переговорам", "direct", "Сергей Лавров")],
                 id="headline-quotation-signed-after-a-dash-leaves-its-marks-out"),
    pytest.param("Лавров — о переговорах: Москва готова к диалогу\n\nМинистр иностранных дел "
                 "России Сергей Лавров выступил на пресс-конференции.",
                 [("Москва готова к диалогу", "direct", "Сергей Лавров")],
                 id="headline-name-dash-topic-colon"),
    pytest.param("«Мы будем добиваться справедливости», — сказали в семье погибшего.",
                 [("Мы будем добиваться справедливости", "direct", None)],
                 id="v-seme-is-nobody-named"),
    pytest.param("Понедельник, 10 июня 2024 года, 10:00 Партия лидирует на выборах. Об этом "
                 "сообщила избирательная комиссия.",
                 [("Партия лидирует на выборах", "according_to", "избирательная комиссия")],
                 id="a-back-reference-leaves-the-dateline-out"),
    pytest.param("2024 год стал рекордным для экспорта. Об этом сообщил Росстат.",
                 [("2024 год стал рекордным для экспорта", "according_to", "Росстат")],
                 id="a-year-as-the-subject-is-no-dateline"),
    pytest.param("15:04 Песков: Кремль не комментирует слухи\n\nПресс-секретарь президента "
                 "Дмитрий Песков ответил на вопросы журналистов.",
                 [("Кремль не комментирует слухи", "direct", "Дмитрий Песков")],
                 id="a-headline-label-after-a-time-stamp"),
    pytest.param("Чайка: борьба с коррупцией провалена\n\nГенпрокурор провёл совещание. При этом "
                 "Чайка раскритиковал губернаторов.",
                 [("борьба с коррупцией провалена", "direct", "Чайка")],
                 id="a-headline-label-that-is-also-a-common-noun"),
    pytest.param("Адвокат Татьяна Стукалова отказалась от дела. В интервью Sports.ru она сказала, "
                 "что браться за работу невозможно.",
                 [("браться за работу невозможно", "indirect", "Татьяна Стукалова")],
                 id="the-outlet-of-an-interview-is-no-pronouns-antecedent"),
    pytest.param("Суд отказал адвокату. Об этом РИА \"Новости\" по телефону сообщил адвокат "
                 "Тимофей Гриднев.",
                 [("Суд отказал адвокату", "according_to", "Тимофей Гриднев")],
                 id="an-outlet-before-circumstances-and-the-verb-is-told"),
    pytest.param("Суд отклонил ходатайства защиты. Об этом сообщает Радио Свобода со ссылкой на "
                 "адвокатов Надежды Савченко.",
                 [("Суд отклонил ходатайства защиты", "according_to", None)],
                 id="so-ssylkoy-na-a-persons-lawyers-is-not-the-person"),
    pytest.param("Режиссёра госпитализировали, сообщает ТАСС со ссылкой на его жену Галину "
                 "Юркову.", [("Режиссёра госпитализировали", "according_to", "Галина Юркова")],
                 id="so-ssylkoy-na-a-relative-in-apposition-is-that-person"),
    pytest.param("Генпрокурор Юрий Чайка выступил на коллегии. «Работа провалена», — отметил "
                 "прокурор.", [("Работа провалена", "direct", "Юрий Чайка")],
                 id="a-prokuror-is-the-genprokuror-named"),
    pytest.param("Адвокат Виталий Сердюк заявил, что происходят грубые нарушения.",
                 [("происходят грубые нарушения", "indirect", "Виталий Сердюк")],
                 id="chto-before-a-plural-happening-verb-is-a-conjunction"),
    pytest.param("Мэр Иван Петров сообщил, что случился пожар на складе.",
                 [("случился пожар на складе", "indirect", "Иван Петров")],
                 id="chto-before-a-happening-verb-with-its-subject-is-a-conjunction"),
    pytest.param("Мэр Иван Петров рассказал, что происходит в городе.", [],
                 id="chto-proiskhodit-is-an-embedded-question"),
    pytest.param("Также защита Ивана Петрова утверждает, что происходят нарушения.",
                 [("происходят нарушения", "indirect", None)],
                 id="zashchita-of-a-person-is-the-unnamed-lawyers"),
    pytest.param("Администрация Челябинска подсчитала ущерб. «Пострадали 149 домов», — сообщила "
                 "администрация города.",
                 [("Пострадали 149 домов", "direct", "администрация Челябинска")],
                 id="a-unit-of-a-place-named-by-its-kind-is-the-unit-named"),
    pytest.param("Администрация Кетовского округа объявила эвакуацию. Об этом сообщила "
                 "администрация муниципалитета.",
                 [("Администрация Кетовского округа объявила эвакуацию", "according_to",
                   "администрация Кетовского округа")],
                 id="a-unit-opening-a-sentence-is-a-unit-mention"),
    pytest.param("Некоторые наши слушатели спрашивают: «На нас нападут?»",
                 [("На нас нападут?", "direct", None)],
                 id="a-capitalised-group-of-people-is-nobody-named"),
    pytest.param("Михаил Дом рассказал, что назвали его так случайно: Мои родители ждали девочку. "
                 "Когда я родился, они запаниковали.",
                 [("назвали его так случайно", "indirect", "Михаил Дом"),
                  ("Мои родители ждали девочку. Когда я родился, они запаниковали", "direct",
                   "Михаил Дом")], id="lost-marks-first-person-after-a-colon-ends-the-clause"),
    pytest.param("Министр сказал, что ситуация проста: цены не вырастут.",
                 [("ситуация проста: цены не вырастут", "indirect", None)],
                 id="a-colon-inside-a-that-clause-stays-in-it"),
    pytest.param("Мария Захарова назвала заявление Лондона провокацией. «Это очередная ложь», — "
                 "написала дипломат.",
                 [("Это очередная ложь", "direct", "Мария Захарова")],
                 id="a-calling-describes-the-subject-before-it"),
    pytest.param("Илья Варламов опубликовал видео из Твери. Блогер отметил, что дороги разбиты.",
                 [("дороги разбиты", "indirect", "Илья Варламов")],
                 id="a-calling-describes-the-subject-before-it-indirect"),
    pytest.param("Ставка останется высокой. Об этом, как передает «Интерфакс», заявил советник "
                 "председателя ЦБ Кирилл Тремасов.",
                 [("Ставка останется высокой", "according_to", "Кирилл Тремасов")],
                 id="back-reference-with-a-channel-aside"),
    pytest.param("В Минпромторге заявили, что сети не сообщали о росте цен. Подорожала только "
                 "курица, добавили там.",
                 [("сети не сообщали о росте цен", "indirect", "Минпромторг"),
                  ("Подорожала только курица", "according_to", "Минпромторг")],
                 id="trailing-cue-there-is-the-body-before"),
    pytest.param("Спрос на отечественный софт нужно стимулировать, считает глава Минцифры Максут "
                 "Шадаев. Об этом он заявил в интервью журналу «Эксперт».",
                 [("Спрос на отечественный софт нужно стимулировать", "according_to",
                   "Максут Шадаев")],
                 id="back-reference-to-a-sentence-with-its-own-attribution"),
    pytest.param("Компания «Яндекс» попала под санкции. «Санкции не скажутся на бизнесе», — "
                 "заявили в интернет-компании.",
                 [("Санкции не скажутся на бизнесе", "direct", "Яндекс")],
                 id="a-compound-metonym-points-back"),
    pytest.param("Компания «Яндекс» попала под санкции. Об этом говорится в сообщении российской "
                 "интернет-компании.",
                 [("Компания «Яндекс» попала под санкции", "according_to", "Яндекс")],
                 id="a-compound-metonym-in-a-message"),
    pytest.param("Компания «Яндекс» попала под санкции. «Санкции не скажутся на бизнесе», — "
                 "заявили в компании, выразив сожаление по поводу того, что запреты сводят на нет "
                 "усилия сотрудников.",
                 [("Санкции не скажутся на бизнесе", "direct", "Яндекс"),
                  ("запреты сводят на нет усилия сотрудников", "indirect", "Яндекс")],
                 id="a-gerund-clause-with-its-own-that-clause-hides-no-subject"),
    pytest.param("На трассе М-4 произошло ДТП. Об этом сообщили в отделе пропаганды УГИБДД по "
                 "Ростовской области. Водитель выехал на встречную полосу. «Погибли три "
                 "человека», — говорится в сообщении. В ведомстве также уточнили, что за рулем "
                 "был мужчина.",
                 [("На трассе М-4 произошло ДТП", "according_to", "УГИБДД"),
                  ("Погибли три человека", "direct", "УГИБДД"),
                  ("за рулем был мужчина", "indirect", "УГИБДД")],
                 id="agency-metonym-is-the-body-that-spoke-last"),
    pytest.param("«Театр на Спасской» отложил открытие. «Мы переносим открытие сезона», — "
                 "сообщили в учреждении.",
                 [("Мы переносим открытие сезона", "direct", "Театр на Спасской")],
                 id="an-institution-points-back"),
    pytest.param("Городские службы продолжают работы. Об этом сообщили в соцсетях мэрии.",
                 [("Городские службы продолжают работы", "according_to", "мэрия")],
                 id="a-social-network-is-its-owners-channel"),
    pytest.param("Тысячи жителей остались без воды. Об этом пишет «Интерфакс» со ссылкой на "
                 "данные городской прокуратуры.",
                 [("Тысячи жителей остались без воды", "according_to", "прокуратура")],
                 id="citing-the-data-of-a-body-cites-the-body"),
    pytest.param("Фестиваль посетили 77 тысяч человек. Об этом в своем телеграм-канале рассказал "
                 "и. о. министра культуры региона Аркадий Зинов.",
                 [("Фестиваль посетили 77 тысяч человек", "according_to", "Аркадий Зинов")],
                 id="acting-abbreviation-does-not-end-the-phrase"),
    pytest.param("Глава региона Сергей Меликов докладывал президенту об износе сетей. По словам "
                 "чиновника, денег не хватает.",
                 [("денег не хватает", "according_to", "Сергей Меликов")],
                 id="an-official-describes-the-subject-before-it"),
    pytest.param("Государство рассчитывает получить от бизнеса 300 млрд рублей, заявил глава "
                 "Минфина Антон Силуанов на съезде РСПП.",
                 [("Государство рассчитывает получить от бизнеса 300 млрд рублей",
                   "according_to", "Антон Силуанов")],
                 id="a-stance-verb-with-an-infinitive-reports-nothing"),
    pytest.param("Цены вырастут. В феврале сообщалось, что рост цен оказался выше.",
                 [("рост цен оказался выше", "indirect", None)],
                 id="a-month-is-no-place-that-speaks"),
    pytest.param("Минэкономразвития ожидает ускорения роста цен. Об этом говорится в обзоре "
                 "министерства «Картина инфляции. Март 2021 года», передает ТАСС.",
                 [("Минэкономразвития ожидает ускорения роста цен", "according_to",
                   "Минэкономразвития")],
                 id="a-title-split-into-sentences-is-no-trailing-quote"),
    pytest.param("«Мы готовы...» — начал было министр Иван Петров.",
                 [("Мы готовы...", "direct", "Иван Петров")],
                 id="after-an-ellipsis-and-a-dash-any-verb-reports"),
    pytest.param("Министр Иван Петров провел прямую линию. «Нефть получена», — сказал министр. "
                 "«Когда?» — спросил позвонивший на линию мужчина.",
                 [("Нефть получена", "direct", "Иван Петров"), ("Когда?", "direct", None)],
                 id="a-plain-person-noun-is-not-the-minister"),
    pytest.param("Артем Лукоянов — лидер команды. В интервью нашему изданию Лукоянов рассказал, "
                 "как Зинэтула Билялетдинов поменял команду.\n— Артем, после финала вы ни с "
                 "кем не общались. Расскажите о своих эмоциях.\n— Поражения бывают разными. "
                 "Это самое обидное.",
                 [("Артем, после финала вы ни с кем не общались. Расскажите о своих эмоциях",
                   "direct", None),
                  ("Поражения бывают разными. Это самое обидное", "direct", "Артем Лукоянов")],
                 id="interview-cut-after-one-question-and-its-answer"),
    pytest.param("Об этом рассказывает Максим Либанов, директор института.\n\n– Максим "
                 "Валентинович, почему это так важно? Зачем нам знать о нейтрино?\n\n"
                 "Физика нейтрино – это очень интересная область.\n\nМы строим новый детектор.",
                 [("Максим Валентинович, почему это так важно? Зачем нам знать о нейтрино",
                   "direct", None),
                  ("Физика нейтрино – это очень интересная область", "direct", "Максим Либанов"),
                  ("Мы строим новый детектор", "direct", "Максим Либанов")],
                 id="interview-answer-without-a-dash-over-two-paragraphs"),
    pytest.param("Корреспондент побеседовал с режиссером Иваном Петровым.\n— Как появилась идея "
                 "фильма?\n— Она пришла ко мне на Урале.\nЯ долго искал героев.\n— Когда "
                 "премьера?\n— Весной.",
                 [("Как появилась идея фильма", "direct", None),
                  ("Она пришла ко мне на Урале", "direct", "Иван Петров"),
                  ("Я долго искал героев", "direct", "Иван Петров"),
                  ("Когда премьера", "direct", None),
                  ("Весной", "direct", "Иван Петров")],
                 id="interview-answer-goes-on-in-the-first-person"),
    pytest.param("Магомед Оздоев ответил на вопросы читателей.\n— Магомед, почему мы пропускаем "
                 "голы? К вам претензий нет (болельщики Андрей и Рафаэль)\n— Мы же одна команда. "
                 "И я виноват.",
                 [("Магомед, почему мы пропускаем голы? К вам претензий нет (болельщики Андрей "
                   "и Рафаэль)", "direct", None),
                  ("Мы же одна команда. И я виноват", "direct", "Магомед Оздоев")],
                 id="interview-question-addressing-the-person-by-name"),
    pytest.param("Эксперты оценили интервью.\n\nДмитрий Гудков, бывший депутат Госдумы:\n\n— Все "
                 "это очень странно. Важные вопросы не прозвучали.",
                 [("Все это очень странно. Важные вопросы не прозвучали", "direct",
                   "Дмитрий Гудков")],
                 id="name-with-a-body-in-apposition-before-a-colon"),
    pytest.param("Мария Захарова назвала решение Вашингтона провокацией и заявила, что оно "
                 "повлечет ответные меры. «Это гротескно», — заявила дипломат.",
                 [("оно повлечет ответные меры", "indirect", "Мария Захарова"),
                  ("Это гротескно", "direct", "Мария Захарова")],
                 id="a-neuter-pronoun-describes-nobody"),
    pytest.param("На пост мэра назначен Иван Петров. Ранее он работал в правительстве области. "
                 "Новый мэр пообещал, что дороги отремонтируют.",
                 [("дороги отремонтируют", "indirect", "Иван Петров")],
                 id="the-new-holder-of-a-post-the-document-appointed"),
    pytest.param("Иван Петров стал мэром в 2020 году. Мэр пообещал, что дороги отремонтируют.",
                 [("дороги отремонтируют", "indirect", "Иван Петров")],
                 id="a-role-given-by-a-predicate"),
    pytest.param("Политтехнолог Андрей Потылицын считает, что изменения заметны. Политтехнолог "
                 "отметил, что главное впереди.",
                 [("изменения заметны", "indirect", "Андрей Потылицын"),
                  ("главное впереди", "indirect", "Андрей Потылицын")],
                 id="a-role-noun-opening-a-sentence-is-a-role"),
    pytest.param("Врач-терапевт Людмила Лапа объяснила, как провести выходные. Эксперт отмечает, "
                 "что лучше остаться дома.",
                 [("лучше остаться дома", "indirect", "Людмила Лапа")],
                 id="an-expert-noun-after-a-professional-subject"),
    pytest.param("Иван Петров приехал в больницу. По мнению эксперта, эпидемия идет на спад.",
                 [("эпидемия идет на спад", "according_to", None)],
                 id="an-expert-noun-after-a-person-with-no-profession-is-somebody-else"),
    pytest.param("Генеральный директор «Роскосмоса» Юрий Борисов выступил на форуме. Глава "
                 "госкорпорации сообщил, что станция будет построена.",
                 [("станция будет построена", "indirect", "Юрий Борисов")],
                 id="the-head-of-a-body-named-by-a-metonym"),
    pytest.param("Председатель Центробанка Эльвира Набиуллина выступила в Думе. Глава регулятора "
                 "отметила, что инфляция замедляется.",
                 [("инфляция замедляется", "indirect", "Эльвира Набиуллина")],
                 id="the-head-of-the-regulator"),
    pytest.param("Иван Петров встретился с Олегом Сидоровым. Последний заявил, что переговоры "
                 "прошли успешно.",
                 [("переговоры прошли успешно", "indirect", "Олег Сидоров")],
                 id="the-latter-as-an-adjective"),
    pytest.param("Анна Смирнова и ее муж переехали в Москву. Женщина рассказала, что давно "
                 "мечтала о столице.",
                 [("давно мечтала о столице", "indirect", "Анна Смирнова")],
                 id="a-plain-person-noun-describes-the-subject-with-no-role"),
    pytest.param("Иван Петров, 45 лет, был задержан в аэропорту. Мужчина признался, что вез "
                 "контрабанду.",
                 [("вез контрабанду", "indirect", "Иван Петров")],
                 id="a-plain-person-noun-describes-the-detained-man"),
    pytest.param("Рост цен замедлился, показали данные Росстата.",
                 [("Рост цен замедлился", "according_to", "Росстат")],
                 id="a-finding-verb-closing-a-sentence"),
    pytest.param("Большинство россиян доверяют врачам, выяснили социологи ВЦИОМ.",
                 [("Большинство россиян доверяют врачам", "according_to", "ВЦИОМ")],
                 id="a-finding-verb-with-members-of-a-body"),
    pytest.param("«Мы заслужили эту победу». Тренер «Зенита» Сергей Семак — о матче со "
                 "«Спартаком»\n\nГлавный тренер «Зенита» Сергей Семак прокомментировал победу.",
                 [("Мы заслужили эту победу", "direct", "Сергей Семак")],
                 id="headline-quotation-then-a-period-and-the-speaker-on-a-topic"),
    pytest.param("«Мы заслужили эту победу». Сергей Семак покинул клуб летом.",
                 [],
                 id="a-quotation-then-a-sentence-with-its-own-verb-is-no-headline"),
    pytest.param("Нападающий «Зенита» Иван Сергеев: «Забил благодаря партнерам»",
                 [("Забил благодаря партнерам", "direct", "Иван Сергеев")],
                 id="a-role-with-a-title-in-marks-before-a-name-and-colon"),
    pytest.param("«Газпром» увеличил экспорт на 9,7% по сравнению с 2015 г. Об этом заявил "
                 "председатель правления компании Алексей Миллер.",
                 [("«Газпром» увеличил экспорт на 9,7% по сравнению с 2015 г", "according_to",
                   "Алексей Миллер")],
                 id="a-back-reference-after-an-abbreviation-ending-a-sentence"),
    pytest.param("В Минэнерго России сообщили о росте цен. По словам представителя ведомства, "
                 "рост цен наблюдается.",
                 [("рост цен наблюдается", "according_to", "Минэнерго России")],
                 id="a-representative-of-a-metonym-speaks-for-the-body"),
    pytest.param("«Рост цен наблюдается», — приводит РИА Новости заявление Минэнерго.",
                 [("Рост цен наблюдается", "direct", "Минэнерго")],
                 id="an-outlet-relays-a-bodys-statement"),
    pytest.param("После посадки JAXA сообщило, что модуль прилунился.",
                 [("модуль прилунился", "indirect", "JAXA")],
                 id="a-caseless-body-name-right-before-its-verb"),
    pytest.param("В Китае, как убеждён Дженсен Хуанг, достаточно талантливых специалистов.",
                 [("В Китае, как убеждён Дженсен Хуанг, достаточно талантливых специалистов",
                   "according_to", "Дженсен Хуанг")],
                 id="kak-with-a-stance-adjective"),
    pytest.param("Как уверены в Кремле, переговоры продолжатся.",
                 [("переговоры продолжатся", "according_to", "Кремль")],
                 id="kak-uvereny-v-body"),
    pytest.param("Токаев заявил, что чиновники не желают читать\n\nПрезидент Казахстана "
                 "Касым-Жомарт Токаев раскритиковал чиновников.",
                 [("чиновники не желают читать", "indirect", "Касым-Жомарт Токаев")],
                 id="a-surname-the-tagger-read-as-a-common-noun"),
    pytest.param("Текст мирного договора почти финализирован – глава МИД Армении\n"
                 "27.06.2024 | 14:58 Текст мирного договора почти финализирован, заявил министр "
                 "иностранных дел Армении Арарат Мирзоян.",
                 [("Текст мирного договора почти финализирован", "direct", "Арарат Мирзоян"),
                  ("Текст мирного договора почти финализирован", "according_to",
                   "Арарат Мирзоян")],
                 id="headline-signed-by-an-office-and-a-trailing-quote-after-a-dateline"),
    pytest.param("Майя Санду отправилась в Киев.\n«Сегодня я еду в Киев с сообщением о "
                 "поддержке»,\n— заявила Санду.",
                 [("Сегодня я еду в Киев с сообщением о поддержке", "direct", "Майя Санду")],
                 id="attribution-broken-onto-the-next-line-after-the-comma"),
    pytest.param("Ранее «Комсомолка» сообщала, что Литва открывает границу.",
                 [("Литва открывает границу", "indirect", "Комсомолка")],
                 id="an-outlet-title-after-an-adverb-is-the-subject"),
    pytest.param("Накануне «Известия» писали, что закон готов.",
                 [("закон готов", "indirect", "Известия")],
                 id="a-plural-title-with-a-plural-verb"),
    pytest.param("Глава города Дмитрий Денисов прокомментировал ситуацию утром.\n\n- Уборка "
                 "снега ведется без остановок, - заявил он. -Сегодня ночью снег вывозили с улиц: "
                 "Моторная, Баррикад, Степана Разина, Малоярославецкая, Дружбы и других.\n\n"
                 "По его словам, техника работает круглосуточно.\n\n- Работы будут "
                 "продолжаться без перерывов, - рассказал чиновник.",
                 [("Уборка снега ведется без остановок", "direct", "Дмитрий Денисов"),
                  ("Сегодня ночью снег вывозили с улиц: Моторная, Баррикад, Степана Разина, "
                   "Малоярославецкая, Дружбы и других", "direct", "Дмитрий Денисов"),
                  ("техника работает круглосуточно", "according_to", "Дмитрий Денисов"),
                  ("Работы будут продолжаться без перерывов", "direct", "Дмитрий Денисов")],
                 id="a-name-inside-direct-speech-is-nobody-a-role-describes"),
    pytest.param("Прокурор Андреа Занончелли говорил, что Маркив командовал группой. Адвокат "
                 "Маркива заявил, что его подзащитный никем не командовал.",
                 [("Маркив командовал группой", "indirect", "Андреа Занончелли"),
                  ("его подзащитный никем не командовал", "indirect", None)],
                 id="a-lawyer-is-not-the-prosecutor-who-spoke"),
    pytest.param("«Мы не допустим этого», — заявил Рейтер министр обороны Израиля Эхуд Барак.",
                 [("Мы не допустим этого", "direct", "Эхуд Барак")],
                 id="an-outlet-the-tagger-read-as-a-person-then-the-speaker"),
    pytest.param("Инфляция в январе, по оценке «Ромира», составила 11 процентов, а по подсчетам "
                 "Росстата — 5,2 процента.",
                 [("Инфляция в январе, по оценке «Ромира», составила 11 процентов",
                   "according_to", "Ромир"),
                  ("по подсчетам Росстата — 5,2 процента", "according_to", "Росстат")],
                 id="two-coordinated-source-markers-are-two-quotes"),
    pytest.param("Артем Лукоянов — старожил «Ак Барса». Минувший сезон стал для него 12-м. За "
                 "это время игрок завоевал Кубок. Тогда, по словам хоккеиста, шансов не было.",
                 [("Тогда, по словам хоккеиста, шансов не было", "according_to",
                   "Артем Лукоянов")],
                 id="a-player-describes-the-subject-before-it"),
    pytest.param("Врач Людмила Лапа рассказала о рисках. «Риск есть», — приводит слова врача "
                 "«Звезда».",
                 [("Риск есть", "direct", "Людмила Лапа")],
                 id="relayed-words-of-a-role-before-the-outlets-title"),
    pytest.param("Врач-терапевт Людмила Лапа рассказала о рисках. «Риск есть», — приводит слова "
                 "терапевта «Звезда».",
                 [("Риск есть", "direct", "Людмила Лапа")],
                 id="a-compound-role-named-by-its-last-part"),
    pytest.param("Вице-премьер Марат Хуснуллин выступил. Премьер заявил, что дороги построят.",
                 [("дороги построят", "indirect", None)],
                 id="a-vice-premier-is-no-premier"),
    pytest.param("Ованнисян прокомментировал заявление представителя МИД РФ Марии Захаровой, "
                 "сообщившей ранее в ходе брифинга, что Москва готова к переговорам.",
                 [("Москва готова к переговорам", "indirect", "Мария Захарова")],
                 id="an-oblique-participle-describes-the-name-before-its-comma"),
    pytest.param("Объём грузов составляет 1 млн тонн. Такие данные привёл в интервью журналу "
                 "Восточного экономического форума (ВЭФ) заместитель гендиректора «Росатома» "
                 "Вячеслав Рукша.",
                 [("Объём грузов составляет 1 млн тонн", "according_to", "Вячеслав Рукша")],
                 id="a-bracketed-abbreviation-is-no-subject"),
    pytest.param("МИД Ирана призвал Совбез ООН принять меры.\nКак передает Report, об этом "
                 "говорится в заявлении внешнеполитического ведомства Ирана.\n\"Израиль атаковал "
                 "ряд целей\", - сказано в заявлении.",
                 [("МИД Ирана призвал Совбез ООН принять меры", "according_to", "МИД Ирана"),
                  ("Израиль атаковал ряд целей", "direct", "МИД Ирана")],
                 id="a-body-of-a-kind-and-a-place-is-the-body-named"),
    pytest.param("Генсек ООН Антониу Гутерреш проведет переговоры с Сергеем Лавровым. О встрече на "
                 "полях сессии Генеральной Ассамблеи ООН сообщил представитель генсека Стефан "
                 "Дюжаррик.",
                 [("Генсек ООН Антониу Гутерреш проведет переговоры с Сергеем Лавровым",
                   "according_to", "Стефан Дюжаррик")],
                 id="o-event-noun-points-back-at-what-the-sentence-before-told"),
    pytest.param("Цены выросли. О росте цен заявили в Росстате.",
                 [("Цены выросли", "according_to", "Росстат")],
                 id="o-event-noun-sharing-a-word-with-the-sentence-before"),
    pytest.param("Рынок стабилен — такое мнение высказал аналитик Иван Петров.",
                 [("Рынок стабилен", "according_to", "Иван Петров")],
                 id="a-two-word-clause-before-an-inline-back-reference"),
    pytest.param("Министр здравоохранения Михаил Мурашко заявил, что вакцина безопасна. В ведомстве "
                 "добавили, что поставки начнутся в мае.",
                 [("вакцина безопасна", "indirect", "Михаил Мурашко"),
                  ("поставки начнутся в мае", "indirect", "Минздрав")],
                 id="the-agency-of-the-minister-who-spoke"),
]


# 8b. Pronouns and "the latter".
PRONOUNS = [
    # the dictionary, not the tagger's reading of an oblique case, tells a name's gender
    pytest.param("Министр финансов Антон Силуанов встретился с главой Центробанка Эльвирой "
                 "Набиуллиной. Она отметила, что инфляция замедляется.",
                 [("инфляция замедляется", "indirect", "Эльвира Набиуллина")],
                 id="ona-is-the-woman-the-dictionary-knows-by-her-first-name"),
    # but the dictionary's gender of a foreign surname (``Хасан``) says nothing
    pytest.param("Журналист Пьер Дюбуа и правозащитница Амаль Хасан побывали в Газе. Она "
                 "рассказала, что город разрушен.",
                 [("город разрушен", "indirect", "Амаль Хасан")],
                 id="ona-is-the-woman-whose-surname-the-dictionary-reads-as-a-mans-name"),
    # what culture and science news call the person the story is about
    pytest.param("Певица Алла Пугачёва опубликовала пост в соцсети. Примадонна написала, что "
                 "не собирается возвращаться на сцену.",
                 [("не собирается возвращаться на сцену", "indirect", "Алла Пугачёва")],
                 id="primadonna-is-the-singer-named"),
    pytest.param("Физик Андрей Гейм получил престижную премию. Учёный отметил, что награда — "
                 "заслуга всей команды.",
                 [("награда — заслуга всей команды", "indirect", "Андрей Гейм")],
                 id="the-scientist-is-the-physicist-named"),
    # a lone surname after a person noun that is the genitive of a man the text named is
    # his (the noun speaks), whatever case and gender the tagger read after a feminine noun
    pytest.param("Режиссёр Владимир Чеботарев скончался в четверг. Как рассказала ассистентка "
                 "Чеботарева, режиссёр умер утром.",
                 [("режиссёр умер утром", "according_to", None)],
                 id="the-assistant-of-the-man-named"),
    pytest.param("Режиссёр Владимир Чеботарев скончался в четверг. Как рассказала ассистентка "
                 "Чеботарева, режиссёр умер утром. По словам ассистентки, прощание пройдёт в "
                 "субботу.",
                 [("режиссёр умер утром", "according_to", None),
                  ("прощание пройдёт в субботу", "according_to", None)],
                 id="the-assistant-again-is-not-her-boss"),
    pytest.param("Мэр Иван Петров уволил помощницу. Пресс-секретарь Петрова заявила, что "
                 "решение принято.",
                 [("решение принято", "indirect", None)],
                 id="the-press-secretary-of-the-man-named"),
    pytest.param("Режиссёр Владимир Чеботарев скончался. Его ассистентка Ольга Чеботарева "
                 "рассказала, что режиссёр умер утром.",
                 [("режиссёр умер утром", "indirect", "Ольга Чеботарева")],
                 id="a-woman-named-with-her-first-name-is-herself"),
    pytest.param("Актриса Анна Петрова вышла замуж. Актриса Петрова заявила, что счастлива.",
                 [("счастлива", "indirect", "Анна Петрова")],
                 id="a-woman-of-the-text-is-no-mans-genitive"),
    # the person the quote itself names (the deceased) is not the body's representative
    pytest.param("Умер академик РАН Александр Исаев.\n\n«Сегодня, на 87-м году жизни, умер "
                 "Александр Сергеевич, выдающийся учёный», — уточнил представитель РАН.",
                 [("Сегодня, на 87-м году жизни, умер Александр Сергеевич, выдающийся учёный",
                   "direct", "РАН")], id="a-representative-is-not-whom-the-quote-names"),
    # ``перевозчик`` is animate to the dictionary but names a company: no person for ``он``
    pytest.param("Генеральный директор «Аэрофлота» Сергей Александровский дал интервью. "
                 "Перевозчик, как отметил он, увеличит число рейсов.",
                 [("Перевозчик, как отметил он, увеличит число рейсов", "according_to",
                   "Сергей Александровский")], id="a-carrier-is-no-antecedent-of-he"),
    pytest.param("Премию «Триумф» получил актёр Богдан Ступка. Мастер сказал, что благодарен "
                 "своей матери.",
                 [("благодарен своей матери", "indirect", "Богдан Ступка")],
                 id="the-master-is-the-actor-named"),
    # a kind of institution points back to the one of that kind the text named
    pytest.param("Умер бывший директор Эрмитажа. В музее сообщили, что прощание пройдёт в "
                 "субботу.",
                 [("прощание пройдёт в субботу", "indirect", "Эрмитаж")],
                 id="v-muzee-is-the-museum-named"),
    pytest.param("Артист Академического театра имени Ленсовета Иван Петров скончался. «Мы "
                 "осиротели», — рассказали в театре.",
                 [("Мы осиротели", "direct", "Академический театр имени Ленсовета")],
                 id="v-teatre-is-the-theatre-named"),
    pytest.param("Концерт Робби Уильямса в Москве не состоится. Об этом сообщил представитель "
                 "организаторов приезда певца в Россию в Facebook Эдуард Ратников.\nМенеджер "
                 "пояснил, что причиной стала болезнь музыканта.",
                 [("Концерт Робби Уильямса в Москве не состоится", "according_to",
                   "Эдуард Ратников"),
                  ("причиной стала болезнь музыканта", "indirect", "Эдуард Ратников")],
                 id="the-manager-is-the-organisers-man-who-spoke"),
    # the subject of the sentence a trailing cue reports is not who reports it
    pytest.param("Композитор Раймонд Паулс не приедет на конкурс. Покойный Майкл Джексон "
                 "совершил переворот в музыке, а сейчас таких артистов нет, считает маэстро.",
                 [("Покойный Майкл Джексон совершил переворот в музыке, а сейчас таких "
                   "артистов нет", "according_to", "Раймонд Паулс")],
                 id="a-trailing-epithet-is-not-the-subject-it-reports"),
    pytest.param("Мадуро набрал 68% голосов, а его соперник Энри Фалькон отстал на 40 пунктов. "
                 "Последний заявил, что не признаёт выборы.",
                 [("не признаёт выборы", "indirect", "Энри Фалькон")],
                 id="the-latter-is-the-person-named-last"),
    pytest.param("Последний заявил, что не признаёт выборы.",
                 [("не признаёт выборы", "indirect", None)],
                 id="the-latter-with-nobody-before-is-no-name"),
    pytest.param("По словам экс-мэра Мехико Андреса Лопеса Обрадора, закон нарушался. Он также "
                 "пообещал, что обратится к властям.",
                 [("закон нарушался", "according_to", "Андрес Лопес Обрадор"),
                  ("обратится к властям", "indirect", "Андрес Лопес Обрадор")],
                 id="he-is-the-mayor-not-the-city"),
    pytest.param("По словам экс-мэра Мехико, закон нарушался. Он также пообещал, что "
                 "обратится к властям.",
                 [("закон нарушался", "according_to", None),
                  ("обратится к властям", "indirect", None)],
                 id="he-is-never-the-city-of-a-role"),
    pytest.param("Сергей Лавров встретился с Энтони Блинкеном. Глава российского МИД заявил, что "
                 "Москва готова к диалогу.",
                 [("Москва готова к диалогу", "indirect", "Сергей Лавров")],
                 id="the-head-of-a-body-with-an-adjective"),
    pytest.param("По словам адвоката Дадаева Марка Каверзина, в документ были внесены изменения.",
                 [("в документ были внесены изменения", "according_to", "Марк Каверзин")],
                 id="the-lawyer-of-one-named-by-full-name"),
    pytest.param("По словам адвоката Алексея Навального Ольги Михайловой, суд отложен.",
                 [("суд отложен", "according_to", "Ольга Михайлова")],
                 id="the-lawyer-of-a-person-both-named-in-full"),
    pytest.param("С проблемой столкнулся врач Виктор Ляшко, который сообщил РБК, что вакцин "
                 "не хватает.",
                 [("вакцин не хватает", "indirect", "Виктор Ляшко")],
                 id="who-told-an-outlet-is-the-relative-pronouns-antecedent"),
    pytest.param("Главный врач Виктор Ляшко, который уверяет журналистов, что всё не так "
                 "плохо, ответил на вопросы.",
                 [("всё не так плохо", "indirect", "Виктор Ляшко")],
                 id="the-content-of-a-relative-clause-ends-before-the-main-verb"),
    pytest.param("В обращении патриарха Кирилла говорится, что мир нуждается в милосердии.",
                 [("мир нуждается в милосердии", "indirect", "Кирилл")],
                 id="the-message-of-an-office-and-its-holder"),
    pytest.param("В заявлении помощника президента Владимира Путина говорится, что встреча "
                 "состоится.",
                 [("встреча состоится", "indirect", None)],
                 id="the-message-of-an-aide-not-of-the-president"),
    pytest.param("Телеканал Tolo News сообщил о взрыве. Ранее во вторник Tolo News сообщил, что "
                 "смертник подорвался в центре города. По его информации, большинство жертв "
                 "являются госслужащими.",
                 [("смертник подорвался в центре города", "indirect", "Tolo News"),
                  ("большинство жертв являются госслужащими", "according_to", "Tolo News")],
                 id="his-data-are-the-channels"),
    pytest.param("Археологи нашли захоронение. Об этом сообщает РИА Новости со ссылкой на "
                 "Министерство древностей Египта. В сообщении говорится, что находка является "
                 "крупнейшей.",
                 [("Археологи нашли захоронение", "according_to", "Министерство древностей Египта"),
                  ("находка является крупнейшей", "indirect", "Министерство древностей Египта")],
                 id="the-message-is-the-sources-not-the-relays"),
    pytest.param("Археологи нашли захоронение. Об этом сообщает «Интерфакс» со ссылкой на "
                 "Министерство древностей Египта. В сообщении говорится, что находка является "
                 "крупнейшей.",
                 [("Археологи нашли захоронение", "according_to", "Министерство древностей Египта"),
                  ("находка является крупнейшей", "indirect", "Министерство древностей Египта")],
                 id="the-message-is-the-sources-not-the-quoted-relays"),
    pytest.param("Тысячи жителей остались без воды. Об этом сообщает РИА Новости со ссылкой на "
                 "пресс-службу мэрии.\n«Без воды осталось 15 домов», — говорится в сообщении.",
                 [("Тысячи жителей остались без воды", "according_to", "пресс-служба мэрии"),
                  ("Без воды осталось 15 домов", "direct", "пресс-служба мэрии")],
                 id="the-message-is-the-cited-bodys-though-not-a-tagged-name"),
    pytest.param("Тысячи жителей остались без воды. Об этом сообщает РИА Новости.\n«Без воды "
                 "осталось 15 домов», — говорится в сообщении.",
                 [("Тысячи жителей остались без воды", "according_to", "РИА Новости"),
                  ("Без воды осталось 15 домов", "direct", "РИА Новости")],
                 id="the-message-of-an-outlet-citing-nobody"),
    pytest.param("Роспотребнадзор усилил контроль на границе, сообщили в пресс-службе "
                 "Роспотребнадзора.\n\"Проверки проводятся круглосуточно\", процитировали "
                 "сообщение в ТАСС.",
                 [("Роспотребнадзор усилил контроль на границе", "according_to",
                   "пресс-служба Роспотребнадзора"),
                  ("Проверки проводятся круглосуточно", "direct", "пресс-служба Роспотребнадзора")],
                 id="an-outlet-quoted-a-message-with-no-owner"),
    # ``ведомство`` is a government body, never the outlet that relayed the news
    pytest.param("Прокуратура Саратова начала проверку. Об этом пишет «Интерфакс». По данным "
                 "ведомства, работы продлятся до полуночи.",
                 [("Прокуратура Саратова начала проверку", "according_to", "Интерфакс"),
                  ("работы продлятся до полуночи", "according_to", "прокуратура Саратова")],
                 id="vedomstvo-is-no-outlet"),
    pytest.param("Компания Apple представила новый смартфон. Об этом пишет Reuters. В компании "
                 "заявили, что продажи начнутся в пятницу.",
                 [("Компания Apple представила новый смартфон", "according_to", "Reuters"),
                  ("продажи начнутся в пятницу", "indirect", "Apple")],
                 id="v-kompanii-is-no-outlet-that-wrote"),
    pytest.param("Госдума приняла закон о платформах. В нижней палате парламента пояснили, что "
                 "закон вступит в силу в мае.",
                 [("закон вступит в силу в мае", "indirect", "Госдума")],
                 id="v-nizhnej-palate-is-the-chamber-named"),
    pytest.param("Тысячи жителей остались без воды. Об этом пишет «Интерфакс» со ссылкой на "
                 "данные городской прокуратуры. По данным надзорного ведомства, работы "
                 "продлятся до полуночи.",
                 [("Тысячи жителей остались без воды", "according_to", "прокуратура"),
                  ("работы продлятся до полуночи", "according_to", "прокуратура")],
                 id="vedomstvo-the-body-that-spoke-last-without-a-name"),
    pytest.param("В Минэнерго России сообщили о росте цен на бензин.\n«Рост цен действительно "
                 "наблюдается», — приводит сообщение ведомства РИА Новости.",
                 [("Рост цен действительно наблюдается", "direct", "Минэнерго России")],
                 id="the-agencys-message-an-outlet-quotes"),
    pytest.param("Роскосмос сообщил об утечке воздуха на станции.\nЭкипажу и станции ничего не "
                 "угрожает, — приводит ТАСС заявление госкорпорации.",
                 [("Экипажу и станции ничего не угрожает", "direct", "Роскосмос")],
                 id="a-statement-an-outlet-gives-after-speech-that-lost-its-marks"),
    pytest.param("Вице-президент Венесуэлы Делси Родригес потребовала освобождения Николаса "
                 "Мадуро, сообщает агентство DPA.",
                 [("Вице-президент Венесуэлы Делси Родригес потребовала освобождения Николаса "
                   "Мадуро", "according_to", "Делси Родригес")],
                 id="an-outlet-relays-a-persons-demand"),
    pytest.param("Президент России Владимир Путин подписал указ о повышении пенсий, сообщает ТАСС.",
                 [("Президент России Владимир Путин подписал указ о повышении пенсий",
                   "according_to", "ТАСС")],
                 id="an-outlet-reports-a-deed-not-speech"),
    pytest.param("Лидер движения ХАМАС Халиль аль-Хайя прибыл в Каир. Он также сообщил о "
                 "получении гарантий прекращения огня, передают Reuters и Al Jazeera.",
                 [("Он также сообщил о получении гарантий прекращения огня", "according_to",
                   "Халиль аль-Хайя")],
                 id="an-outlet-relays-a-report-of-a-noun"),
    # a cue with only a noun phrase reports nothing of its own: the trailing cue's source
    # gives the whole sentence, a person's as well as an outlet's
    pytest.param("Ученые ожидают эпидемию гриппа в декабре, сообщила заместитель директора "
                 "НИИ гриппа Дарья Даниленко.",
                 [("Ученые ожидают эпидемию гриппа в декабре", "according_to",
                   "Дарья Даниленко")],
                 id="a-person-reports-a-stance-of-a-noun"),
    pytest.param("Врачи считают, что эпидемия начнется в декабре, сообщил Иван Петров.",
                 [("эпидемия начнется в декабре", "indirect", None)],
                 id="a-stance-with-its-clause-is-its-own-report"),
    pytest.param("Мещанский суд арестовал Ивана Петрова. Сам Петров вину не признал, сообщили в "
                 "суде.",
                 [("Сам Петров вину не признал", "according_to", "Мещанский суд")],
                 id="a-verdict-verb-before-the-trailing-comma"),
    pytest.param("Петров сказал, что вину не признает, сообщили в суде.",
                 [("вину не признает", "indirect", "Петров")],
                 id="a-content-clause-ends-before-a-plural-trailing-cue"),
    # ``не скрывает, что`` admits; ``скрывала, что`` reports nothing said
    pytest.param("Певица Лариса Долина не скрывает, что устала от гастролей.",
                 [("устала от гастролей", "indirect", "Лариса Долина")],
                 id="ne-skryvaet-chto"),
    pytest.param("Певица Лариса Долина скрывала, что устала от гастролей.", [],
                 id="skryvala-chto-is-no-speech"),
    # an epithet read as a thing (a star in the sky) is still the person it describes
    pytest.param("Певица Лариса Долина рассказала о своей усталости. По словам звезды, "
                 "гастроли ее измотали.",
                 [("гастроли ее измотали", "according_to", "Лариса Долина")],
                 id="po-slovam-zvezdy"),
    # a team's position by its other name
    pytest.param("Голкипер «Зенита» Михаил Кержаков пропустил три мяча. Вратарь признал, что "
                 "ошибся.", [("ошибся", "indirect", "Михаил Кержаков")],
                 id="vratar-is-the-goalkeeper-named"),
    # a bare kind of body that points back to none names nobody
    pytest.param("Перевозчик сообщил, что пассажиров пересадят на другой рейс.",
                 [("пассажиров пересадят на другой рейс", "indirect", None)],
                 id="perevozchik-alone-is-unnamed"),
    pytest.param("Авиакомпания «Победа» отменила рейс. Перевозчик сообщил, что пассажиров "
                 "пересадят на другой рейс.",
                 [("пассажиров пересадят на другой рейс", "indirect", "Победа")],
                 id="perevozchik-is-the-airline-named"),
    pytest.param("По информации из экстренных служб, погибли три человека.",
                 [("погибли три человека", "according_to", None)],
                 id="bodies-of-a-kind-none-named"),
    # a surname alone the tagger read as a common noun (``макрон``) after the person was named
    # by that surname only
    pytest.param("Путин провел переговоры с Макроном. Макрон заявил, что диалог продолжится.",
                 [("диалог продолжится", "indirect", "Макрон")],
                 id="a-one-word-name-the-tagger-missed"),
    pytest.param("Президент России Владимир Путин провел переговоры с Макроном. «Диалог "
                 "продолжится», — сказал Макрон. «Встреча была полезной», — добавил глава Кремля.",
                 [("Диалог продолжится", "direct", "Макрон"),
                  ("Встреча была полезной", "direct", "Владимир Путин")],
                 id="glava-kremlya-is-the-president"),
    pytest.param("Так Песков ответил на вопрос журналистов, передает РБК.", [],
                 id="an-outlet-relays-a-back-reference-alone"),
    pytest.param("Переговоры зашли в тупик, пишет The Guardian, цитируя министра иностранных дел "
                 "Великобритании Уильяма Хейга.",
                 [("Переговоры зашли в тупик", "according_to", "Уильям Хейг")],
                 id="an-outlet-quoting-a-minister"),
    pytest.param("Встреча состоится в понедельник, приводит ТАСС слова Юрия Ушакова.",
                 [("Встреча состоится в понедельник", "according_to", "Юрий Ушаков")],
                 id="an-outlet-gives-a-persons-words-after-them"),
    pytest.param("Многие СМИ приводят данные о том, что от шторма погибли десять человек.",
                 [("от шторма погибли десять человек", "indirect", None)],
                 id="media-give-data-that"),
]

# 9. Cataphora: a role or pronoun before anybody is named is the person named after it.
CATAPHORA = [
    pytest.param("По словам президента, страна готова к переговорам. «Мы не отступим», — "
                 "заявил президент Литвы Гитанас Науседа.",
                 [("страна готова к переговорам", "according_to", "Гитанас Науседа"),
                  ("Мы не отступим", "direct", "Гитанас Науседа")],
                 id="a-role-named-later-by-that-role"),
    pytest.param("По его словам, решение уже принято. «Мы довольны результатом», — сказал "
                 "Иван Петров.",
                 [("решение уже принято", "according_to", "Иван Петров"),
                  ("Мы довольны результатом", "direct", "Иван Петров")],
                 id="a-pronoun-named-later"),
    pytest.param("По её словам, решение уже принято. «Мы довольны результатом», — сказал "
                 "Иван Петров.",
                 [("решение уже принято", "according_to", None),
                  ("Мы довольны результатом", "direct", "Иван Петров")],
                 id="a-pronoun-of-the-other-gender"),
    pytest.param("По его словам, решение уже принято. Сергей Смирнов с этим не согласен. «Мы "
                 "довольны результатом», — сказал Иван Петров.",
                 [("решение уже принято", "according_to", None),
                  ("Мы довольны результатом", "direct", "Иван Петров")],
                 id="somebody-else-named-in-between"),
    pytest.param("Министр здравоохранения сообщил, что 17 человек пропали без вести. Глава "
                 "Института гражданской обороны Хорхе Чавес сообщил, что пострадали дома.",
                 [("17 человек пропали без вести", "indirect", None),
                  ("пострадали дома", "indirect", "Хорхе Чавес")],
                 id="a-role-the-later-person-is-not-given"),
]


#: A third party's words reported inside direct speech (GUIDELINE §2a: a quote inside a quote
#: with its own cue and speaker), and what is not one.
NESTED = [
    pytest.param("«Министр финансов Антон Силуанов сказал нам, что повышения налогов не будет», — "
                 "рассказал депутат Иван Петров.",
                 [("Министр финансов Антон Силуанов сказал нам, что повышения налогов не будет",
                   "direct", "Иван Петров"),
                  ("повышения налогов не будет", "indirect", "Антон Силуанов")],
                 id="a-named-minister-inside-a-deputys-quotation"),
    pytest.param("Суд допросил мать Игоря Волкова.\n— Он сказал мне, что не брал эти деньги, — "
                 "сообщила свидетельница.",
                 [("Он сказал мне, что не брал эти деньги", "direct", None),
                  ("не брал эти деньги", "indirect", "Игорь Волков")],
                 id="a-pronoun-inside-dialogue-speech-is-the-person-before"),
    pytest.param("«Я сказал, что уйду из команды», — признался нападающий Артём Дзюба.",
                 [("Я сказал, что уйду из команды", "direct", "Артём Дзюба")],
                 id="the-speakers-own-report-is-no-second-quote"),
    pytest.param("«Мы считаем, что приговор незаконен», — заявил адвокат Иван Петров.",
                 [("Мы считаем, что приговор незаконен", "direct", "Иван Петров")],
                 id="the-speakers-own-stance-is-no-second-quote"),
    pytest.param("«Смирнов никогда не говорил, что уходит», — сказал тренер Олег Петров.",
                 [("Смирнов никогда не говорил, что уходит", "direct", "Олег Петров")],
                 id="a-negated-report-inside-speech-is-no-quote"),
]


#: Two cues of one speaker joined by a comma alone: two quotes (GUIDELINE §1).
ASYNDETIC = [
    pytest.param("Глава района Иван Петров сообщил, что дорогу откроют в пятницу, подчеркнул, "
                 "что ремонт оплатит область.",
                 [("дорогу откроют в пятницу", "indirect", "Иван Петров"),
                  ("ремонт оплатит область", "indirect", "Иван Петров")],
                 id="second-cue-after-a-comma-in-the-same-form"),
    pytest.param("Мэр Анна Соколова сказала, что бюджет утвердят, пообещала, что школы откроют "
                 "вовремя.",
                 [("бюджет утвердят", "indirect", "Анна Соколова"),
                  ("школы откроют вовремя", "indirect", "Анна Соколова")],
                 id="second-feminine-cue-after-a-comma"),
    pytest.param("Министр Иван Петров заявил, что люди, которые там живут, говорят, что воды нет.",
                 [("люди, которые там живут, говорят, что воды нет", "indirect", "Иван Петров"),
                  ("воды нет", "indirect", None)],
                 id="the-contents-own-predicate-after-a-relative-clause-is-no-second-cue"),
]


#: An epithet after a quote (``отметил критик``) is the person who has been speaking, unless
#: it describes somebody new.
EPITHETS = [
    pytest.param("Головачев умер в 77 лет, сообщил председатель совета по фантастике Евгений "
                 "Харитонов. Писатель выпустил более ста книг.\n\n«Он долго болел», — отметил "
                 "критик.",
                 [("Головачев умер в 77 лет", "according_to", "Евгений Харитонов"),
                  ("Он долго болел", "direct", "Евгений Харитонов")],
                 id="an-epithet-is-the-person-speaking"),
    pytest.param("Министр Сергей Лисовский рассказал о заводах. «Инвесторы не хотят идти в "
                 "район», — сказал министр. «Когда нефть нашли?» — возразил ему позвонивший в "
                 "студию мужчина.",
                 [("Инвесторы не хотят идти в район", "direct", "Сергей Лисовский"),
                  ("Когда нефть нашли?", "direct", None)],
                 id="a-person-described-by-a-participle-is-somebody-new"),
    pytest.param("Мэр Анна Соколова рассказала о бюджете. «Денег хватит», — сказала она. «Школы "
                 "откроют вовремя», — добавил бывший министр.",
                 [("Денег хватит", "direct", "Анна Соколова"),
                  ("Школы откроют вовремя", "direct", None)],
                 id="a-former-holder-is-somebody-new"),
]


#: Speech whose marks were lost runs over sentences and paragraphs in the first person; a noun
#: in the dative after the cue is the addressee, not a name for the speaker.
LOST_MARKS_RUNS = [
    pytest.param("Об этом сообщил глава РЖД Владимир Якунин.\n\nЯ думаю, что мы останемся в "
                 "плане. С точки зрения грузов мы сейчас не удовлетворены, цитирует его слова "
                 "РБК.",
                 [("Я думаю, что мы останемся в плане. С точки зрения грузов мы сейчас не "
                   "удовлетворены", "direct", "Владимир Якунин")],
                 id="first-person-sentences-before-a-trailing-cue-are-one-speech"),
    pytest.param("Завод остановлен. Мы ждем поставок, сказал директор завода Иван Петров.",
                 [("Мы ждем поставок", "direct", "Иван Петров")],
                 id="narration-before-first-person-speech-stays-out"),
    pytest.param("Тренер Иван Петров не исключил, что клуб подпишет новичка.\nСейчас сложно "
                 "ответить на вопрос о новичке. Если переговоры будут успешными, думаю, да.\n"
                 "Думаю, это бразильский вектор, - сказал Петров.",
                 [("клуб подпишет новичка", "indirect", "Иван Петров"),
                  ("Сейчас сложно ответить на вопрос о новичке. Если переговоры будут "
                   "успешными, думаю, да", "direct", "Иван Петров"),
                  ("Думаю, это бразильский вектор", "direct", "Иван Петров")],
                 id="a-first-person-paragraph-before-lost-marks-speech-is-the-same-speakers"),
    pytest.param("Губернатор Иван Петров открыл мост.\n\nНапомним, мы писали о ремонте моста.\n"
                 "\nМы работаем в штатном режиме, — сказал Петров.",
                 [("Мы работаем в штатном режиме", "direct", "Иван Петров")],
                 id="the-newsrooms-own-paragraph-before-lost-marks-speech-stays-out"),
    pytest.param("Об этом заявил синоптик Евгений Тишковец.\n\nЗима будет мягкой, — сказал "
                 "синоптик телеканалу Звезда.",
                 [("Зима будет мягкой", "direct", "Евгений Тишковец")],
                 id="a-name-after-an-addressee-in-the-dative-is-the-addressees"),
    pytest.param("Главный тренер Сергей Семак прокомментировал победу.\nХорошая игра с первой "
                 "минуты. Несмотря на курьезный гол, продолжали играть активно и заслуженно "
                 "победили. Хороший матч, — отметил главный тренер команды.",
                 [("Хорошая игра с первой минуты. Несмотря на курьезный гол, продолжали играть "
                   "активно и заслуженно победили. Хороший матч", "direct", "Сергей Семак")],
                 id="a-speech-verb-after-a-comma-with-no-subject-is-no-attribution"),
    pytest.param("Я поздравляю вас с праздником, - сказал Медведев, выступая на церемонии\nНТВ\n\n"
                 "Источниками праздника были события 20-летней давности, - отметил президент\n"
                 "НТВ",
                 [("Я поздравляю вас с праздником", "direct", "Медведев"),
                  ("Источниками праздника были события 20-летней давности", "direct",
                   "Медведев")],
                 id="a-line-with-no-stop-ends-the-attribution"),
    pytest.param("Начальник пресс-службы Вадим Симоненко рассказал о пожаре. Огонь уже почти "
                 "погас, — добавил он, уточнив, что в тушении заняты 12 человек.",
                 [("Огонь уже почти погас", "direct", "Вадим Симоненко"),
                  ("в тушении заняты 12 человек", "indirect", "Вадим Симоненко")],
                 id="a-gerund-after-an-attribution-is-the-attributions-not-the-speechs"),
    pytest.param("Сам Иван Петров оказался более дипломатичным:\n\nМы готовы обсуждать любые "
                 "предложения, но не под давлением.",
                 [("Мы готовы обсуждать любые предложения, но не под давлением", "direct",
                   "Иван Петров")],
                 id="colon-block-after-a-person-subject-in-the-first-person"),
    pytest.param("Губернатор Иван Петров приехал на завод:\n\nРабочие встретили его "
                 "аплодисментами.", [],
                 id="colon-block-of-narration-after-a-person-subject-is-no-speech"),
    pytest.param("Фильм понравился зрителям, заявила корреспонденту ИА Чита.Ру 24 мая генеральный "
                 "директор фестиваля Лилия Савина.",
                 [("Фильм понравился зрителям", "according_to", "Лилия Савина")],
                 id="an-outlets-name-after-a-dative-addressee-is-no-subject"),
    pytest.param("Фильм понравился зрителям, сообщил журналистам Иван Петров.",
                 [("Фильм понравился зрителям", "according_to", "Иван Петров")],
                 id="a-person-after-a-dative-addressee-is-the-subject"),
    pytest.param("«Работы продолжатся», — сказал министр по делам гражданской обороны Иван "
                 "Петров.",
                 [("Работы продолжатся", "direct", "Иван Петров")],
                 id="a-dative-after-a-preposition-stays-in-the-role"),
]


#: A plural cue with no subject (the indefinite-personal form): a place after it is the source
#: only if it is a body; with or without one, it closes the content clause before it.
INDEFINITE = [
    pytest.param("Цены выросли на пять процентов, сообщили в пресс-службе мэрии.",
                 [("Цены выросли на пять процентов", "according_to", "пресс-служба мэрии")],
                 id="a-trailing-plural-cue-in-a-body-is-the-body"),
    pytest.param("По данным, опубликованным на сайте Росстата, инфляция замедлилась.",
                 [("инфляция замедлилась", "according_to", "Росстат")],
                 id="a-participle-phrase-after-the-marker-names-the-source"),
    pytest.param("Согласно отчету, опубликованному Всемирным банком, рост замедлится.",
                 [("рост замедлится", "according_to", "Всемирный банк")],
                 id="soglasno-report-published-by-a-body"),
    pytest.param("По данным, полученным от источников, рост замедлится.",
                 [("рост замедлится", "according_to", None)],
                 id="a-participle-phrase-naming-nobody-is-unnamed"),
    pytest.param("По озвученным цифрам, акция собрала не менее трехсот человек.",
                 [("акция собрала не менее трехсот человек", "according_to", None)],
                 id="po-ozvuchennym-cifram-is-a-data-source"),
    pytest.param("Мэр Иван Петров заявил, что цены выросли, рассказали журналистам.",
                 [("цены выросли", "indirect", "Иван Петров")],
                 id="a-trailing-plural-cue-ends-the-content-clause"),
]


#: Intros and pointers that name the speaker without a speech verb of their own.
INTROS = [
    pytest.param("Сергей Лавров в интервью РБК: «Мы готовы к диалогу».",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="a-name-and-where-it-spoke-before-a-colon"),
    pytest.param("Глава МИД Сергей Лавров на пресс-конференции в Москве: «Мы готовы к диалогу».",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="a-role-a-name-and-a-press-conference-before-a-colon"),
    pytest.param("С таким заявлением выступил министр иностранных дел Сергей Лавров: «Мы готовы "
                 "к диалогу».",
                 [("Мы готовы к диалогу", "direct", "Сергей Лавров")],
                 id="s-takim-zayavleniem-vystupil-before-a-colon"),
    pytest.param("Цены на бензин вырастут на 10 процентов. Информация об этом появилась на "
                 "сайте Минэнерго.",
                 [("Цены на бензин вырастут на 10 процентов", "according_to", "Минэнерго")],
                 id="informaciya-ob-etom-poyavilas-na-sajte"),
    pytest.param("Цены на бензин вырастут. Сообщение об этом появилось в телеграм-канале мэрии.",
                 [("Цены на бензин вырастут", "according_to", "мэрия")],
                 id="soobshchenie-ob-etom-poyavilos-v-kanale"),
    pytest.param("Ситуация в целом стабильная: Минсельхоз о подорожавших продуктах\nМинсельхоз "
                 "перечислил подорожавшие продукты.",
                 [("Ситуация в целом стабильная", "direct", "Минсельхоз")],
                 id="a-headline-that-lost-its-marks-signed-by-a-body-and-a-topic"),
    pytest.param("Мы не отступим: Лавров о переговорах\n\nМинистр Сергей Лавров провел "
                 "переговоры.",
                 [("Мы не отступим", "direct", "Сергей Лавров")],
                 id="a-headline-that-lost-its-marks-signed-by-a-surname-the-text-names"),
    pytest.param("«Мы не отступим»: Лавров о переговорах\n\nМинистр финансов Антон Силуанов "
                 "провел переговоры. Сергей Лавров тоже.",
                 [("Мы не отступим", "direct", "Сергей Лавров")],
                 id="a-headline-speaker-is-never-a-name-on-the-next-line"),
    pytest.param("Лучший матч сезона: Лавров о футболе\n\nМинистр Сергей Лавров посетил матч.",
                 [], id="a-headline-topic-with-no-predicate-before-the-colon-says-nothing"),
    pytest.param("Центр по контролю заболеваний призвал готовиться к вспышке.\nСообщения за "
                 "неделю повысили наш уровень озабоченности, — сообщила представитель центра.",
                 [("Сообщения за неделю повысили наш уровень озабоченности", "direct", None)],
                 id="a-message-noun-opening-speech-that-lost-its-marks-is-no-pointer"),
    pytest.param("На это отреагировал глава МИД Сергей Лавров: «Это очередная провокация».",
                 [("Это очередная провокация", "direct", "Сергей Лавров")],
                 id="a-subject-after-its-verb-before-a-colon"),
    pytest.param("Мэр Москвы Сергей Собянин провел совещание. Мэр обратился к жителям: «Мы "
                 "делаем все возможное».",
                 [("Мы делаем все возможное", "direct", "Сергей Собянин")],
                 id="a-role-subject-before-a-colon"),
    pytest.param("Мэр обратился к жителям с просьбой: «Пожалуйста, не выходите из домов».",
                 [("Пожалуйста, не выходите из домов", "direct", None)],
                 id="an-unheld-role-subject-before-a-colon-is-unnamed"),
    pytest.param("На это отреагировал глава МИД Сергей Лавров:\nЭто очередная провокация. Мы "
                 "ответим на нее.",
                 [("Это очередная провокация. Мы ответим на нее", "direct", "Сергей Лавров")],
                 id="lost-marks-a-subject-after-its-verb-before-a-colon"),
    pytest.param("Президент Владимир Путин обратился к участникам форума:\nФорум стал важной "
                 "площадкой для диалога. Его итоги изучит правительство.",
                 [("Форум стал важной площадкой для диалога. Его итоги изучит правительство",
                   "direct", "Владимир Путин")],
                 id="lost-marks-after-a-verb-of-addressing-in-the-third-person"),
    pytest.param("Президент Владимир Путин поздравил россиян с Новым годом:\nУходящий год был "
                 "непростым. Но страна справилась со всеми трудностями.",
                 [("Уходящий год был непростым. Но страна справилась со всеми трудностями",
                   "direct", "Владимир Путин")],
                 id="lost-marks-after-a-congratulation"),
]


#: Where a content clause ends: before a trailing attribution, however it is spelled.
CLAUSE_ENDS = [
    pytest.param("Вдова писателя Нелли Раткевич рассказала, что он скончался сегодня в "
                 "Красноярске, передает ТАСС. По словам Раткевич, писатель болел.",
                 [("он скончался сегодня в Красноярске", "indirect", "Нелли Раткевич"),
                  ("писатель болел", "according_to", "Нелли Раткевич")],
                 id="a-relay-verb-quotes-nobody-named-in-the-next-sentence"),
    pytest.param("Мэр Сергей Собянин выразил уверенность, что городу новые высоты по плечу, "
                 "отметили на сайте газеты.",
                 [("городу новые высоты по плечу", "indirect", "Сергей Собянин")],
                 id="a-newspapers-site-after-a-plural-cue-is-a-trailing-attribution"),
    pytest.param("Путин поручил Лаврову начать переговоры. Так пресс-секретарь президента "
                 "Дмитрий Песков ответил на просьбу журналистов пояснить поручение, передает "
                 "корреспондент РБК.\n\nПо словам Пескова, Россия проведет переговоры.",
                 [("Путин поручил Лаврову начать переговоры", "according_to", "Дмитрий Песков"),
                  ("Россия проведет переговоры", "according_to", "Дмитрий Песков")],
                 id="a-back-reference-an-outlet-relays-is-no-trailing-quote"),
    # a verb agreeing with the cue and not with the content's predicate is the speaker's
    pytest.param("Министр Иван Петров заявил, что цены вырастут, но отказался назвать сроки.",
                 [("цены вырастут", "indirect", "Иван Петров")],
                 id="the-speakers-second-predicate-after-a-conjunction-ends-the-content"),
    pytest.param("Министр Анна Соколова сообщила, что школы откроют, но перенесла начало "
                 "занятий.",
                 [("школы откроют", "indirect", "Анна Соколова")],
                 id="the-speakers-second-predicate-agrees-in-gender"),
    pytest.param("Полиция сообщила, что в машине находилась семья, и погибли двое.",
                 [("в машине находилась семья, и погибли двое", "indirect", "Полиция")],
                 id="a-second-predicate-with-its-subject-after-it-stays-in-the-content"),
    pytest.param("Он заявил, что цены выросли, зарплаты упали.",
                 [("цены выросли, зарплаты упали", "indirect", None)],
                 id="a-second-predicate-with-its-own-subject-stays-in-the-content"),
    pytest.param("МИД Франции сообщил, что посол вернется в Москву, пишет Reuters, а посольство "
                 "отказалось от комментариев.",
                 [("посол вернется в Москву", "indirect", "МИД Франции")],
                 id="a-trailing-attribution-before-a-coordinated-clause-ends-the-content"),
    pytest.param("Директор Иван Петров заявил, что компания выросла, и удвоила прибыль.",
                 [("компания выросла, и удвоила прибыль", "indirect", "Иван Петров")],
                 id="the-contents-second-predicate-stays-in-it"),
    pytest.param("Президент Франции Эмманюэль Макрон добавил, что диалог Парижа\nи Москвы "
                 "возобновится только после окончания конфликта.",
                 [("диалог Парижа\nи Москвы возобновится только после окончания конфликта",
                   "indirect", "Эмманюэль Макрон")],
                 id="a-hard-wrapped-clause-goes-on-past-the-newline"),
]


# Bodies a text names by their kind, by a plural title, or only before an editor's note.
BODIES = [
    pytest.param("Компания Apple представила новый iPhone. Генеральный директор компании Тим Кук "
                 "выступил на презентации. Глава Apple заявил, что продажи начнутся в сентябре.",
                 [("продажи начнутся в сентябре", "indirect", "Тим Кук")],
                 id="a-role-of-a-body-named-by-its-kind-is-a-role-of-that-body"),
    pytest.param("Компания Apple представила новый iPhone. Генеральный директор компании Samsung "
                 "Хан Чон Хи выступил на выставке. Глава Apple заявил, что продажи начнутся в "
                 "сентябре.", [("продажи начнутся в сентябре", "indirect", None)],
                 id="a-role-whose-body-is-named-belongs-to-no-other-body"),
    pytest.param("Ранее «Городские вести» сообщали, что суд огласил приговор.",
                 [("суд огласил приговор", "indirect", "Городские вести")],
                 id="a-plural-title-with-a-word-read-as-a-verb-agrees-with-a-plural-verb"),
    pytest.param("Ранее «Новые известия» писали, что сделка сорвалась.",
                 [("сделка сорвалась", "indirect", "Новые известия")],
                 id="a-plural-title-of-two-words"),
    pytest.param("Представитель министерства обороны Израиля сообщил, что удар нанесён по "
                 "складу.", [("удар нанесён по складу", "indirect", "министерство обороны Израиля")],
                 id="a-spokesman-of-an-untagged-ministry-speaks-for-it-not-its-country"),
    pytest.param("Компания Tesla отзывает 50 тысяч автомобилей. Об этом говорится в пресс-релизе "
                 "автопроизводителя.",
                 [("Компания Tesla отзывает 50 тысяч автомобилей", "according_to", "Tesla")],
                 id="a-company-named-by-what-it-makes-points-back"),
    pytest.param("Компания «Северный дом» сдала дом с опозданием. Застройщик пообещал, что "
                 "компенсирует жильцам неудобства.",
                 [("компенсирует жильцам неудобства", "indirect", "Северный дом")],
                 id="a-developer-named-by-its-trade-points-back"),
    pytest.param("Оператор съёмочной группы Иван Петров рассказал, что съёмки завершены. Оператор "
                 "добавил, что фильм выйдет весной.",
                 [("съёмки завершены", "indirect", "Иван Петров"),
                  ("фильм выйдет весной", "indirect", "Иван Петров")],
                 id="a-cameraman-is-a-person-not-a-telecom-operator"),
    pytest.param("Как передаёт агентство Reuters со ссылкой на представителя полиции Франции, "
                 "задержаны трое.", [("задержаны трое", "according_to", "полиция Франции")],
                 id="a-spokesman-of-a-countrys-police-after-a-relaying-agency"),
    pytest.param("Следственный комитет возбудил дело против главы района. «В настоящее время "
                 "должностное лицо задержано (основания задержания — «Газета.Ru»), в ближайшее "
                 "время ему будет предъявлено обвинение», — говорится в сообщении.",
                 [("В настоящее время должностное лицо задержано (основания задержания — "
                   "«Газета.Ru»), в ближайшее время ему будет предъявлено обвинение", "direct",
                   "Следственный комитет")],
                 id="an-outlet-in-an-editors-note-inside-the-quotation-is-not-its-author"),
    pytest.param("Следственный комитет России возбудил дело против главы района. Его задержали в "
                 "среду. Подозреваемый получил взятку в 1 млн рублей, отметили в ведомстве. По "
                 "делу допрошены свидетели. «Обвинение будет предъявлено в ближайшее время», — "
                 "говорится в сообщении.",
                 [("Подозреваемый получил взятку в 1 млн рублей", "according_to",
                   "Следственный комитет России"),
                  ("Обвинение будет предъявлено в ближайшее время", "direct",
                   "Следственный комитет России")],
                 id="a-message-after-a-body-named-by-its-kind-spoke-is-that-bodys"),
    pytest.param("Мэрия Калуги закрыла мост на ремонт. Движение перекрыто до осени. Объезд "
                 "организован по улице Ленина, уточнили в мэрии. Автобусы пойдут по новому "
                 "маршруту. «Просим водителей заранее планировать поездки», — говорится в "
                 "сообщении.",
                 [("Объезд организован по улице Ленина", "according_to", "мэрия Калуги"),
                  ("Просим водителей заранее планировать поездки", "direct", "мэрия Калуги")],
                 id="a-message-after-the-city-hall-spoke"),
    pytest.param("Подозреваемый признался в убийстве, сообщили в ГУ МВД по Петербургу и "
                 "Ленобласти. Полицейские выехали на место, которое он назвал, рассказали в "
                 "полиции.",
                 [("Подозреваемый признался в убийстве", "according_to", "ГУ МВД"),
                  ("Полицейские выехали на место, которое он назвал", "according_to", "ГУ МВД")],
                 id="the-police-is-the-interior-ministry-body-the-text-named"),
    pytest.param("В УМВД России по Калужской области сообщили, что водитель задержан. По словам "
                 "представителя полиции, он находился в состоянии опьянения.",
                 [("водитель задержан", "indirect", "УМВД России"),
                  ("он находился в состоянии опьянения", "according_to", "УМВД России")],
                 id="a-police-spokesman-speaks-for-the-police-body-named"),
    pytest.param("ФСБ задержала жителя Калуги, который передавал данные Украине. Об этом сообщает "
                 "ТАСС. «Задержанный признал вину», — говорится в сообщении спецслужбы.",
                 [("ФСБ задержала жителя Калуги, который передавал данные Украине",
                   "according_to", "ТАСС"),
                  ("Задержанный признал вину", "direct", "ФСБ")],
                 id="the-special-service-is-the-security-body-named"),
    pytest.param("Роскомнадзор заблокировал сайт. Как пишет «Коммерсант», сайт распространял "
                 "фейки. «Ресурс удален из реестра», — говорится в сообщении.",
                 [("сайт распространял фейки", "according_to", "Коммерсант"),
                  ("Ресурс удален из реестра", "direct", "Роскомнадзор")],
                 id="an-outlet-that-relays-is-no-messages-author-beside-a-body"),
    pytest.param("Глава Минсельхоза: До конца сезона экспорт зерна превысит 55 млн тонн\n\nС "
                 "начала сезона Россия поставила более 50 млн тонн зерна, сообщил министр "
                 "сельского хозяйства Дмитрий Патрушев.",
                 [("До конца сезона экспорт зерна превысит 55 млн тонн", "direct",
                   "Дмитрий Патрушев"),
                  ("С начала сезона Россия поставила более 50 млн тонн зерна", "according_to",
                   "Дмитрий Патрушев")],
                 id="a-headline-signed-by-a-role-and-its-body-before-a-colon"),
    pytest.param("Посол России в США: Вашингтон должен вернуть дипсобственность\n\nПосол России "
                 "в США Анатолий Антонов заявил, что переговоры зашли в тупик.",
                 [("Вашингтон должен вернуть дипсобственность", "direct", "Анатолий Антонов"),
                  ("переговоры зашли в тупик", "indirect", "Анатолий Антонов")],
                 id="a-headline-signed-by-an-ambassador-to-a-country"),
    pytest.param("Источник в правительстве: отставки министра не будет\n\nСлухи об отставке "
                 "появились вчера.", [("отставки министра не будет", "direct", None)],
                 id="a-headline-signed-by-an-unnamed-source-in-a-body"),
]

# Somebody the text picks out without naming: ``один из адвокатов``, ``второй адвокат``, and
# the pronouns and epithets that go on with that person.
UNNAMED_PEOPLE = [
    pytest.param("Суд приговорил бизнесмена Сергея Кабалова к трем годам колонии. Один из "
                 "адвокатов подсудимого сообщил, что защита обжалует приговор.",
                 [("защита обжалует приговор", "indirect", None)],
                 id="one-of-a-group-before-the-verb-is-nobody-named"),
    pytest.param("Суд приговорил бизнесмена Сергея Кабалова к трем годам колонии. \"Мы будем "
                 "обжаловать\", - сообщил \"Интерфаксу\" один из адвокатов подсудимого. Он "
                 "добавил, что его подзащитный в шоке. \"Он долго ждал развязки\", - сказал "
                 "защитник.",
                 [("Мы будем обжаловать", "direct", None),
                  ("его подзащитный в шоке", "indirect", None),
                  ("Он долго ждал развязки", "direct", None)],
                 id="one-of-a-group-after-an-outlet-and-the-pronoun-that-goes-on"),
    pytest.param("Суд приговорил футболиста Александра Кокорина к полутора годам колонии. "
                 "«Жалоба будет подаваться обязательно», — рассказала адвокат Татьяна "
                 "Стукалова. Второй адвокат Кокорина пояснил, что у футболиста будет "
                 "возможность подать на УДО.",
                 [("Жалоба будет подаваться обязательно", "direct", "Татьяна Стукалова"),
                  ("у футболиста будет возможность подать на УДО", "indirect", None)],
                 id="a-second-holder-of-a-role-is-somebody-else"),
    pytest.param("Суд приговорил футболиста Александра Кокорина к полутора годам колонии. "
                 "«Жалоба будет подаваться обязательно», — рассказала адвокат Татьяна "
                 "Стукалова. Адвокат Кокорина пояснил, что у футболиста будет возможность "
                 "подать на УДО.",
                 [("Жалоба будет подаваться обязательно", "direct", "Татьяна Стукалова"),
                  ("у футболиста будет возможность подать на УДО", "indirect", None)],
                 id="a-role-whose-verb-disagrees-with-its-holders-gender-is-somebody-else"),
    pytest.param("Вице-премьер Татьяна Голикова провела совещание. Вице-премьер сообщила, что "
                 "вакцинация продолжится.",
                 [("вакцинация продолжится", "indirect", "Татьяна Голикова")],
                 id="a-masculine-role-noun-of-a-woman-with-a-feminine-verb"),
    pytest.param("Эксперт рассказал, что дальше будет только хуже.",
                 [("дальше будет только хуже", "indirect", None)],
                 id="a-predicate-after-budet-reports-no-question"),
    pytest.param("Министр заявил, что будет снижение ставки.",
                 [("будет снижение ставки", "indirect", None)],
                 id="a-subject-after-budet-reports-no-question"),
    pytest.param("Кремль не стал раскрывать детали\n\nПо словам пресс-секретаря президента РФ "
                 "Дмитрия Пескова, об этом тем более не стоит заявлять через прессу\n\nМОСКВА. "
                 "Кремль промолчал.",
                 [("об этом тем более не стоит заявлять через прессу", "according_to",
                   "Дмитрий Песков")],
                 id="po-slovam-then-ob-etom-with-no-reporting-verb-is-the-markers-clause"),
    pytest.param("Руководство акимата Павлодарской области работает в обычном режиме - "
                 "пресс-служба акима\n\nАким области провел совещание.",
                 [("Руководство акимата Павлодарской области работает в обычном режиме",
                   "direct", "пресс-служба акима")],
                 id="a-headline-signed-by-a-press-service"),
]


# Two people of one first name, and one statement pointed back to twice.
NAMESAKES = [
    pytest.param("Президент Белоруссии Александр Лукашенко провел совещание. Госсекретарь Совбеза "
                 "Александр Вольфович заявил, что граница закрыта.",
                 [("граница закрыта", "indirect", "Александр Вольфович")],
                 id="a-surname-like-a-patronymic-the-kb-does-not-give-the-namesake"),
    pytest.param("Президент Белоруссии Александр Лукашенко провел совещание. Александр Григорьевич "
                 "заявил, что граница закрыта.",
                 [("граница закрыта", "indirect", "Александр Лукашенко")],
                 id="first-name-and-the-patronymic-the-kb-gives"),
    pytest.param("Армения не знакома со значением явления «мир». Об этом заявил премьер-министр "
                 "Никол Пашинян в парламенте.\n\nТак он высказался о нормализации отношений с "
                 "Азербайджаном.",
                 [("Армения не знакома со значением явления «мир»", "according_to",
                   "Никол Пашинян")],
                 id="two-back-references-of-one-speaker-to-one-sentence-are-one-quote"),
    pytest.param("Принц Филипп сдал водительские права. Об этом говорится в сообщении Букингемского "
                 "дворца.\n\nПолиция подтвердила эту информацию.",
                 [("Принц Филипп сдал водительские права", "according_to", "Букингемский дворец"),
                  ("Принц Филипп сдал водительские права", "according_to", "Полиция")],
                 id="two-back-references-of-two-sources-are-two-quotes"),
    pytest.param("Джамала заявила, что концерты всегда были для нее особенными.",
                 [("концерты всегда были для нее особенными", "indirect", "Джамала")],
                 id="a-womans-name-the-dictionary-reads-as-a-mans-genitive-is-a-subject"),
    pytest.param("Как пишет Politeka.net, певица поделилась откровением. Так, Джамала призналась, "
                 "что концерты всегда были для нее особенными.",
                 [("певица поделилась откровением", "according_to", "Politeka.net"),
                  ("концерты всегда были для нее особенными", "indirect", "Джамала")],
                 id="a-womans-name-after-an-outlet-is-no-zero-subject"),
    pytest.param(" date 2019-02 По словам официального представителя холдинга ВГТРК, певец Сергей "
                 "Лазарев будет представлять Россию.",
                 [("певец Сергей Лазарев будет представлять Россию", "according_to", "ВГТРК")],
                 id="a-marker-after-a-scrapers-dateline-opens-the-sentence"),
    pytest.param("Промоутер Эдди Хирн, ответственный за бои чемпиона WBA (до 79,4 кг) Дмитрия "
                 "Бивола (21-0, 11 KO), сообщил, что его подопечный отказался от гонорара.",
                 [("его подопечный отказался от гонорара", "indirect", "Эдди Хирн")],
                 id="brackets-inside-an-apposition-between-subject-and-verb"),
    pytest.param("Рэпер T.I. сообщил об отмене своих выступлений в России. Об этом стало известно "
                 "из сообщения организаторов Say Agency.",
                 [("Рэпер T.I. сообщил об отмене своих выступлений в России", "according_to",
                   "Say Agency")],
                 id="known-from-a-message-points-back-to-its-author"),
    pytest.param("Первые дни проката показали рекордную кассу. Такие данные предоставил "
                 "дистрибьютор Sony Pictures.",
                 [("Первые дни проката показали рекордную кассу", "according_to",
                   "Sony Pictures")],
                 id="data-provided-by-a-company-named-by-its-business-role"),
    pytest.param("Первые дни проката показали рекордную кассу. Такие данные предоставил официальный "
                 "дистрибьютор ленты в России — компания Walt Disney Studios.",
                 [("Первые дни проката показали рекордную кассу", "according_to",
                   "Walt Disney Studios")],
                 id="a-business-role-with-the-company-after-a-dash"),
    pytest.param("Соболенко: спасибо всей моей команде, она самая лучшая в туре\n\nАрина "
                 "Соболенко выиграла Australian Open.",
                 [("спасибо всей моей команде, она самая лучшая в туре", "direct",
                   "Арина Соболенко")],
                 id="a-headline-in-the-speakers-first-person-without-a-verb"),
    pytest.param("По предварительным данным — в районе объявлена эвакуация.",
                 [("в районе объявлена эвакуация", "according_to", None)],
                 id="a-dash-after-a-data-marker-as-its-comma"),
    pytest.param("Министр финансов Антон Силуанов сослался на то, что бюджет не исполнен.",
                 [("бюджет не исполнен", "indirect", "Антон Силуанов")],
                 id="soslalsya-na-to-chto-reports-an-argument"),
    pytest.param("Полиция установила, что водитель был пьян.",
                 [("водитель был пьян", "indirect", "Полиция")],
                 id="a-finding-of-the-police-is-the-polices"),
    pytest.param("По слухам, министр уйдет в отставку.",
                 [("министр уйдет в отставку", "according_to", None)],
                 id="po-slukham-is-an-unnamed-source"),
    pytest.param("Президент США Дональд Трамп опубликовал заявление в Twitter. «Мы введем "
                 "пошлины против Китая», — говорится в сообщении.",
                 [("Мы введем пошлины против Китая", "direct", "Дональд Трамп")],
                 id="a-platform-publishes-nobodys-message"),
    pytest.param("Глава МИД Сергей Лавров направил письмо генсеку ООН. В письме говорится, что "
                 "Россия готова к переговорам.",
                 [("Россия готова к переговорам", "indirect", "Сергей Лавров")],
                 id="the-letters-sender-not-its-addressee"),
    pytest.param("Илон Маск опубликовал пост в соцсети X. «Запуск состоится в пятницу», — "
                 "говорится в публикации.",
                 [("Запуск состоится в пятницу", "direct", "Илон Маск")],
                 id="the-posts-author-is-who-published-it"),
    pytest.param("В Индии перевернулся автобус с паломниками. Погибли 20 человек, сообщает The "
                 "Times of India со ссылкой на местную полицию.",
                 [("Погибли 20 человек", "according_to", "полиция")],
                 id="a-local-body-is-no-unnamed-local"),
    pytest.param("Суд приговорил бизнесмена Сергея Кабалова к трем годам колонии.\n\nМы будем "
                 "обжаловать, - сообщил Интерфаксу один из адвокатов подсудимого.\n\nОн добавил, "
                 "что его подзащитный в шоке.",
                 [("Мы будем обжаловать", "direct", None),
                  ("его подзащитный в шоке", "indirect", None)],
                 id="an-outlet-told-in-the-dative-is-no-antecedent-of-on"),
    pytest.param("Состояние артиста ухудшилось. Об этом Агентству городских новостей Москва "
                 "сообщил главный врач больницы Иван Петров.",
                 [("Состояние артиста ухудшилось", "according_to", "Иван Петров")],
                 id="a-dative-agencys-title-with-its-marks-lost-is-no-subject"),
    pytest.param("Отопление в Киеве включат 25 октября. Об этом в интервью Киев FM сообщил "
                 "столичный городской голова Виталий Кличко.\n\nСледующая неделя будет "
                 "холодной, — объяснил мэр.",
                 [("Отопление в Киеве включат 25 октября", "according_to", "Виталий Кличко"),
                  ("Следующая неделя будет холодной", "direct", "Виталий Кличко")],
                 id="an-interviews-outlet-without-marks-and-the-city-head-as-mayor"),
    pytest.param("Армения и Азербайджан подписали декларацию.\n\nМы должны принять ситуацию. "
                 "Армения находится в состоянии конфликта с первого дня независимости... — "
                 "заявил Никол Пашинян.",
                 [("Мы должны принять ситуацию. Армения находится в состоянии конфликта с первого "
                   "дня независимости", "direct", "Никол Пашинян")],
                 id="lost-marks-speech-ending-in-three-dots-before-the-dash"),
    pytest.param("Директор школы сообщила, что занятия возобновятся. Нас не предупредили "
                 "заранее, возмущается мать второклассника Елена.",
                 [("занятия возобновятся", "indirect", None),
                  ("Нас не предупредили заранее", "direct", "Елена")],
                 id="first-person-words-before-a-manner-verb-lost-their-marks"),
    pytest.param("Я вернусь к тренировкам через месяц, улыбается спортсменка Анна Щербакова.",
                 [("Я вернусь к тренировкам через месяц", "direct", "Анна Щербакова")],
                 id="a-manner-verb-of-a-named-speaker-after-first-person-words"),
]

CLIPPED_ROLES = [
    pytest.param("Генеральный прокурор Украины Юрий Луценко заявил, что дело передано в суд. "
                 "Президент страны Пётр Порошенко поддержал это решение.\n\n«Никто не уйдёт от "
                 "ответственности», — сказал генпрокурор.",
                 [("дело передано в суд", "indirect", "Юрий Луценко"),
                  ("Никто не уйдёт от ответственности", "direct", "Юрий Луценко")],
                 id="genprokuror-is-the-prosecutor-general-named-before"),
    pytest.param("Генеральный консул России в Нью-Йорке Сергей Гарамов встретился с журналистами. "
                 "Генконсул сообщил, что выдача виз возобновлена.",
                 [("выдача виз возобновлена", "indirect", "Сергей Гарамов")],
                 id="genkonsul-is-the-consul-general-not-a-body"),
    pytest.param("Главный редактор газеты «Вечерний город» Алексей Орлов прокомментировал решение. "
                 "Главред заявил, что газета продолжит работу.",
                 [("газета продолжит работу", "indirect", "Алексей Орлов")],
                 id="glavred-is-the-editor-in-chief"),
]

MARKER_AFTER_CLAUSE = [
    pytest.param("Эксперт Иван Петров считает, что рубль укрепится: по его мнению, этому "
                 "поспособствуют высокие цены на нефть.",
                 [("рубль укрепится", "indirect", "Иван Петров"),
                  ("этому поспособствуют высокие цены на нефть", "according_to", "Иван Петров")],
                 id="a-marker-after-a-colon-opens-its-own-quote"),
    pytest.param("Министр Олег Смирнов сообщил, что число заболевших выросло; по данным "
                 "Роспотребнадзора, за неделю их стало на 10% больше.",
                 [("число заболевших выросло", "indirect", "Олег Смирнов"),
                  ("за неделю их стало на 10% больше", "according_to", "Роспотребнадзор")],
                 id="a-marker-after-a-semicolon-names-another-source"),
    pytest.param("Эксперт Иван Петров считает, что рубль укрепится — по его словам, этому "
                 "поспособствуют высокие цены на нефть.",
                 [("рубль укрепится", "indirect", "Иван Петров"),
                  ("этому поспособствуют высокие цены на нефть", "according_to", "Иван Петров")],
                 id="a-marker-after-a-dash-opens-its-own-quote"),
    pytest.param("Число безработных выросло на 5% — по данным Росстата, их стало 3 млн.",
                 [("Число безработных выросло на 5% — по данным Росстата, их стало 3 млн",
                   "according_to", "Росстат")],
                 id="a-marker-after-a-dash-with-no-cue-before-takes-the-sentence"),
    pytest.param("Министр Олег Смирнов заявил, что ситуация стабильна — по его словам — и "
                 "ухудшения не ожидается.",
                 [("ситуация стабильна — по его словам — и ухудшения не ожидается", "indirect",
                   "Олег Смирнов")],
                 id="a-marker-between-dashes-is-a-parenthetical"),
    pytest.param("Согласно обвинению, среди жертв — как минимум три человека.",
                 [("среди жертв — как минимум три человека", "according_to", None)],
                 id="kak-minimum-after-a-dash-is-no-marker"),
]

UNTAGGED_BODIES = [
    pytest.param("В мэрии Саратова пояснили, что ремонт завершится к октябрю. Жителей просят "
                 "набраться терпения, добавили в администрации.",
                 [("ремонт завершится к октябрю", "indirect", "мэрия Саратова"),
                  ("Жителей просят набраться терпения", "according_to", "мэрия Саратова")],
                 id="the-administration-after-a-city-hall-is-that-city-hall"),
    pytest.param("По данным береговой охраны Японии, КНДР осуществила запуск ракеты.",
                 [("КНДР осуществила запуск ракеты", "according_to", "береговая охрана Японии")],
                 id="a-coast-guard-is-a-body-not-its-country"),
    pytest.param("В национальной гвардии США сообщили, что военные прибудут в город.",
                 [("военные прибудут в город", "indirect", "национальная гвардия США")],
                 id="a-national-guard-with-its-adjective"),
    pytest.param("По данным таможни Финляндии, поток машин снизился.",
                 [("поток машин снизился", "according_to", "таможня Финляндии")],
                 id="a-customs-service-of-a-country"),
]

TITLES_IN_MARKS = [
    pytest.param("Пресс-служба «Газпрома» сообщила, что контракт продлён.",
                 [("контракт продлён", "indirect", "Газпром")],
                 id="a-press-service-of-a-title-in-marks-opening-a-sentence-is-the-subject"),
    pytest.param("Пресс-служба «Газпрома» заявила: «Контракт продлён».",
                 [("Контракт продлён", "direct", "Газпром")],
                 id="a-press-service-of-a-title-in-marks-before-a-colon"),
    pytest.param("Пресс-служба Кремля сообщила, что контракт продлён.",
                 [("контракт продлён", "indirect", "пресс-служба Кремля")],
                 id="a-press-service-of-a-body-without-marks"),
    pytest.param("В компании «Газпром» сообщили, что контракт продлён.",
                 [("контракт продлён", "indirect", "Газпром")],
                 id="a-title-in-the-nominative-is-the-companys-name"),
    pytest.param("Радиостанция «Говорит Москва» передаёт, что эфир прерван.",
                 [("эфир прерван", "indirect", "Говорит Москва")],
                 id="a-station-and-its-title-open-a-sentence"),
]

MANNER_AFTER_LOST_MARKS = [
    pytest.param("Певец Сергей Лазарев попросил поддержки.\n\nПожелайте мне удачи, держите за меня "
                 "кулачки, — обратился он к своим поклонникам.",
                 [("Пожелайте мне удачи, держите за меня кулачки", "direct", "Сергей Лазарев")],
                 id="an-address-verb-after-a-dash-attributes-speech-that-lost-its-marks"),
    pytest.param("Концерты для меня особенные. Это абсолютная магия!, - восхитилась певица Анна "
                 "Орлова.",
                 [("Концерты для меня особенные. Это абсолютная магия", "direct", "Анна Орлова")],
                 id="a-verb-of-delight-after-a-hyphen-attributes-speech"),
    pytest.param("«Спасибо всем, кто пришёл», — поблагодарил болельщиков тренер Сергей Семак.",
                 [("Спасибо всем, кто пришёл", "direct", "Сергей Семак")],
                 id="a-verb-of-thanks-after-a-quotation"),
    pytest.param("«Вы меня слышите? — обратился к залу ведущий Иван Ургант. — Аплодисменты!»",
                 [("Вы меня слышите", "direct", "Иван Ургант"),
                  ("Аплодисменты!", "direct", "Иван Ургант")],
                 id="an-address-verb-interrupting-a-quotation"),
    pytest.param("«Когда закончится война?» — спросил журналист. «Не знаю», — ответил президент "
                 "Украины Владимир Зеленский.",
                 [("Когда закончится война?", "direct", None),
                  ("Не знаю", "direct", "Владимир Зеленский")],
                 id="who-asked-is-not-who-answers-next"),
    pytest.param("Глава банка Олег Смирнов выступил в парламенте.\n\nПо его словам, рубль остаётся "
                 "устойчивым. Пока мы следуем закону, мы останемся надёжными, — уверен банкир.",
                 [("рубль остаётся устойчивым", "according_to", "Олег Смирнов"),
                  ("Пока мы следуем закону, мы останемся надёжными", "direct", "Олег Смирнов")],
                 id="a-stance-word-after-a-dash-attributes-speech-that-lost-its-marks"),
    pytest.param("Ранее метеоролог Александр Ильин спрогнозировал потепление.\n\nК городу "
                 "приблизится циклон с запада. В выходные он принесёт тепло, — цитирует слова "
                 "специалиста Вечерняя Москва.",
                 [("К городу приблизится циклон с запада. В выходные он принесёт тепло", "direct",
                   "Александр Ильин")],
                 id="the-specialist-is-the-expert-named-before-speech-that-lost-its-marks"),
    pytest.param("Об этом сообщили в пресс-службе ГИБДД.\nАвария произошла утром, водитель, по "
                 "предварительным данным, выехал на встречную полосу. В результате погибли два "
                 "человека, — говорится в сообщении.",
                 [("Авария произошла утром, водитель, по предварительным данным, выехал на "
                   "встречную полосу", "according_to", None),
                  ("В результате погибли два человека", "direct", "ГИБДД")],
                 id="a-sentence-with-its-own-marker-is-not-speech-that-lost-its-marks"),
    pytest.param("Мы готовы к диалогу, по моим данным, партнёры тоже. Ответ будет скоро, — сказал "
                 "министр Иван Петров.",
                 [("Мы готовы к диалогу, по моим данным, партнёры тоже. Ответ будет скоро",
                   "direct", "Иван Петров")],
                 id="the-speakers-own-data-stay-in-the-speech"),
    pytest.param("Джей Ти отменил концерты в России.\n\nВ своём обращении к поклонникам "
                 "Джей Ти выразил сожаление. Привет всем моим друзьям в России. Я не смогу "
                 "приехать в феврале. Но мы делаем всё возможное, чтобы перенести концерты. "
                 "Поэтому мира и любви, ребята! — сказал рэпер.",
                 [("Привет всем моим друзьям в России. Я не смогу приехать в феврале. Но мы "
                   "делаем всё возможное, чтобы перенести концерты. Поэтому мира и любви, ребята!",
                   "direct", "Джей Ти")],
                 id="an-epithet-after-long-speech-that-lost-its-marks-looks-before-the-words"),
]

HEADLINE_ROLES = [
    pytest.param("ru24.pro\nОктябрь\n2024\n\nWP: 14 человек погибли из-за урагана\n\nВо Флориде "
                 "погибли 14 человек. Об этом сообщило издание The Washington Post.",
                 [("14 человек погибли из-за урагана", "direct", "The Washington Post"),
                  ("Во Флориде погибли 14 человек", "according_to", "The Washington Post")],
                 id="a-headline-label-of-initials-the-tagger-left-untagged"),
    pytest.param("WP: 14 человек погибли из-за урагана\n\nВо Флориде погибли 14 человек. Об этом "
                 "сообщило издание The Washington Post.",
                 [("14 человек погибли из-за урагана", "direct", "The Washington Post"),
                  ("Во Флориде погибли 14 человек", "according_to", "The Washington Post")],
                 id="a-headline-signed-by-an-outlets-initials"),
    pytest.param(" date 2025-12-03 «Не заинтересован»: Гутерриш раскрыл, с кем не хочет "
                 "спорить\n\nГенеральный секретарь ООН Антониу Гутерриш заявил, что не намерен "
                 "спорить.",
                 [("Не заинтересован", "direct", "Антониу Гутерриш"),
                  ("не намерен спорить", "indirect", "Антониу Гутерриш")],
                 id="a-quoted-headline-after-a-scrapers-dateline"),
    pytest.param("Эксперт: цены на бензин вырастут к лету\n\nАналитик Иван Петров считает, что "
                 "цены на бензин вырастут к лету.",
                 [("цены на бензин вырастут к лету", "direct", "Иван Петров"),
                  ("цены на бензин вырастут к лету", "indirect", "Иван Петров")],
                 id="an-expert-headline-is-the-analyst-the-text-names"),
    pytest.param("Наставник «Зенита»: мы заслужили победу\n\nТренер петербургского клуба Сергей "
                 "Семак заявил, что команда заслужила победу.",
                 [("мы заслужили победу", "direct", "Сергей Семак"),
                  ("команда заслужила победу", "indirect", "Сергей Семак")],
                 id="a-headline-role-with-its-club-in-marks"),
    pytest.param("Глава «Газпрома»: цены на газ вырастут\n\nПредседатель правления «Газпрома» "
                 "Алексей Миллер заявил, что цены на газ вырастут.",
                 [("цены на газ вырастут", "direct", "Алексей Миллер"),
                  ("цены на газ вырастут", "indirect", "Алексей Миллер")],
                 id="a-headline-head-of-a-company-in-marks"),
    pytest.param("Министр: цены на бензин вырастут к лету\n\nАналитик Иван Петров считает, что "
                 "цены на бензин вырастут к лету.",
                 [("цены на бензин вырастут к лету", "direct", None),
                  ("цены на бензин вырастут к лету", "indirect", "Иван Петров")],
                 id="a-minister-headline-is-not-an-analyst"),
]

FORMER_HOLDERS = [
    pytest.param("Бывший президент США Барак Обама поддержал Камалу Харрис. Президент США Джо "
                 "Байден также выразил поддержку. «Она будет отличным президентом», — сказал "
                 "экс-президент.",
                 [("Она будет отличным президентом", "direct", "Барак Обама")],
                 id="eks-prezident-is-the-former-president-not-the-president-now"),
    pytest.param("Бывший президент США Барак Обама поддержал Камалу Харрис. «Она будет отличным "
                 "президентом», — сказал бывший президент.",
                 [("Она будет отличным президентом", "direct", "Барак Обама")],
                 id="a-former-president-named-so-before"),
    pytest.param("Бывший премьер-министр Великобритании Борис Джонсон раскритиковал правительство. "
                 "Экс-премьер заявил, что кабинет совершает ошибку.",
                 [("кабинет совершает ошибку", "indirect", "Борис Джонсон")],
                 id="eks-premier-after-a-former-prime-minister"),
    pytest.param("Экс-министр финансов Алексей Кудрин выступил на форуме. Министр финансов Антон "
                 "Силуанов заявил, что бюджет сбалансирован. Экс-министр возразил, что дефицит "
                 "растёт.",
                 [("бюджет сбалансирован", "indirect", "Антон Силуанов"),
                  ("дефицит растёт", "indirect", "Алексей Кудрин")],
                 id="eks-ministr-is-the-former-minister-with-fewer-dependents"),
    pytest.param("Министр финансов Антон Силуанов заявил, что бюджет сбалансирован. Бывший "
                 "министр возразил, что дефицит растёт.",
                 [("бюджет сбалансирован", "indirect", "Антон Силуанов"),
                  ("дефицит растёт", "indirect", None)],
                 id="a-former-minister-never-named-is-nobody-named"),
    pytest.param("Бывший президент США Барак Обама поддержал Камалу Харрис. Президент США Джо "
                 "Байден также выразил поддержку. «Она будет отличным президентом», — сказал "
                 "президент.",
                 [("Она будет отличным президентом", "direct", "Джо Байден")],
                 id="the-president-is-the-one-now"),
]

STATEMENT_OWNERS = [
    pytest.param("Пресс-секретарь Кремля Дмитрий Песков прокомментировал слова бывшего помощника "
                 "министра Стивена Брайена о том, что военные были отправлены на Украину.",
                 [("военные были отправлены на Украину", "indirect", "Стивен Брайен")],
                 id="a-clause-about-somebodys-words-is-theirs-not-the-commenters"),
    pytest.param("Министр прокомментировал сообщения СМИ о том, что завод закроют.",
                 [("завод закроют", "indirect", None)],
                 id="reports-of-the-media-are-nobody-named"),
    pytest.param("Песков заявил журналистам о том, что встреча состоится.",
                 [("встреча состоится", "indirect", "Песков")],
                 id="a-cue-with-o-tom-chto-and-no-noun-is-the-speakers"),
    pytest.param("Премьер-министр Польши Дональд Туск обратился к нации.\n\n«Мы переживаем "
                 "трудные времена. Но Польша выстоит».\n\nОбращение транслировалось по всем "
                 "каналам.",
                 [("Мы переживаем трудные времена. Но Польша выстоит", "direct", "Дональд Туск")],
                 id="a-quoted-paragraph-after-an-address-is-the-addressers"),
    pytest.param("Глава МИД Мария Петрова отреагировала на решение суда.\n\n«Мы считаем приговор "
                 "политически мотивированным и будем добиваться пересмотра».",
                 [("Мы считаем приговор политически мотивированным и будем добиваться пересмотра",
                   "direct", "Мария Петрова")],
                 id="a-quoted-paragraph-after-a-reaction-is-the-reacting-persons"),
    pytest.param("Песков прокомментировал санкции. Ответ Пескова был коротким: «Мы это не "
                 "комментируем».", [("Мы это не комментируем", "direct", "Песков")],
                 id="an-answer-whose-owner-is-named-before-the-colon"),
    pytest.param("Реакция Кремля оказалась жёсткой: «Это недружественный шаг».",
                 [("Это недружественный шаг", "direct", "Кремль")],
                 id="a-reaction-of-a-body-before-the-colon"),
    pytest.param("Песков прокомментировал санкции. Его слова приводит агентство Reuters: «Мы "
                 "будем бороться до конца».",
                 [("Мы будем бороться до конца", "direct", "Песков")],
                 id="his-words-relayed-by-an-agency-before-the-colon"),
]

AUTHORS = [
    pytest.param("Президент Украины Владимир Зеленский обратился к нации. Выступление "
                 "транслировал телеканал «1+1». «Мы выстоим», — говорится в обращении.",
                 [("Мы выстоим", "direct", "Владимир Зеленский")],
                 id="the-address-two-sentences-back-not-the-broadcaster"),
    pytest.param("Министр обороны Великобритании Бен Уоллес выступил в парламенте. Его заявление "
                 "приводит агентство Reuters. «Мы поддержим союзников», — говорится в заявлении.",
                 [("Мы поддержим союзников", "direct", "Бен Уоллес")],
                 id="the-statement-named-before-with-its-owner"),
    pytest.param("Агентство NASA показало запуск зонда. Как говорится в сообщении на Twitter, "
                 "старт состоялся сегодня.",
                 [("старт состоялся сегодня", "according_to", "NASA")],
                 id="a-message-on-a-platform-is-not-the-platforms"),
    pytest.param("Как говорится в сообщении на сайте МИД, посол вызван.",
                 [("посол вызван", "according_to", "МИД")],
                 id="a-message-on-a-bodys-site-is-the-bodys"),
    pytest.param("Пресс-секретарь президента Дмитрий Песков прокомментировал ситуацию в интервью "
                 "ТАСС. «Мы внимательно следим за событиями», — говорится в комментарии.",
                 [("Мы внимательно следим за событиями", "direct", "Дмитрий Песков")],
                 id="the-comment-cited-is-the-one-the-person-before-commented"),
    pytest.param("Депутат Иван Петров внёс в Госдуму законопроект о налогах. «Ставка составит "
                 "5%», — говорится в документе.",
                 [("Ставка составит 5%", "direct", "Иван Петров")],
                 id="the-bill-is-its-proposers-not-the-parliaments-it-went-to"),
    pytest.param("Министр Олег Смирнов подписал приказ о вакцинации. В приказе говорится, что "
                 "прививки будут бесплатными.",
                 [("прививки будут бесплатными", "indirect", "Олег Смирнов")],
                 id="an-order-is-a-message-its-signer-wrote-not-a-body"),
    pytest.param("Компания «Вектор» сообщила о росте выручки. «Выручка выросла на 10%», — "
                 "говорится в сообщении.",
                 [("Выручка выросла на 10%", "direct", "Вектор")],
                 id="the-message-of-the-body-that-reported"),
]

# A subject agrees with its verb: a singular thing is no subject of a plural verb.
AGREEMENT = [
    pytest.param("Закрытие гипермаркетов «Карусель» в X5 Retail Group объяснили тем, что "
                 "покупатели предпочитают магазины у дома.",
                 [("покупатели предпочитают магазины у дома", "indirect", "X5 Retail Group")],
                 id="a-singular-thing-is-no-subject-of-a-plural-verb"),
    pytest.param("Правительство и парламент заявили, что выборы пройдут в срок.",
                 [("выборы пройдут в срок", "indirect", "Правительство и парламент")],
                 id="guard-two-coordinated-bodies-take-a-plural-verb"),
    pytest.param("Ряд экспертов считают, что рубль укрепится.",
                 [("рубль укрепится", "indirect", None)],
                 id="guard-a-quantity-noun-takes-a-plural-verb"),
]

# The source an outlet cites is the speaker, wherever the citation stands (GUIDELINE §2a).
CITED_SOURCES = [
    pytest.param("Мэр не отдавал распоряжений о запрете. Об этом со ссылкой на заместителя мэра "
                 "Александра Горбенко сообщает «Эхо Москвы».",
                 [("Мэр не отдавал распоряжений о запрете", "according_to", "Александр Горбенко")],
                 id="a-citation-before-the-verb-of-a-back-reference"),
    pytest.param("Рейсы задержаны, со ссылкой на пресс-службу аэропорта передает ТАСС.",
                 [("Рейсы задержаны", "according_to", "пресс-служба аэропорта")],
                 id="a-citation-between-the-comma-and-a-trailing-verb"),
    pytest.param("Мэр не отдавал распоряжений. Об этом сообщает «Эхо Москвы» со ссылкой на "
                 "заместителя мэра Александра Горбенко.",
                 [("Мэр не отдавал распоряжений", "according_to", "Александр Горбенко")],
                 id="guard-a-citation-after-the-outlet"),
]

# A trailing cue after a circumstance of time: ``…, 20 июня сообщает X``.
TRAILING_AFTER_TIME = [
    pytest.param("Полицейские задержали двух мужчин, 20 июня сообщает пресс-служба ГУ МВД России "
                 "по Ростовской области.",
                 [("Полицейские задержали двух мужчин", "according_to",
                   "пресс-служба ГУ МВД России")],
                 id="a-date-between-the-comma-and-the-verb"),
    pytest.param("Цены на бензин выросли на 3%, в пятницу сообщил Росстат.",
                 [("Цены на бензин выросли на 3%", "according_to", "Росстат")],
                 id="a-weekday-between-the-comma-and-the-verb"),
]

# A back reference points at the lead sentences of its paragraph (GUIDELINE §2a).
LEAD_SENTENCES = [
    pytest.param("Полиция задержала в Троицке мужчину, устроившего пожар. В результате "
                 "происшествия погибли два человека. Об этом в четверг сообщила официальный "
                 "представитель МВД России Ирина Волк.",
                 [("Полиция задержала в Троицке мужчину, устроившего пожар. В результате "
                   "происшествия погибли два человека", "according_to", "Ирина Волк")],
                 id="two-lead-sentences-before-a-back-reference"),
    pytest.param("«Мы готовы», — сказал Петров. Рубль укрепился. Об этом сообщил ЦБ.",
                 [("Мы готовы", "direct", "Петров"), ("Рубль укрепился", "according_to", "ЦБ")],
                 id="guard-a-quotation-before-is-no-lead"),
    pytest.param("Полиция задержала мужчину.\nВ результате происшествия погибли два человека. "
                 "Об этом сообщила Ирина Волк.",
                 [("В результате происшествия погибли два человека", "according_to",
                   "Ирина Волк")],
                 id="guard-another-paragraph-is-no-lead"),
]

# A second predicate of the cue's subject ends the content, even with no comma before ``и``.
SECOND_PREDICATES = [
    pytest.param("Глава МВД Владимир Колокольцев заявил, что все обвинения против журналиста "
                 "сняты и ходатайствовал перед президентом об увольнении двух генералов.",
                 [("все обвинения против журналиста сняты", "indirect", "Владимир Колокольцев")],
                 id="a-verb-agreeing-with-the-cue-after-a-short-participle"),
    pytest.param("Певец пообещал, что зрители смогут увидеть новый номер и попросил поддержки.",
                 [("зрители смогут увидеть новый номер", "indirect", None)],
                 id="a-verb-agreeing-with-the-cue-not-with-the-plural-content"),
    pytest.param("Министр сообщил, что компания выросла и удвоила прибыль.",
                 [("компания выросла и удвоила прибыль", "indirect", None)],
                 id="guard-a-verb-agreeing-with-the-content-stays"),
]

# Offices, sources cited and gerunds pointing back.
OFFICES_AND_CITATIONS = [
    pytest.param("Эльвира Набиуллина провела пресс-конференцию. «Я отношусь к этому нормально», "
                 "— сказала председатель Банка России.",
                 [("Я отношусь к этому нормально", "direct", "Эльвира Набиуллина")],
                 id="a-bodys-office-the-knowledge-base-knows-the-named-person-in"),
    pytest.param("Сергей Лавров и Эльвира Набиуллина выступили на форуме. «Ставка останется "
                 "прежней», — сказала глава ЦБ.",
                 [("Ставка останется прежней", "direct", "Эльвира Набиуллина")],
                 id="the-one-holder-of-the-office-among-two-people"),
    pytest.param("Ранее Институт физики Земли сообщил со ссылкой на Геофизическую службу РАН, что "
                 "интенсивность колебаний составила два балла.",
                 [("интенсивность колебаний составила два балла", "indirect",
                   "Геофизическая служба")],
                 id="a-source-cited-right-after-the-verb"),
    pytest.param("Газета сообщила со ссылкой на министра финансов Антона Силуанова, что бюджет "
                 "исполнен.", [("бюджет исполнен", "indirect", "Антон Силуанов")],
                 id="a-person-cited-right-after-the-verb"),
    pytest.param("В Воронеже глава города Сергей Петрин ушёл в отпуск на две недели, сообщив об "
                 "этом в своём телеграм-канале.",
                 [("В Воронеже глава города Сергей Петрин ушёл в отпуск на две недели",
                   "according_to", "Сергей Петрин")],
                 id="a-gerund-pointing-back-at-its-clause"),
    pytest.param("Министр подал в отставку, узнав об этом из газет.", [],
                 id="guard-a-gerund-of-learning-reports-nothing"),
    pytest.param("Пресс-служба ГУ МВД России по Воронежской области сообщила о задержании. В "
                 "главке добавили, что задержанный дал показания.",
                 [("задержанный дал показания", "indirect", "ГУ МВД России")],
                 id="a-main-department-is-the-police-department-named-before"),
]

# Speech that lost its marks, and a stray full stop before an attribution.
STRAY_STOPS = [
    pytest.param("Депутат Илья Пономарев опроверг информацию.\n\n«Проснулся утром и обнаружил, "
                 "что я якобы внес в Госдуму закон». — написал Пономарев в своем блоге.",
                 [("Проснулся утром и обнаружил, что я якобы внес в Госдуму закон", "direct",
                   "Илья Пономарев")],
                 id="a-full-stop-after-the-closing-mark-before-a-lower-case-cue"),
    pytest.param("Депутат Илья Пономарев опроверг информацию.\n\nПроснулся утром и обнаружил, что "
                 "я якобы внес в Госдуму закон. — написал Пономарев в своем блоге. — Был в шоке. "
                 "Никакого закона не вносил.",
                 [("Проснулся утром и обнаружил, что я якобы внес в Госдуму закон", "direct",
                   "Илья Пономарев"),
                  ("Был в шоке. Никакого закона не вносил", "direct", "Илья Пономарев")],
                 id="lost-marks-with-a-full-stop-before-the-cue-and-speech-going-on"),
    pytest.param("Она выступила на пресс-конференции, как сообщает ТАСС. Я отношусь к этому "
                 "нормально. Это абсолютно нормально, - добавила глава Банка России Эльвира "
                 "Набиуллина.",
                 [("Она выступила на пресс-конференции, как сообщает ТАСС", "according_to",
                   "ТАСС"),
                  ("Я отношусь к этому нормально. Это абсолютно нормально", "direct",
                   "Эльвира Набиуллина")],
                 id="lost-marks-start-after-a-sentence-attributed-by-kak-soobshchaet"),
]

# A transcript line whose label gives a role, a place or an age after the name.
LABELS_WITH_ROLES = [
    pytest.param("Раскопки ведут в авральном режиме.\nАлександр Попов, руководитель экспедиции: "
                 "К сожалению, мы летом не смогли приступить к работам.\nДорога пройдет рядом.",
                 [("К сожалению, мы летом не смогли приступить к работам", "direct",
                   "Александр Попов")],
                 id="a-name-and-its-role-before-a-colon"),
    pytest.param("Сергей Иванов, Москва: Я считаю, что цены растут.",
                 [("Я считаю, что цены растут", "direct", "Сергей Иванов")],
                 id="a-vox-pop-with-its-city"),
    pytest.param("Анна Петрова, 35 лет: Мы ждали этого давно.",
                 [("Мы ждали этого давно", "direct", "Анна Петрова")],
                 id="a-vox-pop-with-an-age"),
    pytest.param("Владимир Путин, президент России: фото", [], id="guard-a-caption-says-nothing"),
    pytest.param("Напомним: как заявил Бессент, США могут ввести санкции против России.",
                 [("США могут ввести санкции против России", "according_to", "Бессент")],
                 id="a-marker-after-napomnim"),
    pytest.param("Министр не может не отметить, что экономика растёт.",
                 [("экономика растёт", "indirect", None)],
                 id="guard-ne-mozhet-ne-otmetit-reports"),
    pytest.param("Марк закончил, сказав «до встречи».", [("до встречи", "direct", "Марк")],
                 id="guard-a-short-quotation-ending-the-sentence"),
    pytest.param("Губернатор штата Эндрю Куомо на пресс-конференции: Мы не можем ждать. Мы должны "
                 "действовать сейчас.",
                 [("Мы не можем ждать. Мы должны действовать сейчас", "direct", "Эндрю Куомо")],
                 id="a-name-and-where-it-spoke-before-a-colon-on-one-line"),
    pytest.param("Аналитики ожидают, что рубль укрепится.",
                 [("рубль укрепится", "indirect", None)], id="guard-ozhidayut-is-a-forecast"),
    pytest.param("Министр заявил, что рубль укрепится; в то же время инфляция продолжит расти.",
                 [("рубль укрепится", "indirect", None)],
                 id="a-semicolon-ends-the-content-clause"),
]

# ``Согласно`` opening a sentence makes any noun a source (GUIDELINE §2a).
SOGLASNO = [
    pytest.param("Согласно онлайн-табло, рейс в Петербург отправится в 18:30.",
                 [("рейс в Петербург отправится в 18:30", "according_to", None)],
                 id="soglasno-a-departures-board"),
    pytest.param("Согласно окончательно вступившему в силу Федеральному закону, с 2019 года в "
                 "России начнётся повышение пенсионного возраста.",
                 [("с 2019 года в России начнётся повышение пенсионного возраста",
                   "according_to", None)],
                 id="soglasno-a-law-after-a-participle-phrase"),
    pytest.param("Согласно Конституции штата Колорадо, рабство запрещено.",
                 [("рабство запрещено", "according_to", "Колорадо")],
                 id="soglasno-a-constitution-by-its-name"),
    pytest.param("Согласно Марку Твену, слухи о его смерти преувеличены.",
                 [("слухи о его смерти преувеличены", "according_to", "Марк Твен")],
                 id="guard-soglasno-a-person-is-the-person"),
    pytest.param("Он согласно кивнул.", [], id="guard-soglasno-an-adverb"),
]

# What a back reference may step over, and one more opener.
BACK_REFERENCE_GAPS = [
    pytest.param("Обращение адвокатов поступит в конце сентября.\n\n \n\nОб этом сообщил Игорь "
                 "Янчук, адвокат одного из осужденных.",
                 [("Обращение адвокатов поступит в конце сентября", "according_to",
                   "Игорь Янчук")],
                 id="an-empty-paragraph-between-the-words-and-their-pointer"),
    pytest.param("Обращение адвокатов поступит в конце сентября.\n\nФото: ТАСС\n\nОб этом "
                 "сообщил Игорь Янчук.",
                 [("Обращение адвокатов поступит в конце сентября", "according_to",
                   "Игорь Янчук")],
                 id="a-photo-credit-between-the-words-and-their-pointer"),
    pytest.param("Кремль находит нецелесообразным сообщать о документах. Таким образом "
                 "пресс-секретарь главы государства Дмитрий Песков отреагировал на вопрос.",
                 [("Кремль находит нецелесообразным сообщать о документах", "according_to",
                   "Дмитрий Песков")],
                 id="takim-obrazom-x-otreagiroval"),
    pytest.param("Цены выросли на 5%. Таким образом, инфляция ускорилась, отметил аналитик Иван "
                 "Петров.",
                 [("Таким образом, инфляция ускорилась", "according_to", "Иван Петров")],
                 id="guard-takim-obrazom-with-a-comma-is-thus"),
]

# A headline that states what a named speaker says further down is that speaker's.
ECHOES = [
    pytest.param("Директор NASA считает, что партнерство с Роскосмосом останется прочным\n"
                 "Он не беседовал с главой Роскосмоса Дмитрием Рогозиным после старта.\n"
                 "НЬЮ-ЙОРК, 31 мая. Директор Национального управления по аэронавтике и "
                 "исследованию космического пространства (NASA Джеймс Брайденстайн выразил "
                 "уверенность в том, что партнерство между NASA и Роскосмосом останется прочным.",
                 [("партнерство с Роскосмосом останется прочным", "indirect",
                   "Джеймс Брайденстайн"),
                  ("партнерство между NASA и Роскосмосом останется прочным", "indirect",
                   "Джеймс Брайденстайн")],
                 id="a-headline-role-repeating-a-named-quote"),
    pytest.param("По данным экспертов, рынок жилья продолжит падать в этом году.\nАналитик Иван "
                 "Петров считает, что рынок жилья продолжит падать в этом году.",
                 [("рынок жилья продолжит падать в этом году", "according_to", None),
                  ("рынок жилья продолжит падать в этом году", "indirect", "Иван Петров")],
                 id="guard-an-unnamed-source-by-its-word-stays-unnamed"),
]

# A plural verb with no subject or place goes on for the body that has just spoken.
THEY_AGAIN = [
    pytest.param("В МИД России заявили, что ответ будет жёстким. Также отметили, что Москва не "
                 "оставит это без ответа.",
                 [("ответ будет жёстким", "indirect", "МИД России"),
                  ("Москва не оставит это без ответа", "indirect", "МИД России")],
                 id="takzhe-otmetili-after-a-body"),
    pytest.param("Министр Антон Силуанов заявил, что бюджет исполнен. Также отметили, что "
                 "дефицит сократился.",
                 [("бюджет исполнен", "indirect", "Антон Силуанов"),
                  ("дефицит сократился", "indirect", None)],
                 id="guard-takzhe-otmetili-after-a-person-is-nobody-named"),
]

# A quotation whose closing mark was lost runs to the end of its line.
UNCLOSED = [
    pytest.param("Николай Лопухов, старший тренер сборной России по биатлону: «Здесь стадион "
                 "расположен на небольшой высоте\nЖенской сборной повезло меньше.",
                 [("Здесь стадион расположен на небольшой высоте", "direct", "Николай Лопухов")],
                 id="a-label-and-a-quotation-that-never-closes"),
    pytest.param("Губернатор Сергей Жвачкин выступил с отчётом. Он отметил, что власти важно не "
                 "остановить набранную скорость.\n\n«Нам важно двигаться дальше. Нам нужно "
                 "реализовать пр",
                 [("власти важно не остановить набранную скорость", "indirect", "Сергей Жвачкин"),
                  ("Нам важно двигаться дальше. Нам нужно реализовать пр", "direct",
                   "Сергей Жвачкин")],
                 id="a-text-cut-off-inside-a-paragraph-of-speech"),
    pytest.param("Кроме того, Меркель заявила, что Германия знает об озабоченности Польши, и "
                 "пообещала поддержку НАТО всем членам альянса.\n\n\"Польша - свободная страна, "
                 "она входит в НАТО и Европейский союз.",
                 [("Германия знает об озабоченности Польши", "indirect", "Меркель"),
                  ("Польша - свободная страна, она входит в НАТО и Европейский союз", "direct",
                   "Меркель")],
                 id="the-second-verb-after-a-clause-shares-the-first-verbs-subject"),
    pytest.param("Выставка «Русский авангард открылась в Москве.", [],
                 id="guard-a-title-missing-its-closing-mark"),
    pytest.param("Национальное общественное радио опубликовало сообщение о том, что документы "
                 "были найдены в принтере отеля.",
                 [("документы были найдены в принтере отеля", "indirect",
                   "Национальное общественное радио")],
                 id="published-a-message-o-tom-chto"),
    pytest.param("Агентство Reuters распространило информацию о том, что сделка сорвалась.",
                 [("сделка сорвалась", "indirect", "Reuters")],
                 id="spread-information-o-tom-chto"),
    pytest.param("Министерство опубликовало данные о росте цен.", [],
                 id="guard-published-data-with-no-clause"),
    pytest.param("«Ушёл из жизни писатель», — говорится в соболезновании правительства и "
                 "губернатора Оренбургской области.",
                 [("Ушёл из жизни писатель", "direct",
                   "правительство и губернатор Оренбургской области")],
                 id="two-coordinated-bodies-both-in-the-nominative"),
    pytest.param("Китай отверг обвинения в поддержке России. Об этом стало известно во время "
                 "выступления официального представителя МИД КНР Мао Нин на брифинге.",
                 [("Китай отверг обвинения в поддержке России", "according_to", "Мао Нин")],
                 id="became-known-during-somebodys-speech"),
    pytest.param("Китай отверг обвинения. Об этом стало известно во время матча.", [],
                 id="guard-became-known-during-a-match"),
    pytest.param("Министр выступил с предупреждением о том, что цены вырастут.",
                 [("цены вырастут", "indirect", None)], id="came-out-with-a-warning-o-tom-chto"),
    pytest.param("Министр сделал прогноз, что цены вырастут.",
                 [("цены вырастут", "indirect", None)], id="made-a-forecast-that"),
    pytest.param("Рыбакина поблагодарила президента федерации Булата Утемуратова, который был на "
                 "ее матчах: \"Хочу вас поблагодари",
                 [("Хочу вас поблагодари", "direct", "Рыбакина")],
                 id="a-cue-before-the-colon-vouches-for-a-short-cut-off-quotation"),
]

# Names that are no speakers: a platform, an editor's label; a title after its kind's noun.
NOT_SPEAKERS = [
    pytest.param("Полиция отметила, что следит за ситуацией в сети Интернет. «Нарушители будут "
                 "наказаны», – уточняется в пресс-релизе.",
                 [("следит за ситуацией в сети Интернет", "indirect", "полиция"),
                  ("Нарушители будут наказаны", "direct", "полиция")],
                 id="the-internet-issues-no-press-release"),
    pytest.param("Рейс задержали.\n\nUPD. В пресс-службе авиакомпании «Ижавиа» сообщили, что "
                 "вылет перенесён.",
                 [("вылет перенесён", "indirect", "Ижавиа")],
                 id="an-update-label-is-nobody-and-a-title-after-its-kind-keeps-its-form"),
]

@pytest.mark.parametrize("text, expected",
                         NO_MARKS + BACK_REFERENCES + UNNAMED + CHANNELS + CUES + NEWS + GRAMMAR
                         + PRONOUNS + CATAPHORA + NESTED + ASYNDETIC + EPITHETS
                         + LOST_MARKS_RUNS + CLAUSE_ENDS + INDEFINITE + INTROS + BODIES
                         + UNNAMED_PEOPLE + NAMESAKES + AUTHORS
                         + CLIPPED_ROLES + MARKER_AFTER_CLAUSE + STATEMENT_OWNERS
                         + FORMER_HOLDERS + HEADLINE_ROLES
                         + MANNER_AFTER_LOST_MARKS + TITLES_IN_MARKS
                         + UNTAGGED_BODIES + AGREEMENT + CITED_SOURCES
                         + TRAILING_AFTER_TIME + NOT_SPEAKERS + LEAD_SENTENCES
                         + SECOND_PREDICATES + OFFICES_AND_CITATIONS + STRAY_STOPS
                         + LABELS_WITH_ROLES + SOGLASNO + BACK_REFERENCE_GAPS + ECHOES
                         + THEY_AGAIN + UNCLOSED)
def test_unseen_pattern(nlp, text, expected):
    _check(nlp, text, expected)


NOT_QUOTES = [
    pytest.param("Пентагон не стал комментировать появившуюся в СМИ информацию о том, что "
                 "американские войска не были целью беспилотников.",
                 id="ne-stal-kommentirovat-declines"),
    pytest.param("Ранее в Совфеде предсказали «тяжелые времена» для Европы.",
                 id="a-phrase-in-marks-as-the-verbs-object"),
    pytest.param("Актер Михаил Ефремов не ожидал, что его приговорят к восьми годам тюрьмы.",
                 id="ne-ozhidal-is-surprise-not-a-claim"),
    pytest.param("Режиссёр обратился к творчеству писателя ещё при его жизни: в 2006 году вышел "
                 "сериал.", id="obratilsya-k-tvorchestvu-before-a-colon-is-no-address"),
    pytest.param("Автобус так и не пришёл, вздохнул Петров.",
                 id="third-person-narration-before-a-manner-verb-is-no-speech"),
    pytest.param("«Мы будем работать дальше», — Иван Петров и его команда так и не выполнили "
                 "обещание.", id="a-dash-and-a-name-that-goes-on-is-no-signature"),
    pytest.param("Как выяснилось, завод возобновит работу в марте.",
                 id="kak-vyyasnilos-nobody-reports"),
    pytest.param("После того как следователи установили личность погибшего, дело передали в "
                 "суд.", id="a-finding-verb-in-a-time-clause-is-no-marker"),
    pytest.param("Программа визита:\nвстреча с губернатором, посещение завода.",
                 id="colon-list-no-cue"),
    pytest.param("Он спросил, что случилось.", id="question-verb-embedded"),
    pytest.param("Об этом доме знают все жители района.", id="ob-etom-noun"),
    pytest.param("Иван Петров рассказал журналистам о своих планах на лето.", id="cue-noun-phrase"),
    pytest.param("Боксер стал чемпионом мира по версии WBA.", id="marker-inside-noun-phrase"),
    pytest.param("Нападающий показал, что умеет забивать головой.", id="pokazal-person"),
    pytest.param("Как говорится, без труда не вытащишь и рыбку из пруда.", id="kak-govoritsya-idiom"),
    pytest.param("Согласно распоряжению мэра, парковка станет платной.", id="soglasno-directive"),
    pytest.param("Иван обнаружил, что дверь заперта.", id="finding-verb-in-narration"),
    pytest.param("В фильме «Мы готовы» — Сергей Лавров.", id="title-then-a-name"),
    pytest.param("«Мастер и Маргарита» — Михаил Булгаков.", id="title-and-its-author"),
    pytest.param("Безработица выросла. Такие цифры говорят сами за себя.",
                 id="back-reference-noun-as-the-subject"),
    pytest.param("Безработица выросла. Об этом свидетельствует и рост числа пособий.",
                 id="ob-etom-svidetelstvuet-a-fact"),
    pytest.param("Мы долго говорили с ним, и об этом скафандре тоже.", id="ob-etom-noun-inline"),
    pytest.param("Он опроверг предположения, что реформу отложат.", id="denied-content-is-no-quote"),
    pytest.param("По решению суда Иван Петров арестован на два месяца.", id="po-resheniyu-cause"),
    pytest.param("По итогам матча «Зенит» вышел в финал.", id="po-itogam-outcome"),
    pytest.param("Поезд прибыл согласно расписанию.", id="soglasno-schedule"),
    pytest.param("Министр провел совещание. О планах ведомства рассказал его заместитель Иван "
                 "Петров.", id="o-event-noun-about-something-new-points-nowhere"),
    pytest.param("Он пришел домой, обнаружил пропажу и вызвал полицию.",
                 id="a-finding-verb-after-a-comma-with-no-study-reports-nothing"),
    pytest.param("Министерство ответило на этот выпад: в марте газеты сообщили, что\n",
                 id="colon-narration-with-its-own-cue"),
    pytest.param("Мария Захарова: биография спикера МИД России\n\nСобрали главное из биографии.",
                 id="name-colon-caption-says-nothing"),
    pytest.param("О том, боится ли Трамп встречи с Путиным:\n", id="embedded-question-li"),
    pytest.param("Главное — сказать правду.", id="dash-before-an-infinitive-is-no-speech"),
    pytest.param("Сергей Лавров дал интервью.\nЖурналист: А если ответа не будет?\n",
                 id="interviewer-label-is-no-speaker"),
    pytest.param("Корреспондент Викиновостей побеседовал с Иваном Петровым.\nВикиновости: А "
                 "если ответа не будет?\n", id="outlet-label-is-no-speaker-even-as-a-name"),

    pytest.param("Иван Петров открыл выставку.\n\n— Что дальше?\n\nДальше будет ремонт зала.",
                 id="one-question-is-no-interview"),
    pytest.param("Памятник открыли в Екатеринбурге. Об этом человеке говорят на Урале с "
                 "уважением.", id="back-reference-to-a-person-is-no-report"),
    pytest.param("Министр сообщил о трёх мерах поддержки: Снижение налогов, субсидии и льготы "
                 "по кредитам.", id="colon-list-without-a-predicate-is-no-speech"),
    pytest.param("Лучший игрок сезона — Иван Петров\n\nПетров забил 30 голов.",
                 id="headline-dash-name-without-a-predicate-says-who"),
    pytest.param("Как выжить в кризис — Сбербанк\n\nБанк дал советы клиентам.",
                 id="headline-dash-name-infinitive-is-a-topic"),
    pytest.param("Главная — Новости — Политика\n\nПрошло заседание.",
                 id="breadcrumbs-are-no-headline"),
    pytest.param("Журналистам пообещали «закрытые» встречи с губернатором.",
                 id="a-quoted-adjective-of-a-noun-phrase-after-a-cue"),
    pytest.param("В городе появилась трибуна — один из первых, как выражались тогда, «рупоров "
                 "гласности».", id="kak-vyrazhalis-without-a-subject-is-an-idiom"),
    pytest.param("Это решение, мягко выражаясь, было странным.", id="myagko-vyrazhayas"),
    pytest.param("Из слов песни ничего не понятно.", id="iz-slov-without-a-comma-is-no-marker"),
    pytest.param("По данным видно, что рост замедлился.", id="po-dannym-vidno-is-a-predicate"),
    pytest.param("по словам", id="a-marker-ending-the-text"),
    pytest.param("Цены на бензин вырастут. Информация об этом появилась вчера.",
                 id="a-report-appearing-nowhere-named-points-at-nobody"),
    pytest.param("В городе прогремел взрыв. Сообщение о взрыве поступило в 10 утра.",
                 id="a-message-arriving-is-no-back-reference"),

    pytest.param("Город готовится к празднику.\n\nНа площади установили ёлку.\n\n– глава "
                 "администрации\n\nПраздник начнётся в субботу.",
                 id="narration-signed-by-an-office-is-a-caption"),
    pytest.param("«Зенит» — обыграл «Спартак» со счётом 2:1.", id="a-name-then-a-dash-and-a-verb"),
    pytest.param("Лучший фильм года, «Брат», — получил приз зрительских симпатий.",
                 id="a-title-in-narration-before-comma-dash"),
    pytest.param("«Спартак»: история клуба\n\nКлуб основан в 1922 году.",
                 id="a-quoted-name-then-a-colon-and-a-topic"),
    pytest.param("Губернатор Иван Петров перечислил меры поддержки.\n— Выплаты семьям с детьми;"
                 "\n— Льготы по налогам.", id="a-dash-list-after-narration"),
    pytest.param("Журналист спросил, как губернатор оценивает ситуацию.\n— Почему мост до сих "
                 "пор не открыли?", id="a-dash-question-after-a-report"),
    pytest.param("Читайте также:\n- Ученые: мозг человека развивается до 30 лет\n- Врачи "
                 "назвали полезные продукты", id="a-dash-teaser-with-a-label-is-no-headline"),
    pytest.param("Полицейские обнаружили в квартире записку: «Прощайте».",
                 id="the-object-before-the-colon-is-what-the-quotation-is"),
    pytest.param("Министр обороны Украины: кто он и откуда\n\nТекст статьи.",
                 id="a-role-and-its-body-before-a-colon-naming-a-topic"),
    pytest.param("Тренер сборной России: состав на матч с Сербией\n\nТренер объявил состав.",
                 id="a-role-headline-with-no-predicate"),
    pytest.param("Он сослался на плохую погоду.", id="soslalsya-on-a-noun-phrase"),
    pytest.param("Завод остановлен. Об этом стало известно вчера.",
                 id="known-from-nobody-is-no-back-reference"),
    pytest.param("Экономисты рассказали, что будет с курсом рубля.",
                 id="what-will-happen-with-is-an-embedded-question"),
    pytest.param("Аналитики рассказали о том, что будет происходить в дальнейшем с курсом рубля.",
                 id="what-will-be-happening-with-is-an-embedded-question"),
    pytest.param("Эксперт рассказал, что будет дальше.", id="what-happens-next-is-a-question"),
    pytest.param("Губернатор Иван Петров назвал виновных:\nИванов, Петров и Сидоров.",
                 id="a-list-after-a-speech-act-verb-and-a-colon"),
    pytest.param("Губернатор Иван Петров обратился в суд:\n— иск о защите чести;\n— иск о "
                 "возмещении ущерба.", id="an-item-list-after-a-verb-of-addressing"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_unseen_not_a_quote(nlp, text):
    doc = nlp(text)
    assert doc.quotes == (), format_trace(doc)
