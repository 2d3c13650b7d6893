class BackupRefused(Exception):
    """A backup or restore that cannot go ahead, with one sentence for the person; nothing was
    changed (the commands show it as a CommandError)."""
