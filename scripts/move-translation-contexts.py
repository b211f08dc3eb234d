#!/usr/bin/env python3
"""Carries translations over to the contexts the sources use now (issue 14: the local tr() shims
became class contexts). For each line of scripts/translation-context-moves.tsv (old context, new
context, source text) the message with that source text moves, translation and all, from the old
context to the new one in every .ts file given; a message the new context already has is left alone.
Run it before lupdate, then lupdate -no-obsolete drops what is left over:

    scripts/move-translation-contexts.py translations/steward_*.ts
"""
import os
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def read_moves(path):
    moves = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            old, new, source = line.split('\t', 2)
            moves.append((old, new, unescape(source)))
    return moves


def context(root, name, create):
    for ctx in root.findall('context'):
        if ctx.findtext('name') == name:
            return ctx
    if not create:
        return None
    ctx = ET.SubElement(root, 'context')
    ET.SubElement(ctx, 'name').text = name
    return ctx


def apply(ts_path, moves):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    moved = 0
    for old, new, source in moves:
        src_ctx = context(root, old, create=False)
        if src_ctx is None:
            continue
        for message in src_ctx.findall('message'):
            if message.findtext('source') != source:
                continue
            dst_ctx = context(root, new, create=True)
            if not any(m.findtext('source') == source for m in dst_ctx.findall('message')):
                copy = ET.fromstring(ET.tostring(message))
                dst_ctx.append(copy)
                moved += 1
            # The old entry stays: another string of the old context may share its text;
            # lupdate -no-obsolete removes it when nothing uses it any more.
    ET.indent(tree, space='    ')
    with open(ts_path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return moved


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    moves = read_moves(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'translation-context-moves.tsv'))
    for ts in sys.argv[1:]:
        print(f'{ts}: {apply(ts, moves)} message(s) carried over')
    return 0


if __name__ == '__main__':
    sys.exit(main())
