"""The site's e-mail: the confirmation of a follow and the alerts, in the reader's language, multipart plain
text and HTML, sent through the SMTP server the settings name (Flask-Mail's names, read from the environment
with the SEARCH_ prefix: SEARCH_MAIL_SERVER, SEARCH_MAIL_PORT, SEARCH_MAIL_USE_TLS, SEARCH_MAIL_USE_SSL,
SEARCH_MAIL_USERNAME, SEARCH_MAIL_PASSWORD, SEARCH_MAIL_DEFAULT_SENDER); links start at SEARCH_PUBLIC_URL.
"""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from flask import Flask, render_template
from flask_babel import gettext, ngettext

from search.api import AlertStore, Letter, official_url, question_texts, send_alerts

from . import links

MAIL_DEFAULTS = {"MAIL_SERVER": "localhost", "MAIL_PORT": 25, "MAIL_USE_TLS": False, "MAIL_USE_SSL": False,
                 "MAIL_USERNAME": None, "MAIL_PASSWORD": None, "MAIL_DEFAULT_SENDER": "questions@localhost",
                 "PUBLIC_URL": "http://127.0.0.1:5000", "ALERTS_DB": None}
ANSWER_LINES = 600  # characters of an answer an alert quotes


def store(app: Flask) -> AlertStore:
    """The subscriptions database: SEARCH_ALERTS_DB, else alerts.sqlite in the index folder."""
    found = app.extensions.get("alert_store")
    if found is None:
        path = app.config.get("ALERTS_DB") or Path(app.config["INDEX_DIR"]) / "alerts.sqlite"
        found = app.extensions["alert_store"] = AlertStore(path)
    return found


def connect(app: Flask) -> smtplib.SMTP:
    """An open, logged-in connection to the configured SMTP server."""
    config = app.config
    port = int(config["MAIL_PORT"])
    if _flag(config["MAIL_USE_SSL"]):
        server = smtplib.SMTP_SSL(config["MAIL_SERVER"], port, timeout=30)
    else:
        server = smtplib.SMTP(config["MAIL_SERVER"], port, timeout=30)
        if _flag(config["MAIL_USE_TLS"]):
            server.starttls()
    if config["MAIL_USERNAME"]:
        server.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
    return server


def _flag(value) -> bool:
    return value is True or str(value).lower() in ("1", "true", "yes", "on")


def public(app: Flask, path: str) -> str:
    return app.config["PUBLIC_URL"].rstrip("/") + path


def message(app: Flask, to: str, subject: str, text: str, html: str, unsubscribe: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = app.config["MAIL_DEFAULT_SENDER"]
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=app.config["MAIL_DEFAULT_SENDER"].rpartition("@")[2] or "localhost")
    msg["Auto-Submitted"] = "auto-generated"
    if unsubscribe:  # RFC 8058: a mail client's one-click unsubscribe POSTs to it
        msg["List-Unsubscribe"] = f"<{unsubscribe}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def confirmation(app: Flask, address, follow) -> EmailMessage:
    """The one message an address gets before its owner confirms: what was asked, the link, when it expires,
    and the address's page (everything it follows or was asked to)."""
    email, language = address.email, address.language
    with app.test_request_context(f"/{language}/"):
        context = {"follow": follow, "link": public(app, links.alerts_url("confirm", follow.token)),
                   "expires": follow.expires, "manage": public(app, links.alerts_url("manage", address.secret))}
        return message(app, email, gettext("Confirmez votre suivi : %(label)s", label=follow.label),
                       render_template("mail/confirm.txt", **context), render_template("mail/confirm.html", **context))


def alert(app: Flask, engine, letter: Letter) -> EmailMessage:
    """One message of news for one address: each question once, with the follows it matches."""
    language = letter.address.language
    with app.test_request_context(f"/{language}/"):
        items = []
        for item, follows in letter.items:
            texts = question_texts(engine, item.qid, language) or {}
            answer = (texts.get("answer") or "").strip()
            items.append({"item": item, "follows": follows, "record": item.record,
                          "answer": answer[:ANSWER_LINES] + ("…" if len(answer) > ANSWER_LINES else ""),
                          "page": public(app, links.question_url(item.qid)), "official": official_url(item.qid, language)})
        context = {"items": items, "letter": letter,
                   "manage": public(app, links.alerts_url("manage", letter.address.secret)),
                   "unsubscribe": public(app, links.alerts_url("stop", letter.token))}
        subject = ngettext("%(num)s nouvelle pour vos suivis", "%(num)s nouvelles pour vos suivis", len(items))
        return message(app, letter.address.email, subject, render_template("mail/alert.txt", **context),
                       render_template("mail/alert.html", **context), context["unsubscribe"])


def send(app: Flask, dry_run: bool = False):
    """One sending run over the app's index and subscriptions (search.api.send_alerts)."""
    engine = app.extensions["search_engine"]
    return send_alerts(store(app), engine.generation(), lambda gen, letter: alert(app, engine, letter),
                       lambda: connect(app), dry_run=dry_run)
