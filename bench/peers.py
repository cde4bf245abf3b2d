#!/usr/bin/python3
"""Run the peer baselines of ../shared/bench/baselines.py on ONE table of a datasets folder.

    /usr/bin/python3 bench/peers.py DATA_DIR NAME --out peers.jsonl [--baselines PATH]

baselines.py's own command line runs every table it knows in one go and imports torch at start-up
(python3-torch is only needed for its image/text parts). To time each table right after Verdict's
run of the same table, this helper imports baselines.py as a module and calls its own
run_tabular / run_regression with the table list narrowed to NAME, so the models, folds
(StratifiedKFold / KFold, shuffle, seed 0), metrics, timing and JSON-lines records are exactly
those of baselines.py. Finished records are appended to --out (baselines.py's Log: a record whose
key is already in the file is not measured again). One "env" record is appended per call.

Exit status: 0 when the table was measured (or already in --out), 3 when baselines.py has no
protocol for NAME, 1 on an error (message on stderr).
"""
import argparse, importlib.util, json, os, platform, sys, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("name")
    ap.add_argument("--out", required=True)
    ap.add_argument("--baselines", default=str(__import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "bench" / "baselines.py"))
    a = ap.parse_args()

    spec = importlib.util.spec_from_file_location("baselines", a.baselines)
    b = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(b)

    import numpy, scipy, sklearn, xgboost
    log = b.Log(a.out)
    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    versions = {"python": platform.python_version(), "numpy": numpy.__version__, "scipy": scipy.__version__,
                "scikit-learn": sklearn.__version__, "xgboost": xgboost.__version__}
    log.add("env|%s|%d" % (a.name, time.time()), part="env", versions=versions, cpu=cpu, cores=os.cpu_count(),
            argv=sys.argv, baselines=os.path.abspath(a.baselines))

    if a.name in b.TABULAR:
        b.TABULAR = [a.name]
        b.run_tabular(a.data, log)
    elif a.name in b.REGRESSION:
        # run_regression walks every name in REGRESSION without checking the file exists
        b.REGRESSION = [a.name]
        b.run_regression(a.data, log)
    else:
        print("baselines.py has no protocol for %s (its tables: %s; regression: %s)"
              % (a.name, ", ".join(b.TABULAR), ", ".join(b.REGRESSION)), file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
