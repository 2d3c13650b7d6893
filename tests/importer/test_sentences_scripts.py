"""Sentence boundaries a fourth outside tester's news paragraphs found wrong (2026-12,
bench/data/sentence_holdout_10/): Khmer, Georgian and Ethiopic script, Greek, Bulgarian, German,
French, Spanish and Lithuanian. A rule each, with other words than the paragraph it came from
(sentence_scripts.py)."""

from briefings.importers.sentences import sentence_spans


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_a_khmer_full_stop_ends_a_sentence():
    paragraph = "ក្រសួងសុខាភិបាលបានរាយការណ៍ករណីថ្មីចំនួន ១២ ករណី។ អ្នកជំងឺទាំងអស់កំពុងទទួលការព្យាបាល។"
    assert sentences(paragraph, "km") == [
        "ក្រសួងសុខាភិបាលបានរាយការណ៍ករណីថ្មីចំនួន ១២ ករណី។",
        "អ្នកជំងឺទាំងអស់កំពុងទទួលការព្យាបាល។",
    ]


def test_a_khmer_and_so_on_ends_no_sentence():
    paragraph = "កសិករដាំស្រូវ ពោត សណ្តែក ។ល។ នៅតាមខេត្តនានា។ ភ្លៀងបានធ្លាក់ច្រើន។"
    assert sentences(paragraph, "km")[0] == "កសិករដាំស្រូវ ពោត សណ្តែក ។ល។ នៅតាមខេត្តនានា។"


def test_a_georgian_initial_goes_on_into_the_surname():
    paragraph = "სიტყვით ლ. ჩიქოვანი გამოვიდა. სხდომა დასრულდა."
    assert sentences(paragraph, "ka") == ["სიტყვით ლ. ჩიქოვანი გამოვიდა.", "სხდომა დასრულდა."]


def test_a_georgian_year_abbreviated_to_one_letter_ends_no_sentence():
    paragraph = "ქარხანა 1972 წ. გაიხსნა. ახლა ის დახურულია."
    assert sentences(paragraph, "ka") == ["ქარხანა 1972 წ. გაიხსნა.", "ახლა ის დახურულია."]


def test_a_georgian_for_example_goes_on_into_a_name():
    paragraph = "ზოგიერთმა ქალაქმა, მაგ. ბათუმმა, ტარიფი შეცვალა. სხვები ელოდებიან."
    assert sentences(paragraph, "ka")[0] == "ზოგიერთმა ქალაქმა, მაგ. ბათუმმა, ტარიფი შეცვალა."


def test_a_georgian_question_in_quotes_goes_on_into_its_attribution_after_a_dash():
    paragraph = "„როდის დასრულდება?“ – ჰკითხეს მერს. მან არ უპასუხა."
    assert sentences(paragraph, "ka") == ["„როდის დასრულდება?“ – ჰკითხეს მერს.", "მან არ უპასუხა."]


def test_an_amharic_question_in_quotes_goes_on_into_its_attribution():
    paragraph = "«መቼ ይጠናቀቃል?» ሲሉ ነዋሪዎቹ ጠየቁ። ባለሥልጣናቱ ምላሽ አልሰጡም።"
    assert sentences(paragraph, "am") == ["«መቼ ይጠናቀቃል?» ሲሉ ነዋሪዎቹ ጠየቁ።", "ባለሥልጣናቱ ምላሽ አልሰጡም።"]


def test_a_greek_time_in_the_evening_ends_a_sentence_before_a_capital():
    paragraph = "Η συνεδρίαση έληξε στις 11 μ.μ. Η ψηφοφορία αναβλήθηκε."
    assert len(sentences(paragraph, "el")) == 2


def test_a_bulgarian_year_ends_a_sentence_before_a_capital():
    paragraph = "Мостът е открит през 1972 г. Сега е затворен за ремонт."
    assert sentences(paragraph, "bg") == ["Мостът е открит през 1972 г.", "Сега е затворен за ремонт."]


def test_a_bulgarian_year_opening_its_sentence_goes_on_into_a_name():
    paragraph = "През 2024 г. Народното събрание прие бюджета. Опозицията гласува против."
    assert sentences(paragraph, "bg")[0] == "През 2024 г. Народното събрание прие бюджета."


def test_a_german_amount_in_millions_ends_a_sentence_before_an_article():
    paragraph = "Die Region zählt heute rund 1,8 Mio. Die Zahl wächst weiter."
    assert sentences(paragraph, "de") == ["Die Region zählt heute rund 1,8 Mio.", "Die Zahl wächst weiter."]


def test_a_german_amount_in_millions_goes_on_into_its_noun():
    paragraph = "Die Region zählt heute rund 1,8 Mio. Einwohner. Die Zahl wächst weiter."
    assert sentences(paragraph, "de")[0] == "Die Region zählt heute rund 1,8 Mio. Einwohner."


def test_hyphenated_initials_go_on_into_the_surname():
    paragraph = "Das Gutachten schrieb K.-H. Brandt im Auftrag der Stadt. Es liegt seit Mai vor."
    assert sentences(paragraph, "de")[0] == "Das Gutachten schrieb K.-H. Brandt im Auftrag der Stadt."


def test_a_french_code_article_goes_on_into_its_number():
    paragraph = "Le décret modifie l'art. R. 4127-1 du code de la santé publique. Il entre en vigueur lundi."
    assert sentences(paragraph, "fr")[0] == "Le décret modifie l'art. R. 4127-1 du code de la santé publique."


def test_a_spanish_dona_goes_on_into_the_name():
    paragraph = "El premio lo recogió Dña. Pilar Gómez en nombre de su hijo. Hubo aplausos."
    assert sentences(paragraph, "es")[0] == "El premio lo recogió Dña. Pilar Gómez en nombre de su hijo."


def test_a_lithuanian_for_example_goes_on_into_a_name():
    paragraph = "Kai kurie miestai, pvz. Klaipėda, įvedė mokestį. Kiti dar svarsto."
    assert sentences(paragraph, "lt")[0] == "Kai kurie miestai, pvz. Klaipėda, įvedė mokestį."


def test_a_lithuanian_hour_opening_its_sentence_goes_on():
    paragraph = "Šiandien 14 val. Prezidentūros kieme vyks ceremonija. Ją transliuos LRT."
    assert sentences(paragraph, "lt")[0] == "Šiandien 14 val. Prezidentūros kieme vyks ceremonija."


def test_a_lithuanian_hour_ending_a_sentence_still_ends_it_before_a_capital():
    paragraph = "Renginys prasidės 18 val. Bilietų dar yra."
    assert len(sentences(paragraph, "lt")) == 2


def test_a_french_date_before_christ_still_ends_a_sentence_before_a_capital():
    paragraph = "La cité fut fondée vers 600 av. J.-C. Elle devint romaine plus tard."
    assert len(sentences(paragraph, "fr")) == 2


def test_a_burmese_full_stop_ends_a_sentence_without_a_space_after_it():
    paragraph = "ဈေးနှုန်း မြင့်တက်လာသည်။အစိုးရက ထိန်းချုပ်မည်။"
    assert sentences(paragraph, "my") == ["ဈေးနှုန်း မြင့်တက်လာသည်။", "အစိုးရက ထိန်းချုပ်မည်။"]


def test_a_capitalised_abbreviation_the_language_does_not_end_sentences_with_opens_one():
    assert sentences("Pvz. Vilnius augo. Kaunas ne.", "lt") == ["Pvz. Vilnius augo.", "Kaunas ne."]
