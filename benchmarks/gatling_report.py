"""Reads the statistics table of a Gatling 3.15 report (index.html), for the benchmarks' summaries.

The report has no JSON any more; its statistics table has one row per request (id "req_...") and
per group ("group_..."), cells classed "col-N", and a header naming every column. Columns are found
by their header, so a reordered table still reads right; a renamed header fails loudly instead of
printing nonsense.
"""
import sys
from html.parser import HTMLParser


class StatisticsTable(HTMLParser):
    def __init__(self, groups=False):
        super().__init__()
        self.groups = groups  # whether group rows are read too (they have the same cells as request rows)
        self.headers = {}  # "col-10" -> "95th pct"
        self.rows = []  # {"name": ..., "col-2": "912", ...}
        self._header = None
        self._row = None
        self._cell = None
        self._name = False

    def _is_row(self, row_id):
        return row_id.startswith("req_") or (self.groups and row_id.startswith("group_"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "th" and (attrs.get("id") or "").startswith("col-"):
            self._header = attrs["id"]
            self.headers[self._header] = ""
        elif tag == "tr" and self._is_row(attrs.get("id") or ""):
            self._row = {}
            self.rows.append(self._row)
        elif self._row is not None and tag == "td" and "value" in classes:
            self._cell = next(c for c in classes if c.startswith("col-"))
            self._row[self._cell] = ""
        elif self._row is not None and tag == "span" and "ellipsed-name" in classes:
            self._name = True
            self._row["name"] = ""

    def handle_endtag(self, tag):
        if tag == "th":
            self._header = None
        elif tag == "td":
            self._cell = None
        elif tag == "span":
            self._name = False
        elif tag == "tr":
            self._row = None

    def handle_data(self, data):
        if self._header:
            self.headers[self._header] += data.strip()
        elif self._cell:
            self._row[self._cell] += data.strip()
        elif self._name:
            self._row["name"] += data.strip()


class Report:
    """The table's rows in the report's order, each a dict with "name" and its cells."""

    def __init__(self, rows, column):
        self.rows = rows
        self._column = column  # "95th pct" -> "col-10"

    def value(self, row, label):
        try:
            return float(row[self._column[label]].replace(",", ""))
        except ValueError:  # "-" where Gatling has nothing to show
            return float("nan")


def read(path, wanted, groups=False):
    """The report at path; exits with a clear message if its table lacks a column named in wanted."""
    table = StatisticsTable(groups)
    with open(path, encoding="utf-8") as f:
        table.feed(f.read())
    column = {label: col for col, label in table.headers.items()}
    missing = [label for label in wanted if label not in column]
    if missing or not table.rows:
        sys.exit(f"summary.py: {path} has no statistics table as expected (missing columns {missing})")
    return Report(table.rows, column)


def print_rows(rows, value, heading="request", width=None, count_width=8):
    """One line a row: count, KO, mean and the 95th and 99th percentiles in ms. width: the name
    column's, by default wide enough for the longest name."""
    width = width or max([18] + [len(r["name"]) + 2 for r in rows])
    print()
    print(f"{heading:<{width}}{'count':>{count_width}}{'KO':>6}{'mean ms':>9}{'p95 ms':>8}{'p99 ms':>8}")
    for r in rows:
        print(f"{r['name']:<{width}}{value(r, 'Total'):>{count_width}.0f}{value(r, 'KO'):>6.0f}{value(r, 'Mean'):>9.0f}"
              f"{value(r, '95th pct'):>8.0f}{value(r, '99th pct'):>8.0f}")
