"""Backups of the whole database: `manage.py backup PATH` and `manage.py restore PATH`.

An app of its own rather than a part of `briefings`: a backup holds the whole project (users,
roles, sessions, the sign-in log, briefings, claims, versions), so it belongs to neither app, and
it imports neither. It reads what a database holds through `django.apps` and the migration
records only, so the two apps stay as they are and any app added later is backed up too.

Layers, downwards: the commands < `operations` (the one flow both commands use) < the engines
(`sqlite`, `postgres`) and `schema` (which migrations a backup records, what a database holds)
< `files` (the backup file) < `errors`.
"""
