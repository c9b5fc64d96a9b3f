"""Prints the website benchmark's numbers from a Gatling report (index.html of Gatling 3.15),
read with gatling_report.py.

Usage: python3 summary.py target/gatling/<run>/index.html
       python3 summary.py --requests target/gatling/<run>/index.html   # any simulation: the request table only
"""
import sys

import gatling_report

TARGETS = ("gateway", "direct")


def main(path, requests_only=False):
    report = gatling_report.read(path, ("Total", "KO", "Cnt/s", "Mean", "95th pct", "99th pct"))
    value = report.value

    def target(row):
        return row["name"].split(" ", 1)[0]

    requests = report.rows
    if requests_only:
        gatling_report.print_rows(requests, value)
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

    # sorted() is stable: the report's order where keys tie.
    gatling_report.print_rows(sorted(requests, key=lambda r: (target(r) != "gateway", r["name"])), value)


if __name__ == "__main__":
    if sys.argv[1] == "--requests":
        main(sys.argv[2], requests_only=True)
    else:
        main(sys.argv[1])
