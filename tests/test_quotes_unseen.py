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
]

# 2. Back-references: the sentence pointed back to is the quote.
BACK_REFERENCES = [
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
]

# 3. Data and unnamed sources.
UNNAMED = [
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
    pytest.param("Сообщается, что пострадавших нет.",
                 [("пострадавших нет", "indirect", None)], id="soobshaetsya-chto"),
]

# 4. The source, not the channel.
CHANNELS = [
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
    pytest.param("Как показал опрос ВЦИОМ, большинство россиян поддерживают реформу.",
                 [("большинство россиян поддерживают реформу", "according_to", "ВЦИОМ")],
                 id="kak-pokazal-opros-inverted"),
    pytest.param("Иван Петров дал интервью. Индонезиец рассказал, что родители ждали девочку.",
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
]


@pytest.mark.parametrize("text, expected",
                         NO_MARKS + BACK_REFERENCES + UNNAMED + CHANNELS + CUES + NEWS + GRAMMAR)
def test_unseen_pattern(nlp, text, expected):
    _check(nlp, text, expected)


NOT_QUOTES = [
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
    pytest.param("Он опроверг предположения, что реформу отложат.", id="denied-content-is-no-quote"),
    pytest.param("По решению суда Иван Петров арестован на два месяца.", id="po-resheniyu-cause"),
    pytest.param("По итогам матча «Зенит» вышел в финал.", id="po-itogam-outcome"),
    pytest.param("Поезд прибыл согласно расписанию.", id="soglasno-schedule"),
    pytest.param("Министерство ответило на этот выпад: в марте газеты сообщили, что\n",
                 id="colon-narration-with-its-own-cue"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_unseen_not_a_quote(nlp, text):
    doc = nlp(text)
    assert doc.quotes == (), format_trace(doc)
