"""Answers this worker served lately, kept in its memory by address, for the next hit.

Only the answer is remembered, never whether it still stands: a hit from here reads every token
the answer depends on from the shared store, as any hit does, and serves it only if they all still
match, so a change made by another worker is seen on the very next request. What it saves is the
read of the answer itself (and, for a large page, unpickling its body): two reads of the store
instead of three, and with Redis one round trip instead of two. Bounded in bytes of bodies, least
recently served first out.
"""

import threading
import time
from collections import OrderedDict


class RecentAnswers:
    def __init__(self, limit_bytes, seconds):
        self.limit, self.seconds = limit_bytes, seconds
        self.entries = OrderedDict()  # address: (entry, size, until)
        self.size = 0
        self.lock = threading.Lock()

    def get(self, where):
        """The entry remembered for `where` ({"tokens", "answer"}), or None."""
        with self.lock:
            kept = self.entries.get(where)
            if kept is None:
                return None
            if kept[2] < time.monotonic():
                self._drop(where)
                return None
            self.entries.move_to_end(where)
            return kept[0]

    def remember(self, where, entry):
        size = len(entry["answer"][2])
        with self.lock:
            if where in self.entries:
                self._drop(where)
            if size > self.limit:
                return
            self.entries[where] = (entry, size, time.monotonic() + self.seconds)
            self.size += size
            while self.size > self.limit:
                self._drop(next(iter(self.entries)))

    def _drop(self, where):
        self.size -= self.entries.pop(where)[1]

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0
