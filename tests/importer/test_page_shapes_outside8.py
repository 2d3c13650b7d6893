"""Page shapes an eighth outside test of saved pages found misread (2026-12): a headline with a
"|" in it, a subheadline `<h2>` right under the headline, a Ghost call-to-action card, and a
read-also table between paragraphs set off by two `<br>`s."""

from briefings.importers import import_briefing

PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article>{head}<div class="body">{body}</div></article></body></html>"""
BODY = (
    "<p>El Servicio Electoral ha informado de que el candidato oficialista obtiene el 53,2% de los votos.</p>"
    "<p>La candidata opositora ha reconocido su derrota ante sus seguidores en el centro de Santiago.</p>"
)


def _import(head, body=BODY, title="Elecciones en Chile, en directo | Última hora"):
    html = PAGE.format(title=title, head=head, body=body).encode()
    return import_briefing(html, filename="page.html").briefing


def _texts(briefing):
    return list(briefing.statements.order_by("position").values_list("text", flat=True))


def test_a_headline_holding_a_bar_is_the_title_whole(db):
    briefing = _import("<h1>Elecciones en Chile, en directo | Última hora</h1>")
    assert briefing.title == "Elecciones en Chile, en directo | Última hora"


def test_a_subheadline_right_under_the_headline_is_kept_as_text(db):
    head = (
        "<h1>Elecciones en Chile</h1><h2 class='a_st'>Los dos candidatos se disputan la presidencia "
        "en segunda vuelta este domingo.</h2><h2>La oposición reconoce los resultados</h2>"
    )
    assert "Los dos candidatos se disputan la presidencia en segunda vuelta este domingo." in _texts(
        _import(head)
    )


def test_a_ghost_call_to_action_card_is_dropped(db):
    card = (
        '<div class="kg-card kg-cta-card"><div class="kg-cta-text"><p>The Valley Record is funded by readers '
        'like you. Support local journalism by becoming a member today.</p></div><a class="kg-cta-button">'
        "Join now</a></div>"
    )
    texts = _texts(_import("<h1>Elecciones en Chile</h1>", body=BODY + card + BODY.replace("53,2", "54,1")))
    assert not any("funded by readers" in text for text in texts)


def test_a_read_also_table_between_double_breaks_stays_apart_from_the_paragraphs(db):
    body = (
        "<div>Penetapan tersangka diumumkan di Jakarta, Senin.<br><br><table><tr><td><strong>Baca juga:"
        '</strong> <a>KPK Geledah Kantor Dinas</a></td></tr></table>"Tersangka diduga menerima uang," '
        "ujarnya.<br><br>KPK juga menetapkan dua pengusaha sebagai tersangka pemberi suap.<br><br></div>"
    )
    texts = _texts(_import("<h1>KPK Tetapkan Bupati Sebagai Tersangka</h1>", body=body))
    assert '"Tersangka diduga menerima uang," ujarnya.' in texts
    assert not any("Baca juga" in text for text in texts)
