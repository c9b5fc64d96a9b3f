"""Prints the mailbox lifecycle benchmark's numbers from a Gatling 3.15 report (index.html).

Reads the statistics table with gatling_report.py (one directory up), including the group row
"lifecycle": its OK count is the number of letters that went the whole way (written to rated),
its percentiles the time of a whole life (the sum of its requests; there is no think time).

Usage: python3 summary.py target/gatling/<run>/index.html DURATION RAMP
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import gatling_report  # noqa: E402


def main(path, duration, ramp):
    report = gatling_report.read(path, ("Total", "OK", "KO", "Mean", "95th pct", "99th pct"), groups=True)
    value = report.value
    life = next((r for r in report.rows if r["name"] == "lifecycle"), None)
    if life is None:
        sys.exit(f"summary.py: {path} has no group 'lifecycle'")
    # Letters arrive for ramp + duration seconds; the ramp brings half its rate on average.
    window = duration + ramp / 2
    print()
    print(f"lifecycles completed: {value(life, 'OK'):.0f}, failed: {value(life, 'KO'):.0f}")
    print(f"completed lifecycles per second (over {duration} s + half the {ramp} s ramp): {value(life, 'OK') / window:.1f}")
    print(f"lifecycle time: mean {value(life, 'Mean'):.0f} ms, p95 {value(life, '95th pct'):.0f} ms, "
          f"p99 {value(life, '99th pct'):.0f} ms")
    steps = [r for r in report.rows if r["name"] != "lifecycle"]
    gatling_report.print_rows(steps, value, heading="step", width=20, count_width=7)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
