"""A realistic synthetic archive, in the exact page layout of seeds/, for measuring at scale.

`python -m search synth --questions N --out DIR --seed S` writes N pages with every variant of
FORMAT.md in plausible proportions: French administrative prose drawn from a Zipf-distributed
vocabulary, ~300 authors, the offices of each government of the day as addressees (search/ministries), ~600
descriptors, dates 2007-2024 over legislatures 4-7, "Aussi posée à" groups of up to 19,
reintroductions, requalifications, citations and a status mix of about 70 % answered.
The same seed gives the same files.
"""
from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from ..ministries.governments import Office, holders_on, offices
from ..ministries.portfolios import label as portfolio_label, read_title
from . import synth_words as W

VERSION = 2  # raised whenever one seed writes other pages (2: the offices of the day as addressees): benches
#              that keep a corpus write it again
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
LEGISLATURES = {4: (date(2007, 7, 1), date(2010, 6, 30)), 5: (date(2010, 7, 1), date(2014, 5, 31)),
                6: (date(2014, 6, 1), date(2019, 5, 31)), 7: (date(2019, 6, 1), date(2024, 5, 31))}
VOWELS = "aeiouyàâäéèêëîïôöùûüh"


@dataclass
class Spec:
    """What the generator decided for one question: the truth its pages must parse back to."""
    id: str
    legislature: int
    number: int
    asked_on: date
    author: str
    party: Optional[str]
    addressee: str
    addressee_line: str
    title: str
    descriptors: list[str]
    status: str
    answered_on: Optional[date] = None
    answer_due: Optional[date] = None
    events: list[tuple[date, str]] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (page label, kind, id)
    cites: list[str] = field(default_factory=list)
    text_seed: int = 0
    group: Optional[str] = None
    flags: frozenset = frozenset()
    holder: Optional[str] = None  # who held the office the addressee's title names, that day

    @property
    def year(self) -> int:
        return self.asked_on.year


class Vocabulary:
    """Inflected real French words, drawn with Zipf-like frequencies."""

    def __init__(self, rng: random.Random):
        self.nouns = []  # (singular, plural, gender)
        for item in W.NOUNS.split():
            gender, word = item.split(":")
            self.nouns.append((word, _plural(word), gender))
        self.adjectives = [(a, _feminine(a)) for a in W.ADJECTIVES.split()]
        self.verbs = [v for v in W.VERBS.split() if v.endswith("er")]
        for pool in (self.nouns, self.adjectives, self.verbs):
            rng.shuffle(pool)  # rank decides frequency: shuffle so the seed varies it
        self._weights = {name: _zipf(len(pool)) for name, pool in
                         (("n", self.nouns), ("a", self.adjectives), ("v", self.verbs))}

    def forms(self) -> set[str]:
        out = set()
        for sg, pl, _ in self.nouns:
            out |= {sg, pl}
        for m, f in self.adjectives:
            out |= {m, f, _plural(m), _plural(f)}
        for v in self.verbs:
            out |= set(_conjugations(v))
        return out

    def pick(self, rng: random.Random, kind: str):
        pool = {"n": self.nouns, "a": self.adjectives, "v": self.verbs}[kind]
        return pool[bisect.bisect(self._weights[kind], rng.random() * self._weights[kind][-1])]


def _zipf(n: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 1) for rank in range(n)))


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al") and word not in ("festival", "bal"):
        return word[:-2] + "aux"
    if word.endswith(("eau", "au", "eu")):
        return word + "x"
    return word + "s"


def _feminine(adj: str) -> str:
    for end, fem in (("if", "ive"), ("el", "elle"), ("en", "enne"), ("eux", "euse"), ("er", "ère"), ("e", "e")):
        if adj.endswith(end):
            return adj[: -len(end)] + fem
    return adj + "e"


def _conjugations(verb: str) -> list[str]:
    stem = verb[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")  # mangeons
    cedil = stem[:-1] + "ç" if stem.endswith("c") else stem  # lançons
    return [verb, stem + "e", stem + "ent", (cedil if stem.endswith("c") else soft) + "ons", stem + "ez",
            stem + "é", stem + "ée", stem + "és", stem + "ées", (cedil if stem.endswith("c") else soft) + "ait",
            verb + "a", verb + "ait"]


class Writer:
    """French sentences from the vocabulary; elisions and contractions done right."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, apostrophe: str = "'"):
        self.v, self.rng, self.apo = vocab, rng, apostrophe

    def np(self, plural: bool = False, definite: bool = True) -> str:
        sg, pl, gender = self.v.pick(self.rng, "n")
        noun = pl if plural else sg
        text = noun
        if self.rng.random() < 0.5:
            m, f = self.v.pick(self.rng, "a")
            adj = f if gender == "f" else m
            text += " " + (_plural(adj) if plural else adj)
        if plural:
            return ("les " if definite else "des ") + text
        if noun[0].lower() in VOWELS:
            return ("l" if definite else "d") + self.apo + text
        return ("le " if gender == "m" else "la ") + text if definite else ("un " if gender == "m" else "une ") + text

    def de(self, np: str) -> str:
        if np.startswith("le "):
            return "du " + np[3:]
        if np.startswith("les "):
            return "des " + np[4:]
        return "de " + np

    def bare_de(self, words: str) -> str:
        return ("d" + self.apo if words[0].lower() in VOWELS else "de ") + words

    def verb(self, form: int) -> str:
        return _conjugations(self.v.pick(self.rng, "v"))[form]

    def sentence(self) -> str:
        r, year = self.rng, self.rng.randint(2005, 2024)
        number = f"{r.randint(2, 9999):,}".replace(",", " ")
        templates = [
            lambda: f"{_cap(self.np())} {self.verb(1)} {self.np()} {self.de(self.np())}.",
            lambda: f"Combien {self.bare_de(self.np(plural=True)[4:])} ont-ils été {self.verb(7)} en {year} ?",
            lambda: f"Le ministre peut-il {self.verb(0)} {self.np()} {self.de(self.np())} ?",
            lambda: f"Quelles mesures envisagez-vous pour {self.verb(0)} {self.np()} ?",
            lambda: f"Selon {self.np()}, {number} {self.np(plural=True)[4:]} {self.verb(2)} {self.np()} en {year}.",
            lambda: f"En {year}, {number} {self.np(plural=True)[4:]} ont été {self.verb(7)} par {self.np()}.",
            lambda: f"Qu{self.apo}en est-il {self.de(self.np())} {self.de(self.np())} ?",
            lambda: f"{_cap(self.np(plural=True))} {self.verb(2)} {self.np()} depuis {year}.",
            lambda: f"La secrétaire d{self.apo}État a-t-elle {self.verb(5)} {self.np()} ?",
            lambda: f"Il s{self.apo}agit {self.de(self.np())} « {self.np()} » {self.de(self.np())}.",
        ]
        return r.choice(templates)()

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Archive:
    """Plans N questions (metadata, groups, links) and renders each as a page."""

    def __init__(self, questions: int, seed: int):
        self.n, self.seed = questions, seed
        self.rng = random.Random(seed)
        self.vocab = Vocabulary(random.Random(seed + 1))
        self.authors = self._authors()
        self.offices = self._offices()
        self.descriptors = [h + q for h in W.DESCRIPTOR_HEADS.replace("\n", "").split("|") for q in W.QUALIFIERS]
        self.descriptors = list(dict.fromkeys(d.strip() for d in self.descriptors))
        random.Random(seed + 2).shuffle(self.descriptors)
        self._dweights = _zipf(len(self.descriptors))
        self.specs: list[Spec] = []

    # -- people and offices --------------------------------------------------------------
    def _authors(self) -> list[tuple[str, Optional[str], tuple[int, ...]]]:
        rng = random.Random(self.seed + 3)
        firsts, lasts = W.FIRST_NAMES.split(), [x.strip() for x in W.LAST_NAMES.replace("\n", "").split("|")]
        names = sorted({f"{f} {l}" for f, l in itertools.product(firsts, lasts)})
        rng.shuffle(names)
        out = []
        for name in names[:300]:
            party = rng.choice(sorted(W.PARTIES))
            legs = W.PARTIES[party]
            start = rng.choice(legs)
            out.append((name, None if rng.random() < 0.02 else party, tuple(l for l in legs if start <= l <= start + 2)))
        return out

    def _offices(self) -> list[tuple[Office, str, str]]:
        """Every office of the governments in office from legislature 4 to 7 (search/ministries/offices.csv), with
        its title worded as the Senate prints addressees and the line that names it: (office, title, page line).
        Worded in the masculine: the table does not say who is a woman, and the real holders are named. Offices
        whose title does not name their holder on their first and last day (the table leaves some unknown) are
        left out, so that every question's holder is known, as on the real site."""
        rng = random.Random(self.seed + 4)
        first, last = LEGISLATURES[min(LEGISLATURES)][0], LEGISLATURES[max(LEGISLATURES)][1]
        out = []
        for office in offices():
            if office.start > last or (office.end is not None and office.end <= first):
                continue
            title = _office_title(office, rng)
            reading = read_title(title)
            days = (max(office.start, first), min(office.end - timedelta(days=1) if office.end else last, last))
            if all(holders_on(day, reading.portfolios, reading.rank) == [office.name] for day in days):
                out.append((office, title, "au " + title))
        return out

    def _titles_on(self, day: date) -> list[tuple[str, str, str]]:
        """(title, page line, holder) of the offices in force on `day`."""
        return [(title, line, office.name) for office, title, line in self.offices if office.holds(day)]

    # -- planning ---------------------------------------------------------------------------
    def plan(self) -> list[Spec]:
        rng = self.rng
        start, end = LEGISLATURES[4][0], LEGISLATURES[7][1]
        span = (end - start).days
        numbers = {leg: 0 for leg in LEGISLATURES}
        while len(self.specs) < self.n:
            asked = start + timedelta(days=rng.randrange(span))
            size = 1
            if rng.random() < 0.035:
                size = min(19, 2 + int(rng.expovariate(1 / 3)), self.n - len(self.specs))
            self._plan_group(asked, size, numbers)
        self.specs.sort(key=lambda s: (s.legislature, s.number))
        self._reintroductions()
        self._citations()
        return self.specs

    def _plan_group(self, asked: date, size: int, numbers: dict) -> None:
        rng = self.rng
        leg = next(l for l, (a, b) in LEGISLATURES.items() if a <= asked <= b)
        name, party, _ = rng.choice([a for a in self.authors if leg in a[2]] or self.authors)
        titles = self._titles_on(asked)
        offices = rng.sample(titles, min(size, len(titles)))
        size = len(offices)
        title, descriptors, text_seed = self._title(), self._pick_descriptors(), rng.randrange(10**9)
        first = numbers[leg] + 1
        ids = [f"{leg}-{first + k}" for k in range(size)]
        numbers[leg] += size
        flags = self._flags(leg)
        for k, (office, line, holder) in enumerate(offices):
            spec = Spec(ids[k], leg, first + k, asked, name, party, office, line, title, descriptors, "pending",
                        text_seed=text_seed, flags=flags, group=ids[0] if size > 1 else None, holder=holder)
            spec.links = [("Aussi posée à", "question écrite", other) for other in ids if other != ids[k]]
            self._fate(spec)
            self.specs.append(spec)

    def _flags(self, leg: int) -> frozenset:
        r = self.rng.random
        flags = set()
        for name, p in (("dash", 0.1), ("lowercase_title", 0.04), ("no_hyphens", 0.1), ("typo_aout", 0.3),
                        ("nbsp", 0.3), ("glued", 0.08), ("empty_link", 0.01), ("curly", 0.4), ("acute", 0.03),
                        ("table", 0.03), ("pdf", 0.01), ("misencoded", 0.01), ("no_language", 0.02)):
            if r() < p:
                flags.add(name)
        if leg in (6, 7) and r() < 0.1:
            flags.add("transversal")
        if leg == 6 and r() < 0.005:
            flags.add("german")
        if r() < 0.02:
            flags.add("no_descriptors")
        return frozenset(flags)

    def _fate(self, spec: Spec) -> None:
        """Status, events, deadline: ~70 % answered; the rest waits, lapses, closes or is withdrawn."""
        rng, asked = self.rng, spec.asked_on
        if spec.legislature != 5:
            spec.answer_due = asked + timedelta(days=rng.choice((30, 35, 35, 42)))
        spec.events = [(asked, "Envoi question")]
        leg_end = LEGISLATURES[spec.legislature][1]
        roll = rng.random()
        reminders = [asked + timedelta(days=45 + 40 * k) for k in range(rng.choice((0, 0, 0, 1, 2, 3)))]
        if roll < 0.70:
            answered = min(asked + timedelta(days=int(rng.lognormvariate(3.8, 0.6))), leg_end)
            spec.events += [(d, "Rappel") for d in reminders if d < answered]
            spec.events.append((answered, "Réponse"))
            if rng.random() < 0.03:
                spec.events.append((answered + timedelta(days=rng.randint(20, 90)), "Réponse complémentaire"))
            spec.status, spec.answered_on = "answered", answered
            return
        spec.events += [(d, "Rappel") for d in reminders if d < leg_end]
        if roll < 0.72:
            spec.events.append((asked + timedelta(days=rng.randint(5, 60)), "Requalification"))
            spec.links.append(("Requalifiée en", "demande d'explications", f"{spec.legislature}-{rng.randint(1, 4000)}"))
            spec.status = "requalified"
        elif roll < 0.75:
            spec.events.append((asked + timedelta(days=rng.randint(3, 40)), "Retrait question"))
            spec.status = "withdrawn"
        elif spec.legislature == 7 and asked > date(2023, 6, 1) or roll < 0.80:
            # still waiting when its legislature ended, which took it with it (legislatures 4 to 7, all ended:
            # search/ingest/legislatures.csv), though like most real pages this one prints no end
            spec.status = "lapsed"
        elif roll < 0.86:
            spec.events.append((asked + timedelta(days=rng.randint(120, 400)), "Dossier clôturé"))
            spec.status = "closed"
        else:
            spec.events.append((leg_end, "Fin de la législature"))
            spec.status = "lapsed"
        spec.events.sort()

    def _reintroductions(self) -> None:
        """Lapsed questions sent again in the next legislature, same text, sometimes another author."""
        by_leg: dict[int, list[Spec]] = {}
        for s in self.specs:
            by_leg.setdefault(s.legislature, []).append(s)
        for leg in (4, 5, 6):
            later = [s for s in by_leg.get(leg + 1, []) if s.group is None and not s.links]
            for old in by_leg.get(leg, []):
                if old.status == "lapsed" and old.group is None and later and self.rng.random() < 0.25:
                    new = later.pop(0)
                    new.title, new.descriptors, new.text_seed = old.title, old.descriptors, old.text_seed
                    old.links.append(("Réintroduite comme", "question écrite", new.id))
                    if self.rng.random() < 0.8:  # some new pages do not say where they come from
                        new.links.append(("Réintroduction de", "question écrite", old.id))

    def _citations(self) -> None:
        for i, s in enumerate(self.specs):
            if i > 10 and self.rng.random() < 0.05:
                s.cites = [self.specs[self.rng.randrange(i)].id for _ in range(self.rng.randint(1, 3))]
                s.cites = [c for c in dict.fromkeys(s.cites) if c != s.id]

    def _title(self) -> str:
        w = Writer(self.vocab, self.rng)
        parts = [_cap(w.v.pick(self.rng, "n")[0]) for _ in range(self.rng.randint(2, 3))]
        return " - ".join(parts) + " - " + _cap(w.np(plural=self.rng.random() < 0.3).split(" ", 1)[-1].split("'")[-1])

    def _pick_descriptors(self) -> list[str]:
        k = self.rng.randint(1, 6)
        picks = [self.descriptors[bisect.bisect(self._dweights, self.rng.random() * self._dweights[-1])] for _ in range(k)]
        return list(dict.fromkeys(picks))

    # -- rendering --------------------------------------------------------------------------
    def render(self, s: Spec) -> str:
        rng = random.Random(s.text_seed)
        apo = "´" if "acute" in s.flags else ("’" if "curly" in s.flags else "'")
        writer = Writer(self.vocab, rng, apo)
        title = s.title.replace(" - ", " – ") if "dash" in s.flags else s.title
        if "lowercase_title" in s.flags:
            title = title.lower()
        lines = ["Version à imprimer bilingue Version à imprimer unilingue", "", f"Question écrite n° {s.id}", ""]
        who = f"{s.author} ({s.party})" if s.party else s.author
        lines += [f"de {who} du {self._date(s.asked_on, s)}", "", s.addressee_line, "", title, ""]
        descriptors = [] if "no_descriptors" in s.flags else s.descriptors
        if descriptors:
            lines += descriptors + [""]
        lines += ["Chronologie", ""]
        for d, label in s.events:
            sep = " " if (s.text_seed + d.day) % 3 == 0 else ""
            note = f" (Fin du délai de réponse: {_dmy(s.answer_due)})" if label == "Envoi question" and s.answer_due else ""
            lines.append(f"{_dmy(d)}{sep}{label}{note}")
        if "pdf" in s.flags:
            lines.append("Réponse provisoire (pdf)")
        lines.append("")
        link_lines = [f"{label} : {kind} {target}" for label, kind, target in s.links]
        if "empty_link" in s.flags:
            link_lines.append("Aussi posée à :")
        if "glued" in s.flags and len(link_lines) > 1:
            link_lines[0:2] = [link_lines[0] + link_lines[1]]
        if link_lines:
            lines += link_lines + [""]
        language = "" if "german" in s.flags or "no_language" in s.flags else \
            f" (Question posée en {rng.choice(('néerlandais', 'néerlandais', 'français'))})"
        lines += [f"Question n° {s.id} du {self._date(s.asked_on, s)} :{language}", ""]
        lines += [p + "\n" for p in self._question(s, writer, rng)]
        if s.status == "answered":
            lines += [f"Réponse reçue le {self._date(s.answered_on, s)} :", ""]
            lines += [p + "\n" for p in self._answer(s, writer, rng)]
        text = "\n".join(lines).rstrip() + "\n"
        if "nbsp" in s.flags:
            text = text.replace(" ?", "\u00a0?").replace(" :\n\n", "\u00a0:\n\n")
        return text

    def _date(self, d: date, s: Spec) -> str:
        month = "aôut" if d.month == 8 and "typo_aout" in s.flags else MONTHS[d.month - 1]
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"

    def _question(self, s: Spec, w: Writer, rng: random.Random) -> list[str]:
        if "german" in s.flags:
            return ["Die Deutschsprachige Gemeinschaft erwartet eine Antwort. Welche Maßnahmen plant der Minister?"]
        out = []
        if "transversal" in s.flags:
            out.append("Motivation du caractère transversal de la question écrite : " + w.paragraph(1))
        out.append(w.paragraph(rng.randint(2, 5)))
        if s.cites:
            out[-1] += f" J{w.apo}ai déjà interrogé le ministre à ce sujet (n° {_enumerate(s.cites)})."
        items = rng.randint(0, 5)
        if items:
            out.append("Je souhaiterais dès lors obtenir une réponse aux questions suivantes :")
            style = rng.choice(("{n}) ", "{n}. ", "{n}.", "{a}) ", "- "))
            for k in range(items):
                marker = style.format(n=k + 1, a="abcdefgh"[k])
                out.append(marker + w.sentence())
        text = out
        if "no_hyphens" in s.flags:
            text = [p.replace("-t-", " t ").replace("-il", " il").replace("-elle", " elle").replace("-ils", " ils") for p in out]
        return text

    def _answer(self, s: Spec, w: Writer, rng: random.Random) -> list[str]:
        if "german" in s.flags:
            return ["Die Vertretung wird durch die Botschaften gewährleistet."]
        out = [f"En réponse à sa question, j{w.apo}ai l{w.apo}honneur de communiquer à l{w.apo}honorable membre ce qui suit."]
        for k in range(rng.randint(1, 6)):
            prefix = f"{k + 1}. " if rng.random() < 0.4 else ""
            out.append(prefix + w.paragraph(rng.randint(1, 4)))
        if "table" in s.flags:
            out.append("Le tableau suivant reprend les chiffres :")
            out.append("\n".join(["Année", "Nombre"] + [str(x) for y in range(2019, 2023) for x in (y, rng.randint(10, 999))]))
        if "misencoded" in s.flags:
            out.append("Cette mesure concerne toute la BelgiŽ.")
        return out

    def write(self, out: Path) -> list[Spec]:
        out.mkdir(parents=True, exist_ok=True)
        specs = self.plan()
        for s in specs:
            (out / f"q_{s.legislature}_{s.number:05d}.txt").write_text(self.render(s), encoding="utf-8")
        return specs


def _office_title(office: Office, rng: random.Random) -> str:
    """An office's title as the Senate's pages print it: "vice-premier ministre et ministre de la Justice et de
    la Mer du Nord", "secrétaire d'État à l'Asile et la Migration, adjoint au Premier ministre", "Premier ministre,
    chargé de Beliris"."""
    own = [_named(p) for p in office.portfolios if p != "prime_minister"]
    if office.rank == "prime_minister":
        return "Premier ministre" + (", chargé " + _listed([_de(p) for p in own]) if own else "")
    if office.rank == "state_secretary":
        title = "secrétaire d'État " + _listed([_a(p) for p in own])
        return title + (", adjoint au Premier ministre" if rng.random() < 0.3 else "")
    head = "vice-premier ministre et ministre " if office.rank == "deputy_prime_minister" else "ministre "
    if len(own) > 2 and rng.random() < 0.5:  # the last portfolios as a charge: "…, chargé de la Poste"
        return head + _listed([_de(p) for p in own[:-1]]) + ", chargé " + _de(own[-1])
    return head + _listed([_de(p) for p in own])


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


ARTICLES = {p.strip().split(" ", 1)[-1].split("'", 1)[-1].lower(): p.strip()
            for p in W.PORTFOLIOS.replace("\n", "").split("|")}  # "justice" -> "la Justice"
OWN_ARTICLES = {  # names the rule of `_named` would get wrong
    "asile et migration": "l'Asile et la Migration", "renouveau démocratique": "le Renouveau démocratique",
    "numérique": "le Numérique", "green deal": "le Green Deal", "pme": "les PME", "beliris": "Beliris",
    "pouvoir d'achat": "le Pouvoir d'achat"}


def _named(code: str) -> str:
    """A portfolio's French name with its article: "la Justice", "l'Intérieur", "les Finances", "le Budget"."""
    label = portfolio_label(code, "fr")
    key = label.lower()
    if key in ARTICLES or key in OWN_ARTICLES:
        return ARTICLES.get(key) or OWN_ARTICLES[key]
    if key.split(" ", 1)[0].endswith(("s", "x")):
        return "les " + label
    return ("l'" if key[:1] in VOWELS else "la ") + label


def _de(portfolio: str) -> str:
    if portfolio.startswith("les "):
        return "des " + portfolio[4:]
    if portfolio.startswith("le "):
        return "du " + portfolio[3:]
    return "de " + portfolio


def _a(portfolio: str) -> str:
    if portfolio.startswith("les "):
        return "aux " + portfolio[4:]
    if portfolio.startswith("le "):
        return "au " + portfolio[3:]
    return "à " + portfolio


def _dmy(d: date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def _enumerate(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " et " + ids[-1]


def synthesize(questions: int, out: str | Path, seed: int = 0) -> list[Spec]:
    """Write `questions` pages into `out`; return what each page says."""
    return Archive(questions, seed).write(Path(out))
