"""Every fault of the catalogue (tests/faults/catalogue.py), one test each.

`make faults` runs the same catalogue with more SIGKILL iterations and prints
the figures; here each fault must be survived with nothing lost, nothing sent
twice and nothing left undelivered.
"""

from __future__ import annotations

import pytest

from faults.catalogue import CATALOGUE
from faults.world import Verdict

pytestmark = pytest.mark.filterwarnings(
    # aiosmtpd's own deprecation of a field it still reads itself
    "ignore:Session.login_data is deprecated:DeprecationWarning",
)


@pytest.mark.parametrize("fault", CATALOGUE, ids=[f.name for f in CATALOGUE])
def test_fault_is_survived(fault, tmp_path):
    verdict = Verdict(fault.name)
    fault.check(tmp_path, verdict)
    assert verdict.survived, "\n".join(verdict.notes)
    assert (verdict.items_lost, verdict.duplicate_alerts, verdict.undelivered_alerts) == (0, 0, 0)
