"""Who may do what with briefings, in the same `may_<verb>_<object>(user, …)` style as
factcheck.rules, which imports these and offers them beside its own, so that every door asks one
module. They live here because briefings knows nothing of factcheck."""


def holds(user, permission):
    """An active staff member holding `permission` (a role grants it; superusers hold all)."""
    return bool(user is not None and user.is_active and user.is_staff and user.has_perm(permission))


def may_read_unpublished(user):
    """Active staff may read drafts and unpublished claims (read-only) when they ask for them:
    the one rule behind every `visible_to`."""
    return bool(user is not None and user.is_active and user.is_staff)


def may_import_briefing(user):
    """Editors bring articles in; checkers work on what is there."""
    return holds(user, "briefings.add_briefing")
