"""factcheck.checklist, asked directly: each item of the pre-publication checklist, the setting that
chooses them, the refusal's words and what a version records. Pure functions: no database."""

from datetime import date
from types import SimpleNamespace

import pytest

from config.checks import check_publish_checklist
from factcheck import checklist
from factcheck.models import Claim, Rating

LONG = (
    "The port authority's figures show 140 ships. Its weekly log lists every arrival by name, and all agree."
)


def ready(**fields):
    """An unsaved claim that passes every item, with `fields` changed."""
    values = {
        "text": "The port handled 140 ships last week.",
        "rationale": LONG,
        "claimant": "The mayor",
        "reply_status": Claim.ReplyStatus.NOT_APPLICABLE,
        "rating": Rating(name="Accurate", needs_evidence=True),
        **fields,
    }
    return Claim(**values)


def cited(*urls):
    return [SimpleNamespace(source=SimpleNamespace(url=url)) for url in urls]


def missing(claim, evidence=None):
    results = checklist.review(claim, cited("https://example.org/log") if evidence is None else evidence)
    return {result.item.name: result.missing for result in results if result.missing}


def test_a_claim_with_everything_passes_every_item():
    assert missing(ready()) == {}


def test_it_needs_a_source_a_reader_can_open():
    assert missing(ready(), evidence=[]) == {"source": "a source a reader can open (a web address)"}


def test_it_counts_only_web_addresses_as_sources_a_reader_can_open():
    assert "source" in missing(ready(), evidence=cited("ftp://example.org/log", ""))


def test_it_needs_no_source_for_a_rating_given_without_evidence():
    assert missing(ready(rating=Rating(name="Not checkable", needs_evidence=False)), evidence=[]) == {}


def test_it_needs_a_rationale_of_the_configured_length(settings):
    settings.FACTDESK_MIN_RATIONALE_LENGTH = 100
    assert missing(ready(rationale="  Too short.  ")) == {
        "rationale": "a rationale of at least 100 characters (it has 10)"
    }


def test_it_takes_the_rationale_length_from_the_setting(settings):
    settings.FACTDESK_MIN_RATIONALE_LENGTH = 10
    assert missing(ready(rationale="Long enough.")) == {}


def test_it_needs_the_claimant_named_or_marked_not_known():
    assert missing(ready(claimant=" ")) == {"claimant": "the claimant named, or marked not known"}
    assert missing(ready(claimant="", claimant_unknown=True)) == {}


def test_it_needs_right_of_reply_answered():
    assert missing(ready(reply_status="")) == {
        "right_of_reply": "an answer on right of reply (whether the claimant was contacted)"
    }


def test_it_needs_the_date_when_the_claimant_was_contacted():
    assert missing(ready(reply_status="contacted")) == {
        "right_of_reply": "the date the claimant was contacted"
    }
    assert missing(ready(reply_status="contacted", contacted_on=date(2026, 12, 1))) == {}


def test_it_needs_the_reason_when_the_claimant_was_not_contacted():
    assert missing(ready(reply_status="not_contacted", reply_note=" ")) == {
        "right_of_reply": "the reason the claimant was not contacted"
    }
    assert missing(ready(reply_status="not_contacted", reply_note="No address for them.")) == {}


def test_it_needs_a_short_form_when_the_claim_is_longer_than_75_characters():
    text = "x" * 70 + " yyyyy z"  # 78 characters
    assert missing(ready(text=text)) == {
        "short_form": "a short form of at most 75 characters (the claim has 78)"
    }
    assert missing(ready(text=text, short_text="x y z")) == {}


def test_it_needs_no_short_form_for_a_claim_of_75_characters():
    assert missing(ready(text="x" * 75)) == {}


def test_the_setting_chooses_the_items(settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = " source , rationale,source"
    results = checklist.review(ready(rationale="", claimant=""), [])
    assert [result.item.name for result in checklist.shown(results)] == ["source", "rationale"]
    assert [result.item.name for result in results if result.blocks] == ["source", "rationale"]


def test_an_empty_setting_turns_the_checklist_off(settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = ""
    assert checklist.refusal(checklist.review(ready(rationale="", claimant=""), [])) == ""


def test_the_refusal_lists_what_is_missing_in_words(settings):
    settings.FACTDESK_MIN_RATIONALE_LENGTH = 100
    refusal = checklist.refusal(checklist.review(ready(rationale="Short."), []))
    assert refusal == (
        "This verdict cannot be published yet: it needs a source a reader can open (a web address); "
        "a rationale of at least 100 characters (it has 6)."
    )


def test_an_override_lets_an_item_through_and_is_recorded_with_its_reason():
    override = {"reason": "The log is offline; we hold a copy.", "by": "Eda Editor", "user_id": 7, "at": "t"}
    results = checklist.review(ready(checklist_overrides={"source": override}), [])
    assert checklist.refusal(results) == ""
    assert checklist.record(results)["source"] == {"state": "overridden", **override}


def test_the_record_marks_an_item_switched_off_and_not_passed_as_missing(settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = "source,rationale,claimant,right_of_reply"
    record = checklist.record(checklist.review(ready(text="x " * 40), cited("https://example.org/")))
    assert record == {
        "source": {"state": "passed"},
        "rationale": {"state": "passed"},
        "claimant": {"state": "passed"},
        "right_of_reply": {"state": "passed"},
        "short_form": {"state": "missing"},
    }


@pytest.mark.parametrize("value", ["source,rationale,claimant,right_of_reply,short_form", "", " , "])
def test_the_system_check_accepts_known_names_or_nothing(settings, value):
    settings.FACTDESK_PUBLISH_CHECKLIST = value
    assert check_publish_checklist() == []


def test_the_system_check_names_an_unknown_item(settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = "source,sauce"
    (error,) = check_publish_checklist()
    assert (error.id, error.msg) == (
        "factdesk.E002",
        "FACTDESK_PUBLISH_CHECKLIST names unknown checks: sauce.",
    )
