from django_otp.oath import totp


def code_of(device) -> str:
    """The code the authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
