"""How `make test` hands tests to its workers (pytest-xdist, `--dist load`).

xdist's load scheduler sends each worker a run of consecutive tests, in the collection's order,
and more as it finishes; a chunk may end halfway through a module, whose other half then goes to
the other worker. A module's shared rows or browser survey (module-scoped fixtures: the desk
layout's takes half a minute) are then built by both. Here a chunk is extended to the end of its
module's run of tests, so each run is built once. Every worker still gets its tests in the
collection's order, which the database's order needs (tests/conftest.py).

It extends `LoadScheduling._send_tests`, a private method of pytest-xdist 3.8 (pinned in
requirements.txt). `--dist loadfile` would keep modules whole by itself but hands out tests by
node id, which schemathesis gives all of an operation's tests alike, so it would run one of them.
"""

from xdist.scheduler import LoadScheduling


class WholeModules(LoadScheduling):
    def _send_tests(self, node, num):
        while 0 < num < len(self.pending) and self._module(self.pending[num]) == self._module(
            self.pending[num - 1]
        ):
            num += 1
        super()._send_tests(node, num)

    def _module(self, index):
        return self.collection[index].split("::")[0]
