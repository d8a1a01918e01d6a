"""YAML text for the facts files: plain data (mappings, lists, strings, numbers, null) in block style.

PyYAML's emitter spends ~6 s on 40,000 facts (it resolves and analyses every scalar in
Python), which made writing the facts files the slowest part of a build. This writer knows
the little the facts files hold, so it is a few small functions; PyYAML still reads them,
and the tests check that what it reads back equals what was written, for any text.
Strings stay plain where that reads back as the same string, else they are double-quoted
with JSON's escapes (which YAML's double-quoted style shares); no line is folded.
"""

import functools
import json
import math
import re

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

STR_TAG = "tag:yaml.org,2002:str"
RESOLVER = Resolver()
# A plain scalar may not start with an indicator or a space, nor hold ": " or " #", nor end
# in a space or ":"; anything else not printable in YAML is escaped.
PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:(?!: | #)[^\n\r\t])*(?<![\s:])", re.S)
UNPRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def is_plain(text):
    return (PLAIN.fullmatch(text) is not None and text.isprintable()
            and RESOLVER.resolve(ScalarNode, text, (True, False)) == STR_TAG)


def quoted(text):
    return UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}" if ord(m[0]) <= 0xFFFF else f"\\U{ord(m[0]):08x}",
                           json.dumps(text, ensure_ascii=False))


def scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no place for {value} in a facts file")
        text = repr(value)
        return text.replace("e", ".0e", 1) if "e" in text and "." not in text else text  # YAML 1.1 wants a dot
    if isinstance(value, str):
        return text_scalar(value)
    raise TypeError(f"cannot write {type(value).__name__} to a facts file")


@functools.lru_cache(maxsize=1 << 16)  # keys, kinds, units and places come back again and again
def text_scalar(text):
    return text if is_plain(text) else quoted(text)


def mapping_lines(mapping, indent):
    pad, lines = " " * indent, []
    for key, value in mapping.items():
        key = text_scalar(key if type(key) is str else str(key))
        if type(value) is str:  # most values of a facts file: straight to the point
            lines.append(f"{pad}{key}: {text_scalar(value)}")
        elif value is None or type(value) in (int, float, bool):
            lines.append(f"{pad}{key}: {scalar(value)}")
        elif isinstance(value, dict) and value:
            lines += [f"{pad}{key}:", *mapping_lines(value, indent + 2)]
        elif isinstance(value, (list, tuple)) and value:
            lines += [f"{pad}{key}:", *sequence_lines(value, indent)]
        else:
            lines.append(f"{pad}{key}: {collection_or_scalar(value)}")
    return lines


def sequence_lines(items, indent):
    pad, lines = " " * indent, []
    for item in items:
        if isinstance(item, dict) and item:
            inner = mapping_lines(item, indent + 2)
            lines += [f"{pad}- {inner[0].lstrip()}", *inner[1:]]
        elif isinstance(item, (list, tuple)) and item:
            inner = sequence_lines(item, indent + 2)
            lines += [f"{pad}- {inner[0].lstrip()}", *inner[1:]]
        else:
            lines.append(f"{pad}- {collection_or_scalar(item)}")
    return lines


def collection_or_scalar(value):
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, (list, tuple)):
        return "[]"
    return scalar(value)


def dump(document):
    """A mapping as YAML text in block style, keys in the mapping's own order."""
    return "\n".join(mapping_lines(document, 0)) + "\n"
