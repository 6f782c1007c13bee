"""Two writers at once, for the tests of what triggers keep: the first holds its transaction open
while the second runs on another connection (in a thread), then the first commits."""

from __future__ import annotations

import threading
import time
from typing import Any

from tests.factories import Company

Statement = tuple[str, tuple[Any, ...]]


def second_waits(company: Company, first: list[Statement], second: list[Statement],
                 hold: float = 0.5) -> float:
    """Run `first` in an open transaction; meanwhile `second` on another connection; after `hold`
    seconds commit the first, then the second. Returns how long the second's statements took
    (seconds): about `hold` or more when they waited on the first's locks. An error of the second
    is raised here."""
    errors: list[BaseException] = []
    took: list[float] = []
    with company.admin() as a, company.admin() as b:
        for query, params in first:
            a.execute(query, params)

        def other() -> None:
            try:
                started = time.perf_counter()
                for query, params in second:
                    b.execute(query, params)
                took.append(time.perf_counter() - started)
                b.commit()
            except BaseException as e:  # noqa: BLE001 - raised below, on the test's thread
                errors.append(e)

        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(hold)
        a.commit()
        thread.join(10)
        assert not thread.is_alive(), "the second writer never finished"
    if errors:
        raise errors[0]
    return took[0]
