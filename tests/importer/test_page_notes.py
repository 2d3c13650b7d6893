"""Notes a newsroom's template puts in or under the article (briefings/importers/page_notes.py, an
eighth outside test of saved pages, 2026-12), the read-also labels and Korean reporter credits
found with them, and sentences like them that stay."""

import pytest

from briefings.importers.boilerplate import is_boilerplate, strip_noise

NOTES = [
    "المصدر: الجزيرة + الفرنسية",
    "المصدر : الجزيرة + رويترز",
    "Źródło: PAP",
    "Źródło: Onet, PAP",
    "Kaynak: AA",
    "Source: Al Jazeera and news agencies",
    "Fuente: EFE",
    "Follow AP’s coverage of wildfires: https://apnews.com/hub/wildfires",
    "Follow AP's coverage of the elections at https://apnews.com/hub/election-2026.",
    "For more of AP's coverage, visit https://apnews.com/hub/climate",
    "The Associated Press receives support from the Walton Family Foundation for coverage of water and "
    "environmental policy. The AP is solely responsible for all content.",
    "Você atingiu o limite de 5 reportagens por mês. Assine a Folha por R$ 1,90 no primeiro mês.",
    "You've reached your limit of 3 free articles this month.",
    "Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.",
    "Jiunge na Mwananchi Digital upate habari zote kwa Sh 500 tu kwa wiki.",
    "ADVERTISEMENTSCROLL TO RESUME CONTENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    'Simak Video "KPK Tahan Bupati Usai Diperiksa 9 Jam":',
    "Dalsza część artykułu pod materiałem wideo",
    "日本経済新聞社の関連サイト 日経IDについて Copyright © 2026 Nikkei Inc. All rights reserved.",
    "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.",
    "◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다. 사진 또는 영상을 n-photo@newsis.com로 보내주시면 "
    "적극 반영하겠습니다.",
    "ऐसी ही और खबरें पढ़ने के लिए यहां क्लिक करें",
    "To read the full report, click here.",
    "दैनिक भास्कर को गूगल न्यूज़ पर फॉलो करें",
    "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন",
    "Sigue toda la información internacional en Facebook y X, o en nuestra newsletter semanal.",
    "ये भी पढ़ें- जयपुर में घना कोहरा, 14 ट्रेनें लेट",
    "اقرأ أيضا",
]
KEPT = [
    "Source: a senior official who asked not to be named told reporters the talks had collapsed.",
    "Kaynak: Bakanlık, kararın ocak ayında yürürlüğe gireceğini açıkladı.",
    "The source of the leak was never found, police said.",
    "Follow AP’s lead, the editor told staff, and check every number twice.",
    "The charity receives support from the city council, its director said.",
    "You have reached the end of the road, the minister told farmers in Dodoma.",
    "Voters were told to click here to register, the regulator said in its complaint.",
    "Readers scroll to continue reading long articles on phones, the study found.",
    "Copyright law in Japan allows quotation for news reporting, the court said.",
    "ये भी पढ़ें कि सरकार ने क्या कहा, विपक्ष ने मांग की।",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_templates_note_is_dropped(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_sentence_like_them_is_kept(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "(세종=연합뉴스) 이영희 기자 = 정부가 내년 전기요금을 동결한다.",
            "(세종=연합뉴스) 정부가 내년 전기요금을 동결한다.",
        ),
        ("[서울=뉴시스]김철수 기자 = 지하철 파업이 철회됐다.", "[서울=뉴시스] 지하철 파업이 철회됐다."),
        ("(워싱턴=연합뉴스) 김철수·이영희 특파원 = 회담이 열렸다.", "(워싱턴=연합뉴스) 회담이 열렸다."),
    ],
)
def test_a_korean_agencys_reporter_after_its_dateline_is_stripped(text, kept):
    assert strip_noise(text) == kept


def test_a_korean_sentence_with_an_equals_sign_keeps_its_words():
    text = "기자 = 관찰자라는 말이 있다고 김 교수는 말했다."
    assert strip_noise(text) == text
