"""`make bench`: how fast tariffwatch is, measured against the feed parser's own speed.

    corpus.py         a seeded corpus of 1-3 KB trade-news items, rendered as RSS and Atom
    bigdb.py          a store filled with a million items by bulk SQL, in seconds
    scenarios.py      each measured scenario, run alone in a fresh process
    prefect_count.py  task runs per monitor flow run, read from the Prefect API
    run.py            serves the feeds, receives the alerts, runs the scenarios, prints the table

Run `python -m bench.run` (or `--quick`); nothing here is imported by the product.
"""
