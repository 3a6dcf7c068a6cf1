"""A real OpenID Connect provider for the tests, run in its own process on the loopback:
``python -m tests.security.oidc_provider`` prints its port on the first line, then serves.

It is oidc-provider-mock (authlib's provider, with its own signing key and published JWKS). A
user's claims are set with ``PUT /users/<sub>`` (JSON) and go into the ID token as they are, after
the standard ones: that is how the tests get a token with a wrong issuer, audience or nonce, or an
expired one, each validly signed. Two things it lacks are added in front of it, in this process:

- PKCE is required and checked (it ignores ``code_challenge``): an authorization request without
  an S256 challenge is refused, and the token endpoint refuses a code whose ``code_verifier`` does
  not match. This is what Keycloak does with "PKCE required".
- A badly signed ID token: after ``PUT /forge/<sub>``, the token endpoint's ID tokens for that
  subject are signed with a second key the provider never published (the claims untouched).
"""

import base64
import hashlib
import io
import json
import os
from urllib.parse import parse_qs, urlsplit

os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # plain HTTP on the loopback

import jwt  # noqa: E402
import werkzeug.serving  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from oidc_provider_mock import app as provider_app  # noqa: E402


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


class Provider:
    """WSGI: PKCE and forged signatures in front of oidc-provider-mock's app."""

    def __init__(self, app):
        self.app = app
        self.challenges: dict[str, str] = {}  # authorization code -> S256 challenge
        self.forged: set[str] = set()
        self.other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def __call__(self, environ, start_response):
        path = environ["PATH_INFO"]
        if path.startswith("/forge/") and environ["REQUEST_METHOD"] == "PUT":
            self.forged.add(path.removeprefix("/forge/"))
            return self._answer(start_response, "204 No Content", b"")
        if path == "/oauth2/authorize":
            return self._authorize(environ, start_response)
        if path == "/oauth2/token":
            return self._token(environ, start_response)
        return self.app(environ, start_response)

    def _answer(self, start_response, status, body, content_type="application/json"):
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]

    def _call(self, environ):
        captured = {}

        def start_response(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)

        body = b"".join(self.app(environ, start_response))
        return captured["status"], captured["headers"], body

    def _authorize(self, environ, start_response):
        query = parse_qs(environ.get("QUERY_STRING", ""))
        challenge = query.get("code_challenge", [""])[0]
        if not challenge or query.get("code_challenge_method", [""])[0] != "S256":
            error = b'{"error": "invalid_request", "error_description": "PKCE (S256) required"}'
            return self._answer(start_response, "400 Bad Request", error)
        status, headers, body = self._call(environ)
        location = dict(headers).get("Location", "")
        code = parse_qs(urlsplit(location).query).get("code", [None])[0]
        if code:
            self.challenges[code] = challenge
        start_response(status, headers)
        return [body]

    def _token(self, environ, start_response):
        raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        form = parse_qs(raw.decode())
        code = form.get("code", [""])[0]
        verifier = form.get("code_verifier", [""])[0]
        if form.get("grant_type") == ["authorization_code"] and (
            code not in self.challenges or _s256(verifier) != self.challenges.pop(code)
        ):
            error = b'{"error": "invalid_grant", "error_description": "PKCE verification failed"}'
            return self._answer(start_response, "400 Bad Request", error)
        environ["wsgi.input"] = io.BytesIO(raw)
        status, headers, body = self._call(environ)
        if status.startswith("200"):
            token = json.loads(body)
            claims = jwt.decode(token["id_token"], options={"verify_signature": False})
            if claims["sub"] in self.forged:
                token["id_token"] = jwt.encode(claims, self.other_key, algorithm="RS256")
                body = json.dumps(token).encode()
                headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
                headers.append(("Content-Length", str(len(body))))
        start_response(status, headers)
        return [body]


def main():
    server = werkzeug.serving.make_server(
        "127.0.0.1", 0, Provider(provider_app(require_nonce=True)), threaded=True
    )
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
