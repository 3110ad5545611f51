"""search.ministries.governments: the governments and their offices, checked as data, and the one
holder a title names on a day."""
from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

import pytest

from search.ministries.governments import (RANKS, government_on, governments, holder_of, holders_on, offices,
                                            offices_on)
from search.ministries.portfolios import read_title, table

SINCE_2003 = [o for o in offices() if o.government != "verhofstadt_i"]


def test_every_government_follows_the_previous_one():
    found = governments()
    names = [g.name for g in found]
    assert names[:2] == ["Verhofstadt I", "Verhofstadt II"] and names[-2:] == ["De Croo", "De Wever"]
    for before, after in zip(found, found[1:]):
        assert before.end == after.start, (before.name, after.name)
        assert before.start < before.end
    assert found[-1].end is None or found[-1].end > found[-1].start


def test_every_row_cites_its_source():
    assert all(g.source.startswith(("http://", "https://")) for g in governments())
    assert all(o.source.startswith(("http://", "https://")) for o in offices())


def test_offices_lie_within_their_government():
    by_code = {g.code: g for g in governments()}
    for o in offices():
        government = by_code[o.government]
        assert government.start <= o.start, o
        end = o.end or government.end
        assert end is None or government.end is None or end <= government.end, o
        assert o.end is None or o.start < o.end, o


def test_offices_name_known_portfolios_and_ranks():
    codes = set(table())
    for o in offices():
        assert o.portfolios and set(o.portfolios) <= codes and o.rank in RANKS, o
        assert ("prime_minister" in o.portfolios) == (o.rank == "prime_minister"), o


def test_no_two_people_hold_one_office_at_once():
    """One office, one holder: two rows of the same level and portfolios never overlap in time, and
    neither does one person hold two rows of one level at once (a state secretary may be made a
    minister too: Maggie De Block took Justice in July 2014 and kept her state secretariat)."""
    for a, b in combinations(offices(), 2):
        a_end, b_end = a.end or date.max, b.end or date.max
        if not (a.start < b_end and b.start < a_end):
            continue
        assert not (a.level == b.level and set(a.portfolios) == set(b.portfolios)), (a, b)
        assert a.name != b.name or a.level != b.level, (a, b)


def test_no_gap_inside_a_government():
    """Every day of a government has a prime minister, and an office handed over passes from one
    holder to the next within a week (a resignation and the successor's oath)."""
    for government in governments():
        rows = sorted((o for o in offices() if o.government == government.code and o.rank == "prime_minister"),
                      key=lambda o: o.start)
        assert rows and rows[0].start == government.start, government
        for before, after in zip(rows, rows[1:]):
            assert before.end == after.start, (before, after)
        assert rows[-1].end == government.end, government
    for a in offices():
        if a.end is None or a.rank == "prime_minister":
            continue
        successors = [b for b in offices() if b.government == a.government and b.level == a.level
                      and set(b.portfolios) == set(a.portfolios) and b.start >= a.end]
        if successors:
            first = min(successors, key=lambda b: b.start)
            assert first.start - a.end <= timedelta(days=7), (a, first)


FR_RANK = {"prime_minister": "Premier ministre", "deputy_prime_minister": "vice-premier ministre et ministre",
           "minister": "ministre", "state_secretary": "secrétaire d'État"}
NL_RANK = {"prime_minister": "eerste minister", "deputy_prime_minister": "vice-eersteminister en minister",
           "minister": "minister", "state_secretary": "staatssecretaris"}


def _titles(office) -> list[str]:
    """The office's title in French and Dutch, as the Senate prints such titles."""
    labels = table()
    own = [p for p in office.portfolios if p != "prime_minister"]
    fr = " et de ".join(f"la {labels[p].fr}" for p in own)
    nl = " en ".join(labels[p].nl for p in own)
    if office.rank == "prime_minister":
        return [FR_RANK["prime_minister"] + (f", chargé de {fr}" if own else ""),
                NL_RANK["prime_minister"] + (f", belast met {nl}" if own else "")]
    if office.rank == "state_secretary":
        return [f"secrétaire d'État à {fr}, adjoint au Premier ministre",
                f"staatssecretaris voor {nl}, toegevoegd aan de eerste minister"]
    return [f"{FR_RANK[office.rank]} de {fr}", f"{NL_RANK[office.rank]} van {nl}"]


@pytest.mark.parametrize("office", SINCE_2003, ids=lambda o: f"{o.government}-{o.name}-{o.start}")
def test_every_office_since_2003_gets_exactly_its_holder(office):
    """Each office's title in French and in Dutch, read as the build reads an addressee, on the
    office's first and last day, names that one person."""
    days = [office.start, (office.end or date(2026, 1, 1)) - timedelta(days=1)]
    for title in _titles(office):
        reading = read_title(title)
        for day in days:
            assert holders_on(day, reading.portfolios, reading.rank) == [office.name], (title, day, reading)


# Titles as they were printed, from the sources of offices.csv (swearing-in lists, the Chamber's
# and the Senate's addressee lines), with the one person each names that day.
PRINTED = [
    ("2004-03-01", "vice-première ministre et ministre de la Justice", "Laurette Onkelinx"),
    ("2006-05-01", "vice-première ministre et ministre de la Justice", "Laurette Onkelinx"),
    ("2007-06-01", "vice-eersteminister en minister van Justitie", "Laurette Onkelinx"),
    ("2006-01-10", "ministre de la Fonction publique, de l'Intégration sociale, de la Politique des grandes villes "
                   "et de l'Égalité des chances", "Christian Dupont"),
    ("2006-01-10", "secrétaire d'État à la Modernisation des Finances et à la Lutte contre la fraude fiscale, "
                   "adjoint au ministre des Finances", "Hervé Jamar"),
    ("2005-04-27", "secrétaire d'État à l'Informatisation de l'État, adjoint au ministre du Budget et des "
                   "Entreprises publiques", "Peter Vanvelthoven"),
    ("2005-04-27", "staatssecretaris voor Informatisering van de Staat, toegevoegd aan de minister van Begroting "
                   "en Overheidsbedrijven", "Peter Vanvelthoven"),
    ("2006-11-06", "ministre de la Mobilité", "Renaat Landuyt"),
    ("2005-05-06", "staatssecretaris voor het Gezin en Personen met een Handicap", "Gisèle Mandaila Malamba"),
    ("2007-11-12", "minister van Mobiliteit", "Renaat Landuyt"),
    ("2006-03-01", "ministre de l'Emploi", "Peter Vanvelthoven"),
    ("2009-10-01", "ministre de l'Entreprise et de la Simplification administrative", "Vincent Van Quickenborne"),
    ("2010-06-01", "ministre de l'Économie", "Vincent Van Quickenborne"),
    ("2008-06-01", "minister van Economie", "Vincent Van Quickenborne"),
    ("2008-06-01", "secrétaire d'État à la Modernisation du SPF Finances et à la Lutte contre la fraude fiscale, "
                   "adjoint au ministre des Finances", "Bernard Clerfayt"),
    ("2009-10-01", "staatssecretaris voor Modernisering van de FOD Financiën en Bestrijding van de fiscale fraude, "
                   "toegevoegd aan de minister van Financiën", "Bernard Clerfayt"),
    ("2010-06-01", "secrétaire d'État à la Modernisation du Service public fédéral Finances, à la Fiscalité "
                   "environnementale et à la Lutte contre la fraude fiscale, adjoint au ministre des Finances",
     "Bernard Clerfayt"),
    ("2011-03-01", "staatssecretaris voor Modernisering van de Federale Overheidsdienst Financiën, Milieufiscaliteit "
                   "en Bestrijding van de fiscale fraude, toegevoegd aan de minister van Financiën", "Bernard Clerfayt"),
    ("2008-07-01", "secrétaire d'État aux Affaires étrangères, chargé de la Préparation de la Présidence européenne, "
                   "adjoint au ministre des Affaires étrangères", "Olivier Chastel"),
    ("2008-07-01", "ministre des Affaires étrangères", "Karel De Gucht"),
    ("2009-05-01", "staatssecretaris voor Europese Zaken, toegevoegd aan de minister van Buitenlandse Zaken",
     "Olivier Chastel"),
    ("2012-06-01", "vice-premier ministre et ministre des Pensions", "Vincent Van Quickenborne"),
    ("2013-03-01", "vice-premier ministre et ministre des Pensions", "Alexander De Croo"),
    ("2013-03-01", "vice-eersteminister en minister van Pensioenen", "Alexander De Croo"),
    ("2014-03-01", "ministre de la Justice", "Annemie Turtelboom"),
    ("2014-09-01", "ministre de la Justice", "Maggie De Block"),
    ("2014-09-01", "minister van Justitie", "Maggie De Block"),
    ("2014-09-01", "secrétaire d'État à l'Asile et la Migration, à l'Intégration sociale et à la Lutte contre la "
                   "pauvreté, adjointe à la ministre de la Justice", "Maggie De Block"),
    ("2015-01-15", "secrétaire d'État à la Lutte contre la pauvreté, à l'Égalité des chances, aux Personnes "
                   "handicapées, et à la Politique scientifique, chargée des Institutions scientifiques fédérales, "
                   "adjointe au ministre des Finances, chargé de la Lutte contre la fraude fiscale", "Elke Sleurs"),
    ("2016-01-15", "staatssecretaris voor Armoedebestrijding, Gelijke Kansen, Personen met een beperking, en "
                   "Wetenschapsbeleid, belast met Grote Steden, toegevoegd aan de minister van Financiën",
     "Elke Sleurs"),
    ("2016-01-15", "ministre des Finances, chargé de la Lutte contre la fraude fiscale", "Johan Van Overtveldt"),
    ("2016-01-15", "vice-premier ministre et ministre de la Sécurité et de l'Intérieur, chargé de la Régie des "
                   "bâtiments", "Jan Jambon"),
    ("2025-06-01", "ministre des Classes moyennes, des Indépendants et des PME", "Eléonore Simonet"),
    ("2025-06-01", "minister van Middenstand, Zelfstandigen en KMO's", "Eléonore Simonet"),
    ("2025-06-01", "ministre de l'Énergie", "Mathieu Bihet"),
    ("2025-06-01", "minister van Energie", "Mathieu Bihet"),
    ("2006-06-01", "ministre des Affaires sociales et de la Santé publique", "Rudy Demotte"),
    ("2007-06-01", "ministre de la Coopération au développement", "Armand De Decker"),
    ("2007-10-01", "ministre des Affaires sociales et de la Santé publique, chargé des Affaires européennes",
     "Didier Donfut"),
    ("2007-10-01", "minister van Sociale Zaken en Volksgezondheid", "Didier Donfut"),
    ("2008-04-01", "vice-eersteminister en minister van Financiën en Institutionele Hervormingen", "Didier Reynders"),
    ("2008-04-01", "vice-eersteminister en minister van Justitie en Institutionele Hervormingen", "Jo Vandeurzen"),
    ("2008-04-01", "staatssecretaris voor Mobiliteit, toegevoegd aan de eerste minister", "Etienne Schouppe"),
    ("2009-04-01", "vice-premier ministre et ministre de la Fonction publique, des Entreprises publiques et des "
                   "Réformes institutionnelles", "Steven Vanackere"),
    ("2009-04-01", "vice-premier ministre et ministre des Finances et des Réformes institutionnelles", "Didier Reynders"),
    ("2010-06-01", "vice-premier ministre et ministre des Affaires étrangères et des Réformes institutionnelles",
     "Steven Vanackere"),
    ("2010-06-01", "vice-premier ministre et ministre des Finances et des Réformes institutionnelles", "Didier Reynders"),
    ("2009-03-01", "ministre de la Politique de migration et d'asile", "Annemie Turtelboom"),
    ("2009-10-01", "ministre de l'Intérieur", "Annemie Turtelboom"),
    ("2009-10-01", "secrétaire d'État au Budget, à la Politique de migration et d'asile, à la Politique des familles "
                   "et aux Institutions culturelles fédérales, adjoint au Premier ministre", "Melchior Wathelet"),
    ("2010-06-01", "secrétaire d'État aux Affaires sociales, chargé des Personnes handicapées, adjoint à la ministre "
                   "des Affaires sociales et de la Santé publique, chargée de l'intégration sociale",
     "Jean-Marc Delizée"),
    ("2010-06-01", "secrétaire d'État à l'Intégration sociale et à la Lutte contre la pauvreté, adjoint à la ministre "
                   "des Affaires sociales et de la Santé publique", "Philippe Courard"),
    ("2014-09-01", "vice-premier ministre et ministre de l'Intérieur", "Melchior Wathelet"),
    ("2013-04-30", "vice-première ministre et ministre des Affaires sociales et de la Santé publique, chargée de "
                   "Beliris et des Institutions culturelles fédérales", "Laurette Onkelinx"),
    ("2012-05-01", "vice-premier ministre et ministre des Finances et du Développement durable, chargé de la "
                   "Fonction publique", "Steven Vanackere"),
    ("2013-06-01", "vice-premier ministre et ministre des Finances et du Développement durable, chargé de la "
                   "Fonction publique", "Koen Geens"),
    ("2013-06-01", "secrétaire d'État à l'Environnement, à l'Énergie et à la Mobilité, adjoint à la ministre de "
                   "l'Intérieur et de l'Égalité des chances, et secrétaire d'État aux Réformes institutionnelles, "
                   "adjoint au Premier ministre", "Melchior Wathelet"),
    ("2015-01-10", "ministre de la Mobilité, chargée de Belgocontrol et de la Société nationale des chemins de fer "
                   "belges", "Jacqueline Galant"),
    ("2017-01-10", "ministre de la Mobilité, chargé de Belgocontrol et de la Société nationale des chemins de fer "
                   "belges", "François Bellot"),
    ("2016-01-10", "secrétaire d'État à la Lutte contre la fraude sociale, à la Protection de la vie privée et à "
                   "la Mer du Nord, adjoint à la ministre des Affaires sociales et de la Santé publique",
     "Bart Tommelein"),
    ("2017-01-10", "staatssecretaris voor Bestrijding van de sociale fraude, Privacy en Noordzee, toegevoegd aan "
                   "de minister van Sociale Zaken en Volksgezondheid", "Philippe De Backer"),
    ("2016-01-10", "vice-premier ministre et ministre de la Sécurité et de l'Intérieur, chargé des Grandes Villes "
                   "et de la Régie des bâtiments", "Jan Jambon"),
    ("2016-01-10", "ministre de la Justice", "Koen Geens"),
    ("2019-03-01", "vice-eersteminister en minister van Justitie, belast met de Regie der Gebouwen", "Koen Geens"),
    ("2019-12-15", "vice-eersteminister en Minister van Justitie, belast met de Regie der Gebouwen, en Minister van "
                   "Europese Zaken", "Koen Geens"),
    ("2020-05-01", "Minister van Veiligheid en Binnenlandse Zaken", "Pieter De Crem"),
    ("2020-05-01", "Minister van Mobiliteit, belast met Belgocontrol en de Nationale Maatschappij der Belgische "
                   "spoorwegen", "François Bellot"),
    ("2021-03-01", "Vice-eersteminister en Minister van Justitie, belast met de Noordzee", "Vincent Van Quickenborne"),
    ("2024-03-01", "Vice-eersteminister en Minister van Justitie, belast met de Noordzee", "Paul Van Tigchelt"),
    ("2021-03-01", "Vice-eersteminister en Minister van Mobiliteit", "Georges Gilkinet"),
    ("2021-03-01", "Minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing",
     "Annelies Verlinden"),
    ("2021-03-01", "Minister van Middenstand, Zelfstandigen, Kmo's en Landbouw, Institutionele Hervormingen en "
                   "Democratische Vernieuwing", "David Clarinval"),
    ("2021-03-01", "Staatssecretaris voor Asiel en Migratie, belast met de Nationale Loterij, toegevoegd aan de "
                   "Minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing",
     "Sammy Mahdi"),
    ("2023-03-01", "secrétaire d'État à l'Asile et la Migration, adjointe à la ministre de l'Intérieur, des Réformes "
                   "institutionnelles et du Renouveau démocratique", "Nicole de Moor"),
    ("2021-03-01", "Minister van Pensioenen en Maatschappelijke Integratie, belast met Personen met een beperking, "
                   "Armoedebestrijding en Beliris", "Karine Lalieux"),
    ("2023-03-01", "Staatssecretaris voor Begroting en Consumentenbescherming, toegevoegd aan de Minister van "
                   "Justitie, belast met de Noordzee", "Alexia Bertrand"),
    ("2025-03-01", "Ministre de la Justice, chargée de la Mer du Nord", "Annelies Verlinden"),
    ("2025-03-01", "Vice-Premier Ministre et Ministre des Finances et des Pensions, chargé de la Loterie nationale "
                   "et des Institutions culturelles fédérales", "Jan Jambon"),
]


@pytest.mark.parametrize("day,title,name", PRINTED)
def test_printed_titles_name_one_person(day, title, name):
    reading = read_title(title)
    assert holders_on(date.fromisoformat(day), reading.portfolios, reading.rank) == [name], reading


def test_an_office_whose_holder_the_sources_do_not_give_has_none():
    """From De Decker's departure in July 2007 to the next government, the sources do not say who held
    Development Cooperation: the table names nobody rather than the one who left. Demotte's office went
    to Didier Donfut, whose state secretariat ended then."""
    assert holders_on(date(2007, 7, 18), ["social_affairs", "public_health"], "minister") == ["Rudy Demotte"]
    assert holders_on(date(2007, 10, 1), ["social_affairs", "public_health"], "minister") == ["Didier Donfut"]
    assert holders_on(date(2007, 10, 1), ["european_affairs"], "state_secretary") == []
    assert holders_on(date(2007, 7, 1), ["development_cooperation"], "minister") == ["Armand De Decker"]
    assert holders_on(date(2007, 10, 1), ["development_cooperation"], "minister") == []
    assert holders_on(date(2008, 1, 10), ["social_affairs", "public_health"], "minister") == ["Laurette Onkelinx"]


def test_a_day_falls_in_one_government_and_its_holders():
    assert government_on(date(2013, 4, 30)).name == "Di Rupo"
    assert government_on(date(2008, 3, 20)).name == "Leterme I"  # the day one ends, the next begins
    assert government_on(date(1990, 1, 1)) is None
    assert holders_on(date(2013, 4, 30), ["justice"], "minister") == ["Annemie Turtelboom"]
    assert holders_on(date(2013, 4, 30), ["justice"], "state_secretary") == []  # levels apart
    assert holders_on(date(2008, 4, 19), ["poverty"], "state_secretary") == ["Frédéric Laloux"]
    assert holders_on(date(2008, 4, 21), ["poverty"], "state_secretary") == ["Jean-Marc Delizée"]


def test_a_shared_portfolio_alone_names_no_one_rather_than_two():
    """Institutional Reforms in 2010 belonged to two deputy prime ministers: a title naming it alone
    cannot tell which, and says so (no holder) rather than crediting both."""
    assert holders_on(date(2010, 6, 1), ["institutional_reform"], "deputy_prime_minister") == []
    assert len(holder_of(date(2010, 6, 1), ["finance", "institutional_reform"], "deputy_prime_minister")) == 1


def test_offices_on_a_day():
    names = {o.name for o in offices_on(date(2016, 1, 10))}
    assert {"Charles Michel", "Koen Geens", "Jacqueline Galant", "Bart Tommelein"} <= names
    assert "François Bellot" not in names
