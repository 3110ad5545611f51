"""A judged set for the ministry a question concerns (search.indexer.concerns): questions addressed to
titles that name several portfolios, each judged, by reading it, to concern one of them (or, for a few,
two), and questions addressed to one portfolio that the archive learns from. French and Dutch, in the
real web layout, under the governments and titles the offices table knows.

    python -m tests.ministries.concerns      # precision and recall, and what each ministry counts that it should not
"""
from __future__ import annotations

# office: (day asked, French title, Dutch title)
OFFICES = {
    "onkelinx": ("2013-03-12", "à la vice-première ministre et ministre des Affaires sociales et de la Santé publique, "
                 "chargée de Beliris et des Institutions culturelles fédérales",
                 "aan de vice-eersteminister en minister van Sociale Zaken en Volksgezondheid, belast met Beliris en "
                 "de Federale Culturele Instellingen"),
    "milquet": ("2012-10-04", "à la vice-première ministre et ministre de l'Intérieur et de l'Égalité des chances",
                "aan de vice-eersteminister en minister van Binnenlandse Zaken en Gelijke Kansen"),
    "vandelanotte": ("2012-11-20", "au vice-premier ministre et ministre de l'Économie, des Consommateurs et de la "
                     "Mer du Nord", "aan de vice-eersteminister en minister van Economie, Consumenten en Noordzee"),
    "reynders": ("2013-01-15", "au vice-premier ministre et ministre des Affaires étrangères, du Commerce extérieur "
                 "et des Affaires européennes", "aan de vice-eersteminister en minister van Buitenlandse Zaken, "
                 "Buitenlandse Handel en Europese Zaken"),
    "laruelle": ("2012-06-05", "à la ministre des Classes moyennes, des PME, des Indépendants et de l'Agriculture",
                 "aan de minister van Middenstand, KMO's, Zelfstandigen en Landbouw"),
    "magnette": ("2012-05-10", "au ministre des Entreprises publiques, de la Politique scientifique et de la "
                 "Coopération au développement, chargé des Grandes Villes",
                 "aan de minister van Overheidsbedrijven, Wetenschapsbeleid en Ontwikkelingssamenwerking, belast "
                 "met Grootstedenbeleid"),
    "vanackere": ("2012-09-18", "au vice-premier ministre et ministre des Finances et du Développement durable, "
                  "chargé de la Fonction publique", "aan de vice-eersteminister en minister van Financiën en "
                  "Duurzame Ontwikkeling, belast met Ambtenarenzaken"),
    "wathelet": ("2013-05-14", "au secrétaire d'État à l'Environnement, à l'Énergie et à la Mobilité, adjoint à la "
                 "ministre de l'Intérieur et de l'Égalité des chances, et secrétaire d'État aux Réformes "
                 "institutionnelles, adjoint au Premier ministre",
                 "aan de staatssecretaris voor Leefmilieu, Energie en Mobiliteit, toegevoegd aan de minister van "
                 "Binnenlandse Zaken en Gelijke Kansen, en staatssecretaris voor Staatshervorming, toegevoegd aan "
                 "de eerste minister"),
    "deblock": ("2012-12-11", "à la secrétaire d'État à l'Asile et la Migration, à l'Intégration sociale et à la "
                "Lutte contre la pauvreté, adjointe à la ministre de la Justice",
                "aan de staatssecretaris voor Asiel en Migratie, Maatschappelijke Integratie en Armoedebestrijding, "
                "toegevoegd aan de minister van Justitie"),
    "crombez": ("2013-02-19", "au secrétaire d'État à la Lutte contre la fraude sociale et fiscale, adjoint au "
                "Premier ministre", "aan de staatssecretaris voor de Bestrijding van de sociale en de fiscale "
                "fraude, toegevoegd aan de eerste minister"),
    "jambon": ("2016-03-08", "au vice-premier ministre et ministre de la Sécurité et de l'Intérieur, chargé des "
               "Grandes Villes et de la Régie des bâtiments", "aan de vice-eersteminister en minister van "
               "Veiligheid en Binnenlandse Zaken, belast met Grootstedenbeleid en de Regie der Gebouwen"),
    "peeters": ("2016-05-24", "au vice-premier ministre et ministre de l'Emploi, de l'Économie et des "
                "Consommateurs, chargé du Commerce extérieur", "aan de vice-eersteminister en minister van Werk, "
                "Economie en Consumenten, belast met Buitenlandse Handel"),
    "decroo": ("2016-10-11", "au vice-premier ministre et ministre de la Coopération au développement, de l'Agenda "
               "numérique, des Télécommunications et de la Poste", "aan de vice-eersteminister en minister van "
               "Ontwikkelingssamenwerking, Digitale Agenda, Telecommunicatie en Post"),
    "borsus": ("2015-11-17", "au ministre des Classes moyennes, des Indépendants, des PME, de l'Agriculture, et de "
               "l'Intégration sociale", "aan de minister van Middenstand, Zelfstandigen, KMO's, Landbouw, en "
               "Maatschappelijke Integratie"),
    "marghem": ("2017-02-07", "à la ministre de l'Énergie, de l'Environnement et du Développement durable",
                "aan de minister van Energie, Leefmilieu en Duurzame Ontwikkeling"),
    "reynders2": ("2017-06-13", "au vice-premier ministre et ministre des Affaires étrangères et européennes, chargé "
                  "de Beliris et des Institutions culturelles fédérales", "aan de vice-eersteminister en minister "
                  "van Buitenlandse en Europese Zaken, belast met Beliris en de Federale Culturele Instellingen"),
    "lalieux": ("2022-03-15", "à la ministre des Pensions et de l'Intégration sociale, chargée des Personnes "
                "handicapées, de la Lutte contre la pauvreté et de Beliris", "aan de minister van Pensioenen en "
                "Maatschappelijke Integratie, belast met Personen met een beperking, Armoedebestrijding en Beliris"),
    "khattabi": ("2021-11-09", "à la ministre du Climat, de l'Environnement, du Développement durable et du Green "
                 "Deal", "aan de minister van Klimaat, Leefmilieu, Duurzame Ontwikkeling en Green Deal"),
    "desutter": ("2022-05-03", "à la vice-première ministre et ministre de la Fonction publique, des Entreprises "
                 "publiques, des Télécommunications et de la Poste", "aan de vice-eersteminister en minister van "
                 "Ambtenarenzaken, Overheidsbedrijven, Telecommunicatie en Post"),
    "verlinden": ("2021-06-22", "à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau "
                  "démocratique", "aan de minister van Binnenlandse Zaken, Institutionele Hervormingen en "
                  "Democratische Vernieuwing"),
    "vandenbroucke": ("2021-09-28", "au vice-premier ministre et ministre des Affaires sociales et de la Santé "
                      "publique", "aan de vice-eersteminister en minister van Sociale Zaken en Volksgezondheid"),
    "dermagne": ("2022-01-18", "au vice-premier ministre et ministre de l'Économie et du Travail",
                 "aan de vice-eersteminister en minister van Economie en Werk"),
}

# (office, language, title, descriptors apart by ";", the portfolio(s) judged, apart by "+")
JUDGED = [
    # Onkelinx (Di Rupo): social affairs, public health, Beliris, federal cultural institutions
    ("onkelinx", "fr", "Hôpitaux - Financement des services d'urgence", "hôpital; urgence médicale; financement", "public_health"),
    ("onkelinx", "fr", "Médicaments - Pénurie dans les pharmacies", "médicament; pharmacie; pénurie", "public_health"),
    ("onkelinx", "fr", "Beliris - Rénovation des logements sociaux à Bruxelles", "logement social; Région de Bruxelles-Capitale", "beliris"),
    ("onkelinx", "fr", "Beliris - Accord de coopération - Budget 2013", "Région de Bruxelles-Capitale; accord de coopération", "beliris"),
    ("onkelinx", "fr", "Musées royaux des Beaux-Arts - Fermeture des salles d'art moderne", "musée; patrimoine culturel", "federal_cultural_institutions"),
    ("onkelinx", "fr", "Institutions culturelles fédérales - Gratuité le premier mercredi du mois", "musée; politique culturelle", "federal_cultural_institutions"),
    ("onkelinx", "fr", "Allocations familiales - Retard de paiement", "prestation familiale; sécurité sociale", "social_affairs"),
    ("onkelinx", "fr", "INAMI - Remboursement des soins dentaires", "assurance maladie; soins dentaires", "public_health"),
    ("onkelinx", "fr", "Tabac - Interdiction de fumer dans les cafés", "tabagisme; santé publique", "public_health"),
    ("onkelinx", "fr", "Sécurité sociale - Cotisations des travailleurs frontaliers", "sécurité sociale; travailleur frontalier; cotisation sociale", "social_affairs"),
    ("onkelinx", "nl", "Ziekenhuizen - Financiering van de spoeddiensten", "ziekenhuis; dringende medische hulp; financiering", "public_health"),
    ("onkelinx", "nl", "Geneesmiddelen - Tekorten in de apotheken", "geneesmiddel; apotheek; tekort", "public_health"),
    ("onkelinx", "nl", "Beliris - Renovatie van de stations in Brussel", "Brussels Hoofdstedelijk Gewest; station", "beliris"),
    ("onkelinx", "nl", "Koninklijke Bibliotheek - Digitalisering van de collecties", "bibliotheek; cultureel erfgoed", "federal_cultural_institutions"),
    ("onkelinx", "nl", "Kinderbijslag - Laattijdige betalingen", "gezinsbijslag; sociale zekerheid", "social_affairs"),
    ("onkelinx", "nl", "RIZIV - Terugbetaling van tandzorg", "ziekteverzekering; tandverzorging", "public_health"),
    # Milquet (Di Rupo): interior, equal opportunities
    ("milquet", "fr", "Police - Effectifs des zones de police", "police; effectif du personnel", "interior"),
    ("milquet", "fr", "Égalité des chances - Discrimination à l'embauche des personnes d'origine étrangère", "discrimination; égalité des chances; recrutement", "equal_opportunities"),
    ("milquet", "fr", "Sécurité civile - Réforme des services d'incendie", "protection civile; service d'incendie", "interior"),
    ("milquet", "fr", "Violences conjugales - Plan d'action national", "violence domestique; égalité homme-femme", "equal_opportunities"),
    ("milquet", "fr", "Élections communales - Vote électronique", "vote électronique; élection locale", "interior"),
    ("milquet", "fr", "Football - Hooliganisme - Interdictions de stade", "sport; hooliganisme", "interior"),
    ("milquet", "nl", "Politie - Personeelsbestand van de politiezones", "politie; personeelsbestand", "interior"),
    ("milquet", "nl", "Gelijke kansen - Discriminatie op de huurmarkt", "discriminatie; gelijke kansen; huurwoning", "equal_opportunities"),
    ("milquet", "nl", "Brandweer - Hervorming van de hulpverleningszones", "civiele bescherming; brandweer", "interior"),
    ("milquet", "nl", "Partnergeweld - Nationaal actieplan", "huiselijk geweld; gelijke behandeling van man en vrouw", "equal_opportunities"),
    # Vande Lanotte (Di Rupo): economy, consumers, North Sea
    ("vandelanotte", "fr", "Mer du Nord - Parcs éoliens offshore", "énergie éolienne; mer du Nord", "north_sea"),
    ("vandelanotte", "fr", "Protection des consommateurs - Frais bancaires", "protection du consommateur; banque; frais", "consumers"),
    ("vandelanotte", "fr", "Prix de l'électricité - Mécanisme de blocage", "prix de l'énergie; électricité", "economy"),
    ("vandelanotte", "fr", "Contrats de téléphonie mobile - Clauses abusives", "protection du consommateur; téléphone mobile", "consumers"),
    ("vandelanotte", "fr", "Inflation - Indice des prix à la consommation", "inflation; prix à la consommation", "economy"),
    ("vandelanotte", "fr", "Pêche côtière - Quotas en mer du Nord", "pêche; mer du Nord", "north_sea"),
    ("vandelanotte", "nl", "Noordzee - Offshore windparken", "windenergie; Noordzee", "north_sea"),
    ("vandelanotte", "nl", "Consumentenbescherming - Bankkosten", "consumentenbescherming; bank; kosten", "consumers"),
    ("vandelanotte", "nl", "Elektriciteitsprijzen - Prijsblokkering", "energieprijs; elektriciteit", "economy"),
    ("vandelanotte", "nl", "Inflatie - Index van de consumptieprijzen", "inflatie; consumptieprijs", "economy"),
    # Reynders (Di Rupo): foreign affairs, foreign trade, European affairs
    ("reynders", "fr", "Syrie - Situation humanitaire et position de la Belgique", "Syrie; aide humanitaire; politique étrangère", "foreign_affairs"),
    ("reynders", "fr", "Exportations belges - Missions économiques en Chine", "exportation; Chine; mission commerciale", "foreign_trade"),
    ("reynders", "fr", "Conseil européen - Budget pluriannuel de l'Union", "Conseil européen; budget de l'UE", "european_affairs"),
    ("reynders", "fr", "Ambassades - Fermeture de postes diplomatiques en Afrique", "représentation diplomatique; Afrique", "foreign_affairs"),
    ("reynders", "fr", "Accord de libre-échange UE-Canada - Position belge", "zone de libre-échange; Canada; commerce extérieur", "foreign_trade"),
    ("reynders", "fr", "République démocratique du Congo - Élections", "République démocratique du Congo; élection", "foreign_affairs"),
    ("reynders", "nl", "Syrië - Humanitaire toestand", "Syrië; humanitaire hulp; buitenlands beleid", "foreign_affairs"),
    ("reynders", "nl", "Export - Economische missies naar India", "uitvoer; India; handelsmissie", "foreign_trade"),
    ("reynders", "nl", "Europese Raad - Meerjarenbegroting van de Unie", "Europese Raad; EU-begroting", "european_affairs"),
    ("reynders", "nl", "Democratische Republiek Congo - Verkiezingen", "Democratische Republiek Congo; verkiezing", "foreign_affairs"),
    # Laruelle (Di Rupo): middle classes, SMEs, self-employed, agriculture
    ("laruelle", "fr", "Agriculteurs - Crise du lait et prix à la production", "lait; prix agricole; agriculteur", "agriculture"),
    ("laruelle", "fr", "Indépendants - Statut social et pension minimum", "travailleur indépendant; pension", "self_employed"),
    ("laruelle", "fr", "AFSCA - Contrôles dans les exploitations agricoles", "sécurité alimentaire; exploitation agricole", "agriculture"),
    ("laruelle", "fr", "Faillites - Droit passerelle pour les indépendants", "faillite; travailleur indépendant", "self_employed"),
    ("laruelle", "fr", "PME - Accès au crédit bancaire", "petites et moyennes entreprises; crédit", "smes"),
    ("laruelle", "fr", "Maladie de la langue bleue - Indemnisation des éleveurs", "élevage; maladie animale", "agriculture"),
    ("laruelle", "nl", "Landbouwers - Melkcrisis en producentenprijzen", "melk; landbouwprijs; landbouwer", "agriculture"),
    ("laruelle", "nl", "Zelfstandigen - Sociaal statuut", "zelfstandige; sociaal statuut", "self_employed"),
    ("laruelle", "nl", "Kmo's - Toegang tot bankkrediet", "kleine en middelgrote onderneming; krediet", "smes"),
    # Magnette (Di Rupo): public enterprises, science policy, development cooperation, big cities
    ("magnette", "fr", "SNCB - Plan de transport et suppression de trains", "SNCB; transport ferroviaire", "public_enterprises"),
    ("magnette", "fr", "bpost - Fermeture de bureaux de poste", "service postal; bpost", "public_enterprises"),
    ("magnette", "fr", "Coopération au développement - Aide à Haïti", "aide au développement; Haïti", "development_cooperation"),
    ("magnette", "fr", "Établissements scientifiques fédéraux - Réforme de Belspo", "recherche scientifique; politique scientifique", "science_policy"),
    ("magnette", "fr", "Politique des grandes villes - Contrats de ville", "politique urbaine; ville", "big_cities"),
    ("magnette", "fr", "Aide publique au développement - Objectif de 0,7 %", "aide au développement; coopération au développement", "development_cooperation"),
    ("magnette", "nl", "NMBS - Vervoersplan en afgeschafte treinen", "NMBS; spoorvervoer", "public_enterprises"),
    ("magnette", "nl", "Ontwikkelingssamenwerking - Steun aan Haïti", "ontwikkelingshulp; Haïti", "development_cooperation"),
    ("magnette", "nl", "Wetenschapsbeleid - Hervorming van Belspo", "wetenschappelijk onderzoek; wetenschapsbeleid", "science_policy"),
    # Vanackere (Di Rupo): finance, sustainable development, civil service
    ("vanackere", "fr", "Fiscalité - Régularisation fiscale", "fraude fiscale; régularisation", "finance"),
    ("vanackere", "fr", "Impôt des personnes physiques - Déclaration électronique", "impôt sur le revenu; administration fiscale", "finance"),
    ("vanackere", "fr", "Fonction publique - Recrutements par le Selor", "fonction publique; recrutement", "civil_service"),
    ("vanackere", "fr", "Développement durable - Plan fédéral", "développement durable; planification", "sustainable_development"),
    ("vanackere", "fr", "TVA - Taux dans le secteur de la construction", "TVA; construction", "finance"),
    ("vanackere", "fr", "Douanes - Contrôles dans le port d'Anvers", "douane; port", "finance"),
    ("vanackere", "nl", "Fiscaliteit - Fiscale regularisatie", "belastingfraude; regularisatie", "finance"),
    ("vanackere", "nl", "Ambtenarenzaken - Aanwervingen via Selor", "overheidsapparaat; aanwerving", "civil_service"),
    ("vanackere", "nl", "Btw - Tarief in de bouwsector", "btw; bouw", "finance"),
    # Wathelet (Di Rupo): environment, energy, mobility, institutional reform
    ("wathelet", "fr", "Sécurité routière - Radars sur les autoroutes", "sécurité routière; autoroute", "mobility"),
    ("wathelet", "fr", "Centrales nucléaires - Prolongation de Doel", "énergie nucléaire; centrale nucléaire", "energy"),
    ("wathelet", "fr", "Survol de Bruxelles - Nuisances sonores de l'aéroport", "aéroport; nuisance sonore; transport aérien", "mobility"),
    ("wathelet", "fr", "Réforme de l'État - Transfert des compétences", "réforme institutionnelle; répartition des compétences", "institutional_reform"),
    ("wathelet", "fr", "Pollution de l'air - Particules fines", "pollution atmosphérique; environnement", "environment"),
    ("wathelet", "fr", "Prix du gaz - Contrats variables", "gaz naturel; prix de l'énergie", "energy"),
    ("wathelet", "nl", "Verkeersveiligheid - Trajectcontrole", "verkeersveiligheid; snelweg", "mobility"),
    ("wathelet", "nl", "Kerncentrales - Verlenging van Doel", "kernenergie; kerncentrale", "energy"),
    ("wathelet", "nl", "Staatshervorming - Overdracht van bevoegdheden", "staatshervorming; bevoegdheidsverdeling", "institutional_reform"),
    ("wathelet", "nl", "Luchtvervuiling - Fijn stof", "luchtverontreiniging; leefmilieu", "environment"),
    # De Block (Di Rupo): asylum and migration, social integration, poverty
    ("deblock", "fr", "Demandeurs d'asile - Places d'accueil", "droit d'asile; politique d'accueil", "asylum_migration"),
    ("deblock", "fr", "CPAS - Revenu d'intégration des étudiants", "CPAS; revenu minimum; étudiant", "social_integration"),
    ("deblock", "fr", "Pauvreté infantile - Plan fédéral", "pauvreté; enfant", "poverty"),
    ("deblock", "fr", "Regroupement familial - Conditions de revenus", "regroupement familial; immigration", "asylum_migration"),
    ("deblock", "fr", "Retour volontaire - Primes de retour", "politique migratoire; rapatriement", "asylum_migration"),
    ("deblock", "nl", "Asielzoekers - Opvangplaatsen", "asielrecht; opvangbeleid", "asylum_migration"),
    ("deblock", "nl", "OCMW - Leefloon voor studenten", "OCMW; minimuminkomen; student", "social_integration"),
    ("deblock", "nl", "Kinderarmoede - Federaal plan", "armoede; kind", "poverty"),
    # Crombez (Di Rupo): social fraud, fiscal fraud
    ("crombez", "fr", "Fraude sociale - Domiciliations fictives", "fraude sociale; domicile", "social_fraud"),
    ("crombez", "fr", "Fraude fiscale - Comptes au Luxembourg", "fraude fiscale; évasion fiscale", "fiscal_fraud"),
    ("crombez", "fr", "Faux indépendants - Contrôles de l'ONSS", "fraude sociale; travailleur indépendant", "social_fraud"),
    ("crombez", "nl", "Sociale fraude - Schijndomicilies", "sociale fraude; woonplaats", "social_fraud"),
    ("crombez", "nl", "Fiscale fraude - Rekeningen in Luxemburg", "belastingfraude; belastingontduiking", "fiscal_fraud"),
    # Jambon (Michel I): security, interior, big cities, buildings agency
    ("jambon", "fr", "Terrorisme - Niveau de la menace", "terrorisme; sécurité publique", "security+interior"),
    ("jambon", "fr", "Police fédérale - Moyens de la police judiciaire", "police; effectif du personnel", "interior+security"),
    ("jambon", "fr", "Régie des bâtiments - Rénovation du palais de justice", "bâtiment public; palais de justice", "buildings_agency"),
    ("jambon", "fr", "Sécurité civile - Zones de secours", "protection civile; service d'incendie", "interior+security"),
    ("jambon", "fr", "Grandes villes - Contrats de ville", "politique urbaine; ville", "big_cities"),
    ("jambon", "nl", "Terrorisme - Dreigingsniveau", "terrorisme; openbare veiligheid", "security+interior"),
    ("jambon", "nl", "Regie der Gebouwen - Renovatie van het justitiepaleis", "openbaar gebouw; justitiepaleis", "buildings_agency"),
    ("jambon", "nl", "Federale politie - Middelen van de gerechtelijke politie", "politie; personeelsbestand", "interior+security"),
    # Peeters (Michel I): employment, economy, consumers, foreign trade
    ("peeters", "fr", "Chômage des jeunes - Stages de transition", "chômage des jeunes; stage", "employment"),
    ("peeters", "fr", "Emploi - Titres-services", "politique de l'emploi; titre-service", "employment"),
    ("peeters", "fr", "Protection des consommateurs - Achats en ligne", "protection du consommateur; commerce électronique", "consumers"),
    ("peeters", "fr", "Commerce extérieur - Accord avec le Japon", "commerce extérieur; Japon", "foreign_trade"),
    ("peeters", "fr", "Prix de l'énergie - Norme énergétique", "prix de l'énergie; compétitivité", "economy"),
    ("peeters", "fr", "Travail de nuit - Commerce électronique", "travail de nuit; commerce électronique", "employment"),
    ("peeters", "nl", "Jeugdwerkloosheid - Instapstages", "jeugdwerkloosheid; stage", "employment"),
    ("peeters", "nl", "Consumentenbescherming - Onlineaankopen", "consumentenbescherming; elektronische handel", "consumers"),
    ("peeters", "nl", "Buitenlandse handel - Akkoord met Japan", "buitenlandse handel; Japan", "foreign_trade"),
    # De Croo (Michel I): development cooperation, digital agenda, telecommunications, post
    ("decroo", "fr", "Coopération au développement - Aide au Burundi", "aide au développement; Burundi", "development_cooperation"),
    ("decroo", "fr", "Télécommunications - Couverture 4G en zone rurale", "télécommunication; réseau de téléphonie mobile", "telecommunications"),
    ("decroo", "fr", "bpost - Distribution du courrier le samedi", "service postal; bpost", "post"),
    ("decroo", "fr", "Agenda numérique - Compétences numériques des seniors", "société de l'information; personne âgée", "digital"),
    ("decroo", "fr", "Enabel - Réforme de la CTB", "coopération au développement; agence", "development_cooperation"),
    ("decroo", "nl", "Ontwikkelingssamenwerking - Steun aan Burundi", "ontwikkelingshulp; Burundi", "development_cooperation"),
    ("decroo", "nl", "Telecommunicatie - 4G-dekking op het platteland", "telecommunicatie; mobiel netwerk", "telecommunications"),
    ("decroo", "nl", "bpost - Postbedeling op zaterdag", "postdienst; bpost", "post"),
    # Borsus (Michel I): middle classes, self-employed, SMEs, agriculture, social integration
    ("borsus", "fr", "Agriculture - Crise du porc", "porc; crise agricole", "agriculture"),
    ("borsus", "fr", "CPAS - Projet individualisé d'intégration sociale", "CPAS; intégration sociale", "social_integration"),
    ("borsus", "fr", "Indépendants - Pension minimum", "travailleur indépendant; pension", "self_employed"),
    ("borsus", "fr", "AFSCA - Contrôles chez les bouchers", "sécurité alimentaire; boucherie", "agriculture"),
    ("borsus", "nl", "Landbouw - Varkenscrisis", "varken; landbouwcrisis", "agriculture"),
    ("borsus", "nl", "OCMW - Geïndividualiseerd project voor maatschappelijke integratie", "OCMW; maatschappelijke integratie", "social_integration"),
    ("borsus", "nl", "Zelfstandigen - Minimumpensioen", "zelfstandige; pensioen", "self_employed"),
    # Marghem (Michel I): energy, environment, sustainable development
    ("marghem", "fr", "Centrales nucléaires - Fissures dans les cuves de Tihange", "énergie nucléaire; centrale nucléaire", "energy"),
    ("marghem", "fr", "Pacte énergétique - Sortie du nucléaire", "politique énergétique; énergie nucléaire", "energy"),
    ("marghem", "fr", "Pesticides - Glyphosate", "pesticide; protection de l'environnement", "environment"),
    ("marghem", "fr", "Objectifs de développement durable - Rapport de la Belgique", "développement durable; Nations unies", "sustainable_development"),
    ("marghem", "nl", "Kerncentrales - Scheurtjes in de reactorvaten van Tihange", "kernenergie; kerncentrale", "energy"),
    ("marghem", "nl", "Pesticiden - Glyfosaat", "pesticide; milieubescherming", "environment"),
    # Reynders (Michel I): foreign and European affairs, Beliris, federal cultural institutions
    ("reynders2", "fr", "Beliris - Métro Nord à Bruxelles", "transport urbain; Région de Bruxelles-Capitale", "beliris"),
    ("reynders2", "fr", "Turquie - Détention de ressortissants belges", "Turquie; protection consulaire", "foreign_affairs"),
    ("reynders2", "fr", "Brexit - Conséquences pour la Belgique", "retrait de l'UE; Royaume-Uni", "european_affairs+foreign_affairs"),
    ("reynders2", "fr", "Musées royaux d'Art et d'Histoire - Collections", "musée; patrimoine culturel", "federal_cultural_institutions"),
    ("reynders2", "fr", "Visas humanitaires - Familles syriennes", "visa; Syrie", "foreign_affairs"),
    ("reynders2", "nl", "Beliris - Metro Noord in Brussel", "stadsvervoer; Brussels Hoofdstedelijk Gewest", "beliris"),
    ("reynders2", "nl", "Turkije - Aanhouding van Belgische onderdanen", "Turkije; consulaire bescherming", "foreign_affairs"),
    ("reynders2", "nl", "Koninklijke Musea voor Kunst en Geschiedenis - Collecties", "museum; cultureel erfgoed", "federal_cultural_institutions"),
    # Lalieux (De Croo): pensions, social integration, disabled persons, poverty, Beliris
    ("lalieux", "fr", "Pension minimum - Relèvement à 1 500 euros", "pension de retraite; pension minimum", "pensions"),
    ("lalieux", "fr", "Personnes handicapées - Allocations de remplacement de revenus", "personne handicapée; allocation", "disabled_persons"),
    ("lalieux", "fr", "Beliris - Piscines à Bruxelles", "équipement sportif; Région de Bruxelles-Capitale", "beliris"),
    ("lalieux", "fr", "CPAS - Revenu d'intégration - Montant", "CPAS; revenu minimum", "social_integration"),
    ("lalieux", "fr", "Pauvreté énergétique - Tarif social", "pauvreté; prix de l'énergie", "poverty"),
    ("lalieux", "fr", "Pension - Écart entre hommes et femmes", "pension de retraite; égalité homme-femme", "pensions"),
    ("lalieux", "fr", "Direction générale Personnes handicapées - Délais de traitement", "personne handicapée; administration publique", "disabled_persons"),
    ("lalieux", "nl", "Minimumpensioen - Optrekking tot 1 500 euro", "rustpensioen; minimumpensioen", "pensions"),
    ("lalieux", "nl", "Personen met een beperking - Inkomensvervangende tegemoetkoming", "gehandicapte; uitkering", "disabled_persons"),
    ("lalieux", "nl", "OCMW - Leefloon - Bedrag", "OCMW; minimuminkomen", "social_integration"),
    ("lalieux", "nl", "Beliris - Zwembaden in Brussel", "sportvoorziening; Brussels Hoofdstedelijk Gewest", "beliris"),
    ("lalieux", "nl", "Pensioen - Kloof tussen mannen en vrouwen", "rustpensioen; gelijke behandeling van man en vrouw", "pensions"),
    # Khattabi (De Croo): climate, environment, sustainable development, Green Deal
    ("khattabi", "fr", "COP26 - Contribution climatique de la Belgique", "changement climatique; politique climatique", "climate"),
    ("khattabi", "fr", "Pesticides - Interdiction de l'usage privé", "pesticide; protection de l'environnement", "environment"),
    ("khattabi", "fr", "Plastique à usage unique - Interdiction", "matière plastique; protection de l'environnement", "environment"),
    ("khattabi", "fr", "Émissions de CO2 - Objectifs 2030", "réduction des gaz à effet de serre; changement climatique", "climate"),
    ("khattabi", "nl", "COP26 - Klimaatbijdrage van België", "klimaatverandering; klimaatbeleid", "climate"),
    ("khattabi", "nl", "Pesticiden - Verbod op particulier gebruik", "pesticide; milieubescherming", "environment"),
    # De Sutter (De Croo): civil service, public enterprises, telecommunications, post
    ("desutter", "fr", "SNCB - Contrat de service public", "SNCB; service public", "public_enterprises"),
    ("desutter", "fr", "Fonction publique - Télétravail des fonctionnaires", "fonction publique; télétravail", "civil_service"),
    ("desutter", "fr", "5G - Mise aux enchères des fréquences", "télécommunication; radiofréquence", "telecommunications"),
    ("desutter", "fr", "bpost - Distributeurs de billets", "service postal; bpost", "post+public_enterprises"),
    ("desutter", "nl", "NMBS - Openbaredienstcontract", "NMBS; openbare dienst", "public_enterprises"),
    ("desutter", "nl", "Ambtenarenzaken - Telewerk", "overheidsapparaat; telewerk", "civil_service"),
    ("desutter", "nl", "5G - Veiling van de frequenties", "telecommunicatie; radiofrequentie", "telecommunications"),
    # Verlinden (De Croo): interior, institutional reforms, democratic renewal
    ("verlinden", "fr", "Police - Caméras-piétons", "police; vidéosurveillance", "interior"),
    ("verlinden", "fr", "Réforme de l'État - Consultation citoyenne", "réforme institutionnelle; participation des citoyens", "institutional_reform+democratic_renewal"),
    ("verlinden", "fr", "Inondations de juillet 2021 - Protection civile", "inondation; protection civile", "interior"),
    ("verlinden", "fr", "Registre national - Fuites de données", "registre de la population; protection des données", "interior"),
    ("verlinden", "nl", "Politie - Bodycams", "politie; videobewaking", "interior"),
    ("verlinden", "nl", "Overstromingen van juli 2021 - Civiele bescherming", "overstroming; civiele bescherming", "interior"),
    # Vandenbroucke (De Croo): social affairs, public health
    ("vandenbroucke", "fr", "Covid-19 - Vaccination des enfants", "épidémie; vaccination", "public_health"),
    ("vandenbroucke", "fr", "Hôpitaux - Réseaux hospitaliers", "hôpital; organisation des soins", "public_health"),
    ("vandenbroucke", "fr", "Incapacité de travail - Retour au travail des malades de longue durée", "incapacité de travail; réinsertion professionnelle", "social_affairs"),
    ("vandenbroucke", "fr", "Médicaments - Pénuries", "médicament; pénurie", "public_health"),
    ("vandenbroucke", "fr", "Cotisations sociales - Réduction pour les premiers engagements", "cotisation sociale; sécurité sociale", "social_affairs"),
    ("vandenbroucke", "nl", "Covid-19 - Vaccinatie van kinderen", "epidemie; vaccinatie", "public_health"),
    ("vandenbroucke", "nl", "Ziekenhuizen - Ziekenhuisnetwerken", "ziekenhuis; organisatie van de zorg", "public_health"),
    ("vandenbroucke", "nl", "Arbeidsongeschiktheid - Re-integratie van langdurig zieken", "arbeidsongeschiktheid; herinschakeling in het beroepsleven", "social_affairs"),
    # Dermagne (De Croo): economy, employment
    ("dermagne", "fr", "Chômage temporaire - Covid-19", "chômage partiel; épidémie", "employment"),
    ("dermagne", "fr", "Prix de l'énergie - Marges des fournisseurs", "prix de l'énergie; concurrence", "economy"),
    ("dermagne", "fr", "Emploi - Taux d'emploi de 80 %", "politique de l'emploi; taux d'emploi", "employment"),
    ("dermagne", "nl", "Tijdelijke werkloosheid - Covid-19", "gedeeltelijke werkloosheid; epidemie", "employment"),
    ("dermagne", "nl", "Energieprijzen - Marges van de leveranciers", "energieprijs; mededinging", "economy"),
]

# questions addressed to one portfolio, that the archive learns from: (day, French or Dutch title, language,
# question title, descriptors)
SINGLE = [
    ("2012-03-06", "à la ministre de la Justice", "fr", "Prisons - Surpopulation", "prison; surpopulation carcérale"),
    ("2012-03-13", "au ministre de la Défense", "fr", "Armée - Achat d'avions de combat", "forces armées; avion militaire"),
    ("2012-04-03", "au ministre des Pensions", "fr", "Pension anticipée - Conditions", "pension de retraite; âge de la retraite"),
    ("2012-04-17", "au ministre des Pensions", "fr", "Pension - Écart entre hommes et femmes", "pension de retraite; égalité homme-femme"),
    ("2012-05-02", "à la ministre de l'Emploi", "fr", "Titres-services - Financement", "politique de l'emploi; titre-service"),
    ("2012-05-08", "à la ministre de l'Emploi", "fr", "Chômage des jeunes - Accompagnement", "chômage des jeunes; stage"),
    ("2012-05-22", "à la ministre de l'Emploi", "fr", "Chômage temporaire - Entreprises en difficulté", "chômage partiel; entreprise"),
    ("2016-02-02", "au ministre des Finances", "fr", "TVA - Restaurants", "TVA; restauration"),
    ("2016-02-09", "au ministre des Finances", "fr", "Fiscalité - Régularisation fiscale", "fraude fiscale; régularisation"),
    ("2016-02-16", "au ministre des Finances", "fr", "Douanes - Port d'Anvers", "douane; port"),
    ("2016-02-23", "au ministre des Finances", "fr", "Impôt des personnes physiques - Tax-on-web", "impôt sur le revenu; administration fiscale"),
    ("2016-03-01", "au ministre de la Mobilité", "fr", "Sécurité routière - Radars", "sécurité routière; autoroute"),
    ("2016-03-15", "à la ministre de la Mobilité", "fr", "Aéroport de Zaventem - Survol", "aéroport; nuisance sonore; transport aérien"),
    ("2016-03-22", "à la ministre de la Mobilité", "fr", "Permis de conduire - Examens", "permis de conduire; sécurité routière"),
    ("2016-04-05", "à la ministre de l'Énergie", "fr", "Électricité - Sécurité d'approvisionnement", "électricité; approvisionnement énergétique"),
    ("2021-03-02", "à la ministre de l'Énergie", "fr", "Centrales nucléaires - Sortie du nucléaire", "énergie nucléaire; centrale nucléaire"),
    ("2021-03-09", "à la ministre de l'Énergie", "fr", "Gaz naturel - Prix", "gaz naturel; prix de l'énergie"),
    ("2021-03-16", "à la ministre de la Défense", "fr", "Défense - Recrutement", "forces armées; recrutement"),
    ("2021-03-23", "au ministre de la Mobilité", "fr", "SNCB - Ponctualité", "SNCB; transport ferroviaire"),
    ("2021-04-06", "au ministre de la Justice", "fr", "Justice - Arriéré judiciaire", "procédure judiciaire; arriéré"),
    ("2010-02-02", "à la ministre de l'Intérieur", "fr", "Police - Effectifs", "police; effectif du personnel"),
    ("2010-02-09", "à la ministre de l'Intérieur", "fr", "Services d'incendie - Réforme", "protection civile; service d'incendie"),
    ("2010-02-16", "à la ministre de l'Intérieur", "fr", "Football - Sécurité dans les stades", "sport; hooliganisme"),
    ("2010-02-23", "à la ministre de l'Intérieur", "fr", "Police - Caméras", "police; vidéosurveillance"),
    ("2010-03-02", "à la ministre de l'Intérieur", "fr", "Registre national - Accès", "registre de la population; protection des données"),
    ("2010-03-09", "à la ministre de l'Intérieur", "fr", "Inondations - Fonds des calamités", "inondation; protection civile"),
    ("2010-03-16", "au ministre des Affaires étrangères", "fr", "Congo - Élections", "République démocratique du Congo; élection"),
    ("2010-03-23", "au ministre des Affaires étrangères", "fr", "Proche-Orient - Position belge", "Proche-Orient; politique étrangère"),
    ("2010-03-30", "au ministre des Affaires étrangères", "fr", "Consulats - Assistance aux Belges détenus", "protection consulaire; détenu"),
    ("2010-04-06", "au ministre de la Coopération au développement", "fr", "Aide au développement - Afrique centrale", "aide au développement; Afrique"),
    ("2010-04-13", "au ministre de la Coopération au développement", "fr", "CTB - Projets", "coopération au développement; agence"),
    ("2010-04-20", "au ministre du Budget", "fr", "Budget - Ajustement", "budget de l'État; finances publiques"),
    ("2006-02-07", "à la ministre de la Justice", "fr", "Palais de justice - Rénovation", "bâtiment public; palais de justice"),
    ("2022-02-01", "à la ministre de la Défense", "fr", "Armée - Avions F-35", "forces armées; avion militaire"),
    ("2022-02-08", "au ministre de l'Énergie", "fr", "Tarif social - Extension", "prix de l'énergie; tarif social"),
    ("2012-03-06", "aan de minister van Justitie", "nl", "Gevangenissen - Overbevolking", "gevangenis; overbevolking in de gevangenissen"),
    ("2012-04-03", "aan de minister van Pensioenen", "nl", "Vervroegd pensioen - Voorwaarden", "rustpensioen; pensioenleeftijd"),
    ("2012-04-17", "aan de minister van Pensioenen", "nl", "Pensioen - Kloof tussen mannen en vrouwen", "rustpensioen; gelijke behandeling van man en vrouw"),
    ("2012-05-02", "aan de minister van Werk", "nl", "Jeugdwerkloosheid - Begeleiding", "jeugdwerkloosheid; stage"),
    ("2012-05-22", "aan de minister van Werk", "nl", "Tijdelijke werkloosheid - Bedrijven in moeilijkheden", "gedeeltelijke werkloosheid; onderneming"),
    ("2016-02-02", "aan de minister van Financiën", "nl", "Btw - Restaurants", "btw; restaurant"),
    ("2016-02-09", "aan de minister van Financiën", "nl", "Fiscaliteit - Fiscale regularisatie", "belastingfraude; regularisatie"),
    ("2016-03-01", "aan de minister van Mobiliteit", "nl", "Verkeersveiligheid - Flitspalen", "verkeersveiligheid; snelweg"),
    ("2021-03-02", "aan de minister van Energie", "nl", "Kerncentrales - Kernuitstap", "kernenergie; kerncentrale"),
    ("2021-03-09", "aan de minister van Energie", "nl", "Aardgas - Prijzen", "aardgas; energieprijs"),
    ("2021-03-23", "aan de minister van Mobiliteit", "nl", "NMBS - Stiptheid", "NMBS; spoorvervoer"),
    ("2010-02-02", "aan de minister van Binnenlandse Zaken", "nl", "Politie - Personeelsbestand", "politie; personeelsbestand"),
    ("2010-02-09", "aan de minister van Binnenlandse Zaken", "nl", "Brandweer - Hervorming", "civiele bescherming; brandweer"),
    ("2010-02-23", "aan de minister van Binnenlandse Zaken", "nl", "Politie - Camera's", "politie; videobewaking"),
    ("2010-03-09", "aan de minister van Binnenlandse Zaken", "nl", "Overstromingen - Rampenfonds", "overstroming; civiele bescherming"),
    ("2010-03-16", "aan de minister van Buitenlandse Zaken", "nl", "Congo - Verkiezingen", "Democratische Republiek Congo; verkiezing"),
    ("2010-03-30", "aan de minister van Buitenlandse Zaken", "nl", "Consulaten - Bijstand aan gedetineerde Belgen", "consulaire bescherming; gedetineerde"),
    ("2010-04-06", "aan de minister van Ontwikkelingssamenwerking", "nl", "Ontwikkelingshulp - Centraal-Afrika", "ontwikkelingshulp; Afrika"),
    ("2022-02-01", "aan de minister van Defensie", "nl", "Leger - F-35-vliegtuigen", "strijdkrachten; militair vliegtuig"),
]

# Written after the rules and the portfolio table's subject words were frozen, and never used to tune
# them: the held-out part of the set, reported apart.
OFFICES.update({
    "reynders3": ("2019-04-02", "au vice-premier ministre et ministre des Affaires étrangères et européennes, et de la "
                  "Défense, chargé de Beliris et des Institutions culturelles fédérales",
                  "aan de vice-eersteminister en minister van Buitenlandse en Europese Zaken, en van Defensie, "
                  "belast met Beliris en de Federale Culturele Instellingen"),
    "deblock2": ("2019-03-12", "à la ministre des Affaires sociales et de la Santé publique, et de l'Asile et la "
                 "Migration", "aan de minister van Sociale Zaken en Volksgezondheid, en van Asiel en Migratie"),
    "debacker": ("2019-05-07", "au ministre de l'Agenda numérique, des Télécommunications et de la Poste, chargé de "
                 "la Simplification administrative, de la Lutte contre la fraude sociale, de la Protection de la "
                 "vie privée et de la Mer du Nord", "aan de minister van Digitale Agenda, Telecommunicatie en "
                 "Post, belast met Administratieve Vereenvoudiging, Bestrijding van de sociale fraude, Privacy "
                 "en Noordzee"),
    "geens": ("2019-02-19", "au vice-premier ministre et ministre de la Justice, chargé de la Régie des bâtiments",
              "aan de vice-eersteminister en minister van Justitie, belast met de Regie der Gebouwen"),
    "ducarme": ("2018-03-13", "au ministre des Classes moyennes, des Indépendants, des PME, de l'Agriculture, et "
                "de l'Intégration sociale", "aan de minister van Middenstand, Zelfstandigen, KMO's, Landbouw, en "
                "Maatschappelijke Integratie"),
    "vanpeteghem": ("2021-05-18", "au vice-premier ministre et ministre des Finances, chargé de la Coordination de "
                    "la lutte contre la fraude", "aan de vice-eersteminister en minister van Financiën, belast met "
                    "de Coördinatie van de fraudebestrijding"),
    "clarinval": ("2021-10-19", "au ministre des Classes moyennes, des Indépendants, des PME et de l'Agriculture, "
                  "des Réformes institutionnelles et du Renouveau démocratique", "aan de minister van "
                  "Middenstand, Zelfstandigen, KMO's en Landbouw, Institutionele Hervormingen en Democratische "
                  "Vernieuwing"),
})

HELD_OUT = [
    ("reynders3", "fr", "Achat de drones armés par l'armée", "forces armées; drone; équipement militaire", "defence"),
    ("reynders3", "fr", "Iran - Accord nucléaire et position belge", "Iran; non-prolifération nucléaire; politique étrangère", "foreign_affairs"),
    ("reynders3", "fr", "Palais de Justice de Bruxelles - Échafaudages", "bâtiment public; palais de justice", "beliris"),
    ("reynders3", "fr", "Militaires - Mission au Mali", "forces armées; Mali; opération de maintien de la paix", "defence"),
    ("reynders3", "fr", "Élections européennes - Vote des Belges de l'étranger", "élection européenne; Belge à l'étranger", "european_affairs"),
    ("reynders3", "nl", "Aankoop van gewapende drones door het leger", "strijdkrachten; drone; militaire uitrusting", "defence"),
    ("reynders3", "nl", "Iran - Nucleair akkoord", "Iran; non-proliferatie van kernwapens; buitenlands beleid", "foreign_affairs"),
    ("reynders3", "nl", "Militairen - Missie in Mali", "strijdkrachten; Mali; vredeshandhaving", "defence"),
    ("deblock2", "fr", "Soins infirmiers - Pénurie d'infirmiers", "profession paramédicale; pénurie de main-d'œuvre", "public_health"),
    ("deblock2", "fr", "Mineurs étrangers non accompagnés - Tutelle", "mineur non accompagné; réfugié", "asylum_migration"),
    ("deblock2", "fr", "Euthanasie - Rapport de la commission", "euthanasie; éthique médicale", "public_health"),
    ("deblock2", "fr", "Centres fermés - Détention d'enfants", "centre de détention; enfant; immigration illégale", "asylum_migration"),
    ("deblock2", "fr", "Malades chroniques - Maximum à facturer", "maladie chronique; assurance maladie", "public_health+social_affairs"),
    ("deblock2", "nl", "Verpleegkundigen - Tekort", "paramedisch beroep; tekort aan arbeidskrachten", "public_health"),
    ("deblock2", "nl", "Niet-begeleide minderjarige vreemdelingen - Voogdij", "niet-begeleide minderjarige; vluchteling", "asylum_migration"),
    ("deblock2", "nl", "Gesloten centra - Opsluiting van kinderen", "detentiecentrum; kind; illegale immigratie", "asylum_migration"),
    ("debacker", "fr", "Facebook - Protection des données des utilisateurs belges", "protection des données; réseau social", "privacy"),
    ("debacker", "fr", "Proximus - Tarifs de l'internet fixe", "télécommunication; internet; tarif", "telecommunications"),
    ("debacker", "fr", "bpost - Suppression des boîtes aux lettres rouges", "service postal; bpost", "post"),
    ("debacker", "fr", "Éoliennes en mer - Zone Princesse Élisabeth", "énergie éolienne; mer du Nord", "north_sea"),
    ("debacker", "fr", "Guichets électroniques - Application itsme", "administration électronique; identification électronique", "digital+administrative_simplification"),
    ("debacker", "nl", "Facebook - Bescherming van de gegevens van Belgische gebruikers", "gegevensbescherming; sociaal netwerk", "privacy"),
    ("debacker", "nl", "bpost - Afschaffing van de rode brievenbussen", "postdienst; bpost", "post"),
    ("debacker", "nl", "Sociale fraude - Grensoverschrijdende detachering", "sociale fraude; detachering van werknemers", "social_fraud"),
    ("geens", "fr", "Prisons - Grève des agents pénitentiaires", "prison; grève; personnel pénitentiaire", "justice"),
    ("geens", "fr", "Nouvelle prison de Haren - Chantier", "prison; construction; bâtiment public", "justice+buildings_agency"),
    ("geens", "fr", "Divorces - Délais de procédure", "divorce; procédure judiciaire", "justice"),
    ("geens", "fr", "Bâtiments de l'État - Entretien des commissariats", "bâtiment public; entretien", "buildings_agency"),
    ("geens", "nl", "Gevangenissen - Staking van de cipiers", "gevangenis; staking; gevangenispersoneel", "justice"),
    ("geens", "nl", "Echtscheidingen - Termijnen van de procedure", "echtscheiding; gerechtelijke procedure", "justice"),
    ("ducarme", "fr", "Peste porcine africaine - Indemnisation des éleveurs", "peste porcine; élevage; indemnisation", "agriculture"),
    ("ducarme", "fr", "Indépendants - Droit passerelle en cas de faillite", "travailleur indépendant; faillite", "self_employed"),
    ("ducarme", "fr", "CPAS - Étudiants bénéficiaires du revenu d'intégration", "CPAS; étudiant; aide sociale", "social_integration"),
    ("ducarme", "fr", "Commerces de proximité - Heures d'ouverture", "commerce de détail; horaire de travail", "middle_classes"),
    ("ducarme", "nl", "Afrikaanse varkenspest - Vergoeding van de veehouders", "varkenspest; veeteelt; schadeloosstelling", "agriculture"),
    ("ducarme", "nl", "Zelfstandigen - Overbruggingsrecht bij faillissement", "zelfstandige; faillissement", "self_employed"),
    ("ducarme", "nl", "OCMW - Studenten met een leefloon", "OCMW; student; sociale bijstand", "social_integration"),
    ("vanpeteghem", "fr", "Impôt des sociétés - Taux minimum mondial", "impôt sur les sociétés; fiscalité internationale", "finance"),
    ("vanpeteghem", "fr", "Pandora Papers - Enquêtes de l'ISI", "fraude fiscale; paradis fiscal", "finance+fraud_coordination"),
    ("vanpeteghem", "fr", "Accises sur le tabac - Recettes", "droit d'accise; tabac; recette fiscale", "finance"),
    ("vanpeteghem", "fr", "Collège pour la lutte contre la fraude fiscale et sociale - Plan d'action", "fraude; coordination", "fraud_coordination"),
    ("vanpeteghem", "nl", "Vennootschapsbelasting - Wereldwijd minimumtarief", "vennootschapsbelasting; internationale fiscaliteit", "finance"),
    ("vanpeteghem", "nl", "Accijnzen op tabak - Ontvangsten", "accijns; tabak; belastingontvangst", "finance"),
    ("clarinval", "fr", "Agriculture biologique - Aides à la conversion", "agriculture biologique; aide agricole", "agriculture"),
    ("clarinval", "fr", "Assemblées citoyennes - Panels tirés au sort", "démocratie participative; participation des citoyens", "democratic_renewal"),
    ("clarinval", "fr", "Indépendants - Indemnisation pendant la crise sanitaire", "travailleur indépendant; épidémie; aide", "self_employed"),
    ("clarinval", "fr", "Réforme de l'État - Refédéralisation des soins de santé", "réforme institutionnelle; répartition des compétences", "institutional_reform"),
    ("clarinval", "nl", "Biologische landbouw - Steun voor de omschakeling", "biologische landbouw; landbouwsteun", "agriculture"),
    ("clarinval", "nl", "Zelfstandigen - Overbruggingsrecht tijdens de gezondheidscrisis", "zelfstandige; epidemie; steun", "self_employed"),
    ("clarinval", "nl", "Staatshervorming - Herfederalisering van de gezondheidszorg", "staatshervorming; bevoegdheidsverdeling", "institutional_reform"),
    ("onkelinx", "fr", "Maisons de repos - Normes d'encadrement", "maison de retraite; personnel soignant", "public_health"),
    ("onkelinx", "fr", "Congé de maternité - Indemnités des travailleuses indépendantes", "congé de maternité; indemnité", "social_affairs"),
    ("onkelinx", "nl", "Rusthuizen - Personeelsnormen", "rusthuis; verzorgend personeel", "public_health"),
    ("lalieux", "fr", "Pension des fonctionnaires - Péréquation", "pension de la fonction publique; indexation", "pensions"),
    ("lalieux", "nl", "Ambtenarenpensioen - Perequatie", "overheidspensioen; indexering", "pensions"),
    ("jambon", "fr", "Radicalisation - Cellules de sécurité intégrale locales", "radicalisation; prévention de la criminalité", "security+interior"),
    ("jambon", "nl", "Radicalisering - Lokale integrale veiligheidscellen", "radicalisering; misdaadpreventie", "security+interior"),
    ("peeters", "fr", "Burn-out - Reconnaissance comme maladie professionnelle", "stress au travail; maladie professionnelle", "employment"),
    ("peeters", "nl", "Burn-out - Erkenning als beroepsziekte", "stress op het werk; beroepsziekte", "employment"),
    ("vandenbroucke", "fr", "Pénurie de médecins généralistes - Quotas INAMI", "médecin; numerus clausus", "public_health"),
    ("vandenbroucke", "nl", "Tekort aan huisartsen - RIZIV-quota", "arts; numerus clausus", "public_health"),
    ("milquet", "fr", "Sapeurs-pompiers volontaires - Statut", "service d'incendie; volontariat", "interior"),
    ("verlinden", "nl", "Drugscriminaliteit in de haven van Antwerpen - Politie-inzet", "drugshandel; haven; politie", "interior"),
]

# The second held-out part: written on 2026-12-07, before the portfolio table's subject words were widened
# from the federal public services' own fields (README, "Which ministry a question concerns"), and never used
# to choose them. The first held-out part (HELD_OUT) had been read by then, so it no longer is one for that
# change; this one is.
OFFICES.update({
    "wilmes": ("2021-02-09", "à la vice-première ministre et ministre des Affaires étrangères, des Affaires "
               "européennes et du Commerce extérieur, et des Institutions culturelles fédérales",
               "aan de vice-eersteminister en minister van Buitenlandse Zaken, Europese Zaken en Buitenlandse "
               "Handel, en de Federale Culturele Instellingen"),
    "dupont": ("2006-03-14", "au ministre de la Fonction publique, de l'Intégration sociale, de la Politique des "
               "grandes villes et de l'Égalité des chances", "aan de minister van Ambtenarenzaken, Maatschappelijke "
               "Integratie, Grootstedenbeleid en Gelijke Kansen"),
})

HELD_OUT_2 = [
    ("vandenbroucke", "fr", "Vaccination contre la covid-19 - Troisième dose", "vaccination; épidémie; maladie infectieuse", "public_health"),
    ("vandenbroucke", "fr", "Allocations familiales - Travailleurs frontaliers", "prestation familiale; travailleur frontalier", "social_affairs"),
    ("vandenbroucke", "fr", "Incapacité de travail - Réintégration des malades de longue durée", "incapacité de travail; réinsertion professionnelle", "social_affairs"),
    ("vandenbroucke", "fr", "Hôpitaux - Financement des services d'urgence", "établissement hospitalier; service d'urgence; financement", "public_health"),
    ("vandenbroucke", "fr", "Santé mentale - Remboursement des psychologues", "santé mentale; psychologue; remboursement", "public_health"),
    ("vandenbroucke", "fr", "ONSS - Cotisations patronales des petites entreprises", "cotisation sociale; petite entreprise", "social_affairs"),
    ("vandenbroucke", "nl", "Vaccinatie tegen covid-19 - Derde dosis", "vaccinatie; epidemie; infectieziekte", "public_health"),
    ("vandenbroucke", "nl", "Arbeidsongeschiktheid - Re-integratie van langdurig zieken", "arbeidsongeschiktheid; beroepsherscholing", "social_affairs"),
    ("vandenbroucke", "nl", "Ziekenhuizen - Financiering van de spoeddiensten", "ziekenhuis; spoeddienst; financiering", "public_health"),
    ("vandenbroucke", "nl", "Geestelijke gezondheid - Terugbetaling van psychologen", "geestelijke gezondheid; psycholoog; terugbetaling", "public_health"),
    ("dermagne", "fr", "Prix de l'électricité - Contrôle des fournisseurs", "prix de l'énergie; électricité; concurrence", "economy"),
    ("dermagne", "fr", "Télétravail - Encadrement légal", "télétravail; conditions de travail", "employment"),
    ("dermagne", "fr", "Chômage temporaire - Crise sanitaire", "chômage partiel; épidémie", "employment"),
    ("dermagne", "fr", "Inspection économique - Fraude aux soldes", "protection du consommateur; soldes", "economy"),
    ("dermagne", "nl", "Telewerk - Wettelijk kader", "telewerk; arbeidsvoorwaarden", "employment"),
    ("dermagne", "nl", "Inflatie - Prijzenobservatorium", "inflatie; prijs", "economy"),
    ("khattabi", "fr", "Conférence de Glasgow - Contribution belge au financement climatique", "changement climatique; aide financière; pays en développement", "climate"),
    ("khattabi", "fr", "Pesticides - Interdiction du glyphosate", "pesticide; protection de l'environnement", "environment"),
    ("khattabi", "nl", "Klimaatconferentie van Glasgow - Belgische bijdrage", "klimaatverandering; financiële steun", "climate"),
    ("khattabi", "nl", "Pesticiden - Verbod op glyfosaat", "pesticide; milieubescherming", "environment"),
    ("desutter", "fr", "Fonctionnaires fédéraux - Télétravail dans les SPF", "fonction publique; télétravail", "civil_service"),
    ("desutter", "fr", "5G - Mise aux enchères des fréquences", "télécommunication; radiofréquence", "telecommunications"),
    ("desutter", "fr", "bpost - Distribution des journaux", "service postal; presse", "post"),
    ("desutter", "fr", "Proximus - Participation de l'État", "entreprise publique; participation de l'État", "public_enterprises"),
    ("desutter", "nl", "Federale ambtenaren - Telewerk in de FOD's", "overheidsapparaat; telewerk", "civil_service"),
    ("desutter", "nl", "5G - Veiling van de frequenties", "telecommunicatie; radiofrequentie", "telecommunications"),
    ("verlinden", "fr", "Police fédérale - Recrutement d'inspecteurs", "police; recrutement", "interior"),
    ("verlinden", "fr", "Centres de crise - Plan catastrophe", "protection civile; gestion de crise", "interior"),
    ("verlinden", "fr", "Consultation citoyenne - Plateforme en ligne sur la réforme de l'État", "participation des citoyens; réforme institutionnelle", "democratic_renewal+institutional_reform"),
    ("verlinden", "nl", "Federale politie - Aanwerving van inspecteurs", "politie; aanwerving", "interior"),
    ("lalieux", "fr", "Pension minimum - Relèvement", "pension de retraite; pension minimum", "pensions"),
    ("lalieux", "fr", "Allocations aux personnes handicapées - Délais de traitement", "handicapé; prestation sociale; délai", "disabled_persons"),
    ("lalieux", "fr", "Revenu d'intégration - Individualisation des droits", "revenu minimum; CPAS", "social_integration"),
    ("lalieux", "nl", "Minimumpensioen - Verhoging", "rustpensioen; minimumpensioen", "pensions"),
    ("lalieux", "nl", "Tegemoetkomingen aan personen met een handicap - Behandelingstermijnen", "gehandicapte; sociale uitkering; termijn", "disabled_persons"),
    ("wilmes", "fr", "Afghanistan - Évacuation des ressortissants belges", "Afghanistan; rapatriement; Belge à l'étranger", "foreign_affairs"),
    ("wilmes", "fr", "Musées royaux des Beaux-Arts - Fermeture de salles", "musée; patrimoine culturel", "federal_cultural_institutions"),
    ("wilmes", "fr", "Accord commercial UE-Mercosur - Position belge", "accord commercial; Mercosur; politique commerciale", "foreign_trade"),
    ("wilmes", "fr", "Conférence sur l'avenir de l'Europe - Participation belge", "Union européenne; participation des citoyens", "european_affairs"),
    ("wilmes", "nl", "Afghanistan - Evacuatie van Belgische onderdanen", "Afghanistan; repatriëring; Belg in het buitenland", "foreign_affairs"),
    ("wilmes", "nl", "Koninklijke Musea voor Schone Kunsten - Sluiting van zalen", "museum; cultureel erfgoed", "federal_cultural_institutions"),
    ("dupont", "fr", "Selor - Examens de recrutement", "fonction publique; recrutement", "civil_service"),
    ("dupont", "fr", "Contrats de ville - Financement des grandes villes", "politique urbaine; financement", "big_cities"),
    ("dupont", "fr", "Discrimination à l'embauche - Tests de situation", "discrimination; embauche", "equal_opportunities"),
    ("dupont", "fr", "CPAS - Aide médicale urgente", "CPAS; aide sociale; soins médicaux", "social_integration"),
    ("dupont", "nl", "Grootstedenbeleid - Financiering van de stadscontracten", "stedelijk beleid; financiering", "big_cities"),
    ("dupont", "nl", "Discriminatie bij aanwerving - Praktijktests", "discriminatie; aanwerving", "equal_opportunities"),
    ("peeters", "fr", "Contrats de travail - Flexi-jobs dans l'horeca", "contrat de travail; hôtellerie-restauration", "employment"),
    ("peeters", "fr", "Missions économiques - Promotion des exportations", "exportation; promotion commerciale", "foreign_trade"),
    ("peeters", "nl", "Consumenten - Verborgen kosten bij telecomoperatoren", "consumentenbescherming; telecommunicatie", "consumers"),
    ("jambon", "fr", "Régie des bâtiments - Vente de bâtiments vides", "bâtiment public; vente", "buildings_agency"),
    ("jambon", "nl", "Terreurdreiging - Dreigingsniveau van het OCAD", "terrorisme; veiligheid", "security"),
]

# The third held-out part: written on 2026-12-07, before that day's changes to how the
# subject is read (the language of a subject word, Dutch compounds, the vote's least worth), and never used to
# choose them. The first two parts had been read by then; this one had not.
HELD_OUT_3 = [
    ("onkelinx", "fr", "Maladies rares - Remboursement des traitements orphelins", "maladie rare; médicament; remboursement", "public_health"),
    ("onkelinx", "fr", "Pensions de survie - Cumul avec une allocation de chômage", "pension de survie; allocation de chômage; cumul", "social_affairs"),
    ("onkelinx", "fr", "Théâtre royal de la Monnaie - Subvention fédérale", "opéra; subvention; politique culturelle", "federal_cultural_institutions"),
    ("onkelinx", "fr", "Gare de Bruxelles-Nord - Réaménagement des abords", "Région de Bruxelles-Capitale; aménagement urbain; gare", "beliris"),
    ("onkelinx", "nl", "Zeldzame ziekten - Terugbetaling van weesgeneesmiddelen", "zeldzame ziekte; geneesmiddel; terugbetaling", "public_health"),
    ("onkelinx", "nl", "Muntschouwburg - Federale subsidie", "opera; subsidie; cultuurbeleid", "federal_cultural_institutions"),
    ("onkelinx", "nl", "Werkloosheidsuitkering - Cumulatie met een overlevingspensioen", "werkloosheidsuitkering; overlevingspensioen; cumulatie", "social_affairs"),
    ("reynders", "fr", "République démocratique du Congo - Processus électoral", "République démocratique du Congo; élection; politique étrangère", "foreign_affairs"),
    ("reynders", "fr", "Agence pour le commerce extérieur - Missions princières", "commerce extérieur; promotion commerciale", "foreign_trade"),
    ("reynders", "fr", "Semestre européen - Recommandations à la Belgique", "Union européenne; politique budgétaire", "european_affairs"),
    ("reynders", "nl", "Democratische Republiek Congo - Verkiezingsproces", "Democratische Republiek Congo; verkiezing; buitenlands beleid", "foreign_affairs"),
    ("reynders", "nl", "Agentschap voor Buitenlandse Handel - Prinselijke missies", "buitenlandse handel; handelsbevordering", "foreign_trade"),
    ("laruelle", "fr", "Lait - Prix payé aux producteurs", "lait; prix agricole; producteur", "agriculture"),
    ("laruelle", "fr", "Indépendants - Statut social en cas de faillite", "travailleur indépendant; faillite; protection sociale", "self_employed"),
    ("laruelle", "nl", "Melk - Prijs voor de producenten", "melk; landbouwprijs; producent", "agriculture"),
    ("laruelle", "nl", "Zelfstandigen - Sociaal statuut bij faillissement", "zelfstandige; faillissement; sociale bescherming", "self_employed"),
    ("magnette", "fr", "SNCB - Ponctualité des trains", "chemin de fer; transport de voyageurs", "public_enterprises"),
    ("magnette", "fr", "Aide au développement - Pays partenaires de la coopération belge", "aide au développement; pays en développement", "development_cooperation"),
    ("magnette", "fr", "Politique scientifique - Observatoire royal", "recherche scientifique; établissement scientifique", "science_policy"),
    ("magnette", "nl", "NMBS - Stiptheid van de treinen", "spoorwegen; reizigersvervoer", "public_enterprises"),
    ("magnette", "nl", "Ontwikkelingshulp - Partnerlanden", "ontwikkelingshulp; ontwikkelingsland", "development_cooperation"),
    ("vanackere", "fr", "Impôt des personnes physiques - Déduction des frais de garde", "impôt sur le revenu; garde d'enfants; déduction fiscale", "finance"),
    ("vanackere", "fr", "Agents de l'État - Évaluation des fonctionnaires", "fonction publique; évaluation du personnel", "civil_service"),
    ("vanackere", "nl", "Personenbelasting - Aftrek van kinderopvangkosten", "inkomstenbelasting; kinderopvang; belastingaftrek", "finance"),
    ("deblock", "fr", "Demandeurs d'asile - Capacité d'accueil de Fedasil", "demandeur d'asile; accueil des réfugiés", "asylum_migration"),
    ("deblock", "fr", "Revenu d'intégration - Étudiants", "revenu minimum; étudiant; CPAS", "social_integration"),
    ("deblock", "nl", "Asielzoekers - Opvangcapaciteit van Fedasil", "asielzoeker; opvang van vluchtelingen", "asylum_migration"),
    ("deblock", "nl", "Armoede bij kinderen - Federaal plan", "armoede; kind", "poverty"),
    ("jambon", "fr", "Zones de secours - Financement fédéral", "protection civile; service d'incendie; financement", "interior"),
    ("jambon", "fr", "Palais de justice de Bruxelles - Rénovation", "bâtiment public; rénovation", "buildings_agency"),
    ("jambon", "nl", "Hulpverleningszones - Federale financiering", "civiele bescherming; brandweer; financiering", "interior"),
    ("peeters", "fr", "Protection des consommateurs - Démarchage téléphonique", "protection du consommateur; télémarketing", "consumers"),
    ("peeters", "fr", "Travail de nuit - Commerce électronique", "travail de nuit; commerce électronique", "employment"),
    ("peeters", "nl", "Nachtarbeid - E-commerce", "nachtarbeid; elektronische handel", "employment"),
    ("decroo", "fr", "Aide humanitaire - Crise au Yémen", "aide humanitaire; Yémen", "development_cooperation"),
    ("decroo", "fr", "Couverture mobile - Zones blanches en milieu rural", "télécommunication; téléphone mobile; zone rurale", "telecommunications"),
    ("decroo", "nl", "Humanitaire hulp - Crisis in Jemen", "humanitaire hulp; Jemen", "development_cooperation"),
    ("borsus", "fr", "Peste porcine africaine - Indemnisation des éleveurs", "maladie animale; élevage; indemnisation", "agriculture"),
    ("borsus", "nl", "Afrikaanse varkenspest - Vergoeding van de veehouders", "dierziekte; veeteelt; schadevergoeding", "agriculture"),
    ("reynders2", "fr", "Brexit - Conséquences pour les ports belges", "retrait de l'UE; Royaume-Uni; port", "european_affairs"),
    ("reynders2", "fr", "Bibliothèque royale - Numérisation des archives", "bibliothèque; patrimoine culturel; numérisation", "federal_cultural_institutions"),
    ("reynders2", "nl", "Brexit - Gevolgen voor de Belgische havens", "terugtrekking uit de EU; Verenigd Koninkrijk; haven", "european_affairs"),
    ("vandenbroucke", "fr", "Médecins généralistes - Pénurie en zone rurale", "médecin; zone rurale; pénurie de main-d'oeuvre", "public_health"),
    ("vandenbroucke", "nl", "Huisartsen - Tekort op het platteland", "arts; platteland; tekort aan arbeidskrachten", "public_health"),
    ("vandenbroucke", "nl", "Flexi-jobs - Sociale bijdragen", "sociale bijdrage; flexibele arbeid", "social_affairs"),
    ("desutter", "fr", "Proximus - Suppression d'emplois", "entreprise publique; suppression d'emploi", "public_enterprises"),
    ("desutter", "nl", "Proximus - Banenverlies", "overheidsbedrijf; banenverlies", "public_enterprises"),
    ("debacker", "fr", "Éoliennes en mer - Extension de la zone", "énergie éolienne; mer du Nord", "north_sea"),
    ("debacker", "nl", "Rijksregister - Toegang voor privébedrijven", "rijksregister; bescherming van de persoonlijke levenssfeer", "privacy"),
    ("ducarme", "fr", "Boulangers - Travail du dimanche", "boulangerie; repos dominical; petite entreprise", "middle_classes+smes"),
    ("clarinval", "fr", "Agriculteurs - Revenu en baisse", "agriculteur; revenu agricole", "agriculture"),
    ("clarinval", "nl", "Landbouwers - Dalend inkomen", "landbouwer; landbouwinkomen", "agriculture"),
    ("vanpeteghem", "fr", "Sociétés de management - Contrôles fiscaux", "société; contrôle fiscal", "finance"),
    ("vanpeteghem", "nl", "Managementvennootschappen - Fiscale controles", "vennootschap; belastingcontrole", "finance"),
]
