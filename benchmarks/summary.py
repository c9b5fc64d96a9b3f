"""Prints the website benchmark's numbers from a Gatling report (index.html of Gatling 3.15).

The report has no JSON any more; its statistics table has one row per request (id "req_..."),
cells classed "col-N", and a header naming every column. Columns are found by their header, so
a reordered table still reads right; a renamed header fails loudly instead of printing nonsense.

Usage: python3 summary.py target/gatling/<run>/index.html
       python3 summary.py --requests target/gatling/<run>/index.html   # any simulation: the request table only
"""
import sys
from html.parser import HTMLParser

TARGETS = ("gateway", "direct")


class StatisticsTable(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headers = {}  # "col-10" -> "95th pct"
        self.rows = []  # {"name": ..., "col-2": "912", ...}
        self._header = None
        self._row = None
        self._cell = None
        self._name = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "th" and (attrs.get("id") or "").startswith("col-"):
            self._header = attrs["id"]
            self.headers[self._header] = ""
        elif tag == "tr" and (attrs.get("id") or "").startswith("req_"):
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


def main(path, requests_only=False):
    table = StatisticsTable()
    with open(path, encoding="utf-8") as f:
        table.feed(f.read())
    column = {label: col for col, label in table.headers.items()}
    wanted = ("Total", "KO", "Cnt/s", "Mean", "95th pct", "99th pct")
    missing = [label for label in wanted if label not in column]
    if missing or not table.rows:
        sys.exit(f"summary.py: {path} has no statistics table as expected (missing columns {missing})")

    def value(row, label):
        try:
            return float(row[column[label]])
        except ValueError:  # "-" where Gatling has nothing to show
            return float("nan")

    def target(row):
        return row["name"].split(" ", 1)[0]

    requests = table.rows
    if requests_only:
        print_requests(requests, value, key=lambda r: 0)
        return
    totals = {}
    print()
    print(f"{'target':<10}{'req/s':>10}{'requests':>10}{'KO':>7}")
    for name in TARGETS:
        mine = [r for r in requests if target(r) == name]
        count = sum(value(r, "Total") for r in mine)
        totals[name] = count
        rate = sum(value(r, "Cnt/s") for r in mine)
        print(f"{name:<10}{rate:>10.1f}{count:>10.0f}{sum(value(r, 'KO') for r in mine):>7.0f}")
    # Both targets ran for the same time, so the ratio of their request counts is the ratio of
    # their throughputs, without the rounding of the report's per-request rates.
    if totals["direct"]:
        print(f"gateway/direct throughput ratio: {totals['gateway'] / totals['direct']:.2f}")

    print_requests(requests, value, key=lambda r: (target(r) != "gateway", r["name"]))


def print_requests(requests, value, key):
    width = max([18] + [len(r["name"]) + 2 for r in requests])
    print()
    print(f"{'request':<{width}}{'count':>8}{'KO':>6}{'mean ms':>9}{'p95 ms':>8}{'p99 ms':>8}")
    for r in sorted(requests, key=key):  # sorted() is stable: the report's order where keys tie
        print(f"{r['name']:<{width}}{value(r, 'Total'):>8.0f}{value(r, 'KO'):>6.0f}{value(r, 'Mean'):>9.0f}"
              f"{value(r, '95th pct'):>8.0f}{value(r, '99th pct'):>8.0f}")


if __name__ == "__main__":
    if sys.argv[1] == "--requests":
        main(sys.argv[2], requests_only=True)
    else:
        main(sys.argv[1])
