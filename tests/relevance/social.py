"""Relevance corpus: social security, work, pensions, family allowances, equality."""
from .pages import Q

QUESTIONS = [
    # -- sécurité sociale -------------------------------------------------------------
    Q("5-2104", "verhaegen", "14/4/2011", "social",
      "Sécurité sociale - Financement - Dotation d'équilibre",
      "sécurité sociale ; financement de la sécurité sociale ; cotisation sociale ; déficit public",
      ("secu", "dette"),
      """La dotation d'équilibre versée par l'État fédéral à la sécurité sociale a fortement augmenté depuis 2008. Les recettes de cotisations ne suffisent plus à couvrir les dépenses des différentes branches.

1) Quel est le montant de la dotation d'équilibre pour les années 2009, 2010 et 2011 ?

2) Quelle part du financement alternatif provient-elle de la TVA et du précompte mobilier ?

3) Comment la ministre compte-t-elle garantir à long terme l'équilibre financier de la sécurité sociale ?""",
      """La dotation d'équilibre s'est élevée à 3,2 milliards d'euros en 2009, 4,1 milliards en 2010 et 3,6 milliards en 2011.

Le financement alternatif provient pour 71 % de la TVA. Le gouvernement a chargé un groupe de travail de proposer une réforme durable du financement de la sécurité sociale.""",
      "30/6/2011"),
    Q("6-812", "claes", "3/3/2016", "social",
      "Office national de sécurité sociale (ONSS) - Cotisations patronales - Tax shift",
      "cotisation patronale ; Office national de sécurité sociale ; charges sociales ; réforme fiscale",
      ("secu",),
      """Le tax shift réduit progressivement le taux des cotisations patronales de 33 % à 25 %. Cette diminution des charges sociales doit soutenir la compétitivité des entreprises.

Quel est l'impact de cette réduction sur les recettes de l'ONSS en 2016 et 2017 ? Comment la perte de recettes pour le système de protection sociale est-elle compensée ?""",
      """L'ONSS estime la diminution des recettes de cotisations à 1,1 milliard d'euros en 2016. Elle est compensée par le financement alternatif prévu par la loi du 18 avril 2017.""",
      "27/4/2016"),
    Q("6-1533", "mathieu", "21/9/2017", "social",
      "Travailleurs frontaliers - Assujettissement - Règlement européen",
      "travailleur frontalier ; sécurité sociale ; coordination des régimes de sécurité sociale ; Luxembourg",
      ("secu", "etrangers"),
      """Plusieurs milliers de Belges travaillent au Grand-Duché de Luxembourg tout en résidant en Belgique. Le règlement européen 883/2004 détermine la législation de sécurité sociale qui leur est applicable.

Combien de travailleurs frontaliers relèvent-ils du régime luxembourgeois ? Quels problèmes d'assujettissement se posent-ils lorsque ces personnes exercent une partie de leur activité en télétravail depuis la Belgique ?""",
      """Selon les données de la Banque Carrefour de la sécurité sociale, 44 600 résidents belges travaillaient au Luxembourg en 2016. Un accord bilatéral tolère 24 jours de télétravail par an sans changement de législation applicable.""",
      "8/11/2017"),
    Q("7-233", "lambert", "12/5/2020", "independants",
      "Indépendants - Statut social - Droit passerelle",
      "travailleur indépendant ; statut social ; sécurité sociale ; COVID-19",
      ("secu",),
      """La crise sanitaire frappe durement les indépendants. Le droit passerelle leur offre un revenu de remplacement, mais leur statut social reste moins protecteur que celui des salariés.

Combien d'indépendants ont-ils demandé le droit passerelle de crise en mars et avril 2020 ? Le ministre envisage-t-il de rapprocher la protection sociale des indépendants de celle des travailleurs salariés ?""",
      """Les caisses d'assurances sociales ont reçu 413 000 demandes de droit passerelle en mars et avril 2020. Le renforcement du statut social des indépendants est à l'examen au sein du Comité général de gestion."""
      , "16/6/2020"),
    # -- fraude sociale ---------------------------------------------------------------
    Q("5-4410", "janssens", "6/12/2011", "fraude",
      "Fraude sociale - Travailleurs détachés - Construction",
      "fraude sociale ; travailleur détaché ; secteur de la construction ; dumping social",
      ("fraudesoc", "etrangers"),
      """Dans le secteur de la construction, de nombreuses entreprises recourent à des travailleurs détachés d'autres États membres, rémunérés bien en dessous des barèmes belges. Ce dumping social met en péril l'emploi local.

1) Combien de contrôles l'inspection sociale a-t-elle menés sur les chantiers en 2011 ?

2) Combien d'infractions à la déclaration Limosa ont-elles été constatées ?""",
      """En 2011, les services d'inspection ont contrôlé 3 812 employeurs du secteur de la construction. Des infractions à l'obligation de déclaration Limosa ont été constatées dans 21 % des cas.""",
      "17/2/2012"),
    Q("6-102", "wauters", "18/11/2014", "fraude",
      "Faux indépendants - Contrôles - Plan d'action",
      "fraude sociale ; travailleur indépendant ; contrôle administratif ; inspection du travail",
      ("fraudesoc",),
      """Le plan d'action du gouvernement pour la lutte contre la fraude sociale prévoit de cibler les faux indépendants, qui travaillent en réalité sous l'autorité d'un employeur.

Combien de requalifications de contrats ont-elles été opérées en 2013 et 2014 ? Quel montant de cotisations a-t-il été récupéré ?""",
      """La commission administrative de règlement de la relation de travail a rendu 212 décisions en 2014. Les requalifications ont permis de récupérer 14,6 millions d'euros de cotisations.""",
      "22/1/2015"),
    Q("6-1918", "broeck", "9/5/2018", "fraude",
      "Dumping social - Transport routier - Chauffeurs d'Europe de l'Est",
      "dumping social ; transport routier ; conducteur de véhicule ; concurrence déloyale",
      ("fraudesoc",),
      """Des sociétés de transport établissent des boîtes aux lettres en Slovaquie ou en Roumanie pour employer des chauffeurs à bas salaire sur le territoire belge. Les entreprises belges dénoncent une concurrence déloyale.

Quels résultats les contrôles conjoints de la police et de l'inspection sociale sur les parkings autoroutiers ont-ils donné ? Combien de procès-verbaux pour fraude sociale ont-ils été dressés ?""",
      ""),
    Q("7-1104", "desmet", "2/3/2021", "fraude",
      "Allocations sociales - Domiciliation fictive - Contrôles",
      "fraude sociale ; domicile ; prestation sociale ; contrôle administratif",
      ("fraudesoc",),
      """La fraude au domicile permet de percevoir indûment des allocations au taux isolé. Les contrôles croisés des données de consommation d'eau et d'électricité permettent de détecter les domiciliations fictives.

Combien de dossiers de fraude au domicile ont-ils été ouverts en 2020 ? Quel montant d'allocations indues a-t-il été récupéré ?""",
      """En 2020, le datamining a permis de sélectionner 2 316 dossiers. Un montant de 9,8 millions d'euros d'allocations indues a été récupéré.""",
      "14/4/2021"),
    # -- politique de l'emploi --------------------------------------------------------
    Q("5-1190", "fontaine", "4/3/2011", "emploi",
      "Emploi des jeunes - Plan d'embauche - Résultats",
      "politique de l'emploi ; emploi des jeunes ; aide à l'emploi ; chômage des jeunes",
      ("emploi",),
      """Le plan Win-Win devait favoriser l'embauche de jeunes demandeurs d'emploi peu qualifiés grâce à une allocation de travail et à une réduction des cotisations.

1) Combien de jeunes ont-ils été engagés dans le cadre de ce plan en 2010 ?

2) Quelle proportion de ces contrats a-t-elle été prolongée au-delà de la période subsidiée ?""",
      """En 2010, 26 541 jeunes ont été engagés dans le cadre du plan Win-Win. Une évaluation de la durabilité de ces emplois est en cours.""",
      "15/4/2011"),
    Q("6-1420", "peeters", "16/6/2017", "emploi_eco",
      "Taux d'emploi - Objectif européen 2020 - Régions",
      "politique de l'emploi ; marché du travail ; emploi ; stratégie Europe 2020",
      ("emploi",),
      """La Belgique s'est engagée à atteindre un taux d'emploi de 73,2 % en 2020. Le taux d'emploi actuel reste pourtant nettement inférieur à la moyenne européenne, en particulier à Bruxelles et en Wallonie.

Quelles mesures la ministre prend-elle pour relever le taux d'emploi des travailleurs âgés et des personnes d'origine étrangère ?""",
      """Le taux d'emploi des 20-64 ans s'élevait à 67,7 % en 2016. Le gouvernement a réformé les régimes de fin de carrière et renforcé les aides à l'embauche du premier travailleur.""",
      "5/9/2017"),
    Q("6-2207", "maes", "4/12/2018", "emploi_eco",
      "Métiers en pénurie - Postes vacants - Formation",
      "pénurie de main-d'œuvre ; offre d'emploi ; formation professionnelle ; politique de l'emploi",
      ("emploi",),
      """Les employeurs peinent à pourvoir plus de 140 000 postes vacants, alors que le nombre de demandeurs d'emploi reste élevé. Les métiers en pénurie concernent surtout la construction, l'informatique et les soins.

Comment la ministre compte-t-elle encourager la formation aux métiers en pénurie ? Un chômeur qui suit une formation à un métier en pénurie conserve-t-il ses allocations ?""",
      """Un chômeur qui suit une formation à un métier en pénurie est dispensé de disponibilité et conserve ses allocations. La liste des métiers en pénurie est établie par les services régionaux de l'emploi.""",
      "31/1/2019"),
    Q("7-512", "benali", "8/10/2020", "emploi",
      "Chômage temporaire - Crise sanitaire - Maintien de l'emploi",
      "chômage partiel ; COVID-19 ; maintien de l'emploi ; politique de l'emploi",
      ("emploi", "chomage"),
      """Le chômage temporaire pour force majeure a permis de préserver des centaines de milliers d'emplois pendant le confinement.

Combien de travailleurs ont-ils été mis en chômage temporaire entre mars et septembre 2020 ? Quel en a été le coût pour l'ONEM ?""",
      """Au plus fort de la crise, en avril 2020, 1,26 million de travailleurs étaient en chômage temporaire. Le coût total s'élève à 3,9 milliards d'euros pour la période.""",
      "19/11/2020"),
    # -- allocations de chômage -------------------------------------------------------
    Q("5-6730", "dumont", "23/8/2012", "emploi",
      "Dégressivité des allocations de chômage - Impact - Pauvreté",
      "allocation de chômage ; chômeur ; pauvreté ; réforme sociale",
      ("chomage",),
      """La réforme entrée en vigueur le 1er novembre 2012 renforce la dégressivité des allocations de chômage dans le temps. Les associations de lutte contre la pauvreté craignent qu'un grand nombre de chômeurs passe sous le seuil de pauvreté.

Le ministre dispose-t-il d'une étude d'impact de cette réforme ? Combien de chômeurs verront-ils leur allocation diminuer dès 2013 ?""",
      """Selon l'ONEM, environ 400 000 chômeurs complets indemnisés seront concernés par la dégressivité renforcée. Les montants forfaitaires restent supérieurs au revenu d'intégration.""",
      "12/10/2012"),
    Q("6-455", "fontaine", "10/3/2015", "emploi",
      "Allocations d'insertion - Fin de droit - CPAS",
      "allocation de chômage ; jeune chômeur ; CPAS ; revenu d'intégration",
      ("chomage",),
      """Depuis le 1er janvier 2015, des milliers de jeunes perdent leur allocation d'insertion après trois ans. Beaucoup se tournent vers les CPAS, dont les moyens sont limités.

Combien de personnes ont-elles été exclues du bénéfice des allocations d'insertion en janvier et février 2015 ? Combien d'entre elles ont-elles demandé le revenu d'intégration ?""",
      """Au 1er mars 2015, 18 357 personnes avaient perdu leur droit aux allocations d'insertion. Selon le SPP Intégration sociale, un tiers d'entre elles a demandé le revenu d'intégration.""",
      "21/4/2015"),
    Q("6-2002", "wauters", "19/6/2018", "emploi",
      "ONEM - Sanctions - Disponibilité des demandeurs d'emploi",
      "chômeur ; sanction administrative ; contrôle administratif ; recherche d'emploi",
      ("chomage",),
      """Le contrôle de la disponibilité des chômeurs a été transféré aux Régions, mais l'ONEM reste compétent pour l'exécution des sanctions.

Combien de sanctions ont-elles été prononcées en 2017 à l'encontre des chômeurs qui ne cherchent pas activement un emploi ? Quelle est la répartition par Région ?""",
      ""),
    Q("7-1830", "janssens", "5/5/2022", "emploi",
      "Travailleurs âgés - Chômage avec complément d'entreprise - Prépension",
      "préretraite ; travailleur âgé ; allocation de chômage ; fin de carrière",
      ("chomage", "pension"),
      """Le régime de chômage avec complément d'entreprise, l'ancienne prépension, a été progressivement restreint. L'âge d'accès est passé à 62 ans.

Combien de personnes bénéficient-elles encore de ce régime ? Combien d'entre elles sont-elles dispensées de disponibilité adaptée ?""",
      """En 2021, 52 000 personnes bénéficiaient du chômage avec complément d'entreprise, contre 110 000 en 2012. Près de la moitié est dispensée de disponibilité.""",
      "23/6/2022"),
    # -- personnes handicapées --------------------------------------------------------
    Q("5-3902", "mathieu", "2/11/2011", "fonction",
      "Personnes handicapées - Emploi dans la fonction publique fédérale - Quota de 3 %",
      "personne handicapée ; emploi des handicapés ; fonction publique ; recrutement",
      ("handicap", "fonctionpub"),
      """Les services publics fédéraux doivent occuper au moins 3 % de travailleurs handicapés. Selon la commission d'accompagnement, ce quota n'est atteint que par une minorité de services.

Quels services fédéraux atteignent-ils ce quota ? Quelles mesures le ministre prend-il pour faciliter le recrutement de personnes handicapées par Selor ?""",
      """En 2010, 1,43 % des agents fédéraux étaient des personnes handicapées. Selor organise des sélections avec aménagements raisonnables et tient une liste des lauréats handicapés.""",
      "19/12/2011"),
    Q("6-1300", "maes", "7/3/2017", "handicap",
      "Allocation de remplacement de revenus - Délais de traitement - DG Personnes handicapées",
      "aide aux handicapés ; délai de procédure ; allocation sociale",
      ("handicap",),
      """Les demandes d'allocation de remplacement de revenus et d'allocation d'intégration introduites auprès de la DG Personnes handicapées sont traitées dans des délais de plus de six mois.

Quel est le délai moyen de traitement en 2016 ? Combien de dossiers sont-ils en attente ?""",
      """Le délai moyen de traitement était de 147 jours fin 2016. Un plan de résorption a été lancé avec le recrutement de 40 agents supplémentaires.""",
      "12/5/2017"),
    Q("6-2118", "renard", "25/9/2018", "entreprises",
      "SNCB - Accessibilité des gares - Voyageurs à mobilité réduite",
      "personne handicapée ; accessibilité ; gare ; transport ferroviaire",
      ("handicap", "trains"),
      """Les voyageurs en chaise roulante doivent réserver leur assistance 24 heures à l'avance et seules 131 gares offrent ce service.

Combien de gares sont-elles entièrement accessibles aux personnes à mobilité réduite ? Quel calendrier la SNCB s'est-elle fixé pour rehausser les quais ?""",
      """Fin 2017, 131 gares offraient l'assistance. Le plan d'investissement prévoit le rehaussement de 470 quais d'ici 2025.""",
      "6/11/2018"),
    Q("7-640", "dumont", "3/12/2020", "handicap",
      "Handicap - Allocation d'intégration - Revalorisation",
      "aide aux handicapés ; minimum social ; pauvreté ; personne handicapée",
      ("handicap",),
      """Les allocations aux personnes en situation de handicap restent inférieures au seuil de pauvreté. L'accord de gouvernement prévoit de les relever progressivement.

Quel calendrier la secrétaire d'État a-t-elle arrêté pour la revalorisation de l'allocation de remplacement de revenus ?""",
      """L'allocation de remplacement de revenus sera augmentée de 2,65 % au 1er janvier 2021, puis à nouveau en 2022 et 2023.""",
      "21/1/2021"),
    # -- pensions de retraite ---------------------------------------------------------
    Q("5-8101", "verhaegen", "13/2/2013", "pensions",
      "Pensions - Écart entre hommes et femmes - Travail à temps partiel",
      "pension de retraite ; égalité homme-femme ; travail à temps partiel",
      ("pension", "egalite"),
      """Les femmes perçoivent en moyenne une pension inférieure d'un quart à celle des hommes, en raison notamment des carrières incomplètes et du travail à temps partiel.

Le ministre peut-il fournir le montant moyen de la pension des hommes et des femmes salariés en 2012 ? Quelles mesures envisage-t-il pour réduire cet écart ?""",
      """En 2012, la pension moyenne d'un homme salarié s'élevait à 1 185 euros et celle d'une femme à 869 euros. Une meilleure valorisation des périodes assimilées est à l'étude.""",
      "2/4/2013"),
    Q("6-318", "claes", "27/1/2015", "pensions",
      "Âge légal de la retraite - Relèvement à 67 ans - Métiers pénibles",
      "âge de la retraite ; pension de retraite ; travail pénible",
      ("pension",),
      """Le gouvernement a décidé de relever l'âge légal de la pension à 66 ans en 2025 et à 67 ans en 2030. Les syndicats demandent une exception pour les métiers pénibles.

Quels critères de pénibilité le ministre retiendra-t-il ? Quel est l'impact budgétaire attendu du relèvement de l'âge de la retraite ?""",
      """Les critères de pénibilité seront définis en concertation avec les partenaires sociaux. Le Bureau du Plan estime l'économie à 0,6 % du PIB en 2030.""",
      "10/3/2015"),
    Q("6-1712", "lambert", "6/2/2018", "pensions",
      "Pension minimum - Indépendants - Carrière mixte",
      "pension de retraite ; travailleur indépendant ; minimum social",
      ("pension",),
      """Un indépendant ayant une carrière complète perçoit une pension minimum plus faible qu'un salarié. Les carrières mixtes posent en outre des problèmes de calcul.

Combien d'indépendants pensionnés perçoivent-ils la pension minimum ? Le malus de pension des indépendants sera-t-il supprimé ?""",
      """Au 1er janvier 2018, 97 000 indépendants pensionnés bénéficiaient de la pension minimum. Le malus de pension a été supprimé pour les périodes prestées à partir de 2015.""",
      "19/3/2018"),
    Q("7-1420", "broeck", "18/11/2021", "pensions",
      "Retraites - Bonus pension - Réintroduction",
      "pension de retraite ; fin de carrière ; réforme des retraites",
      ("pension",),
      """L'accord de gouvernement prévoit la réintroduction d'un bonus pension pour ceux qui travaillent plus longtemps. Les modalités de la réforme des retraites ne sont pas encore connues.

Quel montant le bonus pension atteindra-t-il par jour presté après la date de la retraite anticipée ?""",
      ""),
    # -- pension de survie ------------------------------------------------------------
    Q("5-2877", "dumont", "8/7/2011", "pensions",
      "Pension de survie - Veuves - Conditions de cumul",
      "pension de survie ; veuvage ; cumul de revenus",
      ("survie",),
      """Les veuves qui perçoivent une pension de survie ne peuvent cumuler celle-ci avec un revenu professionnel que dans certaines limites.

1) Combien de personnes bénéficient-elles d'une pension de survie au 1er janvier 2011 ?

2) Le ministre envisage-t-il de relever le plafond de cumul ?""",
      """Au 1er janvier 2011, 503 000 personnes, dont 95 % de femmes, percevaient une pension de survie. Le plafond de cumul a été relevé de 25 % en 2007.""",
      "14/9/2011"),
    Q("6-55", "maes", "14/10/2014", "pensions",
      "Allocation de transition - Conjoints survivants de moins de 45 ans",
      "pension de survie ; veuvage ; allocation sociale",
      ("survie",),
      """Depuis le 1er janvier 2015, le conjoint survivant de moins de 45 ans reçoit une allocation de transition limitée dans le temps au lieu d'une pension de survie à vie.

Combien de veufs et de veuves seront-ils concernés chaque année ? Un accompagnement vers l'emploi est-il prévu à la fin de l'allocation ?""",
      """Environ 1 900 personnes par an seront concernées. À la fin de l'allocation de transition, le conjoint survivant peut bénéficier d'un accompagnement prioritaire par les services régionaux de l'emploi.""",
      "25/11/2014"),
    Q("7-921", "mathieu", "2/6/2021", "pensions",
      "Conjoint survivant - Pension de veuf - Égalité de traitement",
      "pension de survie ; veuvage ; égalité homme-femme",
      ("survie",),
      """Les hommes devenus veufs sont peu nombreux à percevoir une pension de survie, car le calcul favorise historiquement le conjoint qui n'a pas travaillé.

Combien de veufs perçoivent-ils une pension de survie ? Quel est le montant moyen de la pension de survie versée aux hommes et aux femmes ?""",
      """Au 1er janvier 2021, 28 000 veufs et 431 000 veuves percevaient une pension de survie. Le montant moyen est de 1 129 euros pour les femmes et de 781 euros pour les hommes.""",
      "15/7/2021"),
    Q("6-2290", "verhaegen", "20/12/2018", "pensions",
      "Conjoints divorcés - Pension de conjoint divorcé - Information",
      "pension de survie ; divorce ; pension de retraite",
      ("survie",),
      """Le conjoint divorcé peut prétendre à une partie de la pension de son ex-conjoint pour la période du mariage. Cette possibilité reste peu connue.

Le Service fédéral des pensions informe-t-il systématiquement les conjoints divorcés de leurs droits ?""",
      ""),
    # -- allocations familiales -------------------------------------------------------
    Q("5-990", "janssens", "4/2/2011", "social",
      "Allocations familiales - Montants - Supplément d'âge",
      "allocation familiale ; prestation familiale ; enfant",
      ("allocfam",),
      """Le montant des allocations familiales varie selon le rang de l'enfant et son âge. Le supplément d'âge annuel versé en août aide les familles à faire face aux frais de la rentrée scolaire.

Quel est le montant total des suppléments d'âge versés en 2010 ? Combien de familles en ont-elles bénéficié ?""",
      """En 2010, l'ONAFTS a versé 271 millions d'euros de supplément d'âge annuel à 1,1 million de familles.""",
      "17/3/2011"),
    Q("5-7650", "claes", "26/11/2012", "social",
      "Prestations familiales - Sixième réforme de l'État - Transfert aux Communautés",
      "prestation familiale ; réforme institutionnelle ; communauté",
      ("allocfam",),
      """Les prestations familiales seront transférées aux Communautés dans le cadre de la sixième réforme de l'État. La gestion des paiements par les caisses d'allocations familiales reste à organiser.

Quel calendrier a-t-il été fixé pour ce transfert ? Quel sera le sort du personnel de l'ONAFTS ?""",
      """L'ONAFTS deviendra l'Agence fédérale pour les allocations familiales (Famifed), qui assurera les paiements pour le compte des entités fédérées jusqu'à la reprise effective.""",
      "22/1/2013"),
    Q("6-640", "fontaine", "29/4/2016", "premier",
      "Famifed - Retards de paiement - Familles monoparentales",
      "allocation familiale ; famille monoparentale ; retard de paiement",
      ("allocfam",),
      """Des familles monoparentales signalent des retards dans le versement des allocations pour leurs enfants, parfois de plusieurs mois, à la suite de changements de caisse.

Combien de plaintes relatives au paiement des allocations familiales l'Agence a-t-elle reçues en 2015 ?""",
      """Famifed a reçu 1 284 plaintes en 2015, dont 312 concernaient un retard de paiement. Ces retards résultent surtout de données manquantes sur la composition du ménage.""",
      "9/6/2016"),
    Q("6-1045", "desmet", "18/10/2016", "finances",
      "Enfants à charge - Réduction d'impôt - Allocations",
      "enfant à charge ; impôt sur le revenu ; prestation familiale",
      ("allocfam",),
      """Outre les allocations familiales, les parents bénéficient d'une majoration de la quotité exemptée d'impôt pour chaque enfant à charge.

Quel est le coût budgétaire de cette réduction d'impôt pour enfants à charge ? Combien de ménages en bénéficient-ils ?""",
      """Pour l'exercice d'imposition 2016, la majoration pour enfants à charge a représenté une dépense fiscale de 2,4 milliards d'euros pour 1,5 million de ménages.""",
      "1/12/2016"),
    # -- égalité hommes-femmes --------------------------------------------------------
    Q("5-5120", "renard", "12/3/2012", "egalite",
      "Écart salarial - Hommes et femmes - Loi du 22 avril 2012",
      "égalité de rémunération ; égalité homme-femme ; salaire",
      ("egalite",),
      """Selon l'Institut pour l'égalité des femmes et des hommes, l'écart salarial entre hommes et femmes atteint encore 10 % sur base horaire et 23 % sur base annuelle.

Comment la loi visant à lutter contre l'écart salarial sera-t-elle mise en œuvre dans les entreprises ? Les rapports d'analyse de la structure des rémunérations seront-ils contrôlés ?""",
      """Les entreprises de plus de 50 travailleurs devront établir tous les deux ans un rapport d'analyse de la structure des rémunérations. L'inspection du Contrôle des lois sociales veillera à son respect.""",
      "30/4/2012"),
    Q("6-890", "dumont", "19/5/2016", "egalite",
      "Conseils d'administration - Quotas de femmes - Entreprises publiques",
      "égalité homme-femme ; conseil d'administration ; entreprise publique ; représentation des femmes",
      ("egalite",),
      """La loi du 28 juillet 2011 impose qu'un tiers au moins des membres du conseil d'administration des entreprises publiques et cotées soit de l'autre sexe.

Quelles entreprises publiques respectent-elles ce quota ? Des sanctions ont-elles été appliquées ?""",
      """Toutes les entreprises publiques autonomes respectent le quota d'un tiers depuis 2016. Aucune sanction n'a dû être appliquée.""",
      "7/7/2016"),
    Q("7-350", "broeck", "22/6/2020", "emploi",
      "Congé de naissance - Allongement - Pères",
      "congé parental ; paternité ; égalité homme-femme",
      ("egalite",),
      """Le congé de naissance des pères et coparents passera de 10 à 15 jours en 2021, puis à 20 jours en 2023. Une répartition plus égale des tâches entre les femmes et les hommes en est l'objectif.

Combien de pères ont-ils pris la totalité de leur congé de naissance en 2019 ?""",
      """En 2019, 73 % des pères salariés ont pris au moins une partie de leur congé de naissance, et 56 % la totalité.""",
      "3/9/2020"),
    Q("7-1650", "leroy", "8/2/2022", "egalite",
      "Égalité des chances - Femmes - Postes de direction dans l'administration",
      "égalité homme-femme ; fonction de direction ; fonction publique",
      ("egalite", "fonctionpub"),
      """Les femmes restent minoritaires dans les fonctions de management de l'administration fédérale, alors qu'elles représentent plus de la moitié des agents.

Quelle est la proportion de femmes parmi les titulaires de fonctions de management et d'encadrement des SPF ?""",
      """Au 1er janvier 2022, les femmes occupaient 31 % des fonctions de management et 42 % des fonctions d'encadrement.""",
      "24/3/2022"),
    # -- travailleurs étrangers -------------------------------------------------------
    Q("5-3350", "benali", "20/9/2011", "emploi",
      "Travailleurs étrangers - Permis de travail - Délais",
      "travailleur étranger ; permis de travail ; main-d'œuvre étrangère",
      ("etrangers",),
      """Les employeurs qui souhaitent occuper un travailleur étranger hors Union européenne doivent obtenir un permis de travail B, dont la délivrance prend plusieurs mois.

Combien de permis de travail ont-ils été délivrés en 2010, par nationalité ? Quel est le délai moyen de délivrance ?""",
      """En 2010, 22 718 permis de travail B ont été délivrés, principalement à des ressortissants indiens, américains et japonais. Le délai moyen est de six semaines.""",
      "25/10/2011"),
    Q("6-1777", "renard", "12/3/2018", "emploi",
      "Travailleuses domestiques - Diplomates - Exploitation",
      "travailleur étranger ; travail domestique ; traite des êtres humains ; personnel diplomatique",
      ("etrangers",),
      """Des travailleuses domestiques étrangères employées par des diplomates sont victimes d'exploitation : horaires excessifs, salaires non payés, confiscation du passeport.

Combien de cartes d'identité spéciales ont-elles été délivrées à du personnel domestique privé de diplomates en 2017 ? Combien de plaintes ont-elles été enregistrées ?""",
      """En 2017, 219 cartes d'identité spéciales ont été délivrées à du personnel domestique privé. Le SPF Affaires étrangères a reçu sept plaintes.""",
      "24/4/2018"),
    Q("6-2330", "lambert", "17/1/2019", "independants",
      "Carte professionnelle - Indépendants étrangers - Procédure unique",
      "travailleur étranger ; travailleur indépendant ; autorisation",
      ("etrangers",),
      """Un ressortissant étranger qui souhaite exercer une activité indépendante en Belgique doit obtenir une carte professionnelle. Depuis la régionalisation, la procédure diffère selon la Région.

Combien de cartes professionnelles ont-elles été délivrées en 2018 ?""",
      ""),
    Q("7-77", "wauters", "11/2/2020", "emploi",
      "Permis unique - Séjour et travail - Ressortissants de pays tiers",
      "permis de travail ; droit de séjour ; migration de main-d'œuvre",
      ("etrangers",),
      """Le permis unique combine autorisation de séjour et autorisation de travail pour les ressortissants de pays tiers. Les employeurs se plaignent de la longueur de la procédure.

Quel est le délai moyen entre la demande et la délivrance du permis unique en 2019 ?""",
      """En 2019, le délai moyen de traitement par l'Office des étrangers était de 52 jours, après l'avis favorable de la Région.""",
      "26/3/2020"),
]
