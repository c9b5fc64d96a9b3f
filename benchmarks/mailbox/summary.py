"""Prints the mailbox lifecycle benchmark's numbers from a Gatling 3.15 report (index.html).

Reads the statistics table with summary.py's parser (one directory up), including the group row
"lifecycle": its OK count is the number of letters that went the whole way (written to rated),
its percentiles the time of a whole life (the sum of its requests; there is no think time).

Usage: python3 summary.py target/gatling/<run>/index.html DURATION RAMP
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from summary import StatisticsTable  # noqa: E402


class WithGroups(StatisticsTable):
    def handle_starttag(self, tag, attrs):
        if tag == "tr" and (dict(attrs).get("id") or "").startswith("group_"):
            # Group rows have the same cells as request rows.
            attrs = [("id", "req_" + dict(attrs)["id"])] + [a for a in attrs if a[0] != "id"]
        super().handle_starttag(tag, attrs)


def main(path, duration, ramp):
    table = WithGroups()
    with open(path, encoding="utf-8") as f:
        table.feed(f.read())
    column = {label: col for col, label in table.headers.items()}
    wanted = ("Total", "OK", "KO", "Mean", "95th pct", "99th pct")
    missing = [label for label in wanted if label not in column]
    if missing or not table.rows:
        sys.exit(f"summary.py: {path} has no statistics table as expected (missing columns {missing})")

    def value(row, label):
        try:
            return float(row[column[label]].replace(",", ""))
        except ValueError:
            return float("nan")

    life = next((r for r in table.rows if r["name"] == "lifecycle"), None)
    if life is None:
        sys.exit(f"summary.py: {path} has no group 'lifecycle'")
    # Letters arrive for ramp + duration seconds; the ramp brings half its rate on average.
    window = duration + ramp / 2
    print()
    print(f"lifecycles completed: {value(life, 'OK'):.0f}, failed: {value(life, 'KO'):.0f}")
    print(f"completed lifecycles per second (over {duration} s + half the {ramp} s ramp): {value(life, 'OK') / window:.1f}")
    print(f"lifecycle time: mean {value(life, 'Mean'):.0f} ms, p95 {value(life, '95th pct'):.0f} ms, "
          f"p99 {value(life, '99th pct'):.0f} ms")
    print()
    print(f"{'step':<20}{'count':>7}{'KO':>6}{'mean ms':>9}{'p95 ms':>8}{'p99 ms':>8}")
    for r in table.rows:
        if r["name"] != "lifecycle":
            print(f"{r['name']:<20}{value(r, 'Total'):>7.0f}{value(r, 'KO'):>6.0f}{value(r, 'Mean'):>9.0f}"
                  f"{value(r, '95th pct'):>8.0f}{value(r, '99th pct'):>8.0f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
