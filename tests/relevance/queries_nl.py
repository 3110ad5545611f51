"""The judged Dutch queries, typed as people type them (see tests/relevance/queries.py for the kinds);
one more kind here:

    compound  part of a compound the pages write whole (`ongevallen verkeer` for `verkeersongevallen`),
              or a compound of words the pages write apart
"""
from __future__ import annotations

from .queries import Query

QUERIES_NL = [Query(*q) for q in (
    # prisons
    ("gevangenis", ("gevangenis",), "form"),
    ("overbevolking gevangenissen", ("gevangenis",), "subject"),
    ("cipiers staking", ("5-9002",), "words"),
    ("nieuwe gevangenis haren", ("6-9003",), "words"),
    ("voorlopige hechtenis", ("7-9004",), "subject"),
    ("gevangenissen overbevolkt", ("gevangenis",), "form"),
    # road safety
    ("verkeersveiligheid", ("verkeer",), "subject"),
    ("verkeersongeval", ("verkeer",), "form"),
    ("ongevallen verkeer", ("verkeer",), "compound"),
    ("trajectcontrole", ("6-9011",), "form"),
    ("alcohol achter het stuur", ("6-9012",), "sentence"),
    ("ongeval vrachtwagen", ("7-9013",), "form"),
    ("verkeersdode", ("5-9010",), "form"),
    # child benefit
    ("kinderbijslag", ("kinderbijslag",), "subject"),
    ("kinderbijslagen", ("kinderbijslag",), "form"),
    ("gezinsbijslag eenoudergezin", ("5-9021",), "words"),
    ("kinderbijsalg", ("kinderbijslag",), "typo"),
    # unemployment
    ("werkloosheid", ("werkloosheid",), "subject"),
    ("werkloosheidsuitkering", ("werkloosheid",), "subject"),
    ("uitkering werklozen", ("werkloosheid",), "compound"),
    ("werkloze jongeren", ("5-9031",), "form"),
    ("sancties rva werkzoekenden", ("6-9032",), "words"),
    ("tijdelijke werkloosheid corona", ("7-9033",), "words"),
    # pensions
    ("pensioen", ("pensioen",), "subject"),
    ("pensioenleeftijd", ("6-9041", "5-9040"), "words"),
    ("leeftijd pensioen", ("6-9041", "5-9040"), "compound"),
    ("pensioenkloof vrouwen", ("6-9042",), "words"),
    ("minimumpensioenen", ("7-9043",), "form"),
    ("vervroegd pensioen", ("5-9040",), "words"),
    # hospitals
    ("ziekenhuis", ("ziekenhuis",), "form"),
    ("ziekenhuizen financiering", ("5-9050",), "words"),
    ("ziekenhuisnetwerk", ("6-9051",), "form"),
    ("wachttijd spoed", ("6-9052",), "form"),
    ("intensieve zorg bedden", ("7-9053",), "words"),
    # asylum
    ("asielzoekers", ("asiel",), "subject"),
    ("opvang asielzoeker", ("asiel",), "form"),
    ("vluchtelingen syrie", ("6-9061",), "words"),
    ("niet begeleide minderjarigen", ("6-9062",), "words"),
    ("asielzoekres", ("asiel",), "typo"),
    # trains
    ("treinen vertraging", ("trein",), "subject"),
    ("stiptheid trein", ("5-9070",), "form"),
    ("spoorstaking", ("6-9071",), "form"),
    ("compensatie treinvertraging", ("6-9072",), "words"),
    # tax fraud
    ("belastingfraude", ("belastingfraude",), "subject"),
    ("fiscale fraude belastingparadijs", ("5-9080", "6-9081"), "words"),
    ("btw fraude", ("7-9082",), "compound"),
    # police
    ("politie personeelstekort", ("5-9090",), "words"),
    ("politieagenten gewond", ("7-9092",), "form"),
    ("bewaking kerncentrales", ("6-9091",), "words"),
    # drugs
    ("cannabis", ("5-9100",), "words"),
    ("cocaine haven antwerpen", ("6-9101",), "words"),
    ("drugsgeweld antwerpen", ("7-9102",), "words"),
    # terrorism
    ("terrorisme", ("terrorisme",), "subject"),
    ("radicalisering gevangenis", ("6-9111",), "words"),
    ("syriestrijders", ("7-9112",), "words"),
    # energy
    ("kerncentrale doel", ("5-9120",), "words"),
    ("btw op elektriciteit", ("6-9121",), "words"),
    ("gasprijs gezinnen", ("7-9122",), "words"),
    # domestic violence
    ("partnergeweld", ("partnergeweld",), "subject"),
    ("huiselijk geweld opvang", ("6-9131",), "words"),
    ("femicide", ("7-9132",), "words"),
    # medicines
    ("tekort geneesmiddelen", ("5-9140",), "words"),
    ("geneesmiddel", ("geneesmiddel",), "form"),
    ("dure kankermedicijnen", ("6-9141",), "words"),
    # defence
    ("kazerne sluiting", ("5-9150",), "form"),
    ("f-35 gevechtsvliegtuig", ("6-9151",), "form"),
    ("rekrutering militairen", ("7-9152",), "words"),
    # farming
    ("pesticiden", ("5-9160",), "words"),
    ("melkprijs boeren", ("6-9161",), "words"),
    ("stikstof landbouwbedrijven", ("7-9162",), "words"),
    # equality
    ("loonkloof", ("5-9170",), "words"),
    ("vrouwen raad van bestuur", ("6-9171",), "sentence"),
    ("gelijkheid mannen vrouwen", ("gelijkheid",), "subject"),
    # broad: many questions name these words, those about them must come first
    ("geweld", ("partnergeweld", "7-9092", "7-9102"), "subject"),
    ("vrouwen", ("gelijkheid", "partnergeweld", "6-9042"), "words"),
    # sentences
    ("hoeveel asielzoekers slapen op straat", ("7-9063",), "sentence"),
    ("wat doet de minister tegen vertragingen van de treinen", ("5-9070", "6-9072"), "sentence"),
    ("hoeveel gedetineerden slapen op de grond", ("5-9001",), "sentence"),
)]
