"""Settings of the Chancellery's annual-report application.

One module, read from the environment (see CONTRACTS.md): DJANGO_SECRET_KEY (required when debug is
off), DJANGO_DEBUG, DJANGO_ALLOWED_HOSTS, DATABASE_URL (default: SQLite under var/).
"""

import datetime
import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean from the environment ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# The test suite runs with debug off, as production does; it signs nothing that outlives it.
if not SECRET_KEY and "pytest" in sys.modules:
    SECRET_KEY = "throwaway-key-of-the-test-run-" + str(os.getpid())
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(for local use: DJANGO_DEBUG=1, which `make run` sets)."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else ""
    ).split(",")
    if host.strip()
]

INSTALLED_APPS = [
    # modeltranslation must come before admin to patch its forms.
    "modeltranslation",
    # Django's admin with the project's site (bad list filters answer 400: admin_site.py).
    "chancellery.admin_apps.ChancelleryAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "import_export",
    "csp",
    # Background tasks (rendering an edition's files): Django's tasks framework through the
    # django-tasks backport and its database backend; `manage.py db_worker` runs them.
    "django_tasks",
    "django_tasks_db",
    # The audit trail (django-simple-history): the apps register their models in translation.py,
    # after modeltranslation added the language columns, so that those are historised too.
    "simple_history",
    "chancellery",
    "meetings",
    "ceremonies",
    "hr",
    "procurement",
    "communication",
    # Second factor (TOTP and recovery codes) and login throttling: see chancellery/security/.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]
# The developer and benchmark commands (devtools/: bench_session creates a superuser marked as past
# the second factor): with debug, in the tests, or when DJANGO_DEVTOOLS=1 (make bench); never in
# production.
DEVTOOLS = env_bool("DJANGO_DEVTOOLS", DEBUG or "pytest" in sys.modules)
if DEVTOOLS:
    INSTALLED_APPS.append("devtools")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a request's body: an anonymous one above the limit is a 413.
    "chancellery.security.middleware.AnonymousBodyLimitMiddleware",
    "chancellery.middleware.SecurityHeadersMiddleware",
    "chancellery.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Reads of a published edition's files stop here, for everyone (see chancellery/serving.py).
    "chancellery.serving.EditionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "chancellery.security.middleware.RefusedAccessLogMiddleware",
    "chancellery.security.middleware.SessionLifetimeMiddleware",
    # django-otp's, which also counts a second factor the identity provider vouched for.
    "chancellery.security.oidc.OTPMiddleware",
    "chancellery.security.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records who made each change in the audit trail.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "chancellery.urls"
WSGI_APPLICATION = "chancellery.wsgi.application"
ASGI_APPLICATION = "chancellery.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
# Every field has an accessible name, also in the admin's tabular inlines (form_rendering.py).
FORM_RENDERER = "chancellery.form_rendering.FormRenderer"

VAR_DIR = BASE_DIR / "var"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'chancellery.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "admin:login"
# Messages ("Guest X marked attended") live in the session, server-side: the default cookie
# storage would carry a guest's name in readable base64.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
# How long an import preview's upload waits in the cache for confirmation (chancellery/imports.py).
IMPORT_PREVIEW_SECONDS = 3600
# A spreadsheet import of more rows than this is checked and written by the task worker, with its
# progress in the admin (chancellery/background_imports.py); smaller ones in the request.
IMPORT_BACKGROUND_ROWS = int(os.environ.get("DJANGO_IMPORT_BACKGROUND_ROWS", "5000"))

# Uploads: a request body or an uploaded file above 5 MB is refused (the importers say so clearly;
# a guest list or a year of web statistics is a few hundred kilobytes).
UPLOAD_MAX_BYTES = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES
# The shape of an imported spreadsheet (guest lists, web statistics), checked before and while it is
# read (chancellery/uploads.py): 5 MB can hold a million columns, or unpack to 144 MB.
# A guest list of 100.000 rows and 11 columns fits; a year of web statistics is a few hundred rows.
IMPORT_MAX_ROWS = int(os.environ.get("DJANGO_IMPORT_MAX_ROWS", "100000"))
IMPORT_MAX_COLUMNS = int(os.environ.get("DJANGO_IMPORT_MAX_COLUMNS", "100"))
IMPORT_MAX_CELLS = int(os.environ.get("DJANGO_IMPORT_MAX_CELLS", "2000000"))
IMPORT_MAX_UNCOMPRESSED_BYTES = int(
    os.environ.get("DJANGO_IMPORT_MAX_UNCOMPRESSED_BYTES", str(64 * 1024 * 1024))
)
# Without a logged-in session, a request body above this is refused before it is read (a login
# form is well below; chancellery.security.middleware.AnonymousBodyLimitMiddleware).
ANONYMOUS_BODY_MAX_BYTES = int(os.environ.get("DJANGO_ANONYMOUS_BODY_MAX_BYTES", str(64 * 1024)))
FILE_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES
# Exports a spreadsheet opens (the guest list) neutralise formulas: chancellery.spreadsheet's
# formats apply OWASP's escaping when this is on.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
# The audit trail is read-only: reverting a record goes through a normal edit.
SIMPLE_HISTORY_REVERT_DISABLED = True

# Authentication (OWASP ASVS level 2; see the README's Security section and chancellery/security/).
# AxesBackend first: it refuses a locked-out login before ModelBackend checks the password. It
# also inherits ModelBackend's get_user, so that the first backend can restore a session.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    # Django's ModelBackend, restricted to superusers with OIDC_LOCAL_LOGIN=break-glass.
    "chancellery.security.oidc.LocalPasswordBackend",
    # Sign-in through the identity provider (answers only its callback; off without OIDC_ISSUER).
    "chancellery.security.oidc.ProviderBackend",
]
# A password is not enough for the admin, the dashboards and the check-in: a TOTP code (or a
# recovery code) too. Tests switch it off except those marked `otp` (tests/conftest.py).
OTP_REQUIRED = True
OTP_TOTP_ISSUER = "FPS Chancellery"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # nobody reads a TOTP secret back in the admin
# Lockout after repeated failures per (user name, address) pair, and after a higher number per
# address (chancellery/security/lockout.py says why): a known user name guessed from elsewhere does
# not lock its owner out, and made-up names do not lock out everyone behind one NAT address. The
# address is the client's, read from the reverse proxy's X-Forwarded-For
# (chancellery.security.network.client_ip), not the proxy's: one lockout never blocks everyone.
AXES_HANDLER = "chancellery.security.lockout.PairAndAddressHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_ADDRESS_FAILURE_LIMIT", "50"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "30"))
)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_CLIENT_IP_CALLABLE = "chancellery.security.network.client_ip"
# How many reverse proxies append to X-Forwarded-For in front of the application (0: none, the
# client connects directly and the header is ignored).
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0" if DEBUG else "1"))
# Sessions end after 30 minutes without a request, and 12 hours after the login whatever happens.
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_IDLE_SECONDS", str(30 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ABSOLUTE_LIFETIME = int(os.environ.get("DJANGO_SESSION_ABSOLUTE_SECONDS", str(12 * 3600)))

# Sign-in through the organisation's OpenID Connect provider (chancellery/security/oidc.py, the
# README's "Sign-in through an identity provider"): off unless OIDC_ISSUER and OIDC_CLIENT_ID are
# set. The endpoints come from the issuer's discovery document, read at the first sign-in.
OIDC_ISSUER = os.environ.get("OIDC_ISSUER", "").rstrip("/")
OIDC_DISCOVERY_URL = os.environ.get("OIDC_DISCOVERY_URL") or (
    f"{OIDC_ISSUER}/.well-known/openid-configuration" if OIDC_ISSUER else ""
)
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_CLIENT_SECRET", "")
OIDC_RP_SCOPES = os.environ.get("OIDC_SCOPES", "openid email profile")
OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_SIGN_ALGORITHM", "RS256")
OIDC_PROVIDER_NAME = os.environ.get("OIDC_PROVIDER_NAME", "") or _("the identity provider")
# The claim that carries the roles (a dotted path: "realm_access.roles" for Keycloak) and what its
# values mean here: "value=role,value=role" (the roles of `manage.py setup_roles`).
OIDC_ROLE_CLAIM = os.environ.get("OIDC_ROLE_CLAIM", "roles")
OIDC_ROLE_MAP = {}
for _pair in filter(None, map(str.strip, os.environ.get("OIDC_ROLE_MAP", "").split(","))):
    _value, _equals, _role = _pair.rpartition("=")
    if not (_value and _equals and _role):
        raise ImproperlyConfigured(f"OIDC_ROLE_MAP: {_pair!r} is not claim-value=role.")
    OIDC_ROLE_MAP[_value.strip()] = _role.strip()
OIDC_LANGUAGE_CLAIM = os.environ.get("OIDC_LANGUAGE_CLAIM", "locale")
# ID token amr values (RFC 8176) or acr values that mean a second factor was checked: then the
# local TOTP code is not asked.
OIDC_SECOND_FACTOR_AMR = os.environ.get("OIDC_SECOND_FACTOR_AMR", "mfa,otp,hwk,sc").split(",")
OIDC_SECOND_FACTOR_ACR = [
    value for value in os.environ.get("OIDC_SECOND_FACTOR_ACR", "").split(",") if value
]
# "everyone" signs in with a local password too; "break-glass": only superusers do.
OIDC_LOCAL_LOGIN = os.environ.get("OIDC_LOCAL_LOGIN", "everyone")
if OIDC_LOCAL_LOGIN not in ("everyone", "break-glass"):
    raise ImproperlyConfigured("OIDC_LOCAL_LOGIN is 'everyone' or 'break-glass'.")
if OIDC_LOCAL_LOGIN == "break-glass" and not OIDC_ISSUER:
    raise ImproperlyConfigured("OIDC_LOCAL_LOGIN=break-glass needs OIDC_ISSUER: who else signs in?")
OIDC_CLOCK_SKEW_SECONDS = 60
OIDC_TIMEOUT = 10
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_STORE_ID_TOKEN = True  # the id_token_hint of the logout at the provider
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc-callback"
OIDC_CALLBACK_CLASS = "chancellery.security.oidc.CallbackView"
OIDC_AUTHENTICATE_CLASS = "chancellery.security.oidc.SignInView"
TEMPLATES[0]["OPTIONS"]["context_processors"].append("chancellery.security.oidc.sign_in_context")

# HTTPS behind a reverse proxy that sets X-Forwarded-Proto (see the README's production recipe).
# On by default whenever debug is off; DJANGO_HTTPS=0 only for a plain-HTTP test set-up.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer's probe speaks plain HTTP
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# A strict policy: our own files only, no inline script or style on public pages.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Languages: Dutch first (the report's original language), then the other official languages
# and English. Public URLs carry the language prefix.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("fr", _("French")),
    ("de", _("German")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "chancellery" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
# Figures are grouped per locale: 9.414.129 (nl), 9 414 129 (fr), 9,414,129 (en).
USE_THOUSAND_SEPARATOR = True

# Staff write free text in Dutch and French at least; German falls back to Dutch then French,
# English and French to Dutch, so that a reader never sees an empty page.
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_LANGUAGES = ("nl", "fr", "de", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("nl",),
    "de": ("nl", "fr"),
    "fr": ("nl",),
    "en": ("nl",),
}


def cache_from_url(url: str) -> dict:
    """CACHES["default"] from DJANGO_CACHE_URL: locmem:// (default, one process), db:// (the
    database table, shared by every instance; `manage.py createcachetable`), redis://host:port/n,
    or file:///path (shared by the instances of one machine)."""
    if url.startswith("db://"):
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        }
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("file://"):
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": url[7:],
        }
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "chancellery"}


CACHES = {"default": cache_from_url(os.environ.get("DJANGO_CACHE_URL", "locmem://"))}

# Background tasks: the database backend (django-tasks-db), run by `manage.py db_worker` (make
# run starts it beside the server). The tests run each task at once (ImmediateBackend).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("DJANGO_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}


def email_from_url(url: str) -> dict:
    """Django's e-mail settings from DJANGO_EMAIL_URL: smtp://user:password@host:port (STARTTLS
    with smtp+tls://, TLS from the start with smtps://), console:// (printed), locmem:// (kept in
    memory) or dummy:// (dropped). User and password are percent-encoded in the URL."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    simple = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    if scheme in simple:
        return {"EMAIL_BACKEND": simple[scheme]}
    if scheme not in ("smtp", "smtp+tls", "smtps"):
        raise ImproperlyConfigured(f"DJANGO_EMAIL_URL: unknown scheme {scheme!r}.")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or {"smtps": 465, "smtp+tls": 587}.get(scheme, 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": scheme == "smtp+tls",
        "EMAIL_USE_SSL": scheme == "smtps",
    }


# E-mail (the data-collection reminders): DJANGO_EMAIL_URL, or Django's usual settings from
# DJANGO_EMAIL_HOST, _PORT, _HOST_USER, _HOST_PASSWORD, _USE_TLS, _USE_SSL. With debug and
# neither, messages are printed on the console.
if os.environ.get("DJANGO_EMAIL_URL"):
    globals().update(email_from_url(os.environ["DJANGO_EMAIL_URL"]))
else:
    EMAIL_BACKEND = (
        "django.core.mail.backends.console.EmailBackend"
        if DEBUG and not os.environ.get("DJANGO_EMAIL_HOST")
        else "django.core.mail.backends.smtp.EmailBackend"
    )
    EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
    EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "jaarverslag@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The data-collection reminders: how many days before a due date the first one goes out.
REMINDER_DAYS = int(os.environ.get("DJANGO_REMINDER_DAYS", "7"))

# The site's address as the public reaches it: the absolute links inside an edition's files
# (the PDF's colophon, data.json) are rendered off the request path, so they cannot ask a request.
SITE_URL = os.environ.get(
    "DJANGO_SITE_URL",
    f"{'https' if HTTPS else 'http'}://"
    + (ALLOWED_HOSTS[0] if ALLOWED_HOSTS and not DEBUG else "127.0.0.1:8000"),
).rstrip("/")
# The open-data catalogue's publisher (DCAT-AP): its URI in the Belgian organisation register,
# by enterprise number (the FPS Chancellery of the Prime Minister: 0308.357.753); and the e-mail
# address of its contact point (none by default: the contact point gives the site's address).
CATALOGUE_PUBLISHER_URI = os.environ.get(
    "DJANGO_CATALOGUE_PUBLISHER_URI", "https://org.belgif.be/id/CbeRegisteredEntity/0308357753"
)
CATALOGUE_CONTACT_EMAIL = os.environ.get("DJANGO_CATALOGUE_CONTACT_EMAIL", "")
# Edition files kept in memory per process, by SHA-256 (so never stale), at most this many bytes.
EDITION_MEMORY_BYTES = int(os.environ.get("DJANGO_EDITION_MEMORY_BYTES", str(64 * 1024 * 1024)))
# On PostgreSQL, each process keeps which stored file answers which URL while the database
# notifies no change (LISTEN/NOTIFY, see chancellery/serving.py); 0 asks it on every request.
EDITION_LISTEN = os.environ.get("DJANGO_EDITION_LISTEN", "1") == "1"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names in every mode: whitenoise serves them with far-future caching.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Logins (successful and failed), second-factor events, refused accesses and lockouts: user
    # names, addresses and paths only, never a password, a token, a query string or a guest's data.
    "loggers": {
        "chancellery.security": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # WeasyPrint logs each rendering step (INFO) and each screen-only CSS property it skips
        # (WARNING) on every PDF; what matters, a missing stylesheet, is an error.
        "weasyprint": {"level": "ERROR"},
        "weasyprint.progress": {"level": "ERROR"},
    },
}
