"""make test's scheduler (tests/scheduling.py): each module's run of tests to one worker, in order."""

import types

from .scheduling import WholeModules


class Options:
    """What the scheduler reads of pytest's options: two workers (-n 2), no limit on a chunk."""

    def getvalue(self, name):
        return {"tx": ["2*popen"]}[name]

    def getoption(self, name):
        return {"maxschedchunk": None}[name]


class Worker:
    """Stands in for an xdist worker: keeps the tests it is sent."""

    def __init__(self, name):
        self.gateway = types.SimpleNamespace(id=name)
        self.sent = []
        self.shutting_down = False

    def send_runtest_some(self, indices):
        self.sent += indices

    def shutdown(self):
        self.shutting_down = True


COLLECTION = [
    *(f"tests/a.py::test_{n}" for n in range(3)),
    *(f"tests/big.py::test_{n}" for n in range(50)),
    *(f"tests/c.py::test_{n}" for n in range(7)),
    *(f"tests/a.py::test_transactional_{n}" for n in range(3)),  # a second run of module a
]


def scheduled(collection):
    scheduler = WholeModules(Options())
    workers = [Worker("gw0"), Worker("gw1")]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, collection)
    scheduler.schedule()
    while scheduler.pending:
        worker = min(workers, key=lambda worker: len(worker.sent))
        scheduler.node2pending[worker].clear()  # as if it had run what it was sent
        scheduler.check_schedule(worker)
    return [[collection[index] for index in worker.sent] for worker in workers]


def modules_of(tests):
    return [test.split("::")[0] for test in tests]


def test_it_sends_each_run_of_a_module_to_one_worker():
    first, second = scheduled(COLLECTION)
    for module in ("tests/big.py", "tests/c.py"):
        assert (module in modules_of(first)) != (module in modules_of(second))


def test_each_worker_gets_its_tests_in_the_collections_order():
    for tests in scheduled(COLLECTION):
        assert tests == sorted(tests, key=COLLECTION.index)


def test_every_test_is_sent_once():
    first, second = scheduled(COLLECTION)
    assert sorted(first + second) == sorted(COLLECTION)
