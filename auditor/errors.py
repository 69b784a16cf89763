"""The base class of every error that stops a run with exit code 2 and a clear message.

The command line catches :class:`AuditorError` without importing the modules that raise it, so a
run that goes well never pays for them.
"""


class AuditorError(Exception):
    """A usage, configuration, rule-file, baseline or input problem the user can fix."""


class RuleFailed(Exception):
    """A rule raised an exception on a document: a bug in doc-auditor, not in the user's files. The run
    stops with exit code 2 and a message naming the rule and the document (``AUDITOR_TRACEBACK=1``
    prints the original traceback, ``__cause__``).

    >>> str(RuleFailed("PC001", "a.txt", ValueError("bad")))
    'rule PC001 failed on a.txt: ValueError: bad'
    """

    def __init__(self, rule_id: str, path: str, error: BaseException | str):
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        super().__init__(rule_id, path, text)  # (plain arguments: it travels back from worker processes)
        self.rule_id, self.path, self.error = rule_id, path, text

    def __str__(self) -> str:
        return f"rule {self.rule_id} failed on {self.path}: {self.error}"


#: what follows the message of :class:`RuleFailed` (and how to see the traceback: :data:`TRACEBACK_HINT`)
BUG_HINT = "this is a bug in doc-auditor, not in your files: please report it, with the document if you can share it"
#: … in one process; from worker processes the traceback stays behind, so the run must be repeated in one
TRACEBACK_HINT = "AUDITOR_TRACEBACK=1 prints where it happened"
POOL_TRACEBACK_HINT = "--jobs 1 with AUDITOR_TRACEBACK=1 prints where it happened"


def did_you_mean(word: str, options, cutoff: float = 0.6) -> str:
    """`` (did you mean 'x'?)`` for the closest of *options*, or ``""``.

    >>> did_you_mean("severty", ["severity", "message"])
    " (did you mean 'severity'?)"
    """
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)
    return f" (did you mean '{close[0]}'?)" if close else ""
