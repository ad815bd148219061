"""Name keys: which spellings of a name stand for the same thing across articles."""


def name_keys(name: str, type_: str) -> set[str]:
    """Keys under which an entity of this name and type is found again in other articles."""
    return {f"{type_}:{name.casefold()}"}
