"""The name patterns the speaker finders of other languages share (other_speakers.py and
other_companies.py): capitalised runs with the particles of names, quotation marks, elision."""

import re

# Latin with the Polish letters, and Cyrillic with the Ukrainian ones.
UPPER, LOWER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁЄІЇҐ", "a-zß-öø-ÿąćęłńśźżа-яёєіїґ"
NAME_WORD = rf"[{UPPER}][\w’'.-]*"
PARTICLES = r"(?:de|del|de la|da|das|do|dos|du|des|von|van|der|den|y|e|di|della|dei|degli|delle)"
# A run of capitalised words, with the particles of names between them: "Instituto Nacional de
# Estadística (INE)", "María José Catalá", "Santé publique France" is not one (read as a group).
RUN = re.compile(rf"{NAME_WORD}(?:\s+(?:{PARTICLES}\s+|d[’'])?(?:{NAME_WORD}|\([{UPPER}]+\)))*")
NAMES = re.compile(rf"\b[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)+")
WORDS = re.compile(r"[\w’'-]+")
QUOTE_MARKS = '“”"«»„'
OPENS_QUOTE = tuple('“"«„')
# A company's name in quotation marks, as Russian, Ukrainian and Polish write them: «Магнит».
QUOTED_NAME = re.compile(rf"[«„\"]([{UPPER}][^«»„“”\"]{{0,40}}?)[»”“\"]")
ELISION = re.compile(r"^[lLdD][’']")
