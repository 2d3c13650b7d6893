"""A page's own buttons and notes, in the wordings a seventh outside test of real pages found kept
(2026-12): a government press release's "FOR IMMEDIATE RELEASE" and "Is this page useful?", a
ministry's "Partager la page" and "Imprimer", an NGO report's "Download the full report (PDF,
3.2 MB)", "Zitiervorschlag: …" and "Back to top", a Medium post's "Member-only story" and
"Listen", a podcast's "Listen on Apple Podcasts · Spotify" and "Produced by …", a print view's
"Endereço da página: https://…", a live blog's "Pinned post", a gallery's "Bild 1 av 4" and
"Enlarge this image", an agency's "RIPRODUZIONE RISERVATA".

Like furniture.py's, each rule matches the whole of a short paragraph from its start, so a
sentence that holds the words stays (tests/importer/test_page_tools.py).
"""

import re

# A button's words, alone on their line: "Print this page", "Seite drucken", "Partager la page".
_OBJECT = (
    r"(\s(this|the|cet|cette|la|le|l'|el|la|il|lo|o|a|de|het|den|bu)?\s?(page|article|story|post|episode|"
    r"image|photo|seite|artikel|beitrag|bild|folge|page|article|épisode|página|artículo|noticia|nota|"
    r"pagina|articolo|puntata|matéria|notícia|artigo|episódio|pagina|artikel|aflevering|sidan|artikeln|"
    r"avsnittet|bölümü|haberi|yazıyı|sayfayı))?"
)
_TOOLS = (
    rf"((print|share|save|bookmark|listen to|listen|follow|close){_OBJECT}|"
    r"share on (facebook|x|twitter|linkedin|whatsapp|bluesky|threads)|back to top|return to top|skip to (main )?content|"
    r"enlarge this image|(hide|toggle|show) caption|close window|(view (in )?)?full ?screen|"
    r"add to (my )?(favorites|favourites|bookmarks|reading list)|text to speech|member-only story|"
    rf"((seite|artikel|beitrag)\s)?(drucken|merken|vorlesen( lassen)?|anhören)|zur startseite|"
    r"zurück (nach oben|zum anfang|zur übersicht)|vollbild|schließen|"
    rf"(imprimer|partager|écouter|fermer){_OBJECT}|partager sur \w+|ajouter à mes (favoris|articles)|"
    r"retour en haut( de (la )?page)?|plein écran|agrandir l'image|fermer la fenêtre|"
    rf"(imprimir|compartir|escuchar|cerrar|guardar){_OBJECT}|compartir en \w+|volver arriba|"
    r"cerrar ventana|pantalla completa|ampliar (la )?imagen|"
    rf"(stampa|condividi|ascolta|chiudi|salva){_OBJECT}|condividi su \w+|torna (su|all'inizio|in alto)|"
    r"schermo intero|(vai|torna) alla versione (completa|integrale|originale)|"
    rf"(compartilhar|partilhar|ouvir|fechar|salvar){_OBJECT}|fechar janela|voltar ao topo|tela cheia|ecrã inteiro|"
    rf"(afdrukken|printen|delen|voorlezen|beluister|opslaan|sluiten){_OBJECT}|terug naar boven|volledig scherm|"
    rf"(skriv ut|dela|lyssna på|lyssna|stäng|spara){_OBJECT}|tillbaka till toppen|(visa i )?helskärm|"
    r"visa (alla|fler) bilder|"
    r"(yazdır|paylaş|dinle|kaydet|kapat)|bu (bölümü|haberi|yazıyı|sayfayı) (paylaş|yazdır|dinle)|başa dön|tam ekran|"
    r"abone ol|인쇄|공유하기|스크랩|글자\s?크기|맨 위로|닫기|기사 듣기|구독하기)$"
)
_PODCAST_APPS = (
    r"apple podcasts|spotify|google podcasts|youtube music|amazon music|overcast|pocket casts|castbox|deezer|"
    r"podimo|stitcher|soundcloud|audible|acast|castro|podcast addict|rss"
)
# Names on a credit: capitalised words, "and", "&" ("Lena Wu and Tom Li", "Blue Dot Sessions").
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Ý][\w'’-]*)"
_NAMES = rf"{_CAPITALISED}(,?\s({_CAPITALISED}|and|&)){{0,8}}"
_PARAGRAPHS = [
    _TOOLS,
    # A podcast player's links: "Listen on Apple Podcasts · Spotify", "Spotify'da dinle".
    rf"(listen|subscribe|follow|écouter|escuchar|ascolta|ouça|ouvir|luister|lyssna|hören sie|abonnieren sie)"
    rf"\s(on|in|at|via|with|sur|en|su|no|na|op|på|auf|bei)\s(the\s)?({_PODCAST_APPS})\b[^.!?]{{0,120}}$",
    rf"(auf|bei)\s({_PODCAST_APPS})\s(anhören|hören|abonnieren)$",
    rf"({_PODCAST_APPS})\s?['’]?(da|de|ta|te|dan|den|tan|ten)?\s(dinle|dinleyin|abone ol)$",
    # A file to download and its size: "Download the full report (PDF, 3.2 MB)".
    r"[^.!?()]{0,80}\(\s?(pdf|mp3|m4a|docx?|xlsx?|pptx?|odt|ods|csv|zip|epub)\b[^()\d]{0,12}\d[\d.,]{0,8}\s?"
    r"(kb|mb|gb|ko|mo|go|kib|mib)\s?\)\.?$",
    # A suggested citation: "Suggested citation: …", "Zitiervorschlag: …".
    r"(suggested citation|recommended citation|cite (this|as)( \w+)?( as)?|how to cite( this \w+)?|zitiervorschlag|"
    r"zitierweise|zitiervorschlag|citation suggérée|pour citer (ce|cet|cette) \w+|cómo citar( este \w+)?|"
    r"citación sugerida|come citare( questo \w+)?|citazione (consigliata|suggerita)|como citar( este \w+)?|"
    r"aanbevolen citatie|citeer als|citera (som|så här)|önerilen atıf|atıf için)\s*:",
    # A page's feedback box: "Is this page useful?", "Report a problem with this page".
    r"(is this page (useful|helpful)|was this page (useful|helpful)|report a problem( with this page)?|"
    r"war diese seite hilfreich|cette page vous a-t-elle été utile|¿(te|le) (ha )?(resultado|sido|parecido) útil "
    r"esta página|questa pagina ti è stata utile|esta página (foi|lhe foi) útil|was deze (pagina|informatie) nuttig|"
    r"var (sidan|informationen) (till hjälp|användbar)|bu sayfa (yararlı|faydalı) mıydı)\b",
    # A press release's head and end: "FOR IMMEDIATE RELEASE", "- 30 -", "ENDS".
    r"(for immediate release|embargoed until\b[^.!?]{0,40}|zur sofortigen veröffentlichung|"
    r"pour diffusion immédiate|para (su )?difusión inmediata|per la diffusione immediata|"
    r"para divulgação imediata|voor onmiddellijke publicatie|för omedelbar publicering|"
    r"-\s?30\s?-|[-–—]\s?ends?\s?[-–—]|ends|fin du communiqué)\.?$",
    # A live blog's label on a pinned entry.
    r"(pinned|pinned (post|entry|message)|vastgepind( bericht)?|fijado|anclado|épinglé|fixado|angepinnt|"
    r"fissato|in evidenza|fäst( inlägg)?|sabitlendi|sabit( gönderi)?|고정(\s?글)?)$",
    # A gallery's counter: "1 of 3", "Bild 2 av 4", "Foto 3/12".
    r"((photo|image|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding|fotoğraf|사진)\s)?"
    r"\d{1,3}\s?(of|/|av|von|de|di|van|sur|z|из)\s?\d{1,3}$",
    # A print view's address of the page: "Endereço da página: https://…", "URL: https://…".
    r"(url|link|source|quelle|endereço da página|adresse de (la page|l'article)|dirección de la página|"
    r"indirizzo( della pagina)?|fonte|bron|källa|kaynak)\s*:\s*https?://\S+$",
    # A wire's copyright line: "RIPRODUZIONE RISERVATA © Copyright …".
    r"(riproduzione riservata|reproducción reservada|reprodução reservada|reproduction interdite|"
    r"nachdruck verboten)\b[^.!?]{0,100}$",
    # A paywalled part: "Transcript available for members."
    r"(the )?(full )?(transcript|episode|article|story|text|archive)s?( is| are)? (only )?(available|reserved) "
    r"(only )?(to|for) (paying |paid )?(members|subscribers)\.?$",
    # A podcast's or a video's credits: "Produced by Lena Wu. Music by Blue Dot Sessions."
    rf"((produced|edited|mixed|engineered|hosted|presented|music|sound design|artwork|theme music)"
    rf"( and (produced|edited|mixed|engineered|hosted))? by\s{_NAMES}\.\s?){{1,4}}$",
]
PAGE_TOOL = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
_TOOL_MAX = 300


def is_page_tool(text):
    """Whether a whole paragraph is one of a page's buttons or notes (see the docstring)."""
    return len(text) <= _TOOL_MAX and bool(PAGE_TOOL.match(text))
