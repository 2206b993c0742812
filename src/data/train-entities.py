#!/usr/bin/env python3
"""Train the entity typer of tag-entities: src/data/entity-model.txt.

usage: train-entities.py [--hold K] [--epochs N] [--drop PREFIX,...] FEATDUMP GOLDDIR > entity-model.txt

FEATDUMP is what tests/entfeat (make bin/obj/entfeat) writes to standard
error for the documents of GOLDDIR: "DOC<TAB>START<TAB>END<TAB> feature ...",
one line per candidate mention.  A candidate's class is the TYPE of the
gold entity record (PERSON ORG PLACE) with the same DOC (compared by its
last path component, so a dump made with paths matches), START and END,
or NONE.  An averaged multiclass perceptron (fixed seed), weights scaled by
100 and rounded; features whose weights all round to 0 are left out.
--drop leaves out the features starting with those prefixes.
--hold K leaves out every K-th document (in sorted order) and reports the
accuracy on them to standard error.  Python 3 standard library only.
"""
import os
import random
import sys

CLASSES = ("PERSON", "ORG", "PLACE", "NONE")


def gold_types(golddir):
    gold = {}
    for name in sorted(os.listdir(golddir)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(golddir, name), encoding="utf-8", errors="surrogateescape") as fh:
            for line in fh:
                p = line.rstrip("\n").split("\t")
                if len(p) > 6 and p[4] == "entity" and p[6] in CLASSES:
                    gold[(os.path.basename(p[0]), int(p[2]), int(p[3]))] = p[6]
    return gold


def read_dump(path, gold):
    data = []
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) < 4:
                continue
            key = (os.path.basename(p[0]), int(p[1]), int(p[2]))
            y = CLASSES.index(gold.get(key, "NONE"))
            data.append((p[0], y, p[3].split()))
    return data


def train(data, epochs):
    w = [dict() for _ in CLASSES]
    tot = [dict() for _ in CLASSES]
    stamp = [dict() for _ in CLASSES]
    t = 0
    rng = random.Random(4)
    order = list(range(len(data)))

    def upd(c, f, v):
        tot[c][f] = tot[c].get(f, 0.0) + (t - stamp[c].get(f, 0)) * w[c].get(f, 0.0)
        stamp[c][f] = t
        w[c][f] = w[c].get(f, 0.0) + v

    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            _, y, fs = data[i]
            t += 1
            sc = [sum(w[c].get(f, 0.0) for f in fs) for c in range(len(CLASSES))]
            g = max(range(len(CLASSES)), key=lambda c: sc[c])
            if g != y:
                for f in fs:
                    upd(y, f, 1.0)
                    upd(g, f, -1.0)
    avg = [dict() for _ in CLASSES]
    for c in range(len(CLASSES)):
        for f in w[c]:
            total = tot[c].get(f, 0.0) + (t - stamp[c].get(f, 0)) * w[c][f]
            avg[c][f] = total / t
    return avg


def predict(avg, fs):
    sc = [sum(round(100 * avg[c].get(f, 0.0)) for f in fs) for c in range(len(CLASSES))]
    best = 0
    for c in range(1, len(CLASSES)):
        if sc[c] > sc[best]:
            best = c
    return best


def main(argv):
    hold, epochs, args, drop = 0, 10, [], ()
    it = iter(argv)
    for a in it:
        if a == "--hold":
            hold = int(next(it))
        elif a == "--epochs":
            epochs = int(next(it))
        elif a == "--drop":
            drop = tuple(next(it).split(","))
        else:
            args.append(a)
    dump, golddir = args
    gold = gold_types(golddir)
    data = read_dump(dump, gold)
    if drop:
        data = [(d, y, [f for f in fs if not f.startswith(drop)]) for d, y, fs in data]
    docs = sorted({d for d, _, _ in data})
    held = {d for i, d in enumerate(docs) if hold and i % hold == hold - 1}
    avg = train([x for x in data if x[0] not in held], epochs)
    if held:
        test = [x for x in data if x[0] in held]
        ok = sum(predict(avg, fs) == y for _, y, fs in test)
        print(f"held out {len(held)} documents: {', '.join(sorted(held))}", file=sys.stderr)
        print(f"candidate accuracy {ok / len(test):.3f} ({len(test)})", file=sys.stderr)
    feats = sorted({f for c in range(len(CLASSES)) for f in avg[c]})
    out = sys.stdout
    out.write("# entity-model.txt: the entity typer of tag-entities, made by\n")
    out.write("# src/data/train-entities.py from GUM (gum-train; annotations\n")
    out.write("# CC BY 4.0, texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0).\n")
    out.write("# feature<TAB>weights of " + " ".join(CLASSES) + " (x100)\n")
    for f in feats:
        ws = [round(100 * avg[c].get(f, 0.0)) for c in range(len(CLASSES))]
        if any(ws) and "\t" not in f:
            out.write(f + "\t" + " ".join(str(x) for x in ws) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
