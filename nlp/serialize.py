"""Saving sectorwatch's spaCy components with the pipeline (`nlp.to_disk()`, `spacy.load()`).

Each of our components is built from data files (the authority gazetteer, cue lists, role
words) named in its config. `DataFiles`, mixed into a component class, keeps the bytes of the
files the component was built from; spaCy's `nlp.to_disk()` calls the component's `to_disk`,
which writes them into the component's folder of the saved pipeline, and `spacy.load()` calls
`from_disk`, which rebuilds the component from those copies. A saved pipeline therefore tags
as it did when it was saved, whatever later happens to nlp/patterns, and needs nothing of
the checkout: the factories come from the installed package's `spacy_factories` entry points
(pyproject.toml).

A factory builds its component with `Component.build(nlp, name, arg=path, ...)`, with the
real path of every file (the packaged default when the config says null).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from spacy.language import Language
from spacy.util import ensure_path

T = TypeVar("T", bound="DataFiles")


class DataFiles:
    """Mixin for a component whose constructor is `(nlp, name, **paths)`, every path a data file."""

    #: constructor argument -> the file's name in the component's folder of a saved pipeline
    data_files: ClassVar[dict[str, str]] = {}

    name: str
    _data_nlp: Language
    _data: dict[str, bytes]

    @classmethod
    def build(cls: type[T], nlp: Language, name: str, **paths: str | Path) -> T:
        """The component built from `paths`, remembering their contents for `to_disk`."""
        component = cls(nlp, name, **{arg: str(path) for arg, path in paths.items()})  # type: ignore[call-arg]
        component._remember(nlp, paths)
        return component

    def _remember(self, nlp: Language, paths: dict[str, str | Path]) -> None:
        missing = set(self.data_files) - set(paths)
        if missing:
            raise ValueError(f"{type(self).__name__}: no file given for {sorted(missing)}")
        self._data_nlp = nlp
        self._data = {arg: Path(paths[arg]).read_bytes() for arg in self.data_files}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the component's data files into `path` (called by `nlp.to_disk()`)."""
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for arg, filename in self.data_files.items():
            (folder / filename).write_bytes(self._data[arg])

    def from_disk(self: T, path: str | Path, *, exclude: Iterable[str] = ()) -> T:
        """Rebuild the component from the data files in `path` (called by `spacy.load()`)."""
        folder = ensure_path(path)
        paths: dict[str, Any] = {
            arg: folder / filename for arg, filename in self.data_files.items()
        }
        for file in paths.values():
            if not file.exists():
                raise FileNotFoundError(f"{type(self).__name__}: the saved pipeline has no {file}")
        self.__init__(self._data_nlp, self.name, **{arg: str(p) for arg, p in paths.items()})  # type: ignore[misc]
        self._remember(self._data_nlp, paths)
        return self
