from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from briefings import editing
from briefings.models import Briefing
from briefings.signals import ChangeRefused

OPERATIONS = {
    "split": "split POSITION OFFSET: cut statement POSITION at character OFFSET of its text",
    "merge": "merge POSITION: merge statement POSITION with the next one of its paragraph",
    "hide": "hide POSITION: mark the statement as not part of the article",
    "unhide": "unhide POSITION: show a hidden statement again",
    "retitle": "retitle SECTION HEADING: give section SECTION (1 is the opening) a new heading",
    "history": "history: list the corrections made to the current revision",
}


class Command(BaseCommand):
    help = (
        "Correct how a briefing's current revision is split, under the same rules as the desk: "
        + "; ".join(OPERATIONS.values())
        + "."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The briefing's slug.")
        parser.add_argument("operation", choices=list(OPERATIONS))
        parser.add_argument("arguments", nargs="*", help="POSITION [OFFSET], or SECTION HEADING.")
        parser.add_argument(
            "--user", help="Who makes the correction (an editor); left out, the operator, recorded as nobody."
        )

    def handle(self, *args, slug, operation, arguments, user, **options):
        briefing = Briefing.objects.filter(slug=slug).first()
        if briefing is None:
            raise CommandError(f"No such briefing: {slug}")
        editor = None
        if user:
            editor = get_user_model().objects.filter(username=user).first()
            if editor is None:
                raise CommandError(f"No such user: {user}")
        if operation == "history":
            return self._history(briefing)
        try:
            edit = self._apply(briefing, operation, arguments, editor)
        except (editing.EditRefused, ChangeRefused) as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(f"{edit.describe()}."))

    def _apply(self, briefing, operation, arguments, user):
        expected = 2 if operation in ("split", "retitle") else 1
        if len(arguments) != expected:
            raise CommandError(f"Usage: edit_statements {briefing.slug} {OPERATIONS[operation]}.")
        if operation == "retitle":
            section = editing.section_at(briefing, _number(arguments[0], "SECTION"))
            return editing.retitle_section(section=section, heading=arguments[1], user=user)
        statement = editing.statement_at(briefing, _number(arguments[0], "POSITION"))
        if operation == "split":
            return editing.split_statement(
                statement=statement, offset=_number(arguments[1], "OFFSET"), user=user
            )
        if operation == "merge":
            return editing.merge_statements(statement=statement, user=user)
        if operation == "hide":
            return editing.hide_statement(statement=statement, user=user)
        return editing.unhide_statement(statement=statement, user=user)

    def _history(self, briefing):
        edits = briefing.statement_edits.filter(revision_id=briefing.current_revision_id).select_related(
            "made_by"
        )
        for edit in edits:
            state = "" if edit.applied else " (not re-applied)"
            who = edit.made_by or "the operator"
            self.stdout.write(f"{edit.made_at:%Y-%m-%d %H:%M} {who}: {edit.describe()}{state}")
        if not edits:
            self.stdout.write("No corrections to this revision's split.")


def _number(value, name):
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"{name} is a whole number; “{value}” is not.") from None
    if number < 0:
        raise CommandError(f"{name} is a whole number of 0 or more; “{value}” is not.")
    return number
