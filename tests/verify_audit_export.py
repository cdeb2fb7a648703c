#!/usr/bin/env python3
"""Checks a renshi audit export (or backup) without renshi: python3 verify_audit_export.py FILE

Every hash, every link to the event before, sequence numbers from 1, the
header's head, times that never step back more than 5 minutes, and that the
names beside each event are those its hashed content holds. README.md
("Audit export and backup") says how each hash is computed. Exit 0 with a
one-line summary, or 1 naming the first bad line.
"""
import datetime, hashlib, json, sys

TOLERANCE = datetime.timedelta(minutes=5)
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


class Bad(Exception):
    pass


def micros(at):
    t = datetime.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
    return (t - EPOCH) // datetime.timedelta(microseconds=1)


def varint(b, i):  # bincode's unsigned integer: one byte, or a marker and 2/4/8 bytes
    size = {251: 2, 252: 4, 253: 8}.get(b[i], 0)
    return (b[i], i + 1) if size == 0 else (int.from_bytes(b[i + 1:i + 1 + size], "little"), i + 1 + size)


def event_body(e, prev):
    """The exact bytes the event's hash covers, and the times it states."""
    if e["codec"] == 3:
        at = micros(e["at"])
        head = bytes([3]) + e["seq"].to_bytes(8, "big") + at.to_bytes(8, "big", signed=True) + prev
        return head + e["content"].encode("utf-8"), at, False
    body = bytes.fromhex(e["body"])
    if e["codec"] == 2:  # codec, seq, time, previous hash, then bincode
        seq, at, link = int.from_bytes(body[1:9], "big"), int.from_bytes(body[9:17], "big", signed=True), body[17:49]
    elif e["codec"] == 1:  # bincode: seq first, the previous hash last
        seq, at, link = varint(body, 1)[0], micros(e["at"]), body[-32:]
    else:
        raise Bad("unknown codec %r" % e["codec"])
    if body[0] != e["codec"] or seq != e["seq"] or link != prev or at != micros(e["at"]):
        raise Bad("its body does not say the sequence, time or previous hash the line says")
    return body, at, True


def plain(why):
    """An exception as words for whoever reads the verdict."""
    if isinstance(why, KeyError):
        return "the field %s is missing" % why
    if isinstance(why, json.JSONDecodeError):
        return "not a JSON line (%s)" % why.msg
    if isinstance(why, (TypeError, IndexError)):
        return "a field has the wrong kind of value"
    return str(why)


def verify(path):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    header = json.loads(lines[0])
    backup = "renshi_backup" in header
    if header.get("renshi_backup", header.get("renshi_audit_export")) != 1:
        raise Bad("line 1: not a renshi audit export or backup of version 1")
    count = header["events"]
    prev, latest, binary, named = bytes(32), None, 0, None
    for n in range(1, count + 1):
        if n >= len(lines):
            raise Bad("line %d: the file ends after event %d of %d: it was cut short" % (n + 1, n - 1, count))
        try:
            e = json.loads(lines[n])
            if e["seq"] != n:
                raise Bad("it is not event %d, which comes next" % n)
            if bytes.fromhex(e["prev"]) != prev:
                raise Bad("it does not follow the event before it")
            body, at, old = event_body(e, prev)
            if hashlib.sha256(body).hexdigest() != e["hash"]:
                raise Bad("its content does not match its hash")
            if not old:  # what the line says beside the hashed text must be what it says
                rest = json.loads(e["content"])
                for field in ("actor", "via", "comment"):
                    if rest[field] != e[field]:
                        raise Bad("its %s is not what its hashed content says" % field)
                if "company_named" in rest["event"]:
                    named = rest["event"]["company_named"]["name"]
            if latest is not None and at < latest - TOLERANCE // datetime.timedelta(microseconds=1):
                raise Bad("its time %s steps back more than 5 minutes" % e["at"])
        except (Bad, ValueError, KeyError, TypeError, IndexError) as why:
            raise Bad("line %d (event %d): %s" % (n + 1, n, plain(why)))
        latest = at if latest is None else max(latest, at)
        prev, binary = bytes.fromhex(e["hash"]), binary + old
    if prev.hex() != header["head_hash"] or header["head_seq"] != count:
        raise Bad("line 1: the header's head is not the last event")
    if named is not None and named != header["company"]:
        raise Bad("line 1: the header names another company than the log does")
    rest, personal = lines[count + 1:], 0
    if backup:
        if not rest:
            raise Bad("line %d: the backup ends without its last line: it was cut short" % (count + 2))
        personal = len(rest) - 1
        trailer = json.loads(rest[-1])
        before = b"".join(line + b"\n" for line in lines[:-1])
        if (trailer.get("renshi_backup_end"), trailer.get("events"), trailer.get("personal"), trailer.get("head_hash"),
                trailer.get("sha256")) != (1, count, personal, prev.hex(), hashlib.sha256(before).hexdigest()):
            raise Bad("line %d: the backup's last line does not match what it holds" % len(lines))
    elif rest:
        raise Bad("line %d: a line follows the last event" % (count + 2))
    summary = "%s: %d events verified, head %d:%s" % (path, count, count, prev.hex())
    if binary:
        summary += "; %d in renshi's older binary encoding (chain checked, content not read)" % binary
    if backup:
        summary += "; %d personal records (outside the chain, checksummed)" % personal
    return summary


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: verify_audit_export.py FILE")
    try:
        print(verify(sys.argv[1]))
    except (Bad, OSError, ValueError, KeyError, TypeError, IndexError) as why:
        sys.exit("%s: %s" % (sys.argv[1], plain(why)))
