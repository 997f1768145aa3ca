"""Writes the seed corpora from a running laporhub (called by make-corpus.sh).

Usage: corpus.py HUB_URL OUT_DIR RESOURCES_DATA_DIR
The route numbers and flag bits of the hubrequest inputs match kRoutes in
fuzz_hubrequest.cpp; the report inputs follow the reader in fuzz_csv.cpp. The photos
for fuzz_photometa need no hub: photoseeds.py builds them.
"""
import json
import os
import struct
import sys
import urllib.error
import urllib.request

import photoseeds
import uuid

base, out, data_dir = sys.argv[1:4]
PAGE_LIMIT = 6
MAX_FILE = 60 * 1024


def call(method, path, body=None, token=None, raw=None, ctype="application/json", headers=None):
    payload = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=payload, method=method)
    if payload is not None:
        req.add_header("Content-Type", ctype)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def save(target, name, content):
    if isinstance(content, str):
        content = content.encode()
    if len(content) > MAX_FILE:
        return
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(content)


def login(username):
    status, body = call("POST", "/v1/auth/token", {"username": username, "password": "latihan"})
    assert status == 200, (username, status, body)
    return json.loads(body)


def records(token, after=""):
    """Every feed record after `after`, and the pages they came in."""
    pages, recs = [], []
    while True:
        query = f"/v1/changes?limit={PAGE_LIMIT}" + (f"&after={after}" if after else "")
        status, body = call("GET", query, token=token)
        assert status == 200, (status, body)
        page = json.loads(body)
        pages.append(body)
        recs.extend(page["records"])
        after = page["next_cursor"]
        if not page["more"] or not page["records"]:
            return pages, recs, after


officer = login("petugas1")
approver = login("kepala1")
coordinator = login("koordinator")
_, seen, cursor = records(approver["access_token"])
cases = [r["data"] for r in seen if r["kind"] == "case"]
drafts = [r["data"] for r in seen if r["kind"] == "draft"]
texts = [r["data"]["text"] for r in seen if r["kind"] in ("followup", "note") and r["data"]["text"]]
generator = json.load(open(os.path.join(data_dir, "hub-generator.json"), encoding="utf-8"))
units = [u["id"] for u in generator["units"]]

# --- hubrequest: the client's writes, sent for real so that they are known to be valid ---
requests = []


def write(route, flags, body, token, path, name, raw=None, ctype="application/json", query=""):
    content = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    if not flags & 0x08:
        headers["If-Match"] = "*"
    status, _ = call("POST", path + query, token=token, raw=content, ctype=ctype, headers=headers)
    print(f"  {status} {path}")
    prefix = bytes([route, flags])
    if route == 5:  # attachments: the file name is the body's first line
        prefix += query.split("file_name=", 1)[1].encode() + b"\n"
    save("hubrequest", name, prefix + content)


officer_token = officer["access_token"]
approver_token = approver["access_token"]
open_cases = [c for c in cases if c["status"] in ("disposed", "in_progress")]
print("writes:")
write(0, 0, {"username": "petugas1", "password": "latihan"}, None, "/v1/auth/token", "token")
write(0, 0, {"username": "kepala2", "password": "salah"}, None, "/v1/auth/token", "token-wrong")
write(1, 0, {"refresh_token": login("petugas3")["refresh_token"]}, None, "/v1/auth/refresh", "refresh")
for i, c in enumerate(open_cases[:3]):
    path = f"/v1/cases/{c['tracking_id']}"
    write(4, i, {"text": texts[i % len(texts)], "id": str(uuid.uuid4())}, officer_token,
          path + "/notes", f"notes-{i}")
    write(5, 0x30, None, officer_token, path + "/attachments", f"upload-png-{i}",
          raw=b"\x89PNG\r\n\x1a\n" + bytes(range(40)), ctype="image/png",
          query=f"?file_name=foto_{c['tracking_id']}_{i}.png")
    write(5, 0x20, None, officer_token, path + "/attachments", f"upload-text-{i}",
          raw=texts[i].encode(), ctype="text/plain", query=f"?file_name=catatan%20{i}.txt")
own = [d for d in drafts if d["author_id"] == officer["user"]["id"]]
for i, d in enumerate([d for d in own if d["state"] != "published"][:3]):
    body = {"case_id": d["case_id"], "revision": d["revision"] + 1,
            "text": d["text"] + "\nDemikian kami sampaikan.", "base_case_version": 1}
    write(6, drafts.index(d) & 7, body, officer_token, f"/v1/drafts/{d['id']}/revisions",
          f"submit-{i}")
for i, d in enumerate([d for d in drafts if d["state"] == "submitted"][:4]):
    body = {"decision": "approve", "revision": d["revision"], "id": str(uuid.uuid4())}
    if i % 2:
        body = {"decision": "return", "revision": d["revision"], "id": str(uuid.uuid4()),
                "comment": generator["return_comments"][i % 4]}
    write(7, drafts.index(d) & 7, body, approver_token, f"/v1/drafts/{d['id']}/decision",
          f"decide-{i}")
new_draft = str(uuid.uuid4())
write(6, 0x88, {"case_id": open_cases[0]["tracking_id"], "revision": 1, "text": texts[0],
                "base_case_version": open_cases[0]["version"]},
      officer_token, f"/v1/drafts/{new_draft}/revisions", "submit-new")
for i, c in enumerate(open_cases[3:5]):
    path = f"/v1/cases/{c['tracking_id']}"
    write(2, i + 3, {"to_unit_id": units[2 + i], "id": str(uuid.uuid4()),
                     "note": generator["forward_notes"][i]}, officer_token, path + "/forward",
          f"forward-{i}")
c = open_cases[5]
write(3, 5, {"reason": generator["not_authority_reasons"][0]}, approver_token,
      f"/v1/cases/{c['tracking_id']}/not-authority", "not-authority")
write(8, 0, {"unit_id": "dpupr", "title": cases[0]["title"], "content": cases[0]["content"],
             "reporter_name": "Warga", "anonymous": False, "confidential": False,
             "channel": "web"}, None, "/v1/sim/complaints", "sim-complaint")
write(8, 0, {}, None, "/v1/sim/complaints", "sim-complaint-empty")
c = open_cases[6]
write(9, 6, {"text": generator["replies"]["positive"][0], "rating": 4}, None,
      f"/v1/sim/cases/{c['tracking_id']}/replies", "sim-reply")
write(10, 6, {"to_unit_id": "dinkes", "note": "Salah disposisi."}, None,
      f"/v1/sim/cases/{c['tracking_id']}/move", "sim-move")
write(11, 7, {"status": "done"}, None, f"/v1/sim/cases/{open_cases[7]['tracking_id']}/close",
      "sim-close")
write(12, 0, {"route": "changes", "action": "error", "status": 503, "retry_after": 2,
              "count": 3, "skip": 0, "rate": 1.0, "seed": 1, "latency_ms": 0}, None,
      "/v1/sim/faults", "sim-fault")
call("DELETE", "/v1/sim/faults")

# --- feedpage: real pages, first from the start, then after the writes above ---
pages = []
for user in (officer, approver, coordinator):
    got, _, _ = records(user["access_token"])
    pages.extend(got[:3])
    by_kind = {}
    for page in got:
        for kind in {r["kind"] for r in json.loads(page)["records"]}:
            by_kind.setdefault(kind, []).append(page)
    for kind in sorted(by_kind):
        pages.extend(by_kind[kind][:1])
later, _, _ = records(officer_token, cursor)
pages.extend(later[:6])
_, tail_recs, _ = records(approver_token, cursor)
pages.extend([json.dumps({"records": tail_recs[:PAGE_LIMIT], "next_cursor": cursor,
                          "more": False}).encode()])
unique = list(dict.fromkeys(pages))
for i, page in enumerate(unique[:40]):
    save("feedpage", f"page-{i:02}.json", page)
_, everything, _ = records(approver_token)
kinds = sorted({r["kind"] for r in everything + tail_recs})
print("feed kinds:", ", ".join(kinds))

# --- holidays: the shipped file, slices of it, and the hub's holiday records ---
shipped = open(os.path.join(data_dir, "holidays.json"), "rb").read()
save("holidays", "shipped.json", shipped)
listed = json.loads(shipped)["holidays"]
for year in sorted({h["date"][:4] for h in listed}):
    save("holidays", f"year-{year}.json",
         json.dumps({"holidays": [h for h in listed if h["date"].startswith(year)]}, indent=1))
hub_holidays = [r["data"] for r in everything if r["kind"] == "holiday"]
save("holidays", "from-hub.json", json.dumps({"holidays": hub_holidays}))
save("holidays", "empty.json", '{"holidays": []}')

# --- filename: attachment names from the feed ---
names = sorted({r["data"]["file_name"] for r in everything if r["kind"] == "attachment"})
for i, name in enumerate(names[:24]):
    save("filename", f"name-{i:02}", name)
for i, name in enumerate(["Surat Pengaduan (final).pdf", "../rahasia.txt", "C:\\foto\\jalan.jpg",
                          ".foto.png", "laporan:1?.txt"]):
    save("filename", f"hostile-{i}", name)

# --- textdiff: draft revisions and the texts they were edited from ---
_, after_writes, _ = records(approver_token)
final_drafts = {r["data"]["id"]: r["data"]["text"] for r in after_writes if r["kind"] == "draft"}
for i, d in enumerate(drafts[:8]):
    after = final_drafts.get(d["id"], d["text"])
    if after == d["text"]:
        after = d["text"].replace(" ", "  ", 1) + "\nTerima kasih."
    save("textdiff", f"draft-{i}", d["text"].encode() + b"\0" + after.encode())
for i in range(8):
    save("textdiff", f"texts-{i}", texts[i].encode() + b"\0" + texts[i + 8].encode())

# --- csv: report documents in the byte layout of fuzz_csv.cpp ---


def text(value):
    raw = value.encode()[:255]
    return bytes([len(raw)]) + raw


def cell(value):
    if value is None:
        return b"\0"
    if isinstance(value, bool):
        return b"\5" + bytes([int(not value)])
    if isinstance(value, int):
        return b"\2" + struct.pack("<q", value)
    if isinstance(value, float):
        return b"\3" + struct.pack("<d", value)
    if isinstance(value, tuple):  # a date as a Julian day
        return b"\4" + struct.pack("<i", value[0])
    return b"\7" + text(value)


def report(title, tables):
    body = text(title) + text(generator["agency"]["name"]) + text("DPUPR") + b"\x10\x1e"
    body += struct.pack("<I", 1793000000)
    for heading, columns, rows in tables:
        body += text(heading) + bytes([len(columns)]) + b"".join(text(c) for c in columns)
        body += bytes([len(rows)])
        for row in rows:
            body += bytes([len(row)]) + b"".join(cell(v) for v in row)
    return body


overdue_rows = [[c["tracking_id"], c["title"], (2461000 + i,), c["reporter_name"] or None,
                 c["status"]] for i, c in enumerate(cases)]
for i in range(6):
    rows = overdue_rows[i * 7:(i * 7) + 7]
    save("csv", f"overdue-{i}", report("Laporan terlambat", [
        ("Terlambat", ["Nomor", "Judul", "Jatuh tempo", "Pelapor", "Status"], rows)]))
for i, unit in enumerate(generator["units"][:6]):
    counts = [[u["name"], 10 + j, 2.5 * j, j] for j, u in enumerate(generator["units"][:5])]
    save("csv", f"rekap-{i}", report(f"Rekap {unit['short_name']}", [
        ("Per unit", ["Unit", "Masuk", "Rata-rata hari", "Terlambat"], counts),
        ("Kategori", ["Kategori"], [[t["category"]] for t in unit["topics"]])]))
save("csv", "formula", report("=HYPERLINK(\"x\")", [
    ("Aduan", ["Judul"], [["=1+1"], ["+62 812"], ["-"], ["@SUM(A1)"], ["\tTab"]])]))

# --- photometa: photos with camera metadata, built byte by byte ---
photoseeds.write(out)

for target in sorted(os.listdir(out)):
    print(f"{target}: {len(os.listdir(os.path.join(out, target)))} files")
