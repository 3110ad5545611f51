"""The judged queries of the relevance set, typed the way people type them.

Lower case, mostly without accents, singular for plural and the other way round, a
subject's two or three words, a sentence, a typo. The questions that answer a query are
named by `relevant`: a subject (tests/relevance/pages.py, `Q.subjects`) stands for every
question filed under it, graded 2 where it is the main subject and 1 where it is a secondary
one; a question id (a narrow query: `cannabis` is not every question on drugs) is graded 2.
`kind` groups the queries in the report:

    subject   the subject's words, as an indexer would file it
    words     other words for the subject, or part of it
    form      another form of the words (plural, feminine, no accent) than the pages use
    sentence  three words or more, as a sentence: not every word is in every answer
    typo      a misspelled word
"""
from __future__ import annotations

from typing import NamedTuple


class Query(NamedTuple):
    text: str
    relevant: tuple  # subjects and question ids
    kind: str


QUERIES = [Query(*q) for q in (
    # social security, work, pensions
    ("securite sociale", ("secu",), "subject"),
    ("cotisations onss", ("6-812", "5-2104"), "words"),
    ("fraude sociale", ("fraudesoc",), "subject"),
    ("dumping social travailleurs detaches", ("5-4410", "6-1918"), "words"),
    ("politique de l'emploi", ("emploi",), "subject"),
    ("taux d'emploi", ("6-1420",), "words"),
    ("metier en penurie", ("6-2207",), "form"),
    ("allocations de chomage", ("chomage",), "subject"),
    ("chomeurs sanctions onem", ("6-2002",), "form"),
    ("personnes handicapees", ("handicap",), "subject"),
    ("allocation handicape", ("6-1300", "7-640"), "form"),
    ("pension de retraite", ("pension",), "subject"),
    ("age de la retraite", ("6-318", "7-1420"), "words"),
    ("ecart de pension hommes femmes", ("5-8101",), "words"),
    ("pension de survie", ("survie",), "subject"),
    ("pension veuf", ("survie",), "form"),
    ("allocation familiale", ("allocfam",), "form"),
    ("alocations familiales", ("allocfam",), "typo"),
    ("ecart salarial", ("5-5120",), "words"),
    ("egalite homme femme", ("egalite",), "subject"),
    ("permis de travail", ("5-3350", "7-77", "6-2330"), "subject"),
    ("travailleuse etrangere", ("etrangers",), "form"),
    # justice, police
    ("surpopulation carcerale", ("prison",), "subject"),
    ("prisons", ("prison",), "form"),
    ("greve agent penitentiaire", ("5-4020",), "form"),
    ("bracelet electronique", ("bracelet",), "words"),
    ("surveillance electronique des detenus", ("bracelet",), "subject"),
    ("violences conjugales", ("violence",), "words"),
    ("violence domestique", ("violence",), "subject"),
    ("harcelement", ("harcelement",), "subject"),
    ("harcelement sexuel", ("5-7100", "7-1501"), "words"),
    ("arriere judiciaire", ("arriere",), "subject"),
    ("manque de magistrats", ("6-1402", "5-6022"), "words"),
    ("effectifs de police", ("5-1510", "6-501"), "words"),
    ("policier agresse", ("6-1880",), "form"),
    ("radicalisation", ("terrorisme",), "subject"),
    ("terroriste", ("terrorisme",), "form"),
    ("combattants etrangers syrie", ("5-9120",), "words"),
    ("trafic de drogue", ("6-1650", "7-1600", "7-1377"), "words"),
    ("cannabis", ("5-5080",), "subject"),
    # migration, health
    ("demandeurs d'asile", ("asile",), "subject"),
    ("accueil des refugies", ("asile",), "subject"),
    ("mineur etranger non accompagne", ("5-3801",), "form"),
    ("regroupement familial", ("regroupement",), "subject"),
    ("penurie de medicaments", ("6-2212", "7-1550"), "words"),
    ("medicament", ("medicament",), "subject"),
    ("prix des medicaments", ("5-4701", "7-733"), "words"),
    ("numerus clausus", ("5-2609",), "words"),
    ("medecin generaliste", ("6-770", "7-1802"), "subject"),
    ("maisons de repos", ("maisonrepos",), "subject"),
    ("maison de retraite", ("maisonrepos",), "subject"),
    ("vaccination", ("vaccination",), "subject"),
    ("vaccins", ("vaccination",), "form"),
    ("vacination rougeole", ("6-2400",), "typo"),
    ("bien etre animal", ("animal",), "form"),
    ("abattage sans etourdissement", ("5-6500",), "words"),
    # taxes, energy, transport, state
    ("fraude fiscale", ("fraudefisc",), "subject"),
    ("paradis fiscaux", ("4-4400", "6-730", "5-3818"), "subject"),
    ("tva", ("tva",), "subject"),
    ("taux de tva electricite", ("6-100",), "words"),
    ("dette publique", ("dette",), "subject"),
    ("deficit budgetaire", ("6-400", "6-1850"), "words"),
    ("centrales nucleaires", ("nucleaire",), "form"),
    ("securite nucleaire", ("nucleaire",), "subject"),
    ("dechets nucleaires", ("7-515",), "words"),
    ("tarif social", ("tarifsocial",), "subject"),
    ("tarif social gaz electricite", ("tarifsocial",), "words"),
    ("retards des trains", ("5-7210", "6-2280"), "words"),
    ("sncb", ("trains",), "words"),
    ("chemins de fer", ("trains",), "words"),
    ("securite routiere", ("routiere",), "subject"),
    ("accident de la route", ("6-1640", "6-505", "7-1025"), "words"),
    ("cybersecurite", ("cyber",), "words"),
    ("cyberattaque", ("6-300", "7-900", "5-10100"), "form"),
    ("protection des donnees", ("donnees",), "subject"),
    ("vie privee", ("donnees",), "words"),
    ("reseaux sociaux", ("medias",), "words"),
    ("medias sociaux", ("medias",), "subject"),
    ("fonction publique", ("fonctionpub",), "subject"),
    ("teletravail fonctionnaires", ("5-3100", "7-150"), "words"),
    ("exportations d'armes", ("5-8800", "6-1320"), "words"),
    ("commerce des armes", ("5-8800", "6-1320"), "subject"),
    ("cooperation au developpement", ("cooperation",), "subject"),
    ("aide au developpement", ("cooperation",), "subject"),
    ("loyers", ("loyer",), "form"),
    ("bail a loyer", ("loyer",), "subject"),
    ("bureaux de poste", ("5-3000", "7-450"), "words"),
    ("service postal", ("poste",), "subject"),
    # sentences: more words than any one answer holds
    ("combien de detenus dorment par terre dans les prisons", ("4-3310", "7-1310"), "sentence"),
    ("que fait le gouvernement contre la fraude fiscale internationale", ("fraudefisc",), "sentence"),
    ("prix d'une place en maison de repos pour les personnes agees", ("5-5890", "7-1320"), "sentence"),
    ("nombre de policiers blesses pendant le service", ("6-1880",), "sentence"),
    ("delai pour obtenir un visa de regroupement familial", ("6-990", "5-1820"), "sentence"),
    ("manque de medecins generalistes a la campagne", ("6-770",), "sentence"),
    ("combien de menages beneficient du tarif social", ("tarifsocial",), "sentence"),
    ("penurie de medicament en pharmacie", ("6-2212", "7-1550"), "sentence"),
    ("jeunes chomeurs exclus des allocations d'insertion", ("6-455",), "sentence"),
    ("trains supprimes faute de conducteurs", ("7-1400",), "sentence"),
)]
