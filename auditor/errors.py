"""The base class of every error that stops a run with exit code 2 and a clear message.

The command line catches :class:`AuditorError` without importing the modules that raise it, so a
run that goes well never pays for them.
"""


class AuditorError(Exception):
    """A usage, configuration, rule-file, baseline or input problem the user can fix."""


def did_you_mean(word: str, options, cutoff: float = 0.6) -> str:
    """`` (did you mean 'x'?)`` for the closest of *options*, or ``""``.

    >>> did_you_mean("severty", ["severity", "message"])
    " (did you mean 'severity'?)"
    """
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)
    return f" (did you mean '{close[0]}'?)" if close else ""
