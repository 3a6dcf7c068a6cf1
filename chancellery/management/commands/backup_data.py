"""Write every record of the application's data to a file that ``restore_data`` reads back.

A Django-level backup, independent of the database engine: the records of the core and of the
domain apps, their audit trail, the users and groups they refer to (natural keys) and the users'
second-factor devices and recovery codes, as XML
(compressed when the file name ends in .xml.gz, .xml.bz2, .xml.xz or .xml.zip). XML, not JSON:
Django's JSON encoder cuts times to the millisecond, XML keeps them exactly. Production backs up
with ``pg_dump`` (see the README); this file is for moving data between engines or machines, and is
what the restore test checks, byte for byte.

The file holds personal data and secrets (guest lists, users' password hashes, TOTP keys): keep it
as safely as the database itself.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

SUFFIXES = (".xml", ".xml.gz", ".xml.bz2", ".xml.xz", ".xml.lzma", ".xml.zip")

# What a backup holds, in an order that restores without dangling references.
BACKED_UP = [
    "auth.group",
    "auth.user",
    # The second factors (TOTP devices, recovery codes): without them, a restored account would
    # let whoever knows its password enrol an authenticator of their own.
    "otp_totp",
    "otp_static",
    "chancellery",
    "meetings",
    "ceremonies",
    "hr",
    "procurement",
    "communication",
]


class Command(BaseCommand):
    help = "Back up the application's data (records, audit trail, users) to an XML file."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write, e.g. backup-2017-03-01.xml.gz.")

    def handle(self, *args, file, **options):
        if not file.endswith(SUFFIXES):
            raise CommandError(f"Name the file {', '.join(SUFFIXES)}: e.g. backup.xml.gz.")
        call_command(
            "dumpdata",
            *BACKED_UP,
            format="xml",
            natural_foreign=True,
            natural_primary=True,
            indent=0,
            output=file,
            verbosity=0,
        )
        self.stdout.write(self.style.SUCCESS(f"Backed up to {file}."))
