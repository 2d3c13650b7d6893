"""Who may do what with briefings, in the same `may_<verb>_<object>(user, …)` style as
factcheck.rules, which imports these and offers them beside its own, so that every door asks one
module. They live here because briefings knows nothing of factcheck."""


def holds(user, permission):
    """An active staff member holding `permission` (a role grants it; superusers hold all)."""
    return bool(user is not None and user.is_active and user.is_staff and user.has_perm(permission))


def may_read_unpublished(user):
    """Whoever holds a role on the desk may read drafts and unpublished claims (read-only) when
    they ask for them: the one rule behind every `visible_to` and preview. A staff flag alone is
    not enough, so a person whose role is taken away stops reading drafts at once, through the
    previews and the API as in the admin."""
    return holds(user, "briefings.view_briefing")


def may_import_briefing(user):
    """Editors bring articles in; checkers work on what is there."""
    return holds(user, "briefings.add_briefing")


def may_edit_statements(user):
    """Editors correct how an article is split (split, merge, hide, retitle); checkers see the
    corrections but work on the statements as they are."""
    return holds(user, "briefings.change_briefing")
