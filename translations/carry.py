#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Carries translations across moves: after lupdate, a message it marks
unfinished whose English text was translated before (in the same .ts, in any
context: code moved to another class keeps its sentences) gets that
translation. Run by `./studio.sh translations` with the .ts as it was before
lupdate and as lupdate left it; edits the second in place, as text, so the
file stays in lupdate's own layout. Prints what is still untranslated."""
import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r'<translation( type="[a-z]+")?>(.*?)</translation>', re.S)


def finished(text):
    """(context, source) -> translation and source -> translation, as written in the file."""
    by_context, by_source = {}, {}
    for context in CONTEXT.finditer(text):
        for message in MESSAGE.finditer(context.group(2)):
            body = message.group(1)
            source, translation = SOURCE.search(body), TRANSLATION.search(body)
            if not source or not translation or translation.group(1) or "<numerusform>" in body:
                continue
            by_context[(context.group(1), source.group(1))] = translation.group(2)
            by_source.setdefault(source.group(1), translation.group(2))
    return by_context, by_source


def main(before_path, after_path):
    with open(before_path, encoding="utf-8") as f:
        by_context, by_source = finished(f.read())
    with open(after_path, encoding="utf-8") as f:
        after = f.read()
    carried, missing = 0, []

    def fill_context(context):
        nonlocal carried
        name = context.group(1)

        def fill_message(message):
            nonlocal carried
            body = message.group(1)
            source = SOURCE.search(body)
            if source is None or '<translation type="unfinished"' not in body:
                return message.group(0)
            text = by_context.get((name, source.group(1))) or by_source.get(source.group(1))
            if not text:
                missing.append(f"{name}: {source.group(1)}")
                return message.group(0)
            carried += 1
            body = TRANSLATION.sub(lambda _: f"<translation>{text}</translation>", body, count=1)
            return f"<message>{body}</message>"

        return context.group(0).replace(context.group(2), MESSAGE.sub(fill_message, context.group(2)), 1)

    after = CONTEXT.sub(fill_context, after)
    with open(after_path, "w", encoding="utf-8") as f:
        f.write(after)
    print(f"{after_path}: {carried} translation(s) carried over from moved code, {len(missing)} still to translate")
    for line in missing:
        print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
