"""The base class of every error that stops a run with exit code 2 and a clear message.

The command line catches :class:`AuditorError` without importing the modules that raise it, so a
run that goes well never pays for them.
"""


class AuditorError(Exception):
    """A usage, configuration, rule-file, baseline or input problem the user can fix."""
