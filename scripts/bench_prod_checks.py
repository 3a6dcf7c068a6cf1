"""make bench-prod's checks: several instances behind nginx behave as one.

    bench_prod_checks.py unpublish --a 8001 --b 8002 --nginx 8080 --year 2016 --session S
    bench_prod_checks.py publish --a 8001 --b 8002 --nginx 8080 --year 2016 --session S

unpublish: withdraws the year through instance A's dashboard; the report must then be a 404 on
both instances at once and through nginx within one second (its micro-cache).
publish: publishes the year again through instance B's dashboard (the worker renders it); once
public, instance A must serve it, the same bytes as B. Prints one line per check; exits 1 if one
fails.
"""

from __future__ import annotations

import argparse
import http.client
import re
import sys
import time


def request(port: int, method: str, path: str, *, cookies: dict | None = None, body: str = ""):
    """(status, headers, body) of one request to 127.0.0.1:port, on a fresh connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "127.0.0.1"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        headers = dict(response.getheaders())
        # Every Set-Cookie header (the session's and the CSRF token's), not the last one only.
        headers["Set-Cookie"] = "; ".join(response.headers.get_all("Set-Cookie") or [])
        return response.status, headers, response.read()
    finally:
        connection.close()


def dashboard_post(port: int, year: int, action: str, session: str, fields: str = "") -> int:
    """POST a dashboard form (with its CSRF token) through one instance; its status."""
    status, headers, body = request(
        port, "GET", f"/nl/dashboard/?year={year}", cookies={"sessionid": session}
    )
    assert status == 200, f"dashboard answered {status}"
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    status, _headers, _body = request(
        port,
        "POST",
        f"/nl/dashboard/{year}/{action}",
        cookies={"sessionid": session, "csrftoken": csrf_cookie},
        body=f"csrfmiddlewaretoken={token}{fields}",
    )
    return status


def check(name: str, ok: bool, detail: str) -> bool:
    print(f"check {name:<42} {'ok' if ok else 'FAILED'}   {detail}")
    return ok


def unpublish(args) -> bool:
    report = f"/nl/reports/{args.year}/"
    assert request(args.nginx, "GET", report)[0] == 200, "the report is not public to start with"
    status = dashboard_post(args.a, args.year, "unpublish", args.session)
    withdrawn = time.monotonic()
    a, b = request(args.a, "GET", report)[0], request(args.b, "GET", report)[0]
    gone = None
    while time.monotonic() - withdrawn < 5:
        if request(args.nginx, "GET", report)[0] == 404:
            gone = time.monotonic() - withdrawn
            break
        time.sleep(0.02)
    results = [
        check("unpublish through A", status == 302, f"POST answered {status}"),
        check("unpublished: 404 on A and B at once", (a, b) == (404, 404), f"A {a}, B {b}"),
        check(
            "unpublished: 404 through nginx within 1 s",
            gone is not None and gone <= 1.0,
            f"after {gone:.2f} s" if gone is not None else "still 200 after 5 s",
        ),
    ]
    return all(results)


def publish(args) -> bool:
    report = f"/nl/reports/{args.year}/"
    note = "&correction_note_nl=Benchmark.&correction_note_fr=Benchmark.&licence=cc0-1.0"
    status = dashboard_post(args.b, args.year, "publish", args.session, note)
    started = time.monotonic()
    served = None
    while time.monotonic() - started < args.timeout:
        if request(args.a, "GET", report)[0] == 200:
            served = time.monotonic() - started
            break
        time.sleep(0.5)
    a = request(args.a, "GET", report)
    b = request(args.b, "GET", report)
    results = [
        check("publish through B", status == 302, f"POST answered {status}"),
        check(
            "published through B: served by A",
            served is not None,
            f"after {served:.1f} s (the worker rendered it)"
            if served
            else "not within the timeout",
        ),
        check(
            "A and B serve the same bytes",
            a[0] == b[0] == 200 and a[1].get("ETag") == b[1].get("ETag"),
            f"ETag {a[1].get('ETag', '-')[:20]}...",
        ),
    ]
    return all(results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["unpublish", "publish"])
    for name in ("--a", "--b", "--nginx", "--year"):
        parser.add_argument(name, type=int, required=True)
    parser.add_argument("--session", required=True)
    parser.add_argument("--timeout", type=float, default=600)
    arguments = parser.parse_args()
    sys.exit(0 if {"unpublish": unpublish, "publish": publish}[arguments.what](arguments) else 1)
