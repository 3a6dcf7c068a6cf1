"""Signing in through a real OpenID Connect provider: the provider's process (one per test run,
tests/security/oidc_provider.py) and the whole flow over HTTP with Django's test client.

The test client follows the flow as a browser would: our sign-in page sends it to the provider's
authorization endpoint; the provider's form is posted for real (``requests``) and answers with a
redirect to our callback, which the test client then opens; the callback asks the provider's token,
keys and user info endpoints, over the loopback, for real.
"""

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from django.core.management import call_command

from chancellery.security.roles import ROLES

CLIENT_ID = "chancellery-annual-report"
# The provider's role claim values, as a directory would name its groups.
ROLE_VALUES = {role.name: f"kanselarij-{role.name}" for role in ROLES}


@dataclass
class OidcProvider:
    """The provider of the test run, and the flow against it."""

    url: str

    def user(self, sub: str, *roles: str, **claims) -> str:
        """Set the provider's claims of ``sub`` (with the role claim of ``roles``); returns sub."""
        body = {"email": f"{sub}@chancellery.test", "roles": [ROLE_VALUES[r] for r in roles]}
        body.update(claims)
        response = requests.put(f"{self.url}/users/{sub}", json=body, timeout=5)
        response.raise_for_status()
        return sub

    def forge_signature(self, sub: str) -> None:
        """From now on, ``sub``'s ID tokens are signed with a key the provider does not publish."""
        requests.put(f"{self.url}/forge/{sub}", timeout=5).raise_for_status()

    def start(self, client, next_url: str = "/admin/", language: str = "nl") -> str:
        """Our sign-in page: the provider's authorization URL it redirects to."""
        response = client.get(f"/{language}/account/sign-in/?{urlencode({'next': next_url})}")
        assert response.status_code == 302, response
        assert response["Location"].startswith(f"{self.url}/oauth2/authorize?")
        return response["Location"]

    def authorize(self, authorization_url: str, sub: str) -> str:
        """The provider's sign-in form, posted as ``sub``: our callback URL it redirects to."""
        response = requests.post(
            authorization_url, data={"sub": sub}, allow_redirects=False, timeout=5
        )
        assert response.status_code == 302, response.text
        return response.headers["Location"]

    def callback(self, client, callback_url: str):
        """Our callback, opened by the test client (path and query of the provider's redirect)."""
        parts = urlsplit(callback_url)
        assert parts.path == "/oidc/callback/"
        return client.get(f"{parts.path}?{parts.query}")

    def sign_in(self, client, sub: str, next_url: str = "/admin/", language: str = "nl"):
        """The whole flow; the callback's response."""
        callback_url = self.authorize(self.start(client, next_url, language), sub)
        return self.callback(client, callback_url)


@pytest.fixture(scope="session")
def oidc_provider_url(tmp_path_factory):
    """The provider's process, started once for the test run, on a free loopback port."""
    log = Path(tmp_path_factory.mktemp("oidc")) / "provider.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.security.oidc_provider"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
    try:
        port = process.stdout.readline().strip()
        assert port, log.read_text()
        url = f"http://127.0.0.1:{port}"
        for _attempt in range(50):
            try:
                requests.get(f"{url}/.well-known/openid-configuration", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def oidc(oidc_provider_url, settings, db):
    """Sign-in through the test run's provider configured, the roles' groups set up."""
    settings.OIDC_ISSUER = oidc_provider_url
    settings.OIDC_DISCOVERY_URL = f"{oidc_provider_url}/.well-known/openid-configuration"
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = "a-client-secret-of-the-tests"
    settings.OIDC_PROVIDER_NAME = "FAS"
    settings.OIDC_ROLE_MAP = {value: name for name, value in ROLE_VALUES.items()}
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    return OidcProvider(oidc_provider_url)


def claims_of(token: str) -> dict:
    """A JWT's claims, unverified (to look at what the provider sent)."""
    import base64

    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def query_of(url: str) -> dict:
    """A URL's query parameters, one value each."""
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
