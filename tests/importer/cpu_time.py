"""A bound on the CPU seconds a step of the importer may take on a hostile input, so that a test of
one fails when the step is slow again rather than holding the run for minutes or for ever.

CPU time, not the wall clock: a busy machine does not make the test fail. The bounds are far above
what the step takes and far below what it took before its fix.
"""

import contextlib
import signal


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def cpu_seconds_at_most(seconds):
    def interrupt(signum, frame):
        raise TooSlow(f"more than {seconds} CPU seconds")

    previous = signal.signal(signal.SIGPROF, interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
