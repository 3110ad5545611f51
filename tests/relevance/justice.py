"""Relevance corpus: prisons, justice, police, violence, terrorism, drugs."""
from .pages import Q

QUESTIONS = [
    # -- prisons ----------------------------------------------------------------------
    Q("4-3310", "wauters", "17/4/2009", "justice",
      "Prisons - Surpopulation carcérale - Matelas au sol",
      "établissement pénitentiaire ; surpopulation carcérale ; détenu",
      ("prison",),
      """La population carcérale dépasse de 1 500 unités la capacité des établissements pénitentiaires. Dans plusieurs prisons, des détenus dorment sur un matelas posé au sol.

1) Combien de détenus dormaient-ils sur un matelas au sol au 1er mars 2009 ?

2) Quand les nouvelles places prévues par le masterplan seront-elles disponibles ?""",
      """Au 1er mars 2009, 214 détenus dormaient sur un matelas au sol. Le masterplan prévoit 1 500 places supplémentaires d'ici 2012.""",
      "3/6/2009"),
    Q("5-4020", "lambert", "9/11/2011", "justice",
      "Établissements pénitentiaires - Grèves des agents - Service minimum",
      "établissement pénitentiaire ; grève ; service minimum ; personnel pénitentiaire",
      ("prison",),
      """Les grèves répétées des agents pénitentiaires privent les détenus de préau, de visites et parfois de douches. La Belgique a été critiquée par le Comité européen pour la prévention de la torture.

Combien de jours de grève ont-ils été enregistrés dans les prisons en 2011 ? Le ministre envisage-t-il d'instaurer un service minimum ?""",
      """En 2011, 68 jours de grève ont été enregistrés dans l'ensemble des établissements. Un projet de service garanti fait l'objet d'une concertation avec les organisations syndicales.""",
      "20/12/2011"),
    Q("6-777", "benali", "3/5/2016", "justice",
      "Détenus - Soins de santé - Internés en annexe psychiatrique",
      "détenu ; soins de santé ; internement ; établissement pénitentiaire",
      ("prison",),
      """Plus de 500 internés séjournent toujours dans les annexes psychiatriques des prisons, faute de place dans des structures de soins adaptées. La Cour européenne des droits de l'homme a condamné la Belgique à plusieurs reprises.

Combien d'internés sont-ils encore détenus en prison ? Quand le centre de psychiatrie légale d'Anvers ouvrira-t-il ?""",
      """Au 1er avril 2016, 521 internés séjournaient en prison. Le centre de psychiatrie légale d'Anvers ouvrira en 2017 avec 182 places.""",
      "16/6/2016"),
    Q("6-2104", "desmet", "11/10/2018", "justice",
      "Nouvelle prison de Haren - Capacité - Calendrier",
      "établissement pénitentiaire ; construction ; Région de Bruxelles-Capitale",
      ("prison",),
      """La construction du village pénitentiaire de Haren doit remplacer les prisons vétustes de Saint-Gilles, Forest et Berkendael.

Quelle sera la capacité de la nouvelle prison ? Les prisons de Forest et de Saint-Gilles fermeront-elles dès l'ouverture ?""",
      """La prison de Haren comptera 1 190 places. Les détenus de Saint-Gilles, Forest et Berkendael y seront transférés progressivement à partir de 2022.""",
      "29/11/2018"),
    Q("7-1310", "dumont", "14/9/2021", "justice",
      "Surpopulation dans les prisons - Détenus en attente de jugement",
      "surpopulation carcérale ; détention préventive ; établissement pénitentiaire",
      ("prison",),
      """Près d'un tiers des personnes incarcérées sont en détention préventive. Cette proportion contribue à la surpopulation que connaissent de nombreuses prisons belges.

Combien de prévenus sont-ils détenus dans nos prisons ? Le ministre entend-il favoriser les alternatives à la détention préventive ?""",
      """Au 1er septembre 2021, 3 610 prévenus étaient incarcérés, soit 33 % de la population carcérale. Le recours à la surveillance électronique comme modalité de détention préventive sera étendu.""",
      "28/10/2021"),
    # -- surveillance électronique ----------------------------------------------------
    Q("4-5211", "verhaegen", "3/2/2010", "justice",
      "Bracelet électronique - Délais d'attente - Centre national de surveillance électronique",
      "surveillance électronique ; exécution des peines ; détenu",
      ("bracelet",),
      """De nombreux condamnés à une courte peine attendent plusieurs mois avant de recevoir un bracelet électronique, faute de capacité du Centre national de surveillance électronique.

Combien de condamnés sont-ils en attente d'un bracelet électronique ? Combien de bracelets sont-ils disponibles ?""",
      """Au 1er janvier 2010, 1 209 condamnés attendaient la mise en place d'une surveillance électronique. Le Centre dispose de 1 100 bracelets.""",
      "17/3/2010"),
    Q("5-2440", "peeters", "18/5/2011", "justice",
      "Surveillance électronique - Technologie GPS - Marché public",
      "surveillance électronique ; marché public ; nouvelle technologie",
      ("bracelet",),
      """Le ministre a annoncé l'introduction d'un système de surveillance électronique par GPS, qui permettrait de contrôler les zones d'exclusion imposées aux condamnés.

Où en est le marché public pour les bracelets GPS ? Combien d'appareils seront-ils commandés ?""",
      """Le marché a été attribué en avril 2011 pour 350 appareils GPS. Le système sera testé à Bruxelles avant d'être généralisé.""",
      "27/6/2011"),
    Q("6-950", "claes", "8/7/2016", "justice",
      "Détention préventive sous bracelet électronique - Évaluation",
      "surveillance électronique ; détention préventive ; alternative à la peine",
      ("bracelet",),
      """Depuis 2014, un juge d'instruction peut ordonner la détention préventive sous surveillance électronique.

Combien de prévenus ont-ils été placés sous bracelet en 2015 ? Combien d'entre eux ont-ils violé leurs conditions ?""",
      """En 2015, 1 062 prévenus ont été placés sous surveillance électronique. Dans 9 % des cas, le juge a révoqué la mesure en raison d'une infraction aux conditions.""",
      "20/9/2016"),
    Q("7-1002", "wauters", "6/4/2021", "justice",
      "Condamnés - Peines de courte durée - Exécution",
      "exécution des peines ; courte peine ; surveillance électronique",
      ("bracelet", "prison"),
      """Les peines de prison de moins de trois ans doivent à nouveau être exécutées. Une partie de ces peines le sera sous la forme d'une surveillance électronique.

Combien de peines de courte durée ont-elles été exécutées en 2020 ? Combien l'ont-elles été sous bracelet ?""",
      ""),
    # -- violence domestique ----------------------------------------------------------
    Q("5-3160", "renard", "9/8/2011", "justice",
      "Violences conjugales - Plaintes - Classements sans suite",
      "violence domestique ; violence sexuelle ; poursuite judiciaire",
      ("violence",),
      """Selon les chiffres du Collège des procureurs généraux, près de 70 % des dossiers de violences conjugales sont classés sans suite.

Combien de plaintes pour violence conjugale ont-elles été enregistrées en 2010 ? Quelles sont les raisons principales des classements sans suite ?""",
      """En 2010, les parquets ont enregistré 41 206 dossiers de violence dans le couple. Les classements sans suite s'expliquent principalement par des charges insuffisantes ou la réconciliation des partenaires.""",
      "13/10/2011"),
    Q("6-1520", "leroy", "14/9/2017", "egalite",
      "Féminicides - Recensement - Plan d'action national",
      "violence domestique ; homicide ; égalité homme-femme",
      ("violence", "egalite"),
      """La Belgique ne dispose d'aucune statistique officielle des féminicides, c'est-à-dire des meurtres de femmes commis en raison de leur genre, souvent par un partenaire ou un ex-partenaire.

La secrétaire d'État compte-t-elle instaurer un recensement officiel ? Quelles mesures du plan d'action national contre les violences basées sur le genre ont-elles été réalisées ?""",
      """Un recensement sera instauré par le futur plan d'action national. La ligne d'écoute 0800 30 030 a été renforcée et ouverte en soirée.""",
      "26/10/2017"),
    Q("7-420", "janssens", "9/7/2020", "interieur2",
      "Violence intrafamiliale - Confinement - Hébergement d'urgence",
      "violence domestique ; COVID-19 ; hébergement ; victime",
      ("violence",),
      """Pendant le confinement, les appels aux lignes d'écoute pour violence intrafamiliale ont fortement augmenté. Les maisons d'accueil manquaient de places pour héberger les victimes.

Combien d'interventions policières pour violence dans la famille ont-elles eu lieu en avril 2020 ? Des places d'hébergement d'urgence supplémentaires ont-elles été créées ?""",
      """En avril 2020, la police a enregistré 3 214 interventions pour violence intrafamiliale, soit 6 % de plus qu'en avril 2019. Des chambres d'hôtel ont été mises à disposition des victimes.""",
      "25/8/2020"),
    Q("7-1901", "verhaegen", "14/6/2022", "justice",
      "Bracelet anti-rapprochement - Auteurs de violences conjugales",
      "violence domestique ; surveillance électronique ; protection des victimes",
      ("violence", "bracelet"),
      """Plusieurs pays européens utilisent un bracelet anti-rapprochement qui alerte la victime lorsque l'auteur de violences conjugales s'approche d'elle.

Le ministre envisage-t-il d'introduire ce dispositif en Belgique ? Un projet pilote est-il prévu ?""",
      """Un projet pilote de bracelet anti-rapprochement sera lancé dans deux arrondissements judiciaires en 2023.""",
      "21/7/2022"),
    # -- harcèlement ------------------------------------------------------------------
    Q("5-7100", "mathieu", "15/10/2012", "egalite",
      "Harcèlement de rue - Sexisme - Loi",
      "harcèlement sexuel ; sexisme ; espace public",
      ("harcelement",),
      """Le reportage « Femme de la rue » a mis en lumière le harcèlement quotidien subi par les femmes dans l'espace public.

La secrétaire d'État prépare-t-elle une loi pénalisant le sexisme dans l'espace public ? Comment les victimes pourront-elles porter plainte ?""",
      """Un projet de loi tendant à lutter contre le sexisme dans l'espace public sera déposé au début de 2013. Le sexisme sera puni d'une peine d'emprisonnement d'un mois à un an.""",
      "28/11/2012"),
    Q("6-1180", "renard", "13/12/2016", "justice",
      "Cyberharcèlement - Réseaux sociaux - Jeunes",
      "harcèlement ; criminalité informatique ; jeune ; réseau social",
      ("harcelement", "medias"),
      """Le cyberharcèlement touche un jeune sur trois selon plusieurs enquêtes. Les messages injurieux diffusés sur les réseaux sociaux peuvent mener au décrochage scolaire, voire au suicide.

Combien de plaintes pour harcèlement en ligne ont-elles été enregistrées en 2015 ? Les plateformes collaborent-elles à l'identification des auteurs ?""",
      """En 2015, 1 312 faits de harcèlement commis par voie électronique ont été enregistrés. Les grandes plateformes répondent en moyenne aux réquisitions dans un délai de trois semaines.""",
      "9/2/2017"),
    Q("6-2011", "claes", "26/6/2018", "emploi_eco",
      "Harcèlement moral au travail - Conseillers en prévention",
      "harcèlement moral ; conditions de travail ; prévention des risques",
      ("harcelement",),
      """Les demandes d'intervention psychosociale pour harcèlement moral au travail auprès des conseillers en prévention sont en hausse.

Combien de demandes formelles pour faits de harcèlement au travail ont-elles été introduites en 2017 ?""",
      ""),
    Q("7-1501", "leroy", "13/1/2022", "egalite",
      "Harcèlement sexuel dans le milieu étudiant - Signalements",
      "harcèlement sexuel ; enseignement supérieur ; violence sexuelle",
      ("harcelement",),
      """Des témoignages d'étudiantes font état de harcèlement sexuel lors de baptêmes et de soirées estudiantines.

Combien de signalements de harcèlement sexuel ont-ils été faits auprès des centres de prise en charge des violences sexuelles par des étudiantes en 2021 ?""",
      """En 2021, les centres de prise en charge des violences sexuelles ont accueilli 312 étudiantes. Le harcèlement sexuel en milieu festif représente un quart de ces cas.""",
      "3/3/2022"),
    # -- arriéré judiciaire -----------------------------------------------------------
    Q("5-6022", "lambert", "18/6/2012", "justice",
      "Cour d'appel de Bruxelles - Arriéré judiciaire - Délais",
      "arriéré judiciaire ; cour d'appel ; délai de procédure",
      ("arriere",),
      """L'arriéré de la cour d'appel de Bruxelles atteint plusieurs années dans les affaires civiles. Certaines affaires ne sont pas fixées avant 2017.

Combien d'affaires sont-elles pendantes devant la cour d'appel de Bruxelles ? Combien de magistrats supplémentaires seraient-ils nécessaires ?""",
      """Au 31 décembre 2011, 21 400 affaires civiles étaient pendantes. Le cadre a été complété par dix conseillers supplémentaires.""",
      "6/9/2012"),
    Q("6-1402", "desmet", "31/5/2017", "justice",
      "Cadres des magistrats - Places vacantes - Tribunaux",
      "magistrat ; organisation judiciaire ; arriéré judiciaire ; recrutement",
      ("arriere",),
      """Le cadre légal des magistrats n'est pas rempli dans plusieurs tribunaux de première instance. Les chefs de corps dénoncent le manque de moyens et l'allongement des délais.

Combien de places de magistrat sont-elles vacantes au 1er mai 2017, par ressort ?""",
      """Au 1er mai 2017, 264 places de magistrat étaient vacantes, dont 87 dans le ressort de Bruxelles.""",
      "20/7/2017"),
    Q("7-210", "fontaine", "28/4/2020", "justice",
      "Justice - Informatisation - Dossier électronique",
      "informatique judiciaire ; numérisation ; arriéré judiciaire",
      ("arriere",),
      """L'informatisation de la justice accumule les retards. Les greffes travaillent encore largement sur papier, ce qui ralentit le traitement des affaires.

Quel est le calendrier de généralisation du dossier électronique dans les juridictions ? Quel budget y est-il consacré ?""",
      """Le budget de l'informatisation s'élève à 90 millions d'euros pour 2020-2024. Le dossier électronique sera généralisé dans les tribunaux de première instance en 2023.""",
      "9/6/2020"),
    Q("7-1777", "benali", "17/3/2022", "justice",
      "Cours et tribunaux - Durée des procédures - Condamnations de la Belgique",
      "délai de procédure ; Cour européenne des droits de l'homme ; arriéré judiciaire",
      ("arriere",),
      """La Belgique est régulièrement condamnée pour la durée excessive des procédures judiciaires. L'État doit indemniser les justiciables victimes de l'arriéré des cours et tribunaux.

Combien de fois l'État belge a-t-il été condamné pour dépassement du délai raisonnable depuis 2015 ? Quel montant a-t-il été versé ?""",
      ""),
    # -- police -----------------------------------------------------------------------
    Q("5-1510", "wauters", "15/3/2011", "interieur2",
      "Police fédérale - Effectifs - Départs à la pension",
      "police ; effectif du personnel ; recrutement",
      ("police",),
      """La police fédérale devra remplacer plusieurs milliers de policiers qui partiront à la pension dans les prochaines années.

Quel est l'effectif de la police fédérale au 1er janvier 2011 ? Combien d'aspirants inspecteurs seront-ils recrutés en 2011 ?""",
      """Au 1er janvier 2011, la police fédérale comptait 12 412 membres du personnel. Le plan de recrutement 2011 prévoit 1 400 aspirants inspecteurs.""",
      "26/4/2011"),
    Q("6-501", "leroy", "20/3/2015", "interieur",
      "Zones de police - Normes d'effectifs minimaux - Police locale",
      "police ; police locale ; effectif du personnel ; commune",
      ("police",),
      """Plusieurs zones de police locale n'atteignent pas la norme minimale d'effectifs fixée par arrêté royal.

Combien de zones ne respectent-elles pas la norme minimale ? Le ministre compte-t-il revoir la norme KUL qui sert au calcul de la dotation fédérale ?""",
      """Vingt-trois zones de police ne respectent pas la norme minimale d'effectifs. La révision de la norme KUL fait l'objet d'une étude universitaire.""",
      "7/5/2015"),
    Q("6-1880", "claes", "24/4/2018", "interieur",
      "Agressions contre les policiers - Statistiques - Poursuites",
      "police ; violence ; agression",
      ("police",),
      """Les agressions contre les policiers en intervention sont en hausse. Les syndicats policiers réclament une politique de tolérance zéro.

Combien de policiers ont-ils été blessés en service en 2017 ? Combien d'auteurs ont-ils été poursuivis ?""",
      """En 2017, 2 164 policiers ont été victimes de violences en service. Les parquets ont reçu la consigne de poursuivre systématiquement ces faits.""",
      "5/6/2018"),
    Q("7-980", "peeters", "30/3/2021", "interieur2",
      "Caméras corporelles - Équipement des agents de police",
      "police ; caméra ; équipement ; vie privée",
      ("police", "donnees"),
      """Plusieurs zones de police ont équipé leurs agents de bodycams. Le cadre légal de leur utilisation et de la conservation des images reste incertain.

Combien de zones de police utilisent-elles des caméras corporelles ? Quelles règles s'appliquent-elles à l'enregistrement et à la conservation des images ?""",
      """Quarante-deux zones de police utilisent des caméras corporelles. La loi sur la fonction de police fixe à un mois le délai de conservation des images.""",
      "11/5/2021"),
    # -- terrorisme -------------------------------------------------------------------
    Q("5-9120", "claes", "24/6/2013", "interieur2",
      "Combattants étrangers - Syrie - Retour en Belgique",
      "terrorisme ; Syrie ; islamisme ; radicalisation",
      ("terrorisme",),
      """Des dizaines de jeunes Belges sont partis combattre en Syrie aux côtés de groupes djihadistes. Leur retour fait peser une menace sur la sécurité.

Combien de combattants étrangers belges ont-ils été recensés ? Combien sont-ils revenus en Belgique ?""",
      """Les services de renseignement recensent environ 150 personnes parties combattre en Syrie. Une trentaine sont revenues et font l'objet d'un suivi.""",
      "8/8/2013"),
    Q("6-612", "dumont", "23/11/2015", "interieur",
      "Niveau de la menace - OCAM - Attentats de Paris",
      "terrorisme ; sécurité publique ; attentat",
      ("terrorisme",),
      """Après les attentats de Paris, l'OCAM a relevé le niveau de la menace au niveau 4 pour la région bruxelloise. Les écoles et le métro ont été fermés.

Quels critères l'OCAM utilise-t-il pour fixer le niveau de la menace ? Combien de militaires ont-ils été déployés en rue ?""",
      """Le niveau de la menace est fixé sur la base des renseignements disponibles. Un millier de militaires ont été déployés.""",
      "14/1/2016"),
    Q("6-1080", "mathieu", "3/11/2016", "justice",
      "Radicalisation en prison - Ailes déradicalisées",
      "radicalisation ; établissement pénitentiaire ; islamisme ; terrorisme",
      ("terrorisme", "prison"),
      """Des détenus condamnés pour terrorisme ont été regroupés dans des ailes spécialisées à Hasselt et Ittre afin d'éviter qu'ils radicalisent d'autres détenus.

Combien de détenus séjournent-ils dans ces ailes ? Un programme de désengagement y est-il proposé ?""",
      """Trente-deux détenus séjournent dans les sections spécialisées. Un accompagnement par des conseillers islamiques et des psychologues est proposé.""",
      "22/12/2016"),
    Q("7-1200", "wauters", "15/6/2021", "interieur2",
      "Extrémisme violent - Listes de surveillance - Banque de données commune",
      "terrorisme ; extrémisme ; base de données ; radicalisation",
      ("terrorisme",),
      """La banque de données commune terrorisme et extrémisme rassemble les informations des services de sécurité sur les personnes radicalisées.

Combien de personnes figurent-elles dans la banque de données commune ? Combien d'extrémistes de droite y sont-ils repris ?""",
      ""),
    # -- drogues ----------------------------------------------------------------------
    Q("5-5080", "janssens", "2/3/2012", "justice",
      "Cannabis - Politique des poursuites - Usage personnel",
      "stupéfiant ; cannabis ; toxicomanie ; politique pénale",
      ("drogue",),
      """La directive commune de 2005 prévoit la plus basse priorité des poursuites pour la détention de cannabis à usage personnel par un adulte.

Combien de procès-verbaux pour détention de cannabis ont-ils été dressés en 2011 ? Le ministre envisage-t-il de modifier la directive ?""",
      """En 2011, 23 000 procès-verbaux ont été dressés pour détention de cannabis. La directive sera évaluée par le Collège des procureurs généraux.""",
      "19/4/2012"),
    Q("6-1650", "desmet", "24/1/2018", "finances",
      "Port d'Anvers - Trafic de cocaïne - Douanes",
      "trafic de stupéfiants ; port maritime ; contrôle douanier ; criminalité organisée",
      ("drogue",),
      """Le port d'Anvers est devenu la principale porte d'entrée de la cocaïne en Europe. Les douaniers ne contrôlent qu'une infime partie des conteneurs.

Quelle quantité de cocaïne les douanes ont-elles saisie en 2017 ? Combien de scanners de conteneurs sont-ils en service ?""",
      """En 2017, les douanes ont saisi 41 tonnes de cocaïne dans le port d'Anvers. Deux scanners fixes et un scanner mobile sont en service.""",
      "13/3/2018"),
    Q("6-2250", "broeck", "15/11/2018", "sante",
      "Drogues de synthèse - Festivals - Testing",
      "stupéfiant ; drogue de synthèse ; prévention ; santé publique",
      ("drogue",),
      """Des décès liés à la consommation de drogues de synthèse lors de festivals ont relancé le débat sur le testing des pilules.

La ministre soutient-elle le testing des drogues dans les festivals ? Combien d'intoxications ont-elles été enregistrées en 2018 ?""",
      ""),
    Q("7-1600", "lambert", "1/2/2022", "justice",
      "Violence liée à la drogue - Anvers - Règlements de comptes",
      "criminalité organisée ; trafic de stupéfiants ; violence",
      ("drogue",),
      """Anvers connaît une série d'explosions et de fusillades liées aux règlements de comptes entre bandes de trafiquants de drogue.

Combien de faits de violence liés au narcotrafic ont-ils été recensés à Anvers en 2021 ?""",
      """En 2021, la police a recensé 64 faits de violence liés au trafic de drogue à Anvers, dont 29 explosions.""",
      "17/3/2022"),
]
