"""Following, with no account: the form that asks (a question, a search, a ministry, a senator), the
confirmation (double opt-in: nothing but the confirmation message is sent before it), an address's page
(what it follows, each changed or stopped there) and the one-click unsubscribe of RFC 8058.

A link opened by a mail scanner changes nothing: confirming and stopping are a button on the page a link
opens (a POST). The forms take no cross-site post: a POST must come from this site (Origin, else
Sec-Fetch-Site), except the one-click unsubscribe, which a mail client sends and which only stops things.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlparse

from flask import abort, current_app, redirect, render_template, request
from flask_babel import gettext
from werkzeug.datastructures import MultiDict

from search.api import (FACET_NAMES, FOLLOW_KINDS, FOLLOW_NEWS, FREQUENCIES, Refused, author_view, get_question,
                        is_question_id, ministry_view)

from . import links, mail, wording
from .arguments import engine
from .blueprint import bp

EMAIL_RE = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")


def same_site() -> None:
    """A form's POST must come from this site: a page elsewhere cannot make a visitor's browser follow or stop."""
    origin = request.headers.get("Origin")
    if origin is not None:
        if urlparse(origin).netloc != request.host:
            abort(403)
    elif request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        abort(403)


def _described(kind: str, target: str) -> tuple[str, str] | None:
    """(what a follow keeps, what it is called on its pages and in its messages) for a form's target (a question's
    number, a ministry's code, a senator's slug, a search's URL query); None when it names nothing this index holds."""
    if kind == "question":
        view = get_question(engine(), target) if is_question_id(target) else None
        return (target, f"{target} — {wording.in_language(view.record)['title']}") if view else None
    if kind == "ministry":
        view = ministry_view(engine(), target)
        return (target, view.labels.get(wording.language()) or view.labels["fr"]) if view else None
    if kind == "author":  # kept by name: the filter a senator's news is searched with
        view = author_view(engine(), target)
        return (view.name, view.name) if view else None
    pairs = [(k, v) for k, v in links.state_args(_args(target)) if k != "sort"]  # stable, without page or order
    if not pairs:
        return None
    words = [v for k, v in pairs if k == "q"]
    colon = " : " if wording.language() == "fr" else ": "  # French puts a space before the colon
    filters = [f"{wording.facet_label(k)}{colon}{wording.value_labels(k, [v])[v]}" for k, v in pairs if k in FACET_NAMES]
    until = gettext("jusqu'à")
    filters += [f"{gettext('depuis') if k == 'from' else until} {v}" for k, v in pairs if k in ("from", "to")]
    return urlencode(pairs), " · ".join(words + filters)


def _args(query: str) -> MultiDict:
    return MultiDict(parse_qsl(query))


@bp.route("/suivre", methods=["POST"])
@bp.route("/volgen", methods=["POST"])
def follow():
    same_site()
    form = request.form
    email, kind = form.get("email", "").strip(), form.get("kind", "")
    news, frequency = form.get("news", "both"), form.get("frequency", "immediate")
    target = form.get("target", "")[:2000]
    if kind not in FOLLOW_KINDS or news not in FOLLOW_NEWS or frequency not in FREQUENCIES:
        return _refused(gettext("Ce formulaire n'est pas complet : rechargez la page et recommencez."), 400)
    if len(email) > 254 or not EMAIL_RE.match(email):
        return _refused(gettext("« %(email)s » n'est pas une adresse e-mail : vérifiez-la.", email=email[:80]), 400)
    described = _described(kind, target)
    if described is None:
        return _refused(gettext("Ce que vous voulez suivre n'existe pas dans l'index."), 404)
    target, label = described
    try:
        address, pending = mail.store(current_app).ask(
            email, wording.language(), kind, target, label, news, frequency, engine().generation().seq,
            client=request.remote_addr or "")
    except Refused as exc:
        message = {
            "confirmations": gettext("Cette adresse a déjà reçu trois messages de confirmation aujourd'hui : "
                                     "réessayez demain."),
            "follows": gettext("Cette adresse suit déjà le maximum permis : arrêtez-en un depuis sa page."),
            "client": gettext("Trop de demandes en une minute : réessayez dans un instant."),
        }[exc.reason]
        return _refused(message, 429)
    sent = True
    try:
        server = mail.connect(current_app)
        try:
            server.send_message(mail.confirmation(current_app, address, pending))
        finally:
            server.quit()
    except Exception:  # noqa: BLE001 - any failure of the mail server: the page says so, the follow waits
        current_app.logger.exception("confirmation message to %s not sent", email)
        sent = False
    return render_template("follow_sent.html", email=email, follow=pending, sent=sent), 200 if sent else 503


def _refused(message: str, status: int):
    return render_template("follow_sent.html", refused=message), status


@bp.route("/confirmer/<token>", methods=["GET", "POST"])
@bp.route("/bevestigen/<token>", methods=["GET", "POST"])
def confirm(token: str):
    store = mail.store(current_app)
    found = store.pending(token[:100])
    if request.method == "GET" or found is None:  # a link opened (or scanned): a button, nothing changed
        return render_template("follow_confirm.html", found=found, token=token[:100]), 200 if found else 404
    same_site()
    address = store.confirm(token[:100], engine().generation().seq)
    return redirect(links.alerts_url("manage", address.secret) + "?confirmed=1", 303)


@bp.route("/abonnements/<secret>", methods=["GET", "POST"])
@bp.route("/abonnementen/<secret>", methods=["GET", "POST"])
def manage(secret: str):
    store = mail.store(current_app)
    address = store.address(secret[:100])
    if address is None:
        return render_template("follow_manage.html", address=None, follows=[]), 404
    if request.method == "POST":
        same_site()
        action, chosen = request.form.get("action"), request.form.get("follow", "")
        if action == "stop-all":
            store.stop(address.id)
            return render_template("follow_manage.html", address=None, follows=[], stopped=True)
        if not chosen.isdigit():
            abort(400)
        if action == "stop":
            if store.stop(address.id, [int(chosen)]):
                return render_template("follow_manage.html", address=None, follows=[], stopped=True)
        elif action == "change":
            news, frequency = request.form.get("news", ""), request.form.get("frequency", "")
            if news not in FOLLOW_NEWS or frequency not in FREQUENCIES:
                abort(400)
            store.change(address.id, int(chosen), news, frequency)
        else:
            abort(400)
        return redirect(links.alerts_url("manage", secret[:100]), 303)
    return render_template("follow_manage.html", address=address, follows=store.follows(address.id),
                           confirmed=request.args.get("confirmed") == "1")


@bp.route("/desabonner/<token>", methods=["GET", "POST"])
@bp.route("/uitschrijven/<token>", methods=["GET", "POST"])
def unsubscribe(token: str):
    """GET (a link opened): a button. POST: the button, or a mail client's one-click (RFC 8058), which sends
    `List-Unsubscribe=One-Click` from no page of this site: stop every follow the message was sent for."""
    if request.method == "GET":
        return render_template("follow_stop.html", token=token[:100], done=False)
    done = mail.store(current_app).unsubscribe(token[:100])
    # idempotent: a message whose follows already ended (or were stopped) is unsubscribed too
    return render_template("follow_stop.html", token=token[:100], done=True, known=done)
