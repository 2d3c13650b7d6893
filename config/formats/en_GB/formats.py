"""The desk's one way of writing a time: "7 Dec 2026 15:08", as its own pages write history,
revisions and withdrawals. Django's en-GB default ("7 Dec 2026, 3:08 p.m.") would give the admin's
own fields (Created at, Imported at) a second style beside them. Everything not named here stays
en-GB's."""

DATETIME_FORMAT = "j M Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
