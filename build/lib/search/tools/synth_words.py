"""Vocabulary of the corpus generator: real French words of parliamentary and administrative prose.

Nouns carry their gender (m/f); adjectives and -er verbs are inflected by rule in search.synth.
"""

NOUNS = """
f:administration f:autorité f:commune f:province f:région f:communauté m:gouvernement m:ministre m:ministère
m:service f:direction m:département m:parlement m:sénat f:chambre m:député m:sénateur f:loi m:décret m:arrêté
f:circulaire f:directive m:règlement f:réforme f:mesure f:politique f:stratégie m:plan m:programme m:projet
m:budget m:crédit f:dépense f:recette m:impôt f:taxe f:fiscalité m:contribuable f:déclaration m:contrôle
f:inspection f:enquête m:rapport f:étude f:évaluation f:analyse m:chiffre f:statistique m:nombre m:montant
m:coût m:prix m:tarif f:facture m:paiement m:remboursement f:indemnité f:allocation f:pension f:retraite
m:chômage m:emploi m:travailleur f:travailleuse m:employeur f:entreprise f:société m:secteur m:marché
f:concurrence m:consommateur f:protection f:sécurité f:sûreté f:police m:policier f:zone f:prison m:détenu
f:détention f:peine m:tribunal f:cour m:juge m:magistrat f:justice f:procédure m:dossier m:délai m:retard
m:arriéré f:plainte f:victime f:infraction m:délit m:crime f:criminalité f:fraude m:blanchiment f:corruption
m:terrorisme f:radicalisation m:renseignement f:défense f:armée m:militaire m:soldat f:mission f:opération
m:hôpital m:patient m:médecin m:infirmier f:infirmière m:médicament f:pharmacie f:maladie m:soin f:santé
m:vaccin f:vaccination f:épidémie f:pandémie m:dépistage m:test f:assurance f:mutualité f:cotisation
f:sécurité f:pauvreté m:revenu m:salaire m:ménage f:famille m:enfant m:jeune f:femme m:homme f:personne
m:handicap f:égalité f:discrimination m:racisme f:intégration m:étranger m:migrant m:réfugié m:demandeur
m:asile m:accueil m:centre m:retour m:visa m:titre m:séjour f:frontière m:passeport f:nationalité
m:transport m:train f:gare f:ligne m:voyageur f:ponctualité m:réseau f:infrastructure f:route f:autoroute
m:accident f:vitesse m:radar m:véhicule f:voiture m:camion m:vélo m:aéroport m:vol m:avion m:bruit m:port
f:énergie f:électricité m:gaz f:centrale m:nucléaire m:réacteur m:approvisionnement m:climat m:environnement
f:pollution m:déchet f:émission m:carbone f:biodiversité f:eau f:agriculture m:agriculteur f:alimentation
m:animal m:bien-être f:chaîne f:pêche f:forêt m:logement m:loyer m:bâtiment m:immeuble f:régie m:patrimoine
f:culture m:musée f:bibliothèque f:science f:recherche m:chercheur f:université m:enseignement f:école
m:élève m:étudiant f:formation m:diplôme f:langue m:citoyen f:citoyenne m:électeur f:élection m:vote
m:numérique m:internet m:site f:application f:donnée f:vie f:vie m:courrier f:poste f:banque m:compte
f:dette m:déficit f:croissance f:économie m:commerce f:exportation f:importation m:investissement f:aide
f:subvention m:fonds f:coopération m:développement m:pays m:accord m:traité f:union f:commission m:conseil
f:ambassade m:consulat m:diplomate f:visite m:sommet f:conférence f:réunion f:concertation m:avis
f:recommandation f:proposition f:question f:réponse f:demande f:information f:communication f:campagne
m:média m:journaliste f:presse f:liberté m:droit f:obligation m:principe m:cadre m:contexte m:objectif
m:résultat f:conséquence f:situation m:problème f:difficulté f:solution f:amélioration f:augmentation
f:diminution f:baisse f:hausse f:évolution f:tendance f:année m:mois f:semaine m:jour f:période m:moment
m:effectif m:personnel m:fonctionnaire m:agent m:recrutement m:poste f:carrière f:fonction m:statut
m:stage m:contrat m:intérim f:grève m:syndicat m:dialogue f:négociation f:convention m:barème m:seuil
m:critère f:condition f:procédure f:simplification f:charge f:transparence f:efficacité f:qualité
m:accès m:guichet m:formulaire f:plateforme m:logiciel f:cybersécurité f:attaque m:piratage f:vulnérabilité
m:abus m:usage f:utilisation m:outil m:moyen f:ressource m:matériel m:équipement m:véhicule m:uniforme
m:niveau m:volume m:taux m:pourcentage f:part f:partie m:groupe f:catégorie m:type f:forme m:mode m:système
m:mécanisme m:dispositif m:régime m:fonds f:caisse m:organisme f:institution m:établissement f:agence
m:office m:institut m:bureau f:cellule f:équipe m:comité m:groupe f:commission f:délégation m:représentant
m:responsable m:directeur f:directrice m:président f:présidente m:membre m:partenaire m:acteur m:opérateur
m:fournisseur m:prestataire m:client m:usager m:utilisateur m:bénéficiaire m:habitant f:population
f:société f:association f:organisation f:fédération m:citoyen m:public m:territoire f:ville m:quartier
m:village f:province m:arrondissement m:canton f:capitale m:littoral f:campagne m:terrain m:site m:lieu
m:espace m:local m:parking m:tunnel m:pont m:chantier m:travaux f:rénovation f:construction f:démolition
f:installation m:entretien f:maintenance f:réparation m:remplacement m:investissement f:acquisition
m:achat f:vente f:location f:livraison f:commande m:marché f:offre f:soumission m:appel m:candidat
f:sélection f:nomination f:désignation m:mandat f:législature f:session m:débat m:amendement m:vote
m:texte m:article m:paragraphe m:alinéa f:disposition f:modification f:abrogation f:transposition
f:jurisprudence m:arrêt m:jugement m:recours m:appel f:cassation m:avocat m:notaire m:huissier m:greffe
m:parquet m:procureur f:instruction f:audience f:condamnation f:amende f:sanction f:prescription
f:surpopulation f:surveillance m:bracelet f:libération f:réinsertion f:probation m:internement
m:témoin f:preuve m:indice m:signalement f:alerte m:incident f:catastrophe f:inondation f:tempête
m:incendie m:pompier f:urgence m:secours f:ambulance f:protection m:risque m:danger f:menace f:prévention
f:sensibilisation f:campagne m:message m:communiqué m:article m:reportage f:émission f:chaîne f:radio
f:télévision m:journal m:magazine f:publication f:brochure m:guide m:manuel m:inventaire m:registre
m:fichier f:banque m:serveur m:ordinateur m:réseau m:câble f:antenne m:satellite m:téléphone m:smartphone
"""

ADJECTIVES = """
fédéral public social fiscal national régional local communal européen international belge wallon flamand
bruxellois germanophone administratif judiciaire pénal civil médical sanitaire hospitalier pharmaceutique
économique financier budgétaire commercial industriel agricole énergétique nucléaire électrique numérique
informatique technique scientifique culturel linguistique scolaire universitaire professionnel
environnemental climatique ferroviaire routier aérien maritime militaire policier pénitentiaire
important grand petit nouveau ancien actuel prochain dernier premier récent futur supplémentaire nécessaire
possible suffisant insuffisant efficace rapide lent long court précis complet clair concret spécifique
particulier général global total moyen annuel mensuel quotidien structurel temporaire permanent
obligatoire volontaire gratuit payant privé indépendant autonome responsable compétent concerné
certain différent divers nombreux principal essentiel prioritaire urgent grave sérieux inquiétant
préoccupant alarmant positif négatif favorable défavorable officiel légal illégal juridique constitutionnel
parlementaire gouvernemental ministériel électoral politique démocratique humain personnel individuel
collectif commun unique seul propre direct indirect automatique manuel électronique physique mental
"""

VERBS = """
examiner analyser évaluer contrôler vérifier préciser indiquer communiquer informer transmettre
envisager proposer prévoir organiser développer renforcer améliorer simplifier adapter modifier
augmenter diminuer réduire limiter accélérer financer subventionner rembourser payer compenser
recruter former engager occuper remplacer supprimer créer lancer mener gérer coordonner
consulter concerter négocier signer ratifier appliquer exécuter respecter garantir assurer protéger
sanctionner poursuivre condamner enregistrer recenser constater observer estimer calculer comparer
publier annoncer confirmer expliquer justifier motiver demander solliciter accorder refuser traiter
installer équiper rénover construire aménager déployer utiliser exploiter partager diffuser sensibiliser
informatiser numériser digitaliser moderniser centraliser décentraliser harmoniser uniformiser
"""

FIRST_NAMES = """
Martine Sabine Karin Anke Nele Elke Christine Fauzaya Cindy Freya Marie Sophie Anne Isabelle Catherine
Véronique Nathalie Brigitte Hélène Valérie Els Ann Katrien Inge Hilde Lieve Greet Petra Leen Annick
Philippe Bert Dirk Richard Louis Jacques Jean Pierre Alain Paul Marc Luc André Michel Bernard Guy
Stijn Karl Rik Johan Bart Peter Tom Koen Wouter Geert Jan Frank Patrick Alexander Olivier Christophe
François Yves Francis Hugo Guido Wim Joris Jef Raf Dominique Gérard Jean-Paul Jean-Marie Louis-Philippe
"""

LAST_NAMES = """
Taelman|Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambert
|Dupont|Martin|Simon|Laurent|Leroy|Lejeune|Renard|Lemaire|Mathieu|Collignon|Bertrand|Fontaine|Denis
|Vandenberghe|Vermeulen|Van Damme|Van den Bossche|De Bruyne|Verhaegen|Hermans|Michiels|Smets|Desmet
|Declercq|Verbeke|Coppens|Segers|Lenaerts|Vanhove|Pauwels|Cools|Aerts|Moens|Thys|Verstraeten|Hendrickx
|Mahoux|Miller|Defraigne|Anciaux|Sleurs|Brouwers|Franssen|Talhaoui|Monfils|Procureur|Miesen|Brotchi
|Thibaut|Lijnen|de Bethune|du Bus de Warnaffe|de Clippele|Vanlouwe|Ide|De Roo|Van dermeersch
|Lambert du Pont de Lys|Daems|Crombez|Vienne|Gilles|Morreale|Jadin|Durant|Khattabi|Ryckmans
"""

PARTIES = {  # party -> legislatures where it sat
    "Open Vld": (4, 5, 6, 7), "CD&V": (4, 5, 6, 7), "N-VA": (4, 5, 6, 7), "sp.a": (4, 5, 6),
    "Vooruit": (7,), "PS": (4, 5, 6, 7), "MR": (4, 5, 6, 7), "cdH": (4, 5, 6), "Les Engagés": (7,),
    "Ecolo": (4, 5, 6, 7), "Groen": (5, 6, 7), "Groen!": (4,), "Vlaams Belang": (4, 5, 6, 7), "VB": (4, 5),
    "FDF": (5,), "Indépendant": (4, 5, 6, 7), "CD&V N-VA": (4,), "SP.A-SPIRIT": (4,), "PVDA": (7,),
}

PORTFOLIOS = """
la Justice|l'Intérieur|les Finances|les Affaires étrangères|la Défense|l'Emploi|l'Économie|la Mobilité
|la Santé publique|les Affaires sociales|les Pensions|la Fonction publique|l'Asile et la Migration
|l'Énergie|l'Environnement|l'Agriculture|les Classes moyennes|le Budget|la Coopération au développement
|les Télécommunications|les Entreprises publiques|l'Égalité des chances|les Personnes handicapées
|la Lutte contre la pauvreté|la Protection de la consommation|l'Intégration sociale|la Mer du Nord
|la Digitalisation|la Politique scientifique|la Régie des bâtiments|la Simplification administrative
|la Sécurité sociale|les Indépendants|le Climat|le Commerce extérieur|les Réformes institutionnelles
|la Lutte contre la fraude sociale|la Vie privée|les Grandes villes|le Développement durable
"""

DESCRIPTOR_HEADS = """
politique de l'emploi|aide sociale|sécurité sociale|assurance maladie|pension de retraite|chômage|handicapé
|égalité homme-femme|discrimination|droit d'asile|réfugié|politique d'accueil|migration|étranger
|prison|détenu|organisation judiciaire|procédure pénale|police|criminalité|terrorisme|drogue
|fraude fiscale|impôt sur le revenu|TVA|douane|budget de l'État|dette publique|marché financier|banque
|transport ferroviaire|SNCB|sécurité routière|transport aérien|aéroport|transport urbain|vélo
|énergie nucléaire|électricité|gaz naturel|prix de l'énergie|énergie renouvelable|changement climatique
|pollution atmosphérique|déchet|protection de la nature|bien-être animal|agriculture|sécurité alimentaire
|hôpital|médicament|pharmacie|profession médicale|soins de santé|épidémie|vaccination|santé mentale
|fonction publique|recrutement|administration publique|simplification administrative|informatique
|cybersécurité|protection des données|télécommunication|internet|médias sociaux|poste|commerce électronique
|défense nationale|armée|OTAN|opération de maintien de la paix|coopération au développement|Afrique
|Union européenne|Conseil de l'Europe|ONU|relation bilatérale|diplomatie|commerce extérieur
|logement|bâtiment public|patrimoine culturel|recherche scientifique|enseignement|langue|communauté germanophone
|protection du consommateur|concurrence|PME|indépendant|entreprise publique|statistique|sondage
"""

QUALIFIERS = ("", "", " (Belgique)", " européen", " fédéral", " — financement", " — statistique", " — réforme")
