"""The briefing on the desk: the statements in order with their claims, "+ Claim", and the
editor's "Publish briefing" and "Withdraw from the public"; the editor's corrections of the split
are in .splitting. A briefing with published verdicts is withdrawn, never deleted: its delete page
and the bulk "Delete selected briefings" refuse it with a message saying so
(rules.may_delete_briefing; the versions' PROTECT foreign keys hold to it below the admin too).

It extends briefings' own BriefingAdmin (the list, the fields, the import form) rather than
living there, because briefings knows nothing of claims. The URL names keep their briefings_
prefix: they are part of the desk's public interface.
"""

from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as confirm_and_delete
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from briefings.admin import BriefingAdmin
from briefings.models import Briefing, Statement

from .. import rules, services
from ..models import Claim
from ..people import desk_name
from . import outcomes
from .article import (
    ORDERS,
    STATEMENTS_PER_PAGE,
    article_sections,
    chosen_sections,
    statement_pages,
    worthiness_choice,
)
from .forms import WithdrawalForm
from .refusals import refusal_as_403
from .revisions import RevisionDesk
from .splitting import SplitDesk
from .suggestions import LOOK_UP, SUGGESTED_AT_MOST, suggest_earlier_checks


def deletion_refused(briefing):
    advice = "it is withdrawn already" if briefing.is_withdrawn else "withdraw it from the public instead"
    return f"“{briefing}” cannot be deleted: it has published verdicts, which stay on record; {advice}."


def _named_importer(fields):
    """`fields` with the importer named as the desk names people (factcheck.people), not by username."""
    return ["importer" if name == "imported_by" else name for name in fields]


class BriefingDeskAdmin(SplitDesk, RevisionDesk, BriefingAdmin):
    change_form_template = "admin/factcheck/briefing/change_form.html"
    actions = ["delete_selected"]
    list_display = [
        *BriefingAdmin.list_display[:5],
        "claims",
        *_named_importer(BriefingAdmin.list_display[5:]),
    ]
    readonly_fields = _named_importer(BriefingAdmin.readonly_fields)
    fieldsets = [
        (name, {**options, "fields": _named_importer(options["fields"])})
        for name, options in BriefingAdmin.fieldsets
    ]

    def get_queryset(self, request):
        claims = (
            Claim.objects.filter(statement__briefing=OuterRef("pk"))
            .order_by()
            .values("statement__briefing")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return super().get_queryset(request).annotate(claim_total=Coalesce(Subquery(claims), 0))

    @admin.display(description="claims", ordering="claim_total")
    def claims(self, briefing):
        """How many claims the briefing has, linked to the claim list of those: the claim list's
        own filter names only the newest briefings (listing.BriefingFilter)."""
        query = urlencode({"statement__briefing__id__exact": briefing.pk})
        url = f"{reverse('admin:factcheck_claim_changelist')}?{query}"
        return format_html('<a href="{}">{}</a>', url, briefing.claim_total)

    @admin.display(description="imported by", ordering="imported_by__first_name")
    def importer(self, briefing):
        """Who imported it, named as the desk names people everywhere (factcheck.people)."""
        return desk_name(briefing.imported_by)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or rules.may_delete_briefing(request.user, obj))

    def delete_view(self, request, object_id, extra_context=None):
        """Someone who may delete briefings, asking (or posting) to delete one with published
        verdicts, is sent back to it with the reason; anyone else gets the admin's own answer."""
        briefing = self.get_object(request, unquote(object_id))
        if (
            briefing is not None
            and self.has_delete_permission(request)
            and not self.has_delete_permission(request, briefing)
        ):
            self.message_user(request, deletion_refused(briefing), messages.ERROR)
            return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))
        return super().delete_view(request, object_id, extra_context)

    @admin.action(permissions=["delete"], description=confirm_and_delete.short_description)
    def delete_selected(self, request, queryset):
        """The admin's own "Delete selected briefings", unless the selection holds a briefing
        with published verdicts: then nothing is deleted and each such briefing is named."""
        refused = [briefing for briefing in queryset if not rules.may_delete_briefing(request.user, briefing)]
        for briefing in refused:
            self.message_user(request, deletion_refused(briefing), messages.ERROR)
        return None if refused else confirm_and_delete(self, request, queryset)

    def view_on_site(self, obj):
        """The public article once it is published; until then, the preview of what it would show."""
        return obj.get_absolute_url() if obj.is_public else reverse("briefing-preview", args=[obj.slug])

    def change_view(self, request, object_id, form_url="", extra_context=None):
        briefing = self.get_object(request, object_id)
        if briefing is not None:
            page, pages, total = statement_pages(request, briefing)
            editing = rules.may_edit_statements(request.user)
            extra_context = {
                **(extra_context or {}),
                **self.statements_context(request, briefing, page, editing=editing),
                "statement_page": {
                    "number": page,
                    "count": pages,
                    "total": total,
                    "pages": range(1, pages + 1),
                },
                "may_claim": rules.may_make_claim(request.user),
                "may_claim_from_top": rules.may_make_claims_from_top(request.user),
                "most_from_top": services.MOST_FROM_TOP,
                **self.publish_context(request, briefing),
                "may_withdraw": rules.may_withdraw_briefing(request.user, briefing),
                **self.revision_context(request, briefing),
                **self.splitting_context(request, briefing),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def publish_context(self, request, briefing):
        """Whether the editor may publish, and how many approved claims would go with the article:
        the button says it, and stands out only when verdicts wait (on an empty draft it is one
        of the page's tools, not its main call)."""
        may_publish = rules.may_publish_briefing(request.user, briefing)
        approved = (
            Claim.objects.filter(statement__briefing=briefing, status=Claim.Status.APPROVED).count()
            if may_publish
            else 0
        )
        # A withdrawn briefing's published verdicts come back with it: "(none yet)" read as if
        # publishing it again put nothing in front of readers.
        returning = (
            Claim.objects.filter(statement__briefing=briefing, live_version__isnull=False).count()
            if may_publish and briefing.status == Briefing.Status.WITHDRAWN
            else 0
        )
        return {"may_publish": may_publish, "approved_count": approved, "returning_count": returning}

    def statements_context(self, request, briefing, page, *, editing):
        """The article a page at a time (?statements=N), or, asked for (?order=worthiness,
        ?min_worthiness=N), the most check-worthy statements first or only those scored at least N;
        what cannot be read is said in a message and the article order shown."""
        choice = worthiness_choice(request)
        for problem in choice["problems"]:
            self.message_user(request, problem, messages.WARNING)
        if choice["ranked"]:
            sections = chosen_sections(
                briefing,
                by_worthiness=choice["order"] != "article",
                minimum=choice["min_worthiness"],
                editing=editing,
            )
        else:
            sections = article_sections(briefing, page, editing=editing)
        shown = [statement for section in sections for statement in section.rows]
        left = suggest_earlier_checks(shown, look_up=request.GET.get(LOOK_UP) == "look")
        look_up_query = request.GET.copy()
        look_up_query[LOOK_UP] = "look"
        return {
            "look_up_suggestions": "?" + look_up_query.urlencode(),
            "article_sections": sections,
            "suggested_at_most": SUGGESTED_AT_MOST,
            "suggestions_left": left,
            "worthiness": {**choice, "orders": ORDERS},
            "statements_per_page": STATEMENTS_PER_PAGE,
        }

    def get_urls(self):
        def post_only(view):
            return self.admin_site.admin_view(require_POST(view))

        return [
            path(
                "<int:briefing_id>/statements/<int:statement_id>/claim/",
                post_only(self.claim_view),
                name="briefings_statement_claim",
            ),
            path(
                "<int:briefing_id>/claims-from-top/",
                post_only(self.claims_from_top_view),
                name="briefings_briefing_claims_from_top",
            ),
            path(
                "<int:briefing_id>/publish/",
                self.admin_site.admin_view(self.publish_view),
                name="briefings_briefing_publish",
            ),
            path(
                "<int:briefing_id>/withdraw/",
                self.admin_site.admin_view(self.withdraw_view),
                name="briefings_briefing_withdraw",
            ),
            *self.revision_urls(),
            *self.splitting_urls(),
            *super().get_urls(),
        ]

    def claim_view(self, request, briefing_id, statement_id):
        """Make a claim from a statement in one click (a checker's is theirs at once:
        services.make_claim_from_desk), then open it, saying what was made. A
        statement that has claims already gets a page naming them first: a second claim is made
        only on purpose. A refusal is said on the briefing's page, at the statement; whoever may
        make no claims at all gets a 403."""
        statement = get_object_or_404(
            Statement.objects.select_related("briefing"), pk=statement_id, briefing_id=briefing_id
        )
        may_claim = rules.may_make_claim(request.user)
        existing = list(statement.claims.select_related("assignee", "rating").order_by("pk"))
        if existing and request.POST.get("confirm") != "1" and may_claim:
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "This statement already has a claim",
                "statement": statement,
                "claims": existing,
            }
            return TemplateResponse(request, "admin/factcheck/briefing/claim_again.html", context)
        try:
            claim = services.make_claim_from_desk(statement=statement, user=request.user)
        except services.WorkflowError as refusal:
            if not may_claim:
                raise PermissionDenied(str(refusal)) from None
            self.message_user(request, outcomes.claim_not_made(refusal), messages.ERROR)
            return self._back_to(briefing_id, statement if statement.in_current_revision else None)
        self.message_user(request, outcomes.claim_made(claim, user=request.user), messages.SUCCESS)
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def claims_from_top_view(self, request, briefing_id):
        """ "Make claims from the top N": the N most check-worthy statements without a claim become
        claims (services.make_claims_from_top); back to the desk with how many were made."""
        briefing = get_object_or_404(Briefing, pk=briefing_id)
        back = reverse("admin:briefings_briefing_change", args=[briefing.pk])
        if not rules.may_make_claims_from_top(request.user):
            raise PermissionDenied("Only editors make claims from the most check-worthy statements at once.")
        try:
            count = int(request.POST.get("count", ""))
        except ValueError:
            count = None
        try:
            made = services.make_claims_from_top(user=request.user, briefing=briefing, count=count)
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return redirect(back)
        self.message_user(request, outcomes.claims_from_top(made, asked=count), messages.SUCCESS)
        return redirect(back)

    def publish_view(self, request, briefing_id):
        """A GET (or a POST without confirm=yes) shows what publishing would change; only the
        confirming POST publishes."""
        briefing = get_object_or_404(Briefing, pk=briefing_id)
        if refusal := services.publication_refusal(briefing=briefing, user=request.user):
            raise PermissionDenied(refusal)
        preview = services.publication_preview(briefing)
        if not confirmed(request):
            return self._confirmation(request, briefing, preview, publishing=True)
        try:
            with refusal_as_403(but=services.StaleConfirmation):
                services.publish_briefing(
                    briefing=briefing, user=request.user, confirmed_going_out=request.POST.get("going_out")
                )
        except services.StaleConfirmation as stale:  # the list as it is now, to confirm again
            self.message_user(request, str(stale), messages.WARNING)
            return self._confirmation(request, briefing, preview, publishing=True)
        self.message_user(request, outcomes.briefing_published(preview), messages.SUCCESS)
        return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    def withdraw_view(self, request, briefing_id):
        """A GET (or a POST without confirm=yes) shows which verdicts would come down, with the
        reason field; only the confirming POST withdraws."""
        briefing = get_object_or_404(Briefing, pk=briefing_id)
        if refusal := services.withdrawal_refusal(briefing=briefing, user=request.user):
            raise PermissionDenied(refusal)
        preview = services.publication_preview(briefing)
        form = WithdrawalForm(request.POST or None)
        if not confirmed(request) or not form.is_valid():
            return self._confirmation(request, briefing, preview, publishing=False, form=form)
        with refusal_as_403():
            services.withdraw_briefing(
                briefing=briefing, user=request.user, reason=form.cleaned_data["reason"]
            )
        self.message_user(request, outcomes.briefing_withdrawn(briefing, preview), messages.SUCCESS)
        return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    def _confirmation(self, request, briefing, preview, *, publishing, form=None):
        verb = "Publish" if publishing else "Withdraw"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": briefing,
            "title": f"{verb} “{briefing}”?",
            "crumb": f"{verb}…",
            "preview": preview,
            "publishing": publishing,
            "form": form,
        }
        return TemplateResponse(request, "admin/factcheck/briefing/confirm_publication.html", context)


def confirmed(request):
    return request.method == "POST" and request.POST.get("confirm") == "yes"


admin.site.unregister(Briefing)
admin.site.register(Briefing, BriefingDeskAdmin)
