#!/usr/bin/env python3
"""Fill the unfinished numerus messages of translations/steward_en.ts (the English plural-only
catalogue) where the English forms follow mechanically from the source: "user(s)" becomes
"user" / "users", "entry(ies)" becomes "entry" / "entries". Messages whose source has no such
marker or more than one are listed for a person to fill by hand; check the verbs of the filled
ones too ("%n pair(s) were" needs "1 pair was").

Refresh the catalogue first (lupdate -pluralonly, see scripts/check-translations.sh), then:
    scripts/fill-english-plurals.py translations/steward_en.ts
"""
import html
import re
import sys

MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*)<translation type="unfinished">.*?</translation>',
    re.S)


def forms(source):
    # Exactly one marker: with two, one may belong to another number ("%n join(s) ... %1 room(s)").
    if source.count('(s)') + source.count('(ies)') != 1:
        return None
    one = re.sub(r'y\(ies\)', 'y', source).replace('(s)', '')
    many = re.sub(r'y\(ies\)', 'ies', source).replace('(s)', 's')
    return one, many


def main(path):
    text = open(path, encoding='utf-8').read()
    left = []

    def fill(match):
        source = match.group(2)
        result = forms(html.unescape(source))
        if result is None:
            left.append(html.unescape(source))
            return match.group(0)
        one, many = (html.escape(f, quote=False) for f in result)
        return (match.group(1) + '<translation>\n            <numerusform>' + one +
                '</numerusform>\n            <numerusform>' + many +
                '</numerusform>\n        </translation>')

    text = MESSAGE.sub(fill, text)
    open(path, 'w', encoding='utf-8').write(text)
    for source in left:
        print('fill by hand: ' + source)
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
