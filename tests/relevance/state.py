"""Relevance corpus: taxes and budget, energy, transport, digital affairs, the civil service."""
from .pages import Q

MEDIA_GROUP = ("6-1601", "6-1602", "6-1603")

QUESTIONS = [
    # -- fraude fiscale ---------------------------------------------------------------
    Q("4-4400", "fontaine", "23/3/2009", "finances",
      "Paradis fiscaux - Liste de l'OCDE - Conventions",
      "paradis fiscal ; fraude fiscale ; convention fiscale ; OCDE",
      ("fraudefisc",),
      """L'OCDE a placé la Belgique sur sa liste grise des pays qui ne respectent pas les standards d'échange d'informations fiscales.

Combien de conventions prévoyant l'échange de renseignements le ministre compte-t-il conclure cette année ? Quelles mesures prend-il contre les paradis fiscaux ?""",
      """La Belgique a signé douze conventions conformes au standard de l'OCDE depuis avril 2009 et a été retirée de la liste grise.""",
      "14/5/2009"),
    Q("5-3818", "janssens", "29/9/2011", "finances",
      "Évasion fiscale - Montages - Sociétés offshore",
      "évasion fiscale ; fraude fiscale ; société offshore",
      ("fraudefisc",),
      """La commission parlementaire d'enquête sur les grands dossiers de fraude fiscale a formulé 108 recommandations.

Combien de ces recommandations ont-elles été mises en œuvre ? Quels moyens supplémentaires l'Inspection spéciale des impôts a-t-elle reçus ?""",
      """Soixante et une recommandations ont été exécutées. L'Inspection spéciale des impôts a recruté 84 agents supplémentaires.""",
      "15/11/2011"),
    Q("6-730", "broeck", "18/4/2016", "finances",
      "Panama Papers - Contribuables belges - Enquêtes",
      "fraude fiscale ; paradis fiscal ; secret bancaire",
      ("fraudefisc",),
      """Les Panama Papers révèlent que plusieurs centaines de Belges ont eu recours à des sociétés écrans au Panama par l'intermédiaire du cabinet Mossack Fonseca.

Combien de contribuables belges l'administration fiscale a-t-elle identifiés ? Combien de contrôles ont-ils été lancés ?""",
      """L'Inspection spéciale des impôts a identifié 1 221 personnes et sociétés. Des contrôles ont été lancés dans 214 dossiers.""",
      "2/6/2016"),
    Q("7-1050", "desmet", "18/3/2021", "finances",
      "Lutte contre la fraude fiscale - Régularisation - Recettes",
      "fraude fiscale ; amnistie fiscale ; recette fiscale",
      ("fraudefisc",),
      """La régularisation fiscale permanente permet aux contribuables de déclarer des capitaux non déclarés moyennant une pénalité.

Combien de déclarations de régularisation ont-elles été introduites en 2020 ? Quelles recettes ont-elles rapportées ?""",
      """En 2020, 1 870 déclarations de régularisation ont été introduites pour des recettes de 128 millions d'euros.""",
      "29/4/2021"),
    # -- TVA --------------------------------------------------------------------------
    Q("5-7300", "lambert", "5/11/2012", "finances",
      "Horeca - Caisse enregistreuse - TVA",
      "TVA ; hôtellerie ; restauration ; fraude fiscale",
      ("tva", "fraudefisc"),
      """La caisse enregistreuse intelligente sera obligatoire dans les restaurants à partir de 2014, en contrepartie de mesures d'accompagnement pour le secteur horeca.

Quelles recettes supplémentaires de TVA le ministre attend-il de cette mesure ?""",
      """Les recettes supplémentaires de TVA sont estimées à 160 millions d'euros par an.""",
      "20/12/2012"),
    Q("6-100", "peeters", "17/11/2014", "finances",
      "Taux de TVA sur l'électricité - Relèvement - Pouvoir d'achat",
      "TVA ; électricité ; prix de l'énergie ; pouvoir d'achat",
      ("tva",),
      """Le gouvernement a décidé de relever de 6 % à 21 % le taux de TVA sur l'électricité à usage domestique à partir du 1er septembre 2015.

Quel est l'impact de cette hausse sur la facture annuelle moyenne d'un ménage ? Quelles recettes sont-elles attendues ?""",
      """La facture annuelle moyenne augmentera d'environ 100 euros. Les recettes attendues s'élèvent à 620 millions d'euros par an.""",
      "18/12/2014"),
    Q("6-1990", "claes", "14/6/2018", "finances",
      "Remboursements de TVA - Délais - Entreprises",
      "TVA ; remboursement ; entreprise",
      ("tva",),
      """Des entreprises en position créditrice attendent plusieurs mois le remboursement de la TVA, ce qui pèse sur leur trésorerie.

Quel est le délai moyen de remboursement en 2017 ? Combien d'intérêts de retard l'État a-t-il payés ?""",
      """Le délai moyen de remboursement était de 63 jours en 2017. L'État a payé 3,4 millions d'euros d'intérêts de retard.""",
      "2/8/2018"),
    Q("7-600", "benali", "17/11/2020", "finances",
      "Taxe sur la valeur ajoutée - Taux réduit - Masques et gels",
      "TVA ; COVID-19 ; équipement de protection",
      ("tva",),
      """Le taux réduit de 6 % a été appliqué temporairement aux masques buccaux et aux gels hydroalcooliques.

Quel est le coût budgétaire de cette baisse de la taxe sur la valeur ajoutée ?""",
      ""),
    # -- dette publique ---------------------------------------------------------------
    Q("5-600", "desmet", "2/12/2010", "budget",
      "Dette publique - Évolution - Taux d'intérêt",
      "dette publique ; taux d'intérêt ; finances publiques",
      ("dette",),
      """La crise bancaire a fait remonter la dette publique au-dessus de 96 % du PIB. Les taux d'intérêt exigés par les marchés sur les obligations belges augmentent.

Quelle est la charge d'intérêts de la dette publique prévue pour 2011 ?""",
      """La charge d'intérêts est estimée à 12,9 milliards d'euros pour 2011, soit 3,5 % du PIB.""",
      "13/1/2011"),
    Q("6-400", "wauters", "10/2/2015", "budget",
      "Trajectoire budgétaire - Pacte de stabilité - Commission européenne",
      "déficit budgétaire ; finances publiques ; pacte de stabilité",
      ("dette",),
      """La Commission européenne s'inquiète du respect par la Belgique de la trajectoire vers l'équilibre structurel.

Quel est le déficit budgétaire attendu pour 2015 ? Le gouvernement prévoit-il des mesures supplémentaires ?""",
      """Le déficit nominal est estimé à 2,5 % du PIB pour 2015. Un contrôle budgétaire aura lieu en mars.""",
      "26/3/2015"),
    Q("7-1700", "lambert", "2/3/2022", "finances",
      "Endettement de l'État - Agence fédérale de la dette - Hausse des taux",
      "dette publique ; taux d'intérêt ; emprunt public",
      ("dette",),
      """La remontée des taux d'intérêt renchérit le financement de l'État. L'Agence fédérale de la dette a allongé la durée moyenne de la dette.

Quelle est la durée moyenne de la dette fédérale ? Quel effet une hausse d'un point des taux aurait-elle sur les charges d'intérêts ?""",
      """La durée moyenne de la dette fédérale est de 10,7 ans. Une hausse d'un point des taux augmenterait les charges d'intérêts de 0,9 milliard d'euros la première année.""",
      "14/4/2022"),
    Q("6-1850", "fontaine", "17/4/2018", "budget",
      "Finances publiques - Déficit - Comité de monitoring",
      "finances publiques ; déficit public ; budget de l'État",
      ("dette",),
      """Le comité de monitoring a révisé à la hausse le déficit prévu pour 2018.

Quel est l'écart entre les objectifs budgétaires et les estimations du comité de monitoring ?""",
      ""),
    # -- nucléaire --------------------------------------------------------------------
    Q("5-5510", "broeck", "9/8/2012", "interieur2",
      "Centrale nucléaire de Doel 3 - Fissures dans la cuve - Sécurité nucléaire",
      "centrale nucléaire ; sécurité nucléaire ; Agence fédérale de contrôle nucléaire",
      ("nucleaire",),
      """Des milliers de défauts ont été détectés dans la cuve du réacteur de Doel 3. L'AFCN a décidé l'arrêt du réacteur.

Quels examens l'AFCN a-t-elle demandés à l'exploitant ? Les autres réacteurs fabriqués par le même fournisseur sont-ils contrôlés ?""",
      """L'AFCN a demandé des essais complémentaires sur la résistance des matériaux. Tihange 2, dont la cuve provient du même fabricant, a également été arrêté.""",
      "27/9/2012"),
    Q("6-1100", "renard", "9/11/2016", "interieur",
      "Pastilles d'iode - Plan d'urgence nucléaire - Distribution",
      "sécurité nucléaire ; plan d'urgence ; iode ; protection civile",
      ("nucleaire",),
      """Le gouvernement a décidé d'étendre à tout le pays la distribution de pastilles d'iode en cas d'accident nucléaire.

Combien de boîtes ont-elles été retirées en pharmacie ? Le plan d'urgence nucléaire sera-t-il révisé ?""",
      """Fin octobre 2016, 1,1 million de boîtes ont été retirées. Le plan d'urgence nucléaire et radiologique sera révisé en 2017.""",
      "19/12/2016"),
    Q("6-2320", "peeters", "15/1/2019", "energie",
      "Sortie du nucléaire - Sécurité d'approvisionnement - Centrales au gaz",
      "énergie nucléaire ; approvisionnement énergétique ; centrale électrique",
      ("nucleaire",),
      """La loi prévoit la fermeture des sept réacteurs nucléaires entre 2022 et 2025. Elia estime que de nouvelles centrales au gaz seront nécessaires.

Le mécanisme de rémunération de capacité sera-t-il opérationnel à temps ?""",
      """Le mécanisme de rémunération de capacité sera soumis à la Commission européenne en 2019 pour une première enchère en 2021.""",
      "12/3/2019"),
    Q("7-515", "claes", "13/10/2020", "energie",
      "Déchets radioactifs - Stockage géologique - ONDRAF",
      "déchet radioactif ; stockage des déchets ; énergie nucléaire",
      ("nucleaire",),
      """L'ONDRAF propose le stockage géologique des déchets radioactifs de haute activité, mais aucun site n'a encore été retenu.

Quel est le coût estimé du stockage géologique ? Quand une décision de principe sera-t-elle prise ?""",
      """Le coût est estimé à 10,7 milliards d'euros. Une décision de principe est attendue en 2021.""",
      "24/11/2020"),
    # -- tarif social -----------------------------------------------------------------
    Q("5-5501", "fontaine", "8/2/2012", "economie",
      "Énergie - Prix de l'électricité - Tarif social",
      "tarif social ; prix de l'énergie ; électricité ; ménage",
      ("tarifsocial",),
      """Le tarif social pour l'électricité et le gaz est accordé automatiquement à certaines catégories d'allocataires.

Combien de ménages bénéficient-ils du tarif social pour l'électricité ? Combien de bénéficiaires potentiels n'en profitent-ils pas ?""",
      """En 2011, 450 000 ménages bénéficiaient du tarif social pour l'électricité. L'octroi automatique couvre 94 % des ayants droit.""",
      "21/3/2012"),
    Q("6-2140", "janssens", "9/10/2018", "economie",
      "Tarifs sociaux du gaz et de l'électricité - Financement - Cotisation fédérale",
      "tarif social ; gaz naturel ; électricité ; pauvreté",
      ("tarifsocial",),
      """Le coût des tarifs sociaux est financé par une cotisation fédérale prélevée sur la facture de tous les consommateurs.

Quel est le coût annuel du tarif social pour le gaz et l'électricité ? Combien de ménages en bénéficient-ils ?""",
      """Le coût annuel s'élève à 258 millions d'euros. Au 1er janvier 2018, 432 000 ménages bénéficiaient du tarif social pour l'électricité et 245 000 pour le gaz naturel.""",
      "22/11/2018"),
    Q("7-1150", "dumont", "3/3/2021", "energie",
      "Extension du tarif social - Bénéficiaires de l'intervention majorée",
      "tarif social ; COVID-19 ; assurance maladie ; énergie",
      ("tarifsocial",),
      """Depuis février 2021, les bénéficiaires de l'intervention majorée ont également droit au tarif social de l'énergie.

Combien de ménages supplémentaires bénéficient-ils de cette extension ? Combien de temps sera-t-elle maintenue ?""",
      """L'extension concerne environ 500 000 ménages supplémentaires. Elle a été prolongée jusqu'au 31 mars 2022.""",
      "15/4/2021"),
    Q("7-1880", "benali", "8/6/2022", "energie",
      "Factures d'énergie - Ménages précarisés - Mesures",
      "prix de l'énergie ; pauvreté ; tarif social ; chauffage",
      ("tarifsocial",),
      """La flambée des prix du gaz et de l'électricité plonge de nombreux ménages dans la précarité énergétique.

La ministre envisage-t-elle de pérenniser l'élargissement du tarif social ?""",
      ""),
    # -- trains -----------------------------------------------------------------------
    Q("5-7210", "maes", "25/10/2012", "entreprises",
      "SNCB - Ponctualité - Retards des trains",
      "transport ferroviaire ; retard ; société nationale de chemins de fer",
      ("trains",),
      """La ponctualité des trains de la SNCB s'est encore dégradée en 2012. Les navetteurs de la ligne Bruxelles-Namur subissent des retards quotidiens.

Quel est le taux de ponctualité par ligne en 2012 ? Quelles sont les principales causes des retards ?""",
      """Le taux de ponctualité global était de 87,2 % sur les neuf premiers mois de 2012. Les causes principales sont les travaux, les incidents d'infrastructure et le manque de conducteurs.""",
      "13/12/2012"),
    Q("6-1210", "lambert", "20/9/2016", "mobilite",
      "Fermeture de guichets - Gares - Vente de billets",
      "gare ; transport ferroviaire ; service public",
      ("trains",),
      """La SNCB a annoncé la fermeture des guichets dans 33 gares. Les personnes âgées et les voyageurs peu familiers des automates seront pénalisés.

Quelles gares perdront-elles leur guichet ? Une alternative est-elle prévue pour les voyageurs qui n'utilisent pas internet ?""",
      """La liste des 33 gares a été communiquée aux communes concernées. Les voyageurs peuvent acheter leur billet dans le train sans supplément.""",
      "3/11/2016"),
    Q("6-2280", "verhaegen", "12/12/2018", "mobilite",
      "Chemins de fer - Indemnisation des voyageurs en cas de retard",
      "transport ferroviaire ; retard ; indemnisation ; droit du consommateur",
      ("trains",),
      """Les voyageurs peuvent obtenir une compensation en cas de retard de plus d'une heure, mais la procédure est peu connue.

Combien de demandes d'indemnisation la SNCB a-t-elle reçues en 2017 ?""",
      ""),
    Q("7-1400", "wauters", "22/10/2021", "mobilite",
      "Trains supprimés - Manque de conducteurs - Infrabel",
      "transport ferroviaire ; conducteur de véhicule ; service minimum",
      ("trains",),
      """Des centaines de trains ont été supprimés en 2021 faute de conducteurs disponibles.

Combien de trains ont-ils été supprimés en raison d'un manque de personnel ?""",
      """De janvier à septembre 2021, 4 812 trains ont été supprimés faute de conducteur.""",
      "30/11/2021"),
    # -- sécurité routière ------------------------------------------------------------
    Q("5-2200", "claes", "20/4/2011", "mobilite",
      "Sécurité routière - Radars - Vitesse",
      "sécurité routière ; excès de vitesse ; contrôle de vitesse",
      ("routiere",),
      """Le nombre de radars automatiques reste insuffisant pour faire respecter les limitations de vitesse.

Combien d'excès de vitesse ont-ils été constatés en 2010 ? Combien de nouveaux radars seront-ils installés ?""",
      """En 2010, 2,1 millions d'excès de vitesse ont été constatés. Le nombre de radars fixes sera porté à 1 000.""",
      "31/5/2011"),
    Q("6-505", "mathieu", "24/3/2015", "mobilite",
      "Alcool au volant - Contrôles - Éthylotests antidémarrage",
      "alcoolisme ; sécurité routière ; contrôle de police",
      ("routiere",),
      """L'alcool est en cause dans un accident mortel sur quatre. Les juges peuvent imposer un éthylotest antidémarrage aux conducteurs récidivistes.

Combien d'éthylotests antidémarrage ont-ils été installés en 2014 ?""",
      """En 2014, 211 éthylotests antidémarrage ont été imposés par les tribunaux.""",
      "12/5/2015"),
    Q("6-1640", "leroy", "23/1/2018", "interieur",
      "Accidents de la route - Tués - Baromètre",
      "accident de la circulation ; sécurité routière ; statistique",
      ("routiere",),
      """Le nombre de tués sur les routes belges reste supérieur à la moyenne européenne.

Combien de personnes sont-elles décédées dans un accident de la route en 2017 ? Quel est l'objectif pour 2020 ?""",
      """En 2017, 615 personnes sont décédées sur les routes. L'objectif est de moins de 420 tués en 2020.""",
      "6/3/2018"),
    Q("7-1025", "broeck", "11/3/2021", "mobilite",
      "Trottinettes électriques - Accidents - Règles de circulation",
      "sécurité routière ; véhicule électrique ; code de la route",
      ("routiere",),
      """Les accidents impliquant des trottinettes électriques se multiplient dans les grandes villes.

Combien d'accidents impliquant une trottinette électrique ont-ils été enregistrés en 2020 ?""",
      ""),
    # -- cybersécurité ----------------------------------------------------------------
    Q("6-300", "fontaine", "12/1/2017", "defense",
      "Cybersécurité - Attaques informatiques - Services publics",
      "sécurité informatique ; criminalité informatique ; administration publique",
      ("cyber",),
      """Les attaques informatiques contre les services publics se multiplient.

1) Combien de cyberattaques vos services ont-ils subies en 2016 ?

2) Quel budget consacrez-vous à la cybersécurité ?""",
      """La Défense a détecté 23 cyberattaques en 2016. Le budget de la cybersécurité est de 4 millions d'euros.""",
      "2/3/2017"),
    Q("5-10100", "peeters", "5/11/2013", "premier",
      "Belgacom - Piratage - Espionnage",
      "sécurité informatique ; espionnage ; télécommunication",
      ("cyber",),
      """L'opérateur Belgacom a été victime d'un piratage informatique sophistiqué, attribué à un service de renseignement étranger.

Quelles mesures le gouvernement prend-il pour protéger les infrastructures critiques contre de telles intrusions ?""",
      """Le Centre pour la cybersécurité Belgique sera créé en 2014 pour coordonner la protection des infrastructures critiques.""",
      "17/12/2013"),
    Q("7-900", "desmet", "27/1/2021", "premier",
      "Centre pour la cybersécurité - Rançongiciels - Hôpitaux",
      "sécurité informatique ; criminalité informatique ; hôpital",
      ("cyber",),
      """Plusieurs hôpitaux belges ont été paralysés par des rançongiciels.

Combien d'incidents le Centre pour la cybersécurité Belgique a-t-il traités en 2020 ?""",
      """Le CCB a traité 1 711 incidents en 2020, dont 12 concernaient des hôpitaux.""",
      "16/3/2021"),
    Q("7-1950", "lambert", "28/6/2022", "interieur2",
      "Hameçonnage - Escroqueries en ligne - Plaintes",
      "criminalité informatique ; fraude ; protection du consommateur",
      ("cyber",),
      """Les tentatives d'hameçonnage par SMS et courriel se multiplient. Les victimes perdent parfois toutes leurs économies.

Combien de plaintes pour fraude en ligne ont-elles été déposées en 2021 ?""",
      """En 2021, la police a enregistré 42 000 plaintes pour escroquerie en ligne.""",
      "9/8/2022"),
    # -- protection des données -------------------------------------------------------
    Q("6-1450", "broeck", "10/7/2017", "vieprivee",
      "RGPD - Autorité de protection des données - Moyens",
      "protection des données ; vie privée ; règlement européen",
      ("donnees",),
      """Le règlement général sur la protection des données entrera en vigueur le 25 mai 2018. La Commission de la protection de la vie privée deviendra l'Autorité de protection des données.

De quels moyens humains l'Autorité disposera-t-elle ?""",
      """L'Autorité de protection des données disposera de 65 équivalents temps plein en 2018.""",
      "28/9/2017"),
    Q("6-2050", "renard", "6/9/2018", "vieprivee",
      "Caméras de surveillance - Reconnaissance faciale - Vie privée",
      "vidéosurveillance ; vie privée ; protection des données",
      ("donnees",),
      """La police fédérale a testé un système de reconnaissance faciale à l'aéroport de Zaventem.

Sur quelle base légale ce test repose-t-il ? L'Organe de contrôle de l'information policière a-t-il été consulté ?""",
      """Le test a été suspendu à la demande de l'Organe de contrôle de l'information policière.""",
      "18/10/2018"),
    Q("7-300", "peeters", "3/6/2020", "premier",
      "Application de traçage - Coronavirus - Données personnelles",
      "protection des données ; COVID-19 ; application mobile",
      ("donnees",),
      """L'application de traçage des contacts Coronalert doit respecter strictement la protection des données personnelles.

Où les données sont-elles stockées et combien de temps sont-elles conservées ?""",
      """Les données restent sur le téléphone de l'utilisateur et sont effacées après quatorze jours.""",
      "15/9/2020"),
    Q("7-1666", "desmet", "15/2/2022", "finances",
      "Registre des bénéficiaires effectifs - Accès public - Données personnelles",
      "protection des données ; blanchiment d'argent ; registre",
      ("donnees",),
      """La Cour de justice de l'Union européenne a jugé que l'accès public au registre des bénéficiaires effectifs portait atteinte à la vie privée.

Le registre UBO restera-t-il accessible au public ?""",
      ""),
    # -- médias sociaux (one question sent to three ministers) -------------------------
    Q("6-1601", "leroy", "1/2/2018", "premier",
      "Services publics fédéraux - Présence sur les médias sociaux",
      "médias sociaux ; communication ; administration publique",
      ("medias",),
      """Les services publics fédéraux communiquent de plus en plus par Facebook, Twitter et LinkedIn.

Quels services relevant de votre compétence utilisent-ils les médias sociaux ? Combien d'agents y sont-ils affectés ?""",
      """La Chancellerie du Premier ministre est présente sur Twitter et Facebook ; deux agents en assurent la gestion.""",
      "15/3/2018", also=MEDIA_GROUP[1:]),
    Q("6-1602", "leroy", "1/2/2018", "finances",
      "Services publics fédéraux - Présence sur les médias sociaux",
      "médias sociaux ; communication ; administration publique",
      ("medias",),
      """Les services publics fédéraux communiquent de plus en plus par Facebook, Twitter et LinkedIn.

Quels services relevant de votre compétence utilisent-ils les médias sociaux ? Combien d'agents y sont-ils affectés ?""",
      also=(MEDIA_GROUP[0], MEDIA_GROUP[2])),
    Q("6-1603", "leroy", "1/2/2018", "interieur",
      "Services publics fédéraux - Présence sur les médias sociaux",
      "médias sociaux ; communication ; administration publique",
      ("medias",),
      """Les services publics fédéraux communiquent de plus en plus par Facebook, Twitter et LinkedIn.

Quels services relevant de votre compétence utilisent-ils les médias sociaux ? Combien d'agents y sont-ils affectés ?""",
      """Le SPF Intérieur et le Centre de crise utilisent Twitter pour l'alerte à la population.""",
      "30/4/2018", also=MEDIA_GROUP[:2]),
    Q("7-1180", "claes", "10/6/2021", "premier",
      "Désinformation - Réseaux sociaux - Élections",
      "médias sociaux ; désinformation ; élection",
      ("medias",),
      """Les campagnes de désinformation diffusées sur les réseaux sociaux menacent le débat démocratique.

Le gouvernement collabore-t-il avec les plateformes pour lutter contre les fausses informations ?""",
      """Une cellule de coordination suit les campagnes de désinformation en lien avec les plateformes.""",
      "29/7/2021"),
    # -- fonction publique ------------------------------------------------------------
    Q("5-3100", "peeters", "2/8/2011", "fonction",
      "Télétravail - Administration fédérale - Évaluation",
      "télétravail ; fonction publique ; organisation du travail",
      ("fonctionpub",),
      """Le télétravail se développe dans les services publics fédéraux. Il permet de réduire les déplacements et les besoins en bureaux.

Combien de fonctionnaires fédéraux pratiquent-ils le télétravail ?""",
      """En 2010, 7 400 agents fédéraux pratiquaient le télétravail régulier.""",
      "20/9/2011"),
    Q("6-720", "claes", "14/4/2016", "fonction",
      "Selor - Procédures de recrutement - Durée",
      "recrutement ; fonction publique ; sélection du personnel",
      ("fonctionpub",),
      """Les procédures de recrutement de Selor durent plusieurs mois, si bien que des candidats renoncent avant d'être engagés.

Quelle est la durée moyenne d'une procédure de sélection ?""",
      """La durée moyenne d'une sélection est de 81 jours.""",
      "25/5/2016"),
    Q("6-1940", "wauters", "30/5/2018", "fonction",
      "Absentéisme - Agents de l'État - Maladie",
      "absentéisme ; fonctionnaire ; congé de maladie",
      ("fonctionpub",),
      """Le taux d'absence pour maladie des agents fédéraux est supérieur à celui du secteur privé.

Quel est le taux d'absentéisme par SPF en 2017 ?""",
      ""),
    Q("7-150", "mathieu", "13/3/2020", "fonction",
      "Personnel de la fonction publique fédérale - Confinement - Travail à domicile",
      "fonction publique ; télétravail ; COVID-19",
      ("fonctionpub",),
      """Depuis le confinement, la grande majorité des agents fédéraux travaille à domicile.

Les services publics disposent-ils du matériel informatique nécessaire pour tous leurs agents ?""",
      """Quatre-vingt-cinq pour cent des agents fédéraux disposent d'un ordinateur portable et d'un accès à distance.""",
      "28/4/2020"),
    # -- armes ------------------------------------------------------------------------
    Q("5-8800", "broeck", "12/4/2013", "etrangeres",
      "Exportations d'armes - Licences - Moyen-Orient",
      "commerce des armes ; exportation ; Moyen-Orient",
      ("armes",),
      """Des armes fabriquées en Belgique ont été retrouvées dans des conflits au Moyen-Orient.

Le ministre peut-il communiquer les exportations d'armes vers la région depuis 2010 ?""",
      """Depuis la régionalisation de 2003, les licences d'exportation d'armes relèvent des Régions.""",
      "23/5/2013"),
    Q("6-1320", "renard", "15/3/2017", "etrangeres",
      "Vente d'armes à l'Arabie saoudite - Yémen - Conflit",
      "commerce des armes ; Arabie saoudite ; Yémen ; droits de l'homme",
      ("armes",),
      """Des blindés vendus par des entreprises wallonnes à l'Arabie saoudite seraient utilisés au Yémen.

La Belgique plaide-t-elle pour un embargo européen sur les ventes d'armes à l'Arabie saoudite ?""",
      """La Belgique plaide pour une application stricte de la position commune européenne sur les exportations d'armes.""",
      "27/4/2017"),
    Q("6-2188", "benali", "14/11/2018", "defense",
      "Armes nucléaires - Traité d'interdiction - Position belge",
      "arme nucléaire ; désarmement ; traité international",
      ("armes",),
      """Le traité sur l'interdiction des armes nucléaires a été adopté par 122 États.

La Belgique envisage-t-elle de le signer ?""",
      ""),
    Q("7-1377", "dumont", "7/10/2021", "justice",
      "Armes à feu illégales - Trafic d'armes - Saisies",
      "arme à feu ; trafic d'armes ; criminalité organisée",
      ("armes", "drogue"),
      """Le trafic d'armes à feu alimente la criminalité liée au trafic de drogue.

Combien d'armes illégales ont-elles été saisies en 2020 ?""",
      """En 2020, la police a saisi 4 200 armes à feu illégales.""",
      "18/11/2021"),
    # -- coopération au développement -------------------------------------------------
    Q("5-1900", "mathieu", "7/4/2011", "cooperation",
      "Aide publique au développement - Objectif de 0,7 % - Budget",
      "aide au développement ; budget ; coopération internationale",
      ("cooperation",),
      """La Belgique s'est engagée à consacrer 0,7 % de son revenu national brut à l'aide publique au développement.

Quel pourcentage a-t-il été atteint en 2010 ?""",
      """En 2010, l'aide publique au développement belge a atteint 0,64 % du revenu national brut.""",
      "19/5/2011"),
    Q("6-250", "broeck", "8/1/2015", "cooperation",
      "Coopération au développement - Économies - ONG",
      "coopération au développement ; organisation non gouvernementale ; budget",
      ("cooperation",),
      """Le gouvernement prévoit une économie de 150 millions d'euros dans la coopération au développement.

Les programmes des ONG seront-ils touchés ?""",
      """Les économies seront réparties entre tous les canaux, y compris les ONG, à hauteur de 11 %.""",
      "19/2/2015"),
    Q("6-1120", "peeters", "17/11/2016", "cooperation",
      "Enabel - Réforme de la CTB - Pays partenaires",
      "coopération au développement ; pays en développement ; agence",
      ("cooperation",),
      """La Coopération technique belge devient Enabel et le nombre de pays partenaires passe de 18 à 14.

Quels pays partenaires ont-ils été retenus ?""",
      ""),
    Q("7-888", "janssens", "20/5/2021", "cooperation",
      "Vaccins pour les pays en développement - COVAX - Contribution belge",
      "aide au développement ; vaccination ; COVID-19 ; pays en développement",
      ("cooperation", "vaccination"),
      """Le mécanisme COVAX doit permettre aux pays en développement d'accéder aux vaccins contre le COVID-19.

Quelle est la contribution belge à COVAX ? Combien de doses la Belgique donnera-t-elle ?""",
      """La Belgique contribue à COVAX à hauteur de 10 millions d'euros et donnera 4 millions de doses.""",
      "8/7/2021"),
    # -- loyers -----------------------------------------------------------------------
    Q("4-1200", "janssens", "10/6/2008", "justice",
      "Bail à loyer - Garantie locative - Constitution progressive",
      "bail à loyer ; garantie locative ; logement",
      ("loyer",),
      """Depuis 2007, le locataire peut constituer sa garantie locative progressivement auprès de sa banque. Les banques semblent peu enclines à proposer cette formule.

Combien de garanties locatives ont-elles été constituées de manière progressive ?""",
      """Selon Febelfin, 2 418 garanties locatives progressives ont été constituées en 2007.""",
      "22/7/2008"),
    Q("5-1300", "dumont", "14/3/2011", "economie",
      "Loyers - Indexation - Encadrement",
      "loyer ; logement ; indexation ; pouvoir d'achat",
      ("loyer",),
      """Les loyers ont augmenté bien plus vite que l'indice santé ces dix dernières années.

Le ministre envisage-t-il un encadrement des loyers, par exemple au moyen d'une grille de référence ?""",
      """L'indexation annuelle du loyer est limitée à l'évolution de l'indice santé. Une grille indicative des loyers est à l'étude.""",
      "19/4/2011"),
    Q("5-8000", "benali", "5/2/2013", "justice",
      "Baux - Location - Discrimination des locataires",
      "bail à loyer ; discrimination ; logement",
      ("loyer",),
      """Des propriétaires refusent de louer leur bien à des allocataires sociaux ou à des personnes d'origine étrangère.

Combien de plaintes pour discrimination dans l'accès au logement locatif ont-elles été reçues en 2012 ?""",
      """Le Centre pour l'égalité des chances a ouvert 212 dossiers relatifs au logement en 2012.""",
      "19/3/2013"),
    Q("5-9500", "fontaine", "20/9/2013", "finances",
      "Revenus locatifs - Imposition - Revenu cadastral",
      "revenu immobilier ; loyer ; impôt sur le revenu",
      ("loyer",),
      """Les revenus locatifs des particuliers sont imposés sur la base du revenu cadastral indexé, et non des loyers réellement perçus.

Le ministre envisage-t-il d'imposer les loyers réels ?""",
      ""),
    # -- poste ------------------------------------------------------------------------
    Q("5-3000", "verhaegen", "20/7/2011", "entreprises",
      "bpost - Fermeture de bureaux de poste - Points poste",
      "service postal ; bureau de poste ; service public",
      ("poste",),
      """bpost remplace de nombreux bureaux de poste par des points poste installés chez des commerçants.

Combien de bureaux de poste ont-ils été fermés depuis 2007 ? Quels services les points poste n'offrent-ils pas ?""",
      """Depuis 2007, 380 bureaux de poste ont été remplacés par des points poste, qui n'offrent pas les services financiers.""",
      "5/9/2011"),
    Q("6-1730", "lambert", "7/2/2018", "entreprises",
      "Distribution du courrier - Retards - Tournées",
      "service postal ; courrier ; distribution",
      ("poste",),
      """Dans plusieurs communes, le courrier n'est plus distribué certains jours faute de facteurs.

Combien de tournées n'ont-elles pas été effectuées en 2017 ?""",
      """En 2017, 0,4 % des tournées n'ont pas pu être effectuées.""",
      "22/3/2018"),
    Q("7-450", "janssens", "21/7/2020", "entreprises",
      "Contrat de gestion de bpost - Service universel - Presse",
      "service postal ; service universel ; presse écrite",
      ("poste",),
      """Le sixième contrat de gestion de bpost fixe les obligations de service universel, dont la distribution des journaux.

Le nombre minimal de bureaux de poste est-il maintenu à 650 ?""",
      """Le contrat de gestion maintient un réseau minimal de 1 300 points de service, dont 650 bureaux de poste.""",
      "1/10/2020"),
    Q("7-1720", "claes", "10/3/2022", "entreprises",
      "Timbres - Hausse des tarifs postaux",
      "service postal ; tarif ; consommateur",
      ("poste",),
      """Le prix du timbre a encore augmenté en 2022, alors que le volume de lettres diminue.

Quel est le prix d'un timbre prior en 2022 et comment se compare-t-il aux pays voisins ?""",
      ""),
]
