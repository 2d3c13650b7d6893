"""The boilerplate rules drop page furniture and never a sentence of the article."""

import pytest

from briefings.importers.boilerplate import (
    cut_site_suffix,
    is_boilerplate,
    is_caps_subhead,
    strip_noise,
    tidy,
)
from briefings.importers.document import Block, Document

FURNITURE = [
    "We use cookies to improve your experience. Accept all cookies",
    "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
    "Nous utilisons des cookies pour mesurer l'audience. Gérer mes préférences",
    "Read more: Why mortgage rates are still falling",
    "READ MORE: Inflation falls to 2.8 percent",
    "Lire aussi : Les festivals d'été face à la hausse des coûts",
    "Mehr zum Thema: Schiffbau im Norden erholt sich",
    "Sign up to get the best content of the week delivered to your inbox every Friday.",
    "This article originally appeared on Coastal Wildlife Weekly.",
    "Our Standards: The Thomson Trust Principles.",
    "© 2019 Financial Brief Ltd",
    "Photo: AP",
    "Crédit photo : Jean Dupuis / Montagne Info",
    "Written by: Dana Whitcombe",
    "View all posts by Sam Holloway",
    "Par Claire Martin",
    "Von Anna Schmidt und Jo Lee",
    "Editors' Recommendations:",
    "Share this post",
    "Get our free daily newsletter: the day's top stories, every morning.",
    "14:20 Uhr",
    "9:15 a.m.",
    "10h32",
    "(Reporting by Eleni Marsh; Additional reporting by Siyi Liu in Beijing; Editing by Jan Harvey)",
    "Associated Press writer Kim Daley in Santiago contributed to this report.",
    "Subscribe to continue reading. Already a subscriber? Log in.",
    "Already a subscriber?",
    "Log in.",
    "Get unlimited access for just $1 a week. Cancel anytime.",
    "Updated at 13.12 GMT",
    "Media caption, Watch: Empty platforms at Manchester Piccadilly",
    "Related Topics",
    "Transport correspondent",
    "Lea también: El Gobierno aprueba el nuevo plan de vivienda",
    "Te puede interesar:",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Por María López y Juan Pérez",
    "Leggi anche: Il governo approva la manovra",
    "Questo sito utilizza i cookie per migliorare la tua esperienza.",
    "Articoli correlati",
    "Leia também: Inflação recua em outubro",
    "Este site utiliza cookies para melhorar a sua experiência.",
    "Czytaj także: Rząd przyjął projekt budżetu",
    "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
    "Zobacz też",
    "Читайте также: Правительство утвердило бюджет",
    "Мы используем файлы cookie, чтобы сайт работал лучше.",
    "Материалы по теме",
    "Автор: Иван Петров",
    "Читайте також: Уряд ухвалив бюджет",
    "Ми використовуємо файли cookie для аналізу відвідуваності.",
    "Поділитися",
]

SENTENCES = [
    "Il 4 dicembre 2026 alle 18:30 il Senato ha votato la fiducia.",
    "La società ha precisato che tutti i diritti riservati restano al comune fino al 2030.",
    "Roma, 4 dicembre 2026: il Senato ha votato la fiducia.",
    "Assine a newsletter do sindicato e leia as propostas, pediu o dirigente aos associados.",
    "Lees ook de brief van de minister, adviseert de ombudsman.",
    "Temas como la vivienda y el empleo dominaron el debate.",
    "Tópicos: a reunião discutiu três pontos.",
    "Reklam harcamaları geçen yıl yüzde 20 arttı.",
    "Delen van de stad liepen onder water.",
    "Фото: полиция задержала 12 человек.",
    "Citește și raportul Curții de Conturi, a cerut deputatul.",
    "Volg ons op de voet, zei de burgemeester tegen de demonstranten.",
    "Warszawa, 04.12.2026: Sejm przyjął budżet.",
    "Publicitate negativă a afectat vânzările firmei.",
    "The EU's cookie law requires websites to ask visitors before storing cookies.",
    "Copyright law was changed in 2019 after a vote in the European Parliament.",
    "By Monday, the council had received 400 objections to the plan.",
    "Photo libraries sold 12 percent more licences last year.",
    "Readers who sign up for the scheme pay £5 a month.",
    "Par ailleurs, le chômage a reculé de 0,3 point.",
    "Von den 300 neuen Stellen entfallen 120 auf Ingenieure.",
    "Von Berlin nach Paris",
    "By Royal Mail and by courier",
    "Related companies in the group paid no tax in 2022.",
    "The article was originally written in German and translated by the author.",
    "10h32 : le trafic reprend sur la ligne B.",
    "Reporting by the union found that 40 percent of stations were unstaffed.",
    "Updated figures put inflation at 3.1 percent in March.",
    "Subscribers to the service rose by 12 percent last year.",
    "Media coverage of the strike was limited.",
    "Por otro lado, el desempleo bajó un 0,3 %.",
    "Por la tarde, el Gobierno anunció nuevas medidas.",
    "Comentarios del ministro provocaron una polémica en el Congreso.",
    "Utilizamos el 40 % del presupuesto en sanidad, dijo la ministra.",
    "Reklama internetowa stanowi 40 proc. rynku.",
    "Реклама занимает треть бюджета канала.",
    "По теме переговоров стороны не договорились.",
    "Автор законопроекта Иван Петров отказался от комментариев.",
    "Сайт использует новые серверы с прошлого года.",
    "Letters to the editor",
    "The editor resigned on Friday.",
    "Three reporters contributed to the investigation, which took a year.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_page_furniture_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_of_the_article_is_not_boilerplate(text):
    assert not is_boilerplate(text)


def test_a_twitter_picture_link_is_stripped_from_its_sentence():
    assert strip_noise("What a run today pic.twitter.com/AbC123xYz") == "What a run today"


def test_template_syntax_is_stripped():
    assert strip_noise("{{nrco.contentDetailController.article.headline}}") == ""


def test_an_all_caps_line_is_a_subheading():
    assert is_caps_subhead("YIELD FORECASTS")


def test_an_acronym_sentence_is_not_a_subheading():
    assert not is_caps_subhead("NATO AND THE EU AGREED.")


def test_a_boilerplate_heading_does_not_swallow_the_paragraphs_after_it():
    document = Document(title="Bees count", blocks=[
        Block(Block.PARAGRAPH, ["Bees can count to four."]),
        Block(Block.HEADING, ["Related"]),
        Block(Block.LIST, ["Why bees dance", "Ants that farm"]),
        Block(Block.PARAGRAPH, ["The bees were rewarded with sugar."]),
    ])  # fmt: skip
    assert tidy(document).blocks == [
        Block(Block.PARAGRAPH, ["Bees can count to four."]),
        Block(Block.PARAGRAPH, ["The bees were rewarded with sugar."]),
    ]


def test_a_pull_quote_repeating_the_body_is_dropped():
    document = Document(title="Waiting lists fall", blocks=[
        Block(Block.PARAGRAPH, ["“We are finally seeing the extra capacity pay off,” said Dr Okafor."]),
        Block(Block.HEADING, ["“We are finally seeing the extra capacity pay off.”"]),
    ])  # fmt: skip
    assert [block.kind for block in tidy(document).blocks] == [Block.PARAGRAPH]


def test_a_quoted_heading_is_a_quote_not_a_heading():
    document = Document(title="Waiting lists fall", blocks=[
        Block(Block.PARAGRAPH, ["Waiting lists fell in May."]),
        Block(Block.HEADING, ["“Nobody should wait a year for an operation.”"]),
    ])  # fmt: skip
    assert [block.kind for block in tidy(document).blocks] == [Block.PARAGRAPH, Block.QUOTE]


@pytest.mark.parametrize(
    "text",
    [
        "深圳市政府周一宣布，将为购买新能源汽车的市民提供补贴",
        "क्या स्कूल बंद होंगे? सरकार फैसला मंगलवार को लेगी",
        "서울시는 월요일 새 교통 정책을 발표했다",
        "قال الوزير إن الأسعار ستستقر",
    ],
)
def test_a_line_in_a_script_without_capitals_is_not_a_subheading(text):
    """Such a script has no lower case either: a paragraph in it is not "in capitals"."""
    assert not is_caps_subhead(text)


@pytest.mark.parametrize("text", ["ΑΥΞΗΣΗ ΤΩΝ ΤΙΜΩΝ", "РОСТ ЦЕН НА ЖИЛЬЁ"])
def test_a_greek_or_russian_line_in_capitals_is_a_subheading(text):
    assert is_caps_subhead(text)


@pytest.mark.parametrize(
    "text",
    ["ΘΑ ΑΥΞΗΘΟΥΝ ΟΙ ΤΙΜΕΣ\u037e", "«МЫ ГОТОВЫ К ПЕРЕГОВОРАМ»", "ЦЕНЫ БУДУТ РАСТИ…", "ΘΑ ΑΥΞΗΘΟΥΝ ΟΙ ΤΙΜΕΣ;"],
)
def test_a_line_in_capitals_ending_a_sentence_is_not_a_subheading(text):
    """The Greek question mark (NFC makes it ";"), a closing guillemet and an ellipsis end sentences."""
    assert not is_caps_subhead(text)


def test_the_site_suffix_is_cut_when_the_site_is_named_by_its_host():
    assert cut_site_suffix("Halvern Viaduct - Wikipedia", "en.wikipedia.org") == "Halvern Viaduct"


def test_a_title_ending_in_a_word_of_no_host_label_keeps_it():
    assert cut_site_suffix("Pros and cons - a guide", "en.wikipedia.org") == "Pros and cons - a guide"
