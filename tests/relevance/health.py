"""Relevance corpus: asylum and migration, health, elderly care, animals."""
from .pages import Q

QUESTIONS = [
    # -- asile ------------------------------------------------------------------------
    Q("4-2711", "benali", "12/11/2008", "asile",
      "Demandeurs d'asile - Crise de l'accueil - Hôtels",
      "réfugié ; droit d'asile ; accueil des réfugiés ; hébergement",
      ("asile",),
      """Le réseau d'accueil de Fedasil est saturé. Des centaines de demandeurs d'asile sont hébergés à l'hôtel ou laissés sans solution.

Combien de demandeurs d'asile sont-ils actuellement logés à l'hôtel ? Combien de places d'accueil supplémentaires le secrétaire d'État compte-t-il ouvrir ?""",
      """Au 1er novembre 2008, 412 demandeurs d'asile étaient logés à l'hôtel. Deux mille places d'urgence supplémentaires seront ouvertes d'ici la fin de l'année.""",
      "18/12/2008"),
    Q("5-3801", "renard", "12/10/2011", "asile",
      "Mineurs étrangers non accompagnés - Tutelle - Disparitions",
      "mineur non accompagné ; réfugié ; tutelle ; enfant",
      ("asile",),
      """Le service des Tutelles manque de tuteurs pour les mineurs étrangers non accompagnés. Plusieurs dizaines d'entre eux disparaissent chaque année des centres d'accueil.

Combien de mineurs non accompagnés ont-ils été signalés en 2010 ? Combien de disparitions ont-elles été enregistrées ?""",
      """En 2010, 3 138 signalements de mineurs étrangers non accompagnés ont été enregistrés. Cent trente-huit disparitions ont été signalées à la police.""",
      "24/11/2011"),
    Q("6-1200", "wauters", "13/9/2016", "asile",
      "Procédure d'asile - Délais - Commissariat général aux réfugiés",
      "droit d'asile ; procédure administrative ; réfugié",
      ("asile",),
      """Après l'afflux de 2015, le Commissariat général aux réfugiés et aux apatrides accumule un arriéré de plusieurs milliers de dossiers.

Quel est le délai moyen de traitement d'une demande d'asile en 2016 ? Combien de décisions de reconnaissance du statut de réfugié ont-elles été prises ?""",
      """Le délai moyen de traitement était de 179 jours au premier semestre 2016. Le Commissariat général a reconnu le statut de réfugié dans 57 % des décisions.""",
      "25/10/2016"),
    Q("7-1430", "janssens", "23/11/2021", "asile",
      "Accueil - Petit-Château - Personnes à la rue",
      "accueil des réfugiés ; sans-abri ; droit d'asile",
      ("asile",),
      """Des demandeurs de protection internationale dorment dans la rue devant le centre d'arrivée du Petit-Château, faute de place dans le réseau d'accueil.

Combien de personnes n'ont-elles pas pu être enregistrées ou hébergées en novembre 2021 ? Quelles places d'accueil seront-elles ouvertes ?""",
      ""),
    # -- regroupement familial --------------------------------------------------------
    Q("5-1820", "wauters", "30/3/2011", "asile",
      "Regroupement familial - Conditions de revenus - Réforme",
      "regroupement familial ; droit de séjour ; condition de ressources",
      ("regroupement",),
      """La réforme du regroupement familial impose au regroupant de disposer de revenus stables, suffisants et réguliers équivalant à 120 % du revenu d'intégration.

Combien de visas de regroupement familial ont-ils été délivrés en 2010 ? Quel sera l'impact attendu des nouvelles conditions de revenus ?""",
      """En 2010, 22 000 visas de regroupement familial ont été délivrés. L'impact des nouvelles conditions sera évalué un an après leur entrée en vigueur.""",
      "12/5/2011"),
    Q("6-990", "benali", "21/7/2016", "asile",
      "Réunification familiale - Réfugiés reconnus - Délais des visas",
      "regroupement familial ; réfugié ; visa",
      ("regroupement", "asile"),
      """Les réfugiés reconnus doivent attendre de nombreux mois avant de pouvoir faire venir leur conjoint et leurs enfants, faute de rendez-vous dans les ambassades.

Quel est le délai moyen de délivrance d'un visa de regroupement familial pour les familles de réfugiés syriens ?""",
      """Le délai moyen de traitement par l'Office des étrangers est de cinq mois. Le délai d'obtention d'un rendez-vous dépend des postes diplomatiques concernés.""",
      "29/9/2016"),
    Q("7-830", "leroy", "4/5/2021", "asile",
      "Mariages de complaisance - Regroupement - Enquêtes",
      "mariage ; fraude ; regroupement familial ; droit de séjour",
      ("regroupement",),
      """Les mariages et cohabitations de complaisance servent parfois à obtenir un droit de séjour par la voie du regroupement familial.

Combien d'enquêtes pour mariage de complaisance les parquets ont-ils ouvertes en 2020 ?""",
      """En 2020, les parquets ont ouvert 1 112 enquêtes pour mariage ou cohabitation de complaisance. Quatre cent trente et un refus de célébration ont été prononcés.""",
      "17/6/2021"),
    Q("7-1999", "mathieu", "1/9/2022", "asile",
      "Familles séparées - Ukraine - Droit au séjour",
      "réfugié ; Ukraine ; regroupement familial ; protection temporaire",
      ("regroupement", "asile"),
      """Les Ukrainiens bénéficiant de la protection temporaire souhaitent faire venir des membres de leur famille restés au pays ou réfugiés dans d'autres États.

Les règles du regroupement familial s'appliquent-elles aux bénéficiaires de la protection temporaire ?""",
      ""),
    # -- médicaments ------------------------------------------------------------------
    Q("6-2212", "maes", "2/11/2018", "sante",
      "Pénurie de médicaments - Indisponibilités - Pharmacies",
      "médicament ; produit pharmaceutique ; approvisionnement ; pharmacie",
      ("medicament",),
      """Les pharmaciens signalent des indisponibilités de plus en plus fréquentes de médicaments courants. Plus de 500 médicaments seraient temporairement indisponibles.

Combien de signalements d'indisponibilité l'Agence fédérale des médicaments a-t-elle reçus en 2018 ? Quelles obligations pèsent-elles sur les firmes ?""",
      """En 2018, l'AFMPS a reçu 2 156 notifications d'indisponibilité. Les titulaires d'autorisation doivent notifier toute indisponibilité de plus de quatorze jours.""",
      "13/12/2018"),
    Q("5-4701", "dumont", "16/1/2012", "social",
      "Prix des médicaments - Génériques - Prescription du moins cher",
      "médicament ; médicament générique ; assurance maladie ; prix",
      ("medicament",),
      """Depuis le 1er avril 2012, les médecins devront prescrire le médicament le moins cher en cas de prescription en DCI. Cette mesure doit réduire les dépenses de l'assurance maladie et la facture des patients.

Quelles économies la ministre attend-elle de cette mesure ? Les génériques sont-ils suffisamment disponibles ?""",
      """L'économie attendue est de 50 millions d'euros par an pour l'assurance maladie et de 20 millions pour les patients.""",
      "29/2/2012"),
    Q("7-733", "renard", "13/1/2021", "sante",
      "Médicaments contre le cancer - Remboursement - Accès précoce",
      "médicament ; cancer ; remboursement ; assurance maladie",
      ("medicament",),
      """Des patients atteints d'un cancer attendent plus d'un an le remboursement de nouveaux traitements pourtant autorisés en Europe.

Quel est le délai moyen entre l'autorisation de mise sur le marché et le remboursement d'un médicament oncologique ?""",
      """Le délai moyen est de 482 jours. Le programme d'usage compassionnel permet un accès précoce dans l'intervalle.""",
      "25/2/2021"),
    Q("7-1550", "claes", "26/1/2022", "sante",
      "Médicaments essentiels - Production européenne - Dépendance",
      "médicament ; produit pharmaceutique ; industrie pharmaceutique ; Chine",
      ("medicament",),
      """La crise sanitaire a révélé notre dépendance envers l'Inde et la Chine pour la production des principes actifs pharmaceutiques.

Le ministre soutient-il la relocalisation en Europe de la production des médicaments essentiels ?""",
      ""),
    # -- médecins ---------------------------------------------------------------------
    Q("5-2609", "lambert", "9/6/2011", "social",
      "Numerus clausus - Quotas INAMI - Étudiants en médecine",
      "médecin ; profession médicale ; études de médecine ; sélection",
      ("medecins",),
      """Des centaines d'étudiants en médecine risquent de ne pas obtenir de numéro INAMI à l'issue de leurs études en raison des quotas fédéraux.

Combien de diplômés excédentaires sont-ils attendus en Communauté française ? La ministre compte-t-elle revoir la planification de l'offre médicale ?""",
      """La Commission de planification estime à 1 500 le nombre de diplômés excédentaires d'ici 2018. Un lissage des quotas est à l'étude.""",
      "20/7/2011"),
    Q("6-770", "mathieu", "29/4/2016", "sante",
      "Médecins généralistes - Pénurie - Zones rurales",
      "médecin généraliste ; pénurie de main-d'œuvre ; zone rurale",
      ("medecins",),
      """Dans de nombreuses communes rurales, les médecins généralistes partent à la retraite sans successeur. Certains patients ne trouvent plus de médecin traitant.

Combien de communes sont-elles considérées comme zones en pénurie de généralistes ? Quelles aides à l'installation existent-elles ?""",
      """Cent quarante communes sont considérées comme zones de pénurie. La prime Impulseo soutient l'installation de généralistes dans ces zones.""",
      "30/6/2016"),
    Q("7-260", "fontaine", "19/5/2020", "sante",
      "Médecins étrangers - Reconnaissance des diplômes",
      "médecin ; reconnaissance des diplômes ; travailleur étranger",
      ("medecins", "etrangers"),
      """Des médecins diplômés hors de l'Union européenne ne peuvent exercer en Belgique faute de reconnaissance de leur diplôme, alors que les hôpitaux manquent de personnel.

Combien de demandes de reconnaissance de diplômes de médecine ont-elles été introduites en 2019 ?""",
      """En 2019, 361 demandes de reconnaissance ont été introduites par des médecins diplômés hors Union européenne. 84 ont abouti.""",
      "2/7/2020"),
    Q("7-1802", "verhaegen", "27/4/2022", "sante",
      "Généralistes - Médecine de garde - Charge de travail",
      "médecin généraliste ; service de garde ; conditions de travail",
      ("medecins",),
      """Les postes de garde de médecine générale peinent à assurer la continuité des soins la nuit et le week-end.

Combien de postes de garde sont-ils financés par l'INAMI ? Le numéro 1733 est-il disponible dans tout le pays ?""",
      ""),
    # -- maisons de repos -------------------------------------------------------------
    Q("5-5890", "janssens", "22/5/2012", "social",
      "Maisons de repos - Prix de l'hébergement - Personnes âgées",
      "maison de retraite ; personne âgée ; coût ; hébergement",
      ("maisonrepos",),
      """Le prix moyen d'une journée en maison de repos dépasse largement la pension moyenne. De nombreuses personnes âgées doivent puiser dans leur épargne ou faire appel à leurs enfants.

Quel est le prix moyen d'hébergement en maison de repos par Région ? Combien de résidents bénéficient-ils d'une intervention du CPAS ?""",
      """Le prix moyen d'hébergement est de 1 380 euros par mois en Flandre, de 1 250 euros en Wallonie et de 1 450 euros à Bruxelles.""",
      "4/7/2012"),
    Q("6-1499", "benali", "6/9/2017", "sante",
      "Personnel soignant - Normes d'encadrement - Maisons de repos et de soins",
      "maison de retraite ; personnel soignant ; infirmier ; soins de santé",
      ("maisonrepos",),
      """Les normes d'encadrement en personnel infirmier dans les maisons de repos et de soins datent de plusieurs décennies et ne tiennent pas compte de l'alourdissement des profils des résidents.

La ministre envisage-t-elle de revoir ces normes ? Combien d'infirmières manque-t-il dans le secteur ?""",
      ""),
    Q("7-410", "maes", "17/6/2020", "sante",
      "COVID-19 - Décès dans les maisons de repos - Tests",
      "maison de retraite ; COVID-19 ; épidémie ; personne âgée",
      ("maisonrepos", "vaccination"),
      """Près de la moitié des décès dus au coronavirus sont survenus dans les maisons de repos. Les résidents et le personnel n'ont été testés que tardivement.

Combien de résidents de maisons de repos sont-ils décédés du COVID-19 ? Quand les tests ont-ils été généralisés ?""",
      """Au 15 juin 2020, 6 112 résidents de maisons de repos étaient décédés. Le dépistage systématique a été organisé à partir du 11 avril.""",
      "28/7/2020"),
    Q("7-1320", "leroy", "16/9/2021", "pensions",
      "Aînés - Résidences-services - Coût pour les pensionnés",
      "personne âgée ; maison de retraite ; pension de retraite ; pouvoir d'achat",
      ("maisonrepos",),
      """De nombreux pensionnés ne peuvent plus payer seuls leur séjour en maison de retraite ou en résidence-services.

Quelle part des résidents de maisons de retraite dispose-t-elle d'une pension inférieure au prix de la chambre ?""",
      """Selon une étude de la Fondation Roi Baudouin, 64 % des résidents disposent d'un revenu inférieur au prix de leur séjour.""",
      "28/10/2021"),
    # -- vaccination ------------------------------------------------------------------
    Q("5-400", "verhaegen", "10/10/2010", "sante",
      "Vaccin contre la grippe - Personnes à risque - Couverture",
      "vaccination ; grippe ; prévention des maladies ; personne âgée",
      ("vaccination",),
      """Le Conseil supérieur de la santé recommande la vaccination contre la grippe saisonnière des personnes de plus de 65 ans et du personnel soignant.

Quel était le taux de couverture vaccinale contre la grippe chez les plus de 65 ans en 2009 ?""",
      """En 2009, 58 % des personnes de plus de 65 ans ont été vaccinées contre la grippe saisonnière.""",
      "24/11/2010"),
    Q("6-2400", "renard", "8/4/2019", "sante",
      "Rougeole - Couverture vaccinale - Épidémie",
      "vaccination ; maladie infectieuse ; enfant ; épidémie",
      ("vaccination",),
      """Plusieurs foyers de rougeole ont été signalés en Wallonie et à Bruxelles. La couverture vaccinale pour la deuxième dose reste inférieure à l'objectif de 95 %.

Combien de cas de rougeole ont-ils été déclarés en 2018 et 2019 ? La ministre envisage-t-elle de rendre ce vaccin obligatoire ?""",
      """En 2018, 125 cas de rougeole ont été déclarés. La compétence de la vaccination obligatoire relève des Communautés.""",
      "21/5/2019"),
    Q("7-701", "claes", "12/1/2021", "sante",
      "Vaccins contre le coronavirus - Stratégie - Approvisionnement",
      "vaccination ; COVID-19 ; vaccin ; approvisionnement",
      ("vaccination",),
      """La campagne de vaccination contre le COVID-19 a démarré lentement en Belgique. Les livraisons de vaccins sont inférieures aux prévisions.

Combien de doses de vaccin la Belgique a-t-elle reçues à ce jour ? Quand la vaccination de la population générale commencera-t-elle ?""",
      """Au 10 janvier 2021, la Belgique a reçu 327 600 doses du vaccin Pfizer-BioNTech. La vaccination de la population générale commencera au printemps.""",
      "2/2/2021"),
    Q("7-1111", "dumont", "4/3/2021", "sante",
      "Vacciner le personnel des hôpitaux - Taux de vaccination",
      "vaccination ; personnel hospitalier ; COVID-19",
      ("vaccination",),
      """Le taux de vaccination du personnel des hôpitaux varie fortement d'un établissement à l'autre.

Quel est le pourcentage de membres du personnel hospitalier vaccinés contre le COVID-19 ?""",
      ""),
    # -- bien-être animal -------------------------------------------------------------
    Q("5-6500", "peeters", "20/7/2012", "agriculture",
      "Abattage rituel - Étourdissement - Bien-être des animaux",
      "bien-être des animaux ; abattage d'animaux ; religion",
      ("animal",),
      """L'abattage sans étourdissement préalable pratiqué lors de la fête du Sacrifice cause des souffrances inutiles aux animaux.

Combien d'animaux ont-ils été abattus sans étourdissement en 2011 ? Le ministre envisage-t-il d'imposer l'étourdissement réversible ?""",
      """En 2011, environ 35 000 ovins ont été abattus sans étourdissement dans des abattoirs agréés. Le bien-être animal est désormais une compétence régionale.""",
      "3/10/2012"),
    Q("5-9400", "broeck", "12/9/2013", "economie",
      "Transport d'animaux vivants - Contrôles - Chaleur",
      "transport d'animaux ; bien-être des animaux ; contrôle vétérinaire",
      ("animal",),
      """Des camions transportant des bovins vers la Turquie restent bloqués aux frontières par de fortes chaleurs, au mépris de la réglementation européenne.

Combien de contrôles des transports d'animaux l'AFSCA a-t-elle effectués en 2012 ?""",
      """En 2012, l'AFSCA a contrôlé 4 210 transports d'animaux vivants et constaté 312 infractions.""",
      "30/10/2013"),
    Q("6-380", "renard", "3/2/2015", "economie",
      "Expérimentation animale - Cosmétiques - Statistiques",
      "expérimentation animale ; bien-être des animaux ; cosmétique",
      ("animal",),
      """Le nombre d'animaux utilisés à des fins scientifiques reste élevé en Belgique malgré les méthodes alternatives.

Combien d'animaux de laboratoire ont-ils été utilisés en 2013 ?""",
      ""),
    Q("7-1250", "renard", "24/6/2021", "agriculture",
      "Animaux de compagnie - Vente en ligne - Trafic de chiots",
      "animal de compagnie ; commerce électronique ; bien-être des animaux",
      ("animal",),
      """Le trafic de chiots importés d'Europe de l'Est et vendus sur des sites d'annonces en ligne a explosé pendant le confinement.

L'AFSCA contrôle-t-elle les importations de chiens et de chats ? Combien de saisies ont-elles été opérées en 2020 ?""",
      """En 2020, l'AFSCA a procédé à 61 saisies de chiots importés illégalement.""",
      "5/8/2021"),
]
