"""The cue lexicon: which words report speech, as plain tables a linguist can extend.

Verbs are matched by lemma, so every tense, aspect, gender and form counts (``заявила``,
``заявив``, ``заявляют``); lemmas are compared with ``ё`` written as ``е``. To add a cue verb,
add its lemma to the right table; to make a new kind of phrase a source marker, add a row to
``SOURCE_MARKERS``. The rules in ``rules/`` read only these tables.
"""

from __future__ import annotations

from typing import Mapping


def norm(word: str) -> str:
    """Lower-case, ``ё`` -> ``е``: the form every table below is written in."""
    return word.lower().replace("ё", "е")


def _lemmas(text: str) -> frozenset[str]:
    return frozenset(norm(word) for word in text.split())


#: Verbs of saying and of stance that introduce reported content (``заявил, что...``,
#: ``«...», — сказал X``). Both aspects are listed where both occur in news.
SPEECH_VERBS = _lemmas("""
    заявить заявлять сказать говорить сообщить сообщать отметить отмечать
    подчеркнуть подчеркивать уточнить уточнять пояснить пояснять добавить добавлять
    признать признавать рассказать рассказывать ответить отвечать объяснить объяснять
    указать указывать напомнить напоминать предупредить предупреждать пообещать обещать
    заверить заверять уверять утверждать констатировать подтвердить подтверждать
    написать писать продолжить продолжать заключить заключать подытожить резюмировать
    прокомментировать комментировать заметить замечать намекнуть намекать
    посетовать сетовать пожаловаться жаловаться высказаться высказываться сослаться ссылаться
    повторить повторять возразить возражать признаться признаваться поделиться
    воскликнуть объявить объявлять анонсировать информировать проинформировать
    уведомить уведомлять спрогнозировать прогнозировать предположить предполагать
    допустить допускать исключить исключать настаивать настоять оценить оценивать
    сообщить рапортовать отрапортовать опасаться сомневаться усомниться пригрозить
    грозить полагать считать счесть верить рассчитывать надеяться убедиться
    убеждать убедить уверить выразить выражать передать передавать цитировать
    процитировать акцентировать рассуждать пошутить шутить озвучить озвучивать
    согласиться соглашаться доложить докладывать отрицать
    признавать посчитать твитнуть вспомнить вспоминать упомянуть упоминать
    похвастаться хвастаться поклясться клясться божиться
    думать подумать предсказать предсказывать подозревать бояться ожидать
    отчитаться отчитываться огласить оглашать обнародовать
    сознаться сознаваться оговориться сожалеть посожалеть заподозрить гордиться
    разъяснить разъяснять поведать засвидетельствовать известить извещать оповестить
    провозгласить провозглашать гарантировать поручиться проговориться обмолвиться вторить
    рассудить сигнализировать мотивировать обосновать обосновывать аргументировать
    гласить делиться изложить излагать выразиться выражаться сформулировать формулировать
    """)

#: Verbs of *manner of speaking* (GUIDELINE §2a): they introduce direct speech (``«…», —
#: отрезал он``, ``— Не знаю, — вздохнул он``) but never a ``что`` clause of content
#: (``спросил, что случилось`` is an embedded question, ``улыбнулся, что`` is no report).
MANNER_VERBS = _lemmas("""
    отрезать вздохнуть вздыхать парировать вопрошать возмутиться возмущаться усмехнуться
    усмехаться спросить спрашивать крикнуть кричать закричать восклицать воскликнуть
    улыбнуться улыбаться рассмеяться смеяться засмеяться хмыкнуть буркнуть пробурчать
    огрызнуться съязвить язвить иронизировать негодовать удивиться удивляться недоумевать
    поинтересоваться интересоваться отшутиться пожать прошептать шепнуть шептать
    пробормотать бормотать вставить перебить продолжить подхватить сокрушаться
    сокрушиться возмутиться ахнуть охнуть фыркнуть выкрикнуть выкрикивать вопросить
    пожимать развести разводить качать покачать кивать кивнуть произнести произносить
    процедить задаваться задаться призвать призывать
    восхититься восхищаться отмахнуться поправить посоветовать советовать предостеречь
    напутствовать подбодрить поблагодарить благодарить извиниться
    """)

#: Verbs of addressing or answering somebody (``обратился к участникам форума:``,
#: ``отреагировал:``): speech after a colon, and after a dash they attribute direct speech
#: as a manner-of-speaking verb does (``«Вы меня слышите? — обратился к залу ведущий»``).
ADDRESS_VERBS = _lemmas("обратиться обращаться отреагировать реагировать откликнуться откликаться")

#: Light verbs that report speech only with their noun (``обратил внимание на то, что``,
#: ``высказал мнение, что``, ``дал показания, что``, ``пришел к выводу, что``): verb lemma ->
#: the noun lemmas that make it a cue. The noun must follow within ``LIGHT_VERB_GAP`` tokens.
LIGHT_VERB_CUES: dict[str, frozenset[str]] = {
    verb: _lemmas(nouns) for verb, nouns in (
        ("обратить", "внимание"),
        ("обращать", "внимание"),
        ("дать", "показание понять оценка комментарий гарантия обещание"),
        ("давать", "показание понять оценка комментарий гарантия обещание"),
        ("прийти", "вывод"),
        ("приходить", "вывод"),
        ("сделать", "вывод заявление прогноз предположение"),
        ("делать", "вывод заявление прогноз предположение"),
        ("выступить", "заявление предупреждение"),
        ("высказать", "мнение предположение уверенность надежда сомнение опасение"),
        ("питать", "надежда"),
        ("выдвинуть", "версия предположение"),
        # ``опубликовало сообщение о том, что``, ``распространило информацию о том, что``
        ("опубликовать", "сообщение заявление информация данные"),
        ("публиковать", "сообщение заявление информация данные"),
        ("распространить", "сообщение заявление информация данные"),
        ("распространять", "сообщение заявление информация данные"),
        ("привести", "довод аргумент пример слово данные сведения цифра заявление сообщение"),
        ("приводить", "довод аргумент пример слово данные сведения цифра заявление сообщение"),
    )
}
LIGHT_VERB_GAP = 4
#: A preposition that makes a light verb's noun no act of speech: ``привел слова министра``
#: relays them, ``привело к заявлению МИД`` led to one (``пришел к выводу`` does take ``к``).
LIGHT_VERB_NOT_AFTER: dict[str, str] = {"привести": "к", "приводить": "к"}

#: Verbs that report speech only under negation: ``не скрывает, что`` admits it.
NEGATED_SPEECH_VERBS = _lemmas("скрывать скрыть")
#: Verbs that report a stance only when not negated: ``не ожидал, что`` is surprise at a fact,
#: not a claim (``ожидает, что`` is a forecast, as ``считает``).
AFFIRMED_ONLY_VERBS = _lemmas("ожидать")
#: Hosts of an infinitive cue whose negation affirms (``не преминул отметить``, ``не устаёт
#: повторять``); under other negated hosts the cue declines (``не стал комментировать``).
LITOTES_HOSTS = _lemmas("преминуть уставать устать")

#: ``Поступили сообщения, что…``, ``Появилась информация о том, что…``: news arrived, from a
#: source the sentence does not name (a place may: ``в СМИ появилась информация``).
NEWS_VERBS: dict[str, frozenset[str]] = {
    verb: _lemmas("сообщение информация данные сведения слух новость")
    for verb in ("поступить", "поступать", "появиться", "появляться", "распространиться")
}

#: Nouns of speech whose ``о том, что`` clause is a report when the noun is a subject
#: (``Заявление Лаврова о том, что …, вызвало удивление``).
SPEECH_SUBJECT_NOUNS = _lemmas("""
    заявление слово утверждение обещание предупреждение признание предположение
    мнение уверенность опасение прогноз версия слух сообщение информация
    """)

#: Verbs that report what a study or a check found, when their subject is one
#: (``Опрос показал, что…``, ``Данные свидетельствуют о том, что…``); with a person as subject
#: (``Он показал, что умеет``) they report nothing.
FINDING_VERBS = _lemmas("""
    показать показывать свидетельствовать продемонстрировать выявить установить устанавливать
    выяснить выяснять подсчитать подсчитывать обнаружить обнаруживать доказать доказывать
    вычислить
    """)
#: What a finding verb reports from: a study, or the people and bodies whose findings news
#: report (``Следствие установило, что``, ``Учёные выяснили, что``); ``Иван понял, что`` is
#: narration.
FINDING_SUBJECTS = _lemmas("""
    опрос исследование данные анализ проверка экспертиза статистика расследование результат
    отчет доклад мониторинг подсчет вскрытие эксперимент расчет перепись анкетирование
    следствие следователь эксперт ученый исследователь аналитик специалист комиссия
    социолог экономист полиция прокуратура суд журналист врач медик криминалист
    """)

#: Impersonal and passive reports: the text does not name who said it
#: (``отмечается, что``, ``было заявлено, что``, ``говорят, что``).
IMPERSONAL_VERBS = _lemmas("""
    отмечаться говориться сообщаться подчеркиваться указываться утверждаться
    уточняться заявляться признаваться объясняться упоминаться поясняться значиться
    """)

#: ``Из доклада X следует, что…``, ``…, следует из данных X``: a verb that reports what a
#: document says when a ``из`` phrase with a message noun stands beside it.
FROM_DOCUMENT_VERBS = _lemmas("следовать вытекать")

#: ``как говорится`` is an idiom (as the saying goes); the other impersonal verbs after ``как``
#: report an unnamed source (``как сообщается``, ``как сообщалось ранее``).
IDIOMATIC_IMPERSONAL = _lemmas("говориться")
#: ``как выразилась Захарова`` names a source; ``как выражались тогда`` with no subject is a
#: way of putting it (so to speak), nobody's statement.
IDIOMATIC_WITHOUT_SUBJECT = _lemmas("выразиться выражаться")

#: Verbs of finding out that report only as a ``как`` marker with a subject (``Как выяснил
#: «Коммерсант», …``, ``как узнали «Известия»``, ``как установило следствие``): the
#: subject's report. Elsewhere they narrate (``Иван выяснил, что дверь заперта``).
MARKER_ONLY_VERBS = _lemmas("выяснить выяснять узнать узнавать установить устанавливать "
                            "подсчитать подсчитывать")

#: Verbs that name the *speaker as object*: ``«...», — цитирует РБК Пескова``.
QUOTING_VERBS = _lemmas("цитировать процитировать")
#: Verbs that relay somebody's ``слова`` (``приводит ТАСС слова Лаврова``, ``передает его
#: слова РИА Новости``): the owner of the words speaks, the outlet is the channel (§2a).
RELAYING_VERBS = _lemmas("привести приводить передать передавать")
#: Verbs of an outlet relaying a statement after its speaker (``…, заявил X, передает ТАСС``).
RELAY_TAIL_VERBS = _lemmas("передать передавать сообщать писать информировать")

#: Short passive participles that report (``было заявлено, что``, ``признано, что``); other
#: passives state facts (``было подтверждено, что космонавты живы``).
PASSIVE_REPORT_VERBS = _lemmas("""
    заявить признать отметить сообщить подчеркнуть указать объявить сказать констатировать
    написать
    """)

#: Subordinating conjunctions opening a sentence: a ``что`` clause inside such a fronted
#: clause ends where the main clause starts (``Поскольку ведомство заявило, что A, X делает B``).
SUBORDINATORS = _lemmas("поскольку если хотя когда пока раз так как после того")

#: Short adjectives / participles of stance: ``уверена, что``, ``убеждены, что``.
STANCE_ADJECTIVES = _lemmas("""
    уверить уверенный убедить убежденный согласный уверен уверена уверены убежден
    убеждена убеждены согласен согласна согласны
    """)

#: An infinitive cue reports speech only under these verbs (``хотел подчеркнуть, что``);
#: elsewhere (``просьба пояснить, что означает``) it does not.
INFINITIVE_HOSTS = _lemmas("""
    хотеть захотеть решить поспешить спешить счесть пожелать мочь продолжать
    позволить позволять стать начать преминуть успеть попытаться пытаться уставать
    должен должный вынужден вынужденный готов готовый обязан обязанный
    """)

#: After ``что`` these verbs mark an embedded question, not reported content
#: (``пояснить, что означает...``, ``рассказал, что произошло``).
QUESTION_VERBS = _lemmas("означать произойти происходить случиться случаться")

#: Verbs of ``Так X ответил`` / ``Об этом заявил X`` pointing back at the previous sentence.
BACK_REFERENCE_VERBS = SPEECH_VERBS | _lemmas("""
    отреагировать реагировать прокомментировать высказать сделать дать озвучить
    распространить распространять опубликовать публиковать привести приводить содержаться
    выступить предоставить предоставлять
    """)

#: Back-reference verbs whose source is the document holding the words (``Такие данные
#: содержатся в докладе X``), like an impersonal cue.
CONTAINING_VERBS = _lemmas("содержаться")
#: Back-reference verbs of a report appearing somewhere (``Информация об этом появилась на
#: сайте Минэнерго``): the source is where it appeared, and without a place there is none.
APPEARING_VERBS = _lemmas("появиться появляться")

#: ``Такое мнение высказал X`` / ``Это заявление сделал X``: a demonstrative and one of these
#: nouns open a back reference to the previous sentence, like ``Об этом заявил X``.
BACK_REFERENCE_DEMONSTRATIVES = _lemmas("такой это этот подобный соответствующий данный")
BACK_REFERENCE_NOUNS = _lemmas("""
    мнение заявление оценка прогноз точка позиция вывод предположение версия слова
    информация сведения данные новость цифра сообщение утверждение предупреждение признание
    заверение высказывание замечание комментарий
    """)

#: ``Информацию подтвердил X``, ``Эти данные привел X``: these nouns open a back reference
#: even without a demonstrative (the information is the previous sentence).
INFORMATION_NOUNS = _lemmas("информация сведения данные новость сообщение")

#: Source markers heading an ``according_to`` quote: token sequences (normalised lower case).
#: ``kind`` says how the source is found after the marker.
SOURCE_MARKERS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(phrase.split()), kind) for phrase, kind in (
        ("по словам", "genitive"),
        ("по мнению", "genitive"),
        ("по данным", "genitive"),
        ("по сообщению", "genitive"),
        ("по сообщениям", "genitive"),
        ("по утверждению", "genitive"),
        ("по утверждениям", "genitive"),
        ("по оценке", "genitive"),
        ("по оценкам", "genitive"),
        ("по информации", "genitive"),
        ("по версии", "genitive"),
        ("по заявлению", "genitive"),
        ("по признанию", "genitive"),
        ("по подсчетам", "genitive"),
        ("по прогнозу", "genitive"),
        ("по прогнозам", "genitive"),
        ("по убеждению", "genitive"),
        ("по заверению", "genitive"),
        ("по заверениям", "genitive"),
        ("по свидетельству", "genitive"),
        ("по сведениям", "genitive"),
        ("согласно сообщению", "genitive"),
        ("согласно сообщениям", "genitive"),
        ("согласно данным", "genitive"),
        ("согласно заявлению", "genitive"),
        ("согласно информации", "genitive"),
        ("согласно отчету", "genitive"),
        ("согласно докладу", "genitive"),
        ("согласно оценке", "genitive"),
        ("согласно оценкам", "genitive"),
        ("согласно прогнозу", "genitive"),
        ("согласно", "dative"),
        ("со слов", "genitive"),  # со слов очевидцев
        ("с слов", "genitive"),  # only ever with a possessive between: с его / ее слов
        ("из слов", "genitive"),  # из слов губернатора, из его слов
        ("если верить", "dative"),  # если верить Reuters
        ("как стало известно", "dative"),  # как стало известно «Коммерсанту»
        ("как", "verb"),  # как отметил X, как сообщили в милиции
    )
)

#: Nouns that head a source marker after ``по`` or ``согласно`` with any adjectives between
#: (``по некоторым данным``, ``по последним оценкам``, ``согласно новому исследованию``,
#: ``по официальной версии``): every number and case form counts, so the table above needs
#: only the fixed phrases.
MARKER_NOUNS = _lemmas("""
    слово мнение данные сообщение утверждение оценка информация версия заявление признание
    подсчет прогноз убеждение заверение свидетельство сведение сведения отчет доклад
    исследование опрос расчет наблюдение показание статистика результат материал
    отчетность обвинение источник отзыв сводка цифра слух
    """)

#: Documents whose content ``согласно`` reports (``согласно завещанию X``, ``согласно закону``);
#: after ``по`` they give a cause, not a source (``по закону он обязан``). Orders are left out:
#: ``согласно распоряжению президента`` is a directive, which the guideline excludes.
DOCUMENT_MARKER_NOUNS = _lemmas("""
    завещание закон документ заключение приговор конституция протокол
    релиз пресс-релиз сводка бюллетень коммюнике публикация пост
    """)
#: Orders: no source even opening a sentence (``Согласно распоряжению мэра, парковка станет
#: платной``), where ``согласно`` makes any other noun one (``Согласно онлайн-табло, …``).
ORDER_NOUNS = _lemmas("распоряжение приказ указ постановление поручение директива предписание")

#: ``по итогам / по результатам`` + a survey reports its finding (``По итогам опроса
#: «Левада-центра», …``); after other nouns it is an outcome (``по итогам матча``).
RESULT_MARKER_HEADS = _lemmas("итог результат")
SURVEY_NOUNS = _lemmas("опрос исследование анкетирование перепись мониторинг")

#: Nouns that are the *message*, not the speaker: ``в сообщении Кремля`` -> Кремль,
#: ``согласно отчету Guardian`` -> Guardian. A bare ``в сообщении`` means the document's source.
MESSAGE_NOUNS = _lemmas("""
    сообщение заявление документ релиз пресс-релиз отчет отчетность доклад письмо коммюнике
    публикация материал статья обращение послание ответ телеграмма сообщения заявления
    контракт договор соглашение резолюция постановление декларация исследование справка
    протокол приговор решение данные поздравление соболезнование приветствие пост твит запись
    комментарий блог микроблог заключение определение иск обзор сводка бюллетень меморандум
    записка уведомление видеообращение прогноз
    указ приказ распоряжение законопроект стенограмма расшифровка петиция жалоба манифест
    воззвание нота ультиматум ходатайство апелляция рапорт донесение предписание разъяснение
    рекомендация инструкция памятка объявление извещение ориентировка листовка устав
    пояснение предупреждение опровержение
    """)

#: A speech act's verb -> the nouns that name what it produced: ``Песков прокомментировал
#: ситуацию. «…», — говорится в комментарии`` cites Песков's comment (``authors``).
NOUN_OF_SPEECH_ACT: Mapping[str, frozenset[str]] = {
    verb: _lemmas(nouns) for verb, nouns in {
        "заявить": "заявление", "сообщить": "сообщение", "сообщать": "сообщение",
        "прокомментировать": "комментарий", "комментировать": "комментарий",
        "обратиться": "обращение видеообращение", "ответить": "ответ", "отвечать": "ответ",
        "поздравить": "поздравление", "разъяснить": "разъяснение", "пояснить": "пояснение",
        "объявить": "объявление", "предупредить": "предупреждение", "опровергнуть": "опровержение",
        "написать": "письмо пост запись статья сообщение",
        "опубликовать": "публикация пост запись статья заявление сообщение",
    }.items()}

#: Where a body publishes, not who it is: ``на сайте мэрии`` -> мэрия, ``на странице
#: коллектива`` -> коллектив.
CHANNEL_NOUNS = _lemmas("сайт страница аккаунт канал блог микроблог паблик группа портал соцсеть "
                        "твиттер телеграм инстаграм фейсбук ютуб вконтакте twitter telegram "
                        "instagram facebook youtube tiktok интернет рунет")

#: Nouns of speech that stand for a cue before a colon: ``выступил с заявлением:``,
#: ``написал в своем Twitter:``, ``В его обращении говорится:``.
COLON_CUE_NOUNS = _lemmas("""
    заявление слово комментарий обращение пост твит запись сообщение интервью реакция позиция
    вердикт ответ
    """)

#: Media nouns whose name follows in quotation marks: ``газета «Труд»`` -> Труд.
MEDIA_NOUNS = _lemmas("""
    газета агентство информагентство издание телеканал канал радиостанция радио журнал
    сайт портал телекомпания еженедельник ежедневник таблоид блог
    """)

#: Words between a subject and its cue verb, or before a cue, that do not change anything.
ADVERBS_TO_SKIP = _lemmas("""
    также тоже уже еще ранее позднее позже затем потом впоследствии тогда сегодня вчера
    накануне однако же лишь только при этом вновь снова неоднократно прямо открыто публично
    неожиданно далее кроме этого того в свою очередь тем не менее между тем
    """)

#: Conjunctions that may open a clause before the cue (``Но, как отметил X, ...``).
CLAUSE_CONJUNCTIONS = _lemmas("и а но однако при этом впрочем правда")

#: Dashes used around attributions: ``«…», — сказал он``.
DASHES = frozenset("—–-‒―−")  # ``−`` (the minus sign) too: pages type it for a dash

#: Sentence-final punctuation excluded from quote spans.
FINAL_PUNCT = frozenset(".!?…;:")
#: What closes speech right before the dash of its attribution (``…, — сказал``, ``…! —``,
#: ``... — заявил``); a period does so only where quotation marks set the speech off.
SPEECH_END_PUNCT = frozenset({",", "!", "?", "…", "..."})

