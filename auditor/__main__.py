"""Allow ``python -m auditor``."""

try:
    from auditor.cli import entry_point
except KeyboardInterrupt:  # Ctrl-C while the modules load: the message and status of any interrupted run
    import sys

    sys.stderr.write("auditor: interrupted\n")
    raise SystemExit(130) from None

raise SystemExit(entry_point())
