#!/usr/bin/env python3
"""Render the Markdown tables of bench/tables.sh (python3 standard library only).

    python3 bench/report.py OUT_DIR

Reads, for every OUT_DIR/<dataset>/meta.json that tables.sh wrote:
  OUT_DIR/<dataset>/verdict/result.json   Verdict's run folder
  OUT_DIR/<dataset>/peers.jsonl           records of /work/shared/bench/baselines.py (via bench/peers.py)
and prints
  1. one summary table, a row per dataset (Verdict's best candidate vs the best peer, times);
  2. (schemaVersion >= 2) the verdict table, a row per dataset: the outcome of deep vs classical,
     deep - classical with its 95 % CI and p-value, each family's selected pipeline (the candidate
     chosen on an inner split of every training fold: most chosen id, mean +- sd over folds), the
     better selected pipeline vs the best peer, the best deep candidate vs the peers' MLP(100)
     (same algorithm family), Verdict's summed fit + selection seconds and the process wall times;
  3. one table per dataset pairing each Verdict model with the peer running the same algorithm;
  4. a list of per-model gaps beyond the tolerances below, and of slow or cut models.

Comparisons are on Verdict's primary metric: accuracy -> peer "acc" (mean over folds, sd = np.std
over folds, ddof 0), macro-f1 -> peer "f1" (mean over folds), rmse -> peer "rmse" (pooled over the
out-of-fold predictions). For regression Verdict's RMSE is likewise recomputed pooled over its
out-of-fold predictions (result.json's mean.rmse is the mean of the fold RMSEs; both are shown).
Verdict's sd is the one in result.json (sample sd over folds, ddof 1). The two tools use different
fold assignments (both 5-fold, stratified for classes, seed 0), so small gaps are fold noise.

Tolerances ("within"): classification 0.005 (0.5 points), or, for tables under 1,000 rows, one fold
sd of the best peer if that is larger; regression 2 % relative RMSE.
"""
import csv, json, math, os, sys

# Verdict model id -> peer model of the same algorithm (classification, regression)
PAIRS_CLS = {"logistic": "LogReg+scaler", "cart": "DecisionTree", "xgboost": "XGBoost-hist",
             "random-forest": "RandomForest300", "svm-rbf": "SVC-RBF+scaler",
             "mlp-small": "MLP(100)+scaler", "mlp-resnet": "MLP(100)+scaler"}
PAIRS_REG = {"linear": "LinearRegression", "logistic": "LinearRegression", "cart": "DecisionTree",
             "xgboost": "XGBoost-hist", "random-forest": "RandomForest300", "svm-rbf": "SVR-RBF+scaler(X,y)",
             "mlp-small": "MLP(100)+scaler(X,y)", "mlp-resnet": "MLP(100)+scaler(X,y)"}
MLP_PEERS = ("MLP(100)+scaler", "MLP(100)+scaler(X,y)")
SMALL_ROWS = 1000


def f(x, d=3):
    return "–" if x is None else ("%.*f" % (d, x))


def secs(x):
    if x is None:
        return "–"
    return "%.2f" % x if x < 10 else "%.1f" % x


def ratio(a, b):
    if a is None or b is None or b <= 0:
        return "–"
    r = a / b
    return "%.1f×" % r if r >= 0.95 else "%.2f×" % r


def load(r):
    a, b = r.get("v_other"), r.get("p_other")
    if a is None and b is None:
        return "–"
    return "%s / %s" % ("–" if a is None else "%.2f" % a, "–" if b is None else "%.2f" % b)


def load_peers(path):
    recs = {}
    if os.path.exists(path):
        for line in open(path):
            if line.strip():
                r = json.loads(line)
                if r.get("part") in ("tabular", "regression"):
                    recs.setdefault(r["dataset"], {})[r["model"]] = r
    return recs


def pooled_regression(result, csv_path, target):
    """RMSE and R^2 pooled over Verdict's out-of-fold predictions (they are in row order)."""
    try:
        with open(csv_path) as h:
            rd = csv.reader(h)
            head = next(rd)
            col = head.index(target) if target in head else len(head) - 1
            y = [float(row[col]) for row in rd if row]
    except Exception:
        return {}
    mean_y = sum(y) / len(y)
    sst = sum((v - mean_y) ** 2 for v in y)
    out = {}
    for m in result.get("models", []):
        p = (m.get("outOfFold") or {}).get("predicted")
        if not p or len(p) != len(y):
            continue
        try:
            p = [float(v) for v in p]
        except (TypeError, ValueError):
            continue
        sse = sum((a - b) ** 2 for a, b in zip(p, y))
        out[m["id"]] = (math.sqrt(sse / len(y)), 1 - sse / sst if sst > 0 else None)
    return out


def selected_pooled_rmse(result, sel, y_pred_by_model):
    """RMSE pooled over the out-of-fold rows of a selected pipeline: each row takes the out-of-fold
    prediction of the candidate chosen for its fold (that candidate's outer-fold fit is the one the
    pipeline scores). None when it cannot be rebuilt (repeats > 1, predictions missing)."""
    plan = result.get("folds") or {}
    fold_of_row = plan.get("foldOfRow")
    chosen = sel.get("chosen") or []
    if not fold_of_row or (plan.get("repeats") or 1) != 1 or len(chosen) != plan.get("count"):
        return None
    y = y_pred_by_model.get("__y__")
    if y is None or len(y) != len(fold_of_row):
        return None
    sse = 0.0
    for i, k in enumerate(fold_of_row):
        p = y_pred_by_model.get(chosen[k])
        if p is None:
            return None
        sse += (p[i] - y[i]) ** 2
    return math.sqrt(sse / len(y))


def oof_regression(result, csv_path, target):
    """{"__y__": targets, model id: out-of-fold predictions} (row order), for selected_pooled_rmse."""
    try:
        with open(csv_path) as h:
            rd = csv.reader(h)
            head = next(rd)
            col = head.index(target) if target in head else len(head) - 1
            out = {"__y__": [float(row[col]) for row in rd if row]}
    except Exception:
        return {}
    for m in result.get("models", []):
        p = (m.get("outOfFold") or {}).get("predicted")
        try:
            out[m["id"]] = [float(v) for v in p] if p else None
        except (TypeError, ValueError):
            pass
    return out


def fold_seconds(m):
    fs = m.get("folds") or []
    if not fs:
        return m.get("fitSeconds") or None  # skipped / failed before a fold: no time
    return sum((x.get("fitSeconds") or 0) + (x.get("predictSeconds") or 0) for x in fs)


def sel_seconds(m):
    return sum((x.get("selectionSeconds") or 0) for x in (m.get("folds") or []))


def pct(x):
    return "–" if x is None else "%+.1f %%" % (100 * x)


def main():
    out_dir = sys.argv[1]
    peers = {}
    for d in sorted(os.listdir(out_dir)):
        for ds, recs in load_peers(os.path.join(out_dir, d, "peers.jsonl")).items():
            peers.setdefault(ds, {}).update(recs)
    metas = []
    for d in sorted(os.listdir(out_dir)):
        p = os.path.join(out_dir, d, "meta.json")
        if os.path.isfile(p):
            metas.append(json.load(open(p)))
    metas.sort(key=lambda m: (m.get("rows") or 0, m["dataset"]))

    summary, details, flags, notes, vrows = [], [], [], [], []
    for meta in metas:
        ds = meta["dataset"]
        row = {"ds": ds, "rows": meta.get("rows"), "feat": meta.get("features")}
        summary.append(row)
        if meta.get("skipped"):
            row["note"] = "skipped: " + meta["skipped"]
            continue
        rpath = os.path.join(out_dir, ds, "verdict", "result.json")
        result = None
        if os.path.isfile(rpath):
            try:
                result = json.load(open(rpath))
            except Exception as e:
                row["note"] = "result.json unreadable: %s" % e
        row["wall"] = meta.get("verdict_wall_s")
        row["v_other"] = meta.get("verdict_other_load")
        row["p_other"] = meta.get("peers_other_load")
        if result is None:
            row.setdefault("note", "Verdict failed (exit %s; see %s/verdict.log)" % (meta.get("verdict_rc"), ds))
        pr = peers.get(ds, {})
        if meta.get("peers_rc") not in (0, None) and not pr:
            row["peer_note"] = {3: "no peer protocol in baselines.py"}.get(meta.get("peers_rc"),
                                                                            "peers failed (exit %s)" % meta.get("peers_rc"))
        row["peer_s"] = sum(r["seconds"] for r in pr.values()) if pr else None
        if result is None:
            continue

        task = result.get("task")
        metric = result.get("primaryMetric")
        models = result.get("models", [])
        row["metric"] = metric
        row["v_fit"] = sum(m.get("fitSeconds") or 0 for m in models)
        row["v_sel"] = sum(sel_seconds(m) for m in models)
        row["v_elapsed"] = result.get("elapsedSeconds")
        startup = result.get("startup") or {}
        row["v_jvm"] = startup.get("jvmSeconds")
        row["v_engine"] = sum((startup.get("families") or {}).values()) if startup.get("families") else None
        saved = result.get("saved") or {}
        row["saved"] = saved.get("id")
        row["v_refit"] = saved.get("fitSeconds")
        reg = task == "regression"
        lower_better = metric in ("rmse", "mae", "log-loss")
        pooled = pooled_regression(result, meta["csv"], meta.get("target")) if reg else {}

        def vscore(m):
            if reg and metric == "rmse" and m["id"] in pooled:
                return pooled[m["id"]][0]
            return (m.get("mean") or {}).get(metric)

        peer_key = {"accuracy": "acc", "macro-f1": "f1", "rmse": "rmse", "r2": "r2"}.get(metric)
        best_id = result.get("best")
        best = next((m for m in models if m["id"] == best_id), None)
        if best is not None:
            row["v_best"] = best_id
            row["v_score"] = vscore(best)
            row["v_sd"] = (best.get("std") or {}).get(metric)
            row["v_status"] = best.get("status")
        if pr and peer_key:
            cand = [r for r in pr.values() if r.get(peer_key) is not None]
            if cand:
                pb = (min if lower_better else max)(cand, key=lambda r: r[peer_key])
                row["p_best"] = pb["model"]
                row["p_score"] = pb[peer_key]
                row["p_sd"] = pb.get("acc_std") if peer_key == "acc" else None
        pairs = PAIRS_REG if reg else PAIRS_CLS
        matched = {pairs[m["id"]] for m in models if m["id"] in pairs and pairs[m["id"]] in pr}
        row["peer_s_matched"] = sum(pr[k]["seconds"] for k in matched) if matched else None

        if row.get("v_score") is not None and row.get("p_score") is not None:
            v, p = row["v_score"], row["p_score"]
            if lower_better:
                row["delta"] = v - p
                rel = (v - p) / p if p else None
                row["rel"] = rel
                row["verdict"] = "better" if v <= p else ("within 2 %" if rel is not None and rel <= 0.02 else "behind")
            else:
                row["delta"] = v - p
                tol = 0.005
                if (row["rows"] or 0) < SMALL_ROWS and row.get("p_sd"):
                    tol = max(tol, row["p_sd"])
                row["tol"] = tol
                row["verdict"] = "better" if v >= p else ("within" if p - v <= tol + 1e-12 else "behind")

        # ---- the verdict (schemaVersion >= 2)
        vd = result.get("verdict")
        sels = {s.get("family"): s for s in (result.get("selected") or [])}
        if vd or sels or any(m.get("family") == "deep" for m in models):
            vr = {"ds": ds, "rows": meta.get("rows"), "metric": metric, "reg": reg, "wall": meta.get("verdict_wall_s"),
                  "p_wall": meta.get("peers_wall_s"), "peer_s": row.get("peer_s"), "v_fit": row["v_fit"],
                  "v_sel": row["v_sel"], "load": load(row), "v_jvm": row.get("v_jvm"), "v_engine": row.get("v_engine"),
                  "saved": row.get("saved"), "v_refit": row.get("v_refit"), "v_elapsed": row.get("v_elapsed")}
            vrows.append(vr)
            if vd:
                vr.update(outcome=vd.get("outcome"), diff=vd.get("difference"), lo=vd.get("lower"), hi=vd.get("upper"),
                          p=vd.get("pValue"), J=vd.get("folds"), rec=vd.get("recommended"))
            else:
                vr["outcome"] = "none (a family has no complete pipeline)"
                notes.append("%s: no verdict in result.json" % ds)
            oof = oof_regression(result, meta["csv"], meta.get("target")) if reg and metric == "rmse" else {}
            best_sel = None
            for fam in ("classical", "deep"):
                sp = (vd or {}).get(fam) or sels.get(fam)
                if not sp:
                    continue
                score = sp.get("mean")
                if oof:
                    score = selected_pooled_rmse(result, sp, oof) or score
                vr[fam] = (sp.get("mostChosen"), sp.get("mean"), sp.get("std"), score,
                           len(set(sp.get("chosen") or [])))
                if score is not None and (best_sel is None or
                                          (score < best_sel[1] if lower_better else score > best_sel[1])):
                    best_sel = (fam, score)
            if best_sel and row.get("p_score") is not None:
                v, p = best_sel[1], row["p_score"]
                vr["best_sel"] = best_sel
                vr["p_best"], vr["p_score"] = row["p_best"], p
                if lower_better:
                    rel = (v - p) / p if p else None
                    vr["sel_gap"] = "%+.3f (%s)" % (v - p, pct(rel))
                    vr["sel_vs"] = "better" if v <= p else ("within 2 %" if rel is not None and rel <= 0.02 else "behind")
                else:
                    tol = row.get("tol", 0.005)
                    vr["sel_gap"] = "%+.4f" % (v - p)
                    vr["sel_vs"] = "better" if v >= p else ("within" if p - v <= tol + 1e-12 else "behind")
            deep = [m for m in models if m.get("family") == "deep" and vscore(m) is not None]
            if deep:
                bd = (min if lower_better else max)(deep, key=vscore)
                vr["deep_best"] = (bd["id"], vscore(bd), (bd.get("std") or {}).get(metric), bd.get("status"))
            mlp = next((pr[k] for k in MLP_PEERS if k in pr), None)
            if mlp and peer_key and mlp.get(peer_key) is not None:
                vr["mlp"] = (mlp[peer_key], mlp.get("acc_std") if peer_key == "acc" else None, mlp["seconds"])
                if deep:
                    a, b = vr["deep_best"][1], mlp[peer_key]
                    vr["deep_gap"] = ("%+.3f (%s)" % (a - b, pct((a - b) / b if b else None))) if lower_better \
                        else "%+.4f" % (a - b)
            vr["deep_s"] = sum((m.get("fitSeconds") or 0) + sel_seconds(m) for m in models if m.get("family") == "deep")

        # ---- per-model detail table
        lines = ["", "#### %s (%s rows, %s features; %s; Verdict primary metric %s)" %
                 (ds, meta.get("rows"), meta.get("features"), task, metric), ""]
        if reg:
            lines.append("| Verdict model | status | RMSE pooled (fold mean ± sd) | R² pooled | fit+predict s | peer (same algorithm) | peer RMSE | peer R² | peer s | RMSE rel. gap | time ratio |")
            lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
        else:
            lines.append("| Verdict model | status | accuracy ± sd | macro-F1 | fit+predict s | peer (same algorithm) | peer accuracy ± sd | peer macro-F1 | peer s | Δ accuracy | time ratio |")
            lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for m in models:
            mean, sd = m.get("mean") or {}, m.get("std") or {}
            st = (m.get("status") or "?").lower()
            vs = fold_seconds(m)
            peer = pr.get(pairs.get(m["id"], ""))
            if reg:
                pr_rmse, pr_r2 = pooled.get(m["id"], (None, None))
                gap = (pr_rmse / peer["rmse"] - 1) if (peer and pr_rmse is not None) else None
                lines.append("| %s | %s | %s (%s ± %s) | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    m["id"], st, f(pr_rmse), f(mean.get("rmse")), f(sd.get("rmse")), f(pr_r2),
                    secs(vs), peer["model"] if peer else "–", f(peer["rmse"]) if peer else "–",
                    f(peer["r2"]) if peer else "–", secs(peer["seconds"]) if peer else "–",
                    "%+.1f %%" % (100 * gap) if gap is not None else "–",
                    ratio(vs, peer["seconds"]) if peer else "–"))
                if peer and gap is not None and gap > 0.05:
                    flags.append("%s / %s: RMSE %.3f vs %s %.3f (%+.1f %%)" % (ds, m["id"], pr_rmse, peer["model"], peer["rmse"], 100 * gap))
            else:
                acc = mean.get("accuracy")
                dacc = (acc - peer["acc"]) if (peer and acc is not None) else None
                lines.append("| %s | %s | %s ± %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    m["id"], st, f(acc, 4), f(sd.get("accuracy"), 4), f(mean.get("macro-f1"), 4), secs(vs),
                    peer["model"] if peer else "–",
                    ("%.4f ± %.4f" % (peer["acc"], peer["acc_std"])) if peer else "–",
                    f(peer["f1"], 4) if peer else "–", secs(peer["seconds"]) if peer else "–",
                    "%+.4f" % dacc if dacc is not None else "–", ratio(vs, peer["seconds"]) if peer else "–"))
                if peer and dacc is not None:
                    tol = max(0.01, peer.get("acc_std") or 0)
                    if dacc < -tol:
                        flags.append("%s / %s: accuracy %.4f vs %s %.4f (%+.4f; tolerance %.4f)" %
                                     (ds, m["id"], acc, peer["model"], peer["acc"], dacc, tol))
            if peer and vs is not None and vs > 1.0 and vs > 3 * peer["seconds"]:
                flags.append("%s / %s: %.2f s fit+predict vs %s %.2f s (%.1f× slower)" %
                             (ds, m["id"], vs, peer["model"], peer["seconds"], vs / peer["seconds"]))
            if st not in ("complete",):
                flags.append("%s / %s: status %s%s" % (ds, m["id"], st, (" — " + m["note"]) if m.get("note") else ""))
        extra = [r for k, r in pr.items() if k not in set(pairs.values())]
        for r in extra:
            if reg:
                lines.append("| – | | | | | %s | %s | %s | %s | | |" % (r["model"], f(r["rmse"]), f(r["r2"]), secs(r["seconds"])))
            else:
                lines.append("| – | | | | | %s | %.4f ± %.4f | %s | %s | | |" % (r["model"], r["acc"], r["acc_std"], f(r["f1"], 4), secs(r["seconds"])))
        for w in result.get("warnings") or []:
            notes.append("%s: %s" % (ds, w))
        details.extend(lines)

    # ---- summary table
    print("| dataset | rows | features | metric | Verdict best | Verdict mean ± sd | best peer | peer mean ± sd | Δ (Verdict − peer) | vs peer | Verdict Σ fit s | peers Σ s (all 6) | peers Σ s (same algorithms) | fit-time ratio (Verdict / same-algorithm peers) | Verdict process wall s | other load (cores) Verdict / peers |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in summary:
        if "metric" not in r:
            print("| %s | %s | %s | | %s | | %s | | | | | %s | | | %s | %s |" % (
                r["ds"], r["rows"], r["feat"], r.get("note", "–"), r.get("peer_note", ""),
                secs(r.get("peer_s")), secs(r.get("wall")), load(r)))
            continue
        reg = r["metric"] in ("rmse", "mae")
        d = 3 if reg else 4
        delta = "–"
        if "delta" in r:
            delta = ("%+.3f (%+.1f %%)" % (r["delta"], 100 * r["rel"])) if reg else ("%+.4f" % r["delta"])
        vmean = "%s ± %s" % (f(r.get("v_score"), d), f(r.get("v_sd"), d))
        if reg:
            vmean = "%s (pooled; fold sd %s)" % (f(r.get("v_score"), d), f(r.get("v_sd"), d))
        pmean = "–"
        if r.get("p_score") is not None:
            pmean = f(r["p_score"], d) + (" ± %s" % f(r["p_sd"], d) if r.get("p_sd") is not None else "")
        print("| %s | %s | %s | %s | %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["ds"], r["rows"], r["feat"], r["metric"], r.get("v_best", "–"),
            "" if (r.get("v_status") or "").lower() == "complete" else " (%s)" % (r.get("v_status") or "?").lower(),
            vmean, r.get("p_best", r.get("peer_note", "–")), pmean, delta, r.get("verdict", "–"),
            secs(r.get("v_fit")), secs(r.get("peer_s")), secs(r.get("peer_s_matched")),
            ratio(r.get("v_fit"), r.get("peer_s_matched")), secs(r.get("wall")), load(r)))
    print()
    print("Δ: classification in metric units (0.005 = 0.5 points); regression RMSE difference (relative). "
          "'within' = inside 0.5 points, or one fold sd of the best peer for tables under %d rows; "
          "regression: within 2 %% relative RMSE. Verdict Σ fit s = sum of models[].fitSeconds (fit only); "
          "peer seconds = fit+predict over 5 folds. Verdict process wall s = the whole `./verdict run` "
          "process (JVM start, CSV read, profiling, all models, writing results). Other load = average cores "
          "used by other processes on the machine during the timed step (of %d); above ~0.2 the times are "
          "inflated by contention." % (SMALL_ROWS, os.cpu_count() or 0))
    if vrows:
        print_verdicts(vrows)
    print("\n### Per-model comparison (same algorithm)")
    print("\n".join(details))
    print("\n### Flags (accuracy more than max(1 point, peer fold sd) below the same-algorithm peer; "
          "RMSE more than 5 % above it; > 3× slower than it and > 1 s; status other than complete)\n")
    for x in flags or ["none"]:
        print("- " + x)
    if notes:
        print("\n### Verdict's warnings\n")
        for x in notes:
            print("- " + x)


def print_verdicts(vrows):
    print("\n### The verdict: deep vs classical family (selected pipelines)\n")
    print("| dataset | rows | metric | outcome | deep − classical [95 % CI] | p | classical pipeline: most chosen, mean ± sd | deep pipeline: most chosen, mean ± sd | better pipeline − best peer | vs peer | best deep candidate ± sd | peer MLP(100) ± sd (s) | Δ best deep − MLP(100) | Verdict Σ fit + selection s (deep part) | peers Σ s (all 6) | ratio Σ | Verdict run s (elapsed − engine start) | ratio run | Verdict process wall s | JVM start s | engine start s | saved model (refit s) | peers process wall s | other load Verdict / peers |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in vrows:
        reg, d = r["reg"], (3 if r["reg"] else 4)
        ci = "–"
        if r.get("diff") is not None:
            ci = "%+.*f [%+.*f, %+.*f]" % (d, r["diff"], d, r["lo"], d, r["hi"])
        pv = "–" if r.get("p") is None else ("%.3f" % r["p"] if r["p"] >= 0.001 else "%.1e" % r["p"])

        def fam(k):
            x = r.get(k)
            if not x:
                return "–"
            s = "%s, %s ± %s" % (x[0], f(x[1], d), f(x[2], d))
            if x[4] > 1:
                s += " (%d ids)" % x[4]
            if reg and x[3] is not None and x[3] != x[1]:
                s += "; pooled %s" % f(x[3], d)
            return s
        bd = r.get("deep_best")
        bds = "–" if not bd else "%s %s ± %s%s" % (bd[0], f(bd[1], d), f(bd[2], d),
                                                   "" if (bd[3] or "").lower() == "complete" else " (%s)" % (bd[3] or "?").lower())
        ml = r.get("mlp")
        mls = "–" if not ml else "%s%s (%s)" % (f(ml[0], d), "" if ml[1] is None else " ± %s" % f(ml[1], d), secs(ml[2]))
        outcome = r.get("outcome") or "–"
        if r.get("rec"):
            outcome += " (use %s)" % r["rec"]
        tot = (r.get("v_fit") or 0) + (r.get("v_sel") or 0)
        saved = "–" if not r.get("saved") else "%s (%s)" % (r["saved"], secs(r.get("v_refit")))
        run_s = None if r.get("v_elapsed") is None else r["v_elapsed"] - (r.get("v_engine") or 0)
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["ds"], r["rows"], r["metric"], outcome, ci, pv, fam("classical"), fam("deep"),
            ("%s: %s" % (r["best_sel"][0], r["sel_gap"])) if r.get("sel_gap") else "–", r.get("sel_vs", "–"),
            bds, mls, r.get("deep_gap", "–"), secs(tot), secs(r.get("deep_s")), secs(r.get("peer_s")),
            ratio(tot, r.get("peer_s")), secs(run_s), ratio(run_s, r.get("peer_s")),
            secs(r.get("wall")), secs(r.get("v_jvm")), secs(r.get("v_engine")), saved,
            secs(r.get("p_wall")), r["load"]))
    print()
    print("Outcome: result.json verdict (corrected resampled t-test over the paired folds, 5 %); 'use' = its "
          "recommended family. deep − classical: mean over folds in the higher-is-better direction (−RMSE for "
          "regression), 95 % CI. A family's pipeline picks one candidate per outer fold on inner splits of "
          "that fold's training rows (3-fold inner CV up to 2,500 training rows, else one 80/20 split); most chosen = its most frequent pick ('n ids' = how many different "
          "candidates were picked), mean ± sd (ddof 1) = the picked candidates' outer-fold scores (regression: "
          "mean of fold RMSEs; 'pooled' = RMSE pooled over the out-of-fold rows, used against the peers). "
          "better pipeline − best peer: the better selected pipeline vs the best of the six peers on the same metric; 'within' = inside 0.5 points, or one fold sd of the best peer for tables under SMALL_ROWS rows; regression: within 2 % relative RMSE (pooled). Best deep candidate: the better of "
          "mlp-small / mlp-resnet by plain cross-validation (chosen after the fact, so slightly optimistic), vs "
          "sklearn's MLPClassifier / MLPRegressor (100 hidden units, defaults). Verdict Σ fit + selection = "
          "models[].folds[].fitSeconds + selectionSeconds over every candidate (the selection fits are the second "
          "fits of every candidate on the inner splits); ratio Σ = that / the six peers' fit+predict seconds. "
          "Verdict run = result.json elapsedSeconds (reading, profiling, every fit with the families side by "
          "side on their share of the cores, the saved model's refit, writing) minus the engine start; ratio run = "
          "that / the peers' seconds (the peers run one model at a time, each on the threads its library uses). "
          "Process wall = the whole `./verdict run` / `peers.py` process; JVM start = JVM start to the run's start; "
          "engine start = loading PyTorch's native library and first tensor (result.json `startup`, in no model's "
          "time); saved model = the model refitted on all rows for `predict` (result.json `saved`), with its fit seconds.".replace("SMALL_ROWS", "{:,}".format(SMALL_ROWS)))


if __name__ == "__main__":
    main()
