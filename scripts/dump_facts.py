"""Print the facts a tree's extractor gives for each case of a labelled set, as
JSON lines {"id", "facts": [fact.to_json()]}: run with that tree on PYTHONPATH
(scripts/train_sides.py --old-rules uses it to score rules that never saw a set)."""

from __future__ import annotations

import json
import sys

from tariffwatch.extract import extract
from tariffwatch.extract.documents import read_documents

with open(sys.argv[1], encoding="utf-8") as fh:
    for d in read_documents(fh):
        facts = extract(d.text, published=d.published, title=d.title)
        print(json.dumps({"id": d.id, "facts": [f.to_json() for f in facts]}))
