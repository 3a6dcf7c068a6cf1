"""The report's PDF against PDF/UA-1's machine-checkable rules (``pdfua check``, from PyPI).

What remains is a renderer limit, explained in the README: WeasyPrint links each data cell to its
headers with /Headers and /IDs but writes no /Scope on header cells (Kozea/WeasyPrint#2508), and
pdfua looks for the association on the header cells only, so it warns once per table (UA-15-003,
a heuristic "a human should confirm" warning). Nothing else may appear.
"""

import json
import subprocess
import sys

from django.core.management import call_command

# Kozea/WeasyPrint#2508: "PDF/UA: Tags for header cells in tables are missing" (/Scope).
RENDERER_LIMITS = {"UA-15-003"}


def pdfua_findings(path) -> dict:
    """``pdfua check``'s verdict on a PDF file, as its JSON report."""
    result = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(result.stdout)


def test_pdfua_finds_nothing_but_the_renderers_documented_limits(client, db, tmp_path):
    call_command("load_demo_data", verbosity=0)
    unexplained = {}
    for language in ("nl", "fr", "de", "en"):
        response = client.get(f"/{language}/reports/2016/pdf")
        assert response.status_code == 200
        path = tmp_path / f"{language}.pdf"
        body = response.streaming_content if response.streaming else [response.content]
        path.write_bytes(b"".join(body))

        report = pdfua_findings(path)

        assert report["summary"]["errors"] == 0, language
        unexplained[language] = [
            f"{f['rule_id']} {f['location']}: {f['message']}"
            for f in report["findings"]
            if f["rule_id"] not in RENDERER_LIMITS
        ]
    assert unexplained == {"nl": [], "fr": [], "de": [], "en": []}
