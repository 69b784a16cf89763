"""A light stand-in for a mutable ``@dataclass``, for classes that are defined at every start-up.

Creating a dataclass costs about a millisecond (it generates and compiles its methods); a run of the
command line defines a dozen of them, which is a tenth of the start-up. :class:`Record` gives the same
keyword/positional constructor, defaults (``_defaults``, ``(name, value)`` pairs; ``list``, ``dict`` and
``set`` defaults are copied for each instance, like ``field(default_factory=...)``), ``repr`` and ``==``
over the declared fields, for the cost of an ordinary class. Use it for objects made a few times a run;
hot objects get an explicit ``__init__``.

>>> class Point(Record):
...     _fields = ("x", "y", "tags")
...     _defaults = (("y", 0), ("tags", []))
>>> p = Point(1, tags=["a"])
>>> p, p == Point(1, 0, ["a"]), Point(2).tags is Point(2).tags
(Point(x=1, y=0, tags=['a']), True, False)
"""

from __future__ import annotations

_COPIED = (list, dict, set)


class ValueObject:
    """``==`` and ``hash`` over the values a subclass's ``_values()`` returns (for immutable objects)."""

    __slots__ = ()

    def _values(self) -> tuple:  # pragma: no cover - subclasses define it
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())


class Record:
    """Base class: subclasses set ``_fields`` (names in order) and ``_defaults`` (name → default)."""

    _fields: tuple[str, ...] = ()
    #: ``(name, default)`` pairs
    _defaults: tuple[tuple[str, object], ...] = ()
    #: ``(name, function making the default)`` pairs (like ``field(default_factory=...)``)
    _factories: tuple[tuple[str, object], ...] = ()
    #: fields left out of ``repr`` (like ``field(repr=False)``)
    _hidden: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} arguments, {len(args)} given")
        for name, value in zip(fields, args, strict=False):
            setattr(self, name, value)
        defaults = dict(self._defaults)
        factories = dict(self._factories)
        for name in fields[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif name in defaults:
                value = defaults[name]
                setattr(self, name, value.copy() if isinstance(value, _COPIED) else value)
            elif name in factories:
                setattr(self, name, factories[name]())
            else:
                raise TypeError(f"{type(self).__name__}() missing argument: '{name}'")
        if kwargs:
            name = next(iter(kwargs))
            problem = "got multiple values for" if name in fields else "got an unexpected keyword"
            raise TypeError(f"{type(self).__name__}() {problem} argument '{name}'")

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields if name not in self._hidden)
        return f"{type(self).__qualname__}({shown})"

    def copy(self, **changes):
        """A shallow copy with *changes* (like :func:`dataclasses.replace`)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)
