"""Following by e-mail and feed, end to end: the site's forms, the confirmation, an update, a sending run
through a real SMTP server on the loopback interface (tests/alerts/smtp.py), what it received."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlparse

import pytest

from search.api import build, update
from tests.alerts.smtp import Server
from tests.conftest import ROOT
from tests.indexer.test_history import answered, pending

SITE = "http://search.test"
HEADERS = {"Origin": "http://localhost"}  # a form of this site (the test client's host)


@pytest.fixture
def smtp():
    with Server() as server:
        yield server


@pytest.fixture
def site(tmp_path, smtp):
    """An index of two pending questions to one minister, the app, its SMTP server."""
    from web import create_app

    seeds, index = tmp_path / "seeds", tmp_path / "index"
    seeds.mkdir()
    for n in (1, 2):
        (seeds / f"8-{n}.txt").write_text(pending(n), encoding="utf-8")
    build(seeds, index)

    def app():  # a fresh app after each update, as a server process would follow the new generation
        return create_app({"INDEX_DIR": str(index), "TESTING": True, "MAIL_SERVER": "127.0.0.1",
                           "MAIL_PORT": smtp.port, "PUBLIC_URL": SITE, "MAIL_DEFAULT_SENDER": "questions@search.test"})

    return seeds, index, app


def path(url: str) -> str:
    parsed = urlparse(url)
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


def link(message, pattern: str) -> str:
    return re.search(pattern, message.get_body(("plain",)).get_content()).group(0)


def subscribe(client, smtp, email: str, language: str, kind: str, target: str, **extra) -> str:
    """Ask to follow, return the confirmation link the message carried."""
    before = len(smtp.handler.to(email))
    response = client.post(f"/{language}/{'volgen' if language == 'nl' else 'suivre'}", headers=HEADERS,
                           data={"email": email, "kind": kind, "target": target, **extra})
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    messages = smtp.handler.to(email)
    assert len(messages) == before + 1
    return link(messages[-1], rf"{SITE}/{language}/(confirmer|bevestigen)/\S+")


def confirm(client, url: str) -> str:
    page = client.get(path(url))  # opened (or scanned): a button, nothing changed yet
    assert page.status_code == 200 and "<button" in page.get_data(as_text=True)
    done = client.post(path(url), headers=HEADERS)
    assert done.status_code == 303
    return done.headers["Location"]


def ministry_of(app, qid: str) -> str:
    from search.api import get_question

    with app().app_context():
        return get_question(app().extensions["search_engine"], qid).concerns[0]


def send(app):
    from web import mail

    return mail.send(app())


def test_a_question_and_a_ministry_followed_make_one_message_after_an_update(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    ministry = ministry_of(app, "8-1")
    question_page = client.get("/fr/question/8-1").get_data(as_text=True)
    assert "Me prévenir de la réponse" in question_page and 'name="target" value="8-1"' in question_page
    assert "Suivre ce ministère par e-mail" in client.get(f"/fr/ministere/{ministry}").get_data(as_text=True)

    first = subscribe(client, smtp, "ana@example.org", "fr", "question", "8-1")
    second = subscribe(client, smtp, "ana@example.org", "fr", "ministry", ministry)
    confirmation = smtp.handler.to("ana@example.org")[0]
    assert confirmation["Subject"].startswith("Confirmez votre suivi : 8-1")
    assert f"{SITE}/fr/abonnements/" in confirmation.get_body(("plain",)).get_content()  # the address's page
    assert send(app).messages == 0  # nothing before it is confirmed
    manage = confirm(client, first)
    confirm(client, second)
    assert "ana@example.org" in client.get(path(manage)).get_data(as_text=True)
    assert send(app).messages == 0  # confirmed, and nothing new yet

    (seeds / "8-1.txt").write_text(answered(1), encoding="utf-8")  # the question answered
    (seeds / "8-3.txt").write_text(pending(3), encoding="utf-8")  # a new question to the same ministry
    update(seeds, index)
    report = send(app)
    assert (report.messages, report.items) == (1, 2)
    message = smtp.handler.to("ana@example.org")[-1]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "8-1" in text and "Réponse publiée" in text and "Le plan est prêt." in text
    assert "8-3" in text and "Nouvelle question" in text
    assert text.count("* 8-") == 2 and f"{SITE}/fr/question/8-3" in text and "senate.be" in text
    assert "<a href=\"http://search.test/fr/question/8-1\">" in html
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")

    assert send(app).messages == 0  # a second run sends nothing
    one_click = client.post(path(unsubscribe), data={"List-Unsubscribe": "One-Click"})  # a mail client: no Origin
    assert one_click.status_code == 200
    (seeds / "8-4.txt").write_text(pending(4), encoding="utf-8")
    update(seeds, index)
    assert send(app).messages == 0 and len(smtp.handler.to("ana@example.org")) == 3  # 2 confirmations, 1 alert
    assert client.get(path(manage)).status_code == 404  # nothing left to follow: the address is gone


def test_a_dutch_reader_gets_dutch_messages_and_a_digest_waits_for_its_day(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    search_page = client.get("/nl/?q=trains").get_data(as_text=True)
    assert "Deze zoekopdracht per e-mail volgen" in search_page
    url = subscribe(client, smtp, "bram@example.org", "nl", "search", "q=trains", frequency="daily")
    assert smtp.handler.to("bram@example.org")[0]["Subject"].startswith("Bevestig dat u volgt")
    confirm(client, url)
    (seeds / "8-3.txt").write_text(pending(3), encoding="utf-8")
    update(seeds, index)
    assert send(app).messages == 0  # a daily digest: not yet
    db = sqlite3.connect(index / "alerts.sqlite")
    db.execute("UPDATE follows SET last_sent = '2000-01-01T00:00:00Z'")
    db.commit()
    db.close()
    assert send(app).messages == 1
    text = smtp.handler.to("bram@example.org")[-1].get_body(("plain",)).get_content()
    assert "Nieuwe vraag" in text and "8-3" in text and "Wat u volgt wijzigen of stoppen" in text


def test_a_server_that_refuses_for_a_while_gets_it_next_run(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    confirm(client, subscribe(client, smtp, "cleo@example.org", "fr", "question", "8-2"))
    (seeds / "8-2.txt").write_text(answered(2), encoding="utf-8")
    update(seeds, index)
    smtp.handler.unavailable = 1  # 421
    report = send(app)
    assert (report.messages, report.deferred) == (0, 1)
    assert send(app).messages == 1  # 250 now
    assert "Réponse publiée" in smtp.handler.to("cleo@example.org")[-1].get_body(("plain",)).get_content()
    assert send(app).messages == 0


def test_an_address_refused_for_good_is_stopped_and_its_page_says_so(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    manage = confirm(client, subscribe(client, smtp, "dan@example.org", "fr", "search", "q=trains"))
    smtp.handler.rejected.add("dan@example.org")
    for n in (3, 4, 5):
        (seeds / f"8-{n}.txt").write_text(pending(n), encoding="utf-8")
        update(seeds, index)
        assert send(app).refused == 1
    page = client.get(path(manage)).get_data(as_text=True)
    assert "a refusé nos messages plusieurs fois" in page
    smtp.handler.rejected.clear()
    assert send(app).messages == 0  # stopped: nothing more is sent


def test_a_link_opened_changes_nothing_and_a_post_from_elsewhere_is_refused(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    url = subscribe(client, smtp, "eve@example.org", "fr", "question", "8-1")
    assert client.get(path(url)).status_code == 200
    assert client.post(path(url), headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.post("/fr/suivre", headers={"Origin": "http://evil.example"},
                       data={"email": "victim@example.org", "kind": "question", "target": "8-1"}).status_code == 403
    assert smtp.handler.to("victim@example.org") == []
    confirm(client, url)
    manage = confirm(client, subscribe(client, smtp, "eve@example.org", "fr", "search", "q=trains"))
    (seeds / "8-1.txt").write_text(answered(1), encoding="utf-8")
    update(seeds, index)
    assert send(app).messages == 1
    message = smtp.handler.to("eve@example.org")[-1]
    text = message.get_body(("plain",)).get_content()
    for found in re.findall(rf"{SITE}/\S+", text):  # every link of the message, opened
        assert client.get(path(found)).status_code in (200, 404)
    assert client.get(path(message["List-Unsubscribe"].strip().strip("<>"))).status_code == 200
    assert "trains" in client.get(path(manage)).get_data(as_text=True)  # still followed: a GET stopped nothing


def test_a_form_cannot_flood_an_address(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    for _ in range(3):
        subscribe(client, smtp, "fay@example.org", "fr", "question", "8-1")
    response = client.post("/fr/suivre", headers=HEADERS,
                           data={"email": "fay@example.org", "kind": "question", "target": "8-2"})
    assert response.status_code == 429 and "trois messages de confirmation" in response.get_data(as_text=True)
    assert len(smtp.handler.to("fay@example.org")) == 3
    bad = client.post("/fr/suivre", headers=HEADERS, data={"email": "not an address", "kind": "question",
                                                            "target": "8-1"})
    assert bad.status_code == 400 and "pas une adresse e-mail" in bad.get_data(as_text=True)


@pytest.mark.slow
def test_a_send_run_killed_mid_way_loses_nothing_and_repeats_at_most_the_message_in_flight(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    people = [f"p{i}@example.org" for i in range(3)]
    for email in people:
        confirm(client, subscribe(client, smtp, email, "fr", "search", "q=trains"))
    (seeds / "8-3.txt").write_text(pending(3), encoding="utf-8")
    update(seeds, index)
    env = {**os.environ, "SEARCH_MAIL_SERVER": "127.0.0.1", "SEARCH_MAIL_PORT": str(smtp.port),
           "SEARCH_PUBLIC_URL": SITE, "SEARCH_INDEX_DIR": str(index)}
    smtp.handler.hold.set()  # DATA waits: the run is killed with a message in flight
    proc = subprocess.Popen([sys.executable, "-m", "search", "alerts", "send"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert smtp.handler.holding.wait(60)  # a message is in flight: the server has it, the run waits for its 250
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    smtp.handler.release.set()
    time.sleep(0.3)
    again = subprocess.run([sys.executable, "-m", "search", "alerts", "send"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    received = {email: len(smtp.handler.to(email)) - 1 for email in people}  # less the confirmation
    assert all(n >= 1 for n in received.values()), received  # nothing lost
    assert sum(received.values()) <= len(people) + 1, received  # at most the message in flight twice
    final = subprocess.run([sys.executable, "-m", "search", "alerts", "send"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert final.returncode == 0 and final.stdout.startswith("0 message(s) sent")


def test_a_search_followed_is_named_in_the_readers_words(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    subscribe(client, smtp, "gil@example.org", "nl", "search", "q=trains&status=pending&from=2023")
    subject = smtp.handler.to("gil@example.org")[-1]["Subject"]
    assert subject == "Bevestig dat u volgt: trains · Status: hangend · vanaf 2023", subject


def test_a_senator_followed_from_the_senators_page_gets_the_senators_new_questions(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    page = client.get("/fr/auteur/karin-brouwers").get_data(as_text=True)
    assert "Suivre ce sénateur par e-mail" in page
    target = re.search(r'name="kind" value="author">\s*<input type="hidden" name="target" value="([^"]+)"', page).group(1)
    confirm(client, subscribe(client, smtp, "hal@example.org", "fr", "author", target))
    (seeds / "8-3.txt").write_text(pending(3), encoding="utf-8")  # the same senator asks again
    update(seeds, index)
    assert send(app).messages == 1
    text = smtp.handler.to("hal@example.org")[-1].get_body(("plain",)).get_content()
    assert "8-3" in text and "Suivi : Karin Brouwers" in text


def test_a_form_cannot_change_a_confirmed_follow_without_its_owner(site, smtp):
    seeds, index, app = site
    client = app().test_client()
    manage = confirm(client, subscribe(client, smtp, "ivy@example.org", "fr", "search", "q=trains"))
    again = subscribe(client, smtp, "ivy@example.org", "fr", "search", "q=trains", news="new", frequency="weekly")
    page = client.get(path(manage)).get_data(as_text=True)
    assert 'value="immediate" selected' in page and 'value="both" selected' in page  # not yet: only the link does
    confirm(client, again)
    page = client.get(path(manage)).get_data(as_text=True)
    assert 'value="weekly" selected' in page and 'value="new" selected' in page
