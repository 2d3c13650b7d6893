"""How the desk names a person: one rule, so menus, lists, chips and history all agree."""


def desk_name(user):
    """Their full name, or their username when they have none; "—" for nobody."""
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
