"""Authentication and authorisation: roles, second factor, session lifetimes, security logging.

The settings wire it in (AUTHENTICATION_BACKENDS, MIDDLEWARE, AXES_*, OTP_*, SESSION_*);
the README's Security section is the operator's guide.
"""
