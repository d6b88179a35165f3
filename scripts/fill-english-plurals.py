#!/usr/bin/env python3
"""Fills the English plural forms of resources/translations/strongtrust_en_GB.ts.

Source strings are written in English with "(s)" where a count decides the
form ("%n indicator(s)"), and "(singular|plural)" where a word changes with it
("%n action(s) (is|are) overdue"). After `cmake --build build --target update_translations`
this gives each such entry its singular and plural forms, and marks every
other entry as translated by its source text, so the English file has no
unfinished entries. Run it, then review and commit the .ts file.
"""
import re
import sys
import xml.etree.ElementTree as ET

CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def form(source, plural):
    text = CHOICE.sub(lambda m: m.group(2 if plural else 1), source)
    return text.replace("(s)", "s" if plural else "")

path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/strongtrust_en_GB.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if all((f.text or "").strip() for f in forms) and len(forms) == 2 and "type" not in translation.attrib:
            continue
        for f in list(translation):
            translation.remove(f)
        translation.text = None
        for text in (form(source, False), form(source, True)):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
        translation.text = source
        translation.attrib.pop("type", None)
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
