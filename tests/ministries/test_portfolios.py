"""search.ministries.portfolios: a minister's title, in either language and any spelling, read into portfolios."""
from __future__ import annotations

import csv

import pytest

from search.ministries.portfolios import TABLE, lookup, read_title, table

# titles as Senate pages print them (the seeds, the fixtures, the Senate's own records of its sittings and the
# governments' composition tables), with what they cover
TITLES = [
    ("vice-première ministre et ministre de l'Intérieur et de l'Égalité des Chances",
     "deputy_prime_minister", {"interior", "equal_opportunities"}),
    ("de vice-eersteminister en minister van Binnenlandse Zaken en Gelijke Kansen",
     "deputy_prime_minister", {"interior", "equal_opportunities"}),
    ("secrétaire d'État à l'Asile et la Migration, adjointe à la ministre de la Justice", "state_secretary",
     {"asylum_migration"}),
    ("staatssecretaris voor Asiel en Migratie, toegevoegd aan de minister van Justitie", "state_secretary",
     {"asylum_migration"}),
    ("aan de staatssecretaris voor Asiel en Migratie, toegevoegd aan de minister van Justitie", "state_secretary",
     {"asylum_migration"}),
    ("à la secrétaire d'État à l'Asile et la Migration, adjointe à la ministre de la Justice", "state_secretary",
     {"asylum_migration"}),
    ("au secrétaire d'État à la Modernisation du SPF Finances et à la Lutte contre la fraude fiscale, adjoint au "
     "ministre des Finances", "state_secretary", {"finance_modernisation", "fiscal_fraud"}),
    ("ministre de la Justice", "minister", {"justice"}),
    ("de minister van Justitie", "minister", {"justice"}),
    ("secrétaire d'État à la Fonction publique et à la Modernisation des Services publics, adjoint au ministre des "
     "Finances et du Développement durable, chargé de la Fonction publique", "state_secretary",
     {"civil_service", "public_service_modernisation"}),
    ("de staatssecretaris voor Ambtenarenzaken en Modernisering van de Openbare Diensten, toegevoegd aan de minister "
     "van Financiën en Duurzame Ontwikkeling, belast met Ambtenarenzaken", "state_secretary",
     {"civil_service", "public_service_modernisation"}),
    ("vice-premier ministre et ministre de la Justice et des Réformes institutionnelles", "deputy_prime_minister",
     {"justice", "institutional_reform"}),
    ("vice-eersteminister en minister van Justitie en Institutionele Hervormingen", "deputy_prime_minister",
     {"justice", "institutional_reform"}),
    ("ministre de la Justice, chargé de la Régie des bâtiments, et ministre des Affaires européennes", "minister",
     {"justice", "buildings_agency", "european_affairs"}),
    ("Premier ministre", "prime_minister", {"prime_minister"}),
    ("de Eerste Minister", "prime_minister", {"prime_minister"}),
    ("vice-premier ministre et ministre des Affaires étrangères et européennes, chargé de Beliris et des "
     "Institutions culturelles fédérales", "deputy_prime_minister",
     {"foreign_affairs", "european_affairs", "beliris", "federal_cultural_institutions"}),
    ("de vice-eersteminister en minister van Buitenlandse en Europese Zaken, belast met Beliris en de Federale "
     "Culturele Instellingen", "deputy_prime_minister",
     {"foreign_affairs", "european_affairs", "beliris", "federal_cultural_institutions"}),
    ("vice-premier ministre et ministre de l'Emploi, de l'Économie et des Consommateurs, chargé du Commerce extérieur",
     "deputy_prime_minister", {"employment", "economy", "consumers", "foreign_trade"}),
    ("de vice-eersteminister en minister van Werk, Economie en Consumenten, belast met Buitenlandse Handel",
     "deputy_prime_minister", {"employment", "economy", "consumers", "foreign_trade"}),
    ("secrétaire d'État à la Lutte contre la fraude sociale et fiscale, adjoint au Premier ministre",
     "state_secretary", {"social_fraud", "fiscal_fraud"}),
    ("de staatssecretaris voor de Bestrijding van de sociale en de fiscale fraude, toegevoegd aan de eerste minister",
     "state_secretary", {"social_fraud", "fiscal_fraud"}),
    ("ministre des Classes moyennes, des PME, des Indépendants et de l'Agriculture", "minister",
     {"middle_classes", "smes", "self_employed", "agriculture"}),
    ("de minister van Middenstand, KMO's, Zelfstandigen en Landbouw", "minister",
     {"middle_classes", "smes", "self_employed", "agriculture"}),
    ("vice-premier ministre et ministre de la Sécurité et de l'Intérieur, chargé des Grandes Villes et de la Régie "
     "des bâtiments", "deputy_prime_minister", {"security", "interior", "big_cities", "buildings_agency"}),
    ("de vice-eersteminister en minister van Veiligheid en Binnenlandse Zaken, belast met de Regie der Gebouwen",
     "deputy_prime_minister", {"security", "interior", "buildings_agency"}),
    ("ministre des Affaires sociales et de la Santé publique", "minister", {"social_affairs", "public_health"}),
    ("de minister van Sociale Zaken en Volksgezondheid", "minister", {"social_affairs", "public_health"}),
    ("ministre de l'Économie et du Travail", "minister", {"economy", "employment"}),
    ("minister van Economie en Werk", "minister", {"economy", "employment"}),
    ("secrétaire d'État à l'Environnement, à l'Énergie et à la Mobilité, et aux Réformes institutionnelles",
     "state_secretary", {"environment", "energy", "mobility", "institutional_reform"}),
    ("staatssecretaris voor Leefmilieu, Energie en Mobiliteit, en voor Staatshervorming", "state_secretary",
     {"environment", "energy", "mobility", "institutional_reform"}),
    ("ministre de la Politique de migration et d’asile", "minister", {"asylum_migration"}),
    ("minister van Migratie- en asielbeleid", "minister", {"asylum_migration"}),
    ("ministre pour l'Entreprise et la Simplification", "minister", {"enterprise", "administrative_simplification"}),
    ("ministre du Climat et de l'Énergie", "minister", {"climate", "energy"}),
    ("minister van Klimaat en Energie", "minister", {"climate", "energy"}),
    ("ministre des Entreprises publiques, de la Politique scientifique et de la Coopération au développement, chargé "
     "des Grandes Villes", "minister",
     {"public_enterprises", "science_policy", "development_cooperation", "big_cities"}),
    ("minister van Overheidsbedrijven, Wetenschapsbeleid en Ontwikkelingssamenwerking, belast met Grootstedenbeleid",
     "minister", {"public_enterprises", "science_policy", "development_cooperation", "big_cities"}),
    ("vice-première ministre et ministre du Budget et de la Protection de la consommation", "deputy_prime_minister",
     {"budget", "consumers"}),
    ("ministre de l'Économie, de l'Énergie, du Commerce extérieur et de la Politique Scientifique", "minister",
     {"economy", "energy", "foreign_trade", "science_policy"}),
    ("secrétaire dÉtat à la Mobilité", "state_secretary", {"mobility"}),  # a source typo
    ("ministre de l’Emploi", "minister", {"employment"}),
    ("vice-premier ministre et ministre de l'Economie, des Consommateurs et de la Mer du Nord", "deputy_prime_minister",
     {"economy", "consumers", "north_sea"}),
    ("secrétaire d'État aux Affaires sociales, aux Familles et aux Personnes handicapées, chargé des Risques "
     "professionnels", "state_secretary", {"social_affairs", "family", "disabled_persons", "occupational_risks"}),
]


@pytest.mark.parametrize("title, rank, portfolios", TITLES, ids=[t[:50] for t, _, _ in TITLES])
def test_a_title_reads_as_its_portfolios_and_rank(title, rank, portfolios):
    reading = read_title(title)
    assert (set(reading.portfolios), reading.rank) == (portfolios, rank)


def test_spelling_does_not_split_a_portfolio():
    for a, b in [("l'Egalité des Chances", "l'Égalité des chances"), ("Premier Ministre", "Premier ministre"),
                 ("chargé de la Régie des bâtiments", "chargée de la Régie des Bâtiments"),
                 ("adjointe au Ministre de la Justice", "adjointe au ministre de la Justice")]:
        assert read_title("ministre de " + a).portfolios == read_title("ministre de " + b).portfolios


def test_the_minister_a_state_secretary_is_attached_to_is_not_its_portfolio():
    assert "justice" not in read_title("secrétaire d'État à l'Asile, adjointe à la ministre de la Justice").portfolios
    assert "finance" not in read_title("staatssecretaris voor Begroting, toegevoegd aan de minister van Financiën").portfolios


# State secretaries' titles of every government since 2003 that name the minister they are attached
# to, with that minister's own list of portfolios after "adjoint(e) à" / "toegevoegd aan" (from the
# swearing-in lists cited in offices.csv and the Senate's addressee lines): only the secretary's own.
ATTACHED = [
    ("secrétaire d'État à l'Informatisation de l'État, adjoint à la ministre de l'Environnement, de la Protection "
     "de la consommation et du Développement durable", {"computerisation"}),
    ("staatssecretaris voor Informatisering van de Staat, toegevoegd aan de minister van Leefmilieu, "
     "Consumentenzaken en Duurzame Ontwikkeling", {"computerisation"}),
    ("staatssecretaris voor Modernisering van de Financiën en de Strijd tegen de fiscale fraude, toegevoegd aan "
     "de minister van Financiën", {"finance_modernisation", "fiscal_fraud"}),
    ("secrétaire d'État au Développement durable et à l'Économie sociale, adjointe à la ministre du Budget et de "
     "la Protection de la consommation", {"sustainable_development", "social_economy"}),
    ("secrétaire d'État aux Affaires sociales, chargé des Personnes handicapées, adjoint à la ministre des "
     "Affaires sociales et de la Santé publique, chargée de l'intégration sociale",
     {"social_affairs", "disabled_persons"}),
    ("secrétaire d'État à l'Environnement, à l'Énergie et à la Mobilité, adjoint à la ministre de l'Intérieur et "
     "de l'Égalité des chances, et secrétaire d'État aux Réformes institutionnelles, adjoint au Premier ministre",
     {"environment", "energy", "mobility", "institutional_reform"}),
    ("secrétaire d'État au Commerce extérieur, adjoint au ministre de l'Emploi, de l'Économie et des "
     "Consommateurs, chargé du Commerce extérieur", {"foreign_trade"}),
    ("secrétaire d'État à la Lutte contre la fraude sociale, à la Protection de la vie privée et à la Mer du "
     "Nord, adjoint à la ministre des Affaires sociales et de la Santé publique",
     {"social_fraud", "privacy", "north_sea"}),
    ("Staatssecretaris voor Asiel en Migratie, belast met de Nationale Loterij, toegevoegd aan de Minister van "
     "Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing",
     {"asylum_migration", "national_lottery"}),
    ("secrétaire d'État à l'Asile et la Migration, adjointe à la ministre de l'Intérieur, des Réformes "
     "institutionnelles et du Renouveau démocratique", {"asylum_migration"}),
    ("Staatssecretaris voor Begroting en Consumentenbescherming, toegevoegd aan de Minister van Justitie, belast "
     "met de Noordzee", {"budget", "consumers"}),
    ("Staatssecretaris voor Gendergelijkheid, Gelijke Kansen en Diversiteit, toegevoegd aan de Minister van "
     "Mobiliteit", {"gender_equality", "equal_opportunities", "diversity"}),
    ("Staatssecretaris voor Relance en Strategische Investeringen, belast met Wetenschapsbeleid, toegevoegd aan "
     "de Minister van Economie en Werk", {"recovery", "science_policy"}),
    ("Staatssecretaris voor Digitalisering, belast met Administratieve Vereenvoudiging, Privacy en de Regie der "
     "Gebouwen, toegevoegd aan de Eerste Minister", {"digital", "administrative_simplification", "privacy",
                                                     "buildings_agency"}),
    ("secrétaire d'État à la Mobilité, adjoint au Premier ministre", {"mobility"}),
    # the agreement tells whose "chargée de" it is: the (female) secretary's, not the (male) minister's
    ("secrétaire d'État au Budget, adjointe au ministre des Finances, chargée de la Protection des consommateurs",
     {"budget", "consumers"}),
]


@pytest.mark.parametrize("title, portfolios", ATTACHED, ids=[t[:60] for t, _ in ATTACHED])
def test_the_attached_ministers_whole_title_is_never_the_secretarys_portfolio(title, portfolios):
    assert set(read_title(title).portfolios) == portfolios


def test_a_title_that_names_no_portfolio_says_so():
    assert read_title("ministre").portfolios == () and read_title("").rank is None


def test_the_search_box_words_name_portfolios_in_either_language():
    assert lookup("justice") == lookup("justitie") == lookup("Justice") == ["justice"]
    assert lookup("intérieur") == lookup("binnenlandse zaken") == ["interior"]
    assert lookup('fonction publique') == ["civil_service"] and "civil_service" in lookup("fonction")
    assert lookup("xyzzy") == []


def test_the_table_is_well_formed():
    rows = list(csv.DictReader(open(TABLE, encoding="utf-8")))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) and all(c.isidentifier() for c in codes)
    assert all(r["fr"] and r["nl"] and r["phrases"] for r in rows)
    for portfolio in table().values():  # each label names its own portfolio
        assert portfolio.code in lookup(portfolio.fr) and portfolio.code in lookup(portfolio.nl), portfolio.code


def test_subject_words_cite_where_they_come_from():
    """The subject words widened from the federal public services' own fields (the FPS Health, Social
    Security, Employment, Economy, Interior, the asylum bodies, the BIPT, the data protection authority, the
    CRISP's list of federal establishments, …) name their sources, addresses only."""
    with open(TABLE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cited = [r for r in rows if r["subjects_source"]]
    assert len(cited) >= 33  # of 45 portfolios with subject words: the other 12 are still to source
    for r in cited:
        assert r["subjects_fr"] and r["subjects_nl"], r["code"]
        assert all(url.startswith(("http://", "https://")) for url in r["subjects_source"].split()), r["code"]
