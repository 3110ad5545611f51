"""Relevance corpus: the background, questions on other topics that mention the judged subjects in passing.

A real archive holds hundreds of questions with `sécurité sociale`, `prison` or `TVA` in a
sentence without being about them; an indexer does not file them there, and a search must
rank them below those it does. Each question here is on one of TOPICS (its title,
descriptors and own sentences) and carries two or three sentences from PASSING, which name
a judged subject's words in passing. No query is judged to want them. The combination is
drawn with a fixed seed, so the pages are always the same.
"""
from __future__ import annotations

import random

from .pages import AUTHORS, MINISTERS, Q

# topic: (title, descriptors, addressee, question sentences, answer sentences)
TOPICS = {
    "artistes": ("Statut d'artiste - Visa artiste - Commission", "artiste ; statut social ; culture", "emploi", [
        "La commission Artistes délivre le visa artiste aux travailleurs des arts.",
        "Les musiciens et comédiens se plaignent de la complexité des démarches.",
        "Combien de visas artiste ont-ils été délivrés l'an dernier ?",
        "Le ministre envisage-t-il de simplifier la procédure pour les jeunes artistes ?"],
        ["La commission Artistes a délivré 1 840 visas.", "Une simplification est à l'étude avec le secteur culturel."]),
    "sport": ("Football - Hooliganisme - Interdictions de stade", "sport ; football ; violence", "interieur2", [
        "Des incidents ont éclaté lors de plusieurs matchs de football de division 1.",
        "Les clubs doivent prendre en charge la sécurité dans les stades.",
        "Combien d'interdictions de stade ont-elles été prononcées cette saison ?",
        "Les supporters étrangers sont-ils soumis aux mêmes règles ?"],
        ["Deux cent douze interdictions de stade ont été prononcées.", "La cellule Football coordonne les mesures."]),
    "calamites": ("Calamités naturelles - Inondations - Indemnisation", "catastrophe naturelle ; inondation ; assurance", "interieur", [
        "Les inondations de l'été ont causé d'importants dégâts aux habitations.",
        "La reconnaissance comme calamité publique ouvre le droit à une aide du Fonds des calamités.",
        "Dans quel délai les sinistrés seront-ils indemnisés ?",
        "Les assureurs interviennent-ils pour les biens non assurés ?"],
        ["Le Fonds des calamités a reçu 3 412 demandes.", "Les dossiers sont traités par ordre d'introduction."]),
    "lait": ("Prix du lait - Producteurs laitiers - Crise", "lait ; prix agricole ; agriculteur", "agriculture", [
        "Le prix du lait payé aux producteurs est inférieur au coût de production.",
        "Plusieurs exploitations laitières ont cessé leurs activités.",
        "Quelles aides le ministre prévoit-il pour les producteurs laitiers ?",
        "La Belgique soutient-elle une régulation européenne de la production ?"],
        ["Une aide de crise de 8 millions d'euros a été versée.", "La Belgique plaide pour un mécanisme européen de réduction volontaire."]),
    "peche": ("Pêche en mer du Nord - Quotas - Brexit", "pêche maritime ; quota de pêche ; Royaume-Uni", "agriculture", [
        "Les pêcheurs belges craignent de perdre l'accès aux eaux britanniques.",
        "Une grande partie des captures de la flotte belge est réalisée dans les eaux du Royaume-Uni.",
        "Quels quotas de pêche la Belgique a-t-elle obtenus pour cette année ?",
        "Combien de navires composent-ils encore la flotte belge ?"],
        ["La flotte belge compte 66 navires.", "Les quotas ont été reconduits à titre provisoire."]),
    "avions": ("Aéroport de Bruxelles-National - Nuisances sonores - Routes aériennes", "bruit ; transport aérien ; aéroport", "mobilite", [
        "Les riverains de l'aéroport se plaignent du bruit des avions la nuit.",
        "Le plan de dispersion des vols fait l'objet de recours en justice.",
        "Combien de vols de nuit ont-ils été effectués l'an dernier ?",
        "Le ministre compte-t-il instaurer une autorité de contrôle indépendante ?"],
        ["Seize mille vols de nuit ont été effectués.", "Une loi sur le bruit aérien est en préparation."]),
    "5g": ("Réseau 5G - Licences - Enchères", "télécommunication ; réseau de communication ; radiofréquence", "economie", [
        "La mise aux enchères des fréquences 5G a été reportée à plusieurs reprises.",
        "Les opérateurs réclament un cadre clair pour déployer leurs antennes.",
        "Quand les licences 5G seront-elles attribuées ?",
        "Quelles recettes l'État attend-il de la vente des fréquences ?"],
        ["Les enchères auront lieu au printemps.", "Les recettes sont estimées à 900 millions d'euros."]),
    "loterie": ("Loterie nationale - Subsides - Répartition", "loterie ; subvention ; jeu de hasard", "budget", [
        "La Loterie nationale verse chaque année des subsides à des associations.",
        "La répartition de ces subsides manque de transparence.",
        "Quels critères président-ils à l'attribution des subsides ?",
        "Combien d'associations en ont-elles bénéficié ?"],
        ["Mille cent associations ont reçu un subside.", "Les critères sont publiés sur le site de la Loterie nationale."]),
    "jeux": ("Jeux de hasard en ligne - Publicité - Commission des jeux", "jeu de hasard ; publicité ; Internet", "justice", [
        "La publicité pour les paris sportifs en ligne envahit les écrans.",
        "La Commission des jeux de hasard ne dispose que de peu de personnel.",
        "Le ministre envisage-t-il d'interdire la publicité pour les jeux d'argent ?",
        "Combien de sites illégaux ont-ils été bloqués ?"],
        ["Trois cent quatre sites illégaux figurent sur la liste noire.", "Une interdiction de la publicité est prévue."]),
    "eolien": ("Éoliennes en mer - Zone Princesse Elisabeth - Raccordement", "énergie éolienne ; énergie renouvelable ; mer du Nord", "energie", [
        "La deuxième zone de parcs éoliens en mer doit doubler la capacité installée.",
        "Une île énergétique assurera le raccordement au réseau.",
        "Quel est le calendrier de l'appel d'offres ?",
        "Quel est le coût estimé de l'île énergétique ?"],
        ["L'appel d'offres sera lancé en 2024.", "Le coût de l'île est estimé à 2,2 milliards d'euros."]),
    "climat": ("Politique climatique - Objectifs de réduction - Émissions", "changement climatique ; réduction des émissions ; gaz à effet de serre", "energie", [
        "La Belgique doit réduire ses émissions de gaz à effet de serre de 47 % d'ici 2030.",
        "Le plan national énergie-climat a été critiqué par la Commission européenne.",
        "Comment le gouvernement compte-t-il combler l'écart avec l'objectif ?",
        "Quelle est la contribution du fédéral au financement climatique international ?"],
        ["Le fédéral prend des mesures dans le transport et la fiscalité.", "La contribution internationale s'élève à 100 millions d'euros par an."]),
    "air": ("Qualité de l'air - Particules fines - Normes", "pollution atmosphérique ; particule fine ; santé", "energie", [
        "Les concentrations de particules fines dépassent régulièrement les recommandations de l'OMS.",
        "Le diesel contribue largement à la pollution de l'air en ville.",
        "Quelles mesures fédérales ont-elles été prises pour améliorer la qualité de l'air ?",
        "Les normes de produits seront-elles renforcées ?"],
        ["Le fédéral agit sur les normes de produits.", "La fiscalité des voitures de société a été verdie."]),
    "plastique": ("Plastiques à usage unique - Interdiction - Directive européenne", "matière plastique ; déchet ; environnement", "energie", [
        "La directive européenne interdit plusieurs produits en plastique à usage unique.",
        "Les pailles, couverts et cotons-tiges en plastique disparaîtront des rayons.",
        "Quand la directive sera-t-elle transposée ?",
        "Des contrôles sont-ils prévus dans les commerces ?"],
        ["L'arrêté royal de transposition a été adopté.", "Le SPF Santé publique contrôlera les commerces."]),
    "batiments": ("Régie des bâtiments - Bâtiments vides - Vente", "bâtiment public ; patrimoine immobilier ; gestion immobilière", "interieur", [
        "La Régie des bâtiments possède de nombreux immeubles inoccupés.",
        "L'entretien de ces bâtiments vides coûte plusieurs millions par an.",
        "Combien de bâtiments sont-ils inoccupés ?",
        "Lesquels seront-ils vendus ?"],
        ["Quarante-deux bâtiments sont inoccupés.", "Dix-huit seront mis en vente."]),
    "musees": ("Musées fédéraux - Fréquentation - Gratuité", "musée ; patrimoine culturel ; culture", "premier", [
        "Les musées fédéraux sont gratuits le premier mercredi du mois.",
        "La fréquentation des Musées royaux des Beaux-Arts a augmenté.",
        "Quel est le nombre de visiteurs des établissements scientifiques fédéraux ?",
        "La gratuité sera-t-elle étendue ?"],
        ["Les musées fédéraux ont accueilli 2,1 millions de visiteurs.", "L'extension de la gratuité n'est pas prévue."]),
    "dotations": ("Famille royale - Dotations - Transparence", "monarchie ; dotation ; famille royale", "premier", [
        "Les dotations des membres de la famille royale font l'objet de critiques.",
        "La loi de 2013 a réformé le système des dotations.",
        "Quel est le montant des dotations pour cette année ?",
        "Les bénéficiaires rendent-ils compte de leurs dépenses ?"],
        ["Le montant total est de 13 millions d'euros.", "Un rapport annuel est transmis à la Cour des comptes."]),
    "vote": ("Vote électronique - Fiabilité - Élections", "vote électronique ; élection ; informatique", "interieur2", [
        "Un bug informatique a perturbé le dépouillement lors des dernières élections.",
        "Les ordinateurs de vote ont plus de vingt ans.",
        "Quelles leçons le gouvernement tire-t-il de l'incident ?",
        "Un retour au vote papier est-il envisagé ?"],
        ["Le logiciel a été corrigé et audité.", "Le choix du système relève des Régions."]),
    "nationalite": ("Code de la nationalité - Acquisition - Conditions", "nationalité ; naturalisation ; intégration", "justice", [
        "La réforme du Code de la nationalité a durci les conditions d'acquisition.",
        "Le demandeur doit prouver sa connaissance d'une langue nationale.",
        "Combien de personnes ont-elles acquis la nationalité belge l'an dernier ?",
        "Quelle est la principale cause de refus ?"],
        ["Trente-quatre mille personnes ont acquis la nationalité belge.", "La preuve de l'intégration économique est la principale cause de refus."]),
    "consulaire": ("Belges à l'étranger - Assistance consulaire - Rapatriement", "ressortissant ; assistance consulaire ; ambassade", "etrangeres", [
        "Des Belges se sont retrouvés bloqués à l'étranger lors de la fermeture des frontières.",
        "Les ambassades ont organisé des vols de rapatriement.",
        "Combien de Belges ont-ils été rapatriés ?",
        "Les frais ont-ils été mis à leur charge ?"],
        ["Plus de 20 000 Belges ont été rapatriés.", "Une participation forfaitaire a été demandée."]),
    "congo": ("République démocratique du Congo - Élections - Relations bilatérales", "Congo ; relation bilatérale ; Afrique", "etrangeres", [
        "Les élections au Congo ont été reportées à plusieurs reprises.",
        "La Belgique reste un partenaire important de Kinshasa.",
        "Quelle est la position de la Belgique sur le processus électoral ?",
        "Des sanctions ont-elles été prises contre des responsables congolais ?"],
        ["La Belgique soutient les sanctions européennes.", "Le dialogue politique se poursuit."]),
    "faillites": ("Faillites - PME - Procédure de réorganisation judiciaire", "faillite ; petites et moyennes entreprises ; procédure judiciaire", "economie", [
        "Le nombre de faillites de PME a atteint un record.",
        "La procédure de réorganisation judiciaire reste peu utilisée.",
        "Combien de faillites ont-elles été prononcées l'an dernier ?",
        "Combien d'emplois ont-ils été perdus ?"],
        ["Dix mille sept cents faillites ont été prononcées.", "Vingt-deux mille postes ont disparu."]),
    "banques": ("Dexia - Garanties de l'État - Risques", "banque ; garantie ; crise financière", "finances", [
        "L'État belge garantit toujours une partie des financements de Dexia.",
        "La banque résiduelle est en cours de liquidation ordonnée.",
        "Quel est l'encours des garanties accordées ?",
        "Quelles commissions l'État perçoit-il ?"],
        ["L'encours garanti par la Belgique est de 30 milliards d'euros.", "Les commissions s'élèvent à 80 millions d'euros par an."]),
    "assurances": ("Assurance auto - Jeunes conducteurs - Primes", "assurance automobile ; jeune ; prime", "economie", [
        "Les jeunes conducteurs paient des primes d'assurance très élevées.",
        "Certains assureurs refusent d'assurer les conducteurs de moins de 23 ans.",
        "Le Bureau de tarification intervient-il souvent ?",
        "Le ministre envisage-t-il d'encadrer les primes ?"],
        ["Le Bureau de tarification a traité 2 400 dossiers.", "Un encadrement des primes n'est pas prévu."]),
    "consommateurs": ("Vente à distance - Démarchage téléphonique - Plaintes", "protection du consommateur ; vente à distance ; publicité", "economie", [
        "Le démarchage téléphonique agressif pour des contrats d'énergie se multiplie.",
        "La liste « Ne m'appelez plus » n'est pas toujours respectée.",
        "Combien de plaintes l'Inspection économique a-t-elle reçues ?",
        "Des amendes ont-elles été infligées ?"],
        ["L'Inspection économique a reçu 4 100 plaintes.", "Cent soixante procès-verbaux ont été dressés."]),
    "afsca": ("AFSCA - Contrôles dans l'horeca - Hygiène", "sécurité alimentaire ; hygiène ; restauration", "agriculture", [
        "L'AFSCA contrôle l'hygiène dans les restaurants et les cuisines de collectivités.",
        "Les restaurateurs se plaignent de la fréquence des inspections.",
        "Combien de fermetures d'établissements ont-elles été décidées ?",
        "Quelles sont les infractions les plus fréquentes ?"],
        ["Deux cent dix fermetures ont été décidées.", "Les infractions portent surtout sur la chaîne du froid."]),
    "glyphosate": ("Glyphosate - Pesticides - Usage par les particuliers", "pesticide ; herbicide ; santé publique", "agriculture", [
        "L'usage du glyphosate par les particuliers est interdit.",
        "Les agriculteurs peuvent encore l'utiliser sous conditions.",
        "Quelles quantités de glyphosate sont-elles vendues chaque année ?",
        "La Belgique soutient-elle une interdiction européenne ?"],
        ["Six cents tonnes sont vendues chaque année.", "La Belgique s'est abstenue lors du vote européen."]),
    "defense": ("Défense - Avions de combat F-35 - Livraison", "avion militaire ; marché public ; défense", "defense", [
        "La Belgique a commandé 34 avions de combat F-35 pour remplacer les F-16.",
        "Les infrastructures des bases de Florennes et de Kleine-Brogel doivent être adaptées.",
        "Quel est le calendrier de livraison ?",
        "Le coût total de l'achat a-t-il été revu ?"],
        ["Les premiers appareils seront livrés en 2025.", "Le coût est conforme à l'estimation initiale."]),
    "marine": ("Marine - Nouveaux navires - Chasseurs de mines", "marine ; navire ; défense", "defense", [
        "La Belgique et les Pays-Bas remplacent ensemble leurs chasseurs de mines.",
        "Les nouveaux navires seront construits en France.",
        "Quand le premier navire sera-t-il livré ?",
        "Quelles entreprises belges participent-elles au programme ?"],
        ["Le premier navire sera livré en 2024.", "Plusieurs entreprises belges sont sous-traitantes."]),
    "brevets": ("Brevet européen - Juridiction unifiée - Ratification", "brevet ; propriété intellectuelle ; juridiction", "economie", [
        "L'accord sur la juridiction unifiée du brevet doit simplifier les litiges.",
        "Une division locale sera établie à Bruxelles.",
        "Où en est la ratification de l'accord ?",
        "Combien de juges belges y siégeront-ils ?"],
        ["La Belgique a ratifié l'accord.", "Deux juges belges ont été nommés."]),
    "etatcivil": ("État civil - Changement de nom - Procédure", "état civil ; nom de famille ; procédure administrative", "justice", [
        "La procédure de changement de nom a été transférée aux communes.",
        "Les demandes ont fortement augmenté depuis cette réforme.",
        "Combien de changements de nom ont-ils été accordés ?",
        "Quel est le coût de la procédure ?"],
        ["Deux mille changements de nom ont été accordés.", "La redevance est fixée par chaque commune."]),
    "tabac": ("Accises sur le tabac - Hausse - Contrebande", "tabac ; droit d'accise ; contrebande", "finances", [
        "Les accises sur le tabac ont été relevées à plusieurs reprises.",
        "Les fumeurs achètent leurs cigarettes au Luxembourg.",
        "Quelles recettes les accises sur le tabac ont-elles rapportées ?",
        "Combien de cigarettes de contrebande ont-elles été saisies ?"],
        ["Les accises ont rapporté 2,4 milliards d'euros.", "Les douanes ont saisi 180 millions de cigarettes."]),
    "brexit": ("Brexit - Douanes - Recrutement", "Royaume-Uni ; retrait de l'Union européenne ; contrôle douanier", "finances", [
        "La sortie du Royaume-Uni rétablit les formalités douanières.",
        "Les douanes belges doivent recruter des centaines d'agents.",
        "Combien de douaniers ont-ils été recrutés ?",
        "Les ports de Zeebrugge et d'Anvers sont-ils prêts ?"],
        ["Quatre cent quarante douaniers ont été recrutés.", "Des parkings tampons ont été aménagés à Zeebrugge."]),
    "monnaie": ("Monnaie - Pièces de un et deux cents - Arrondi", "monnaie ; euro ; commerce de détail", "finances", [
        "Les paiements en espèces sont arrondis aux cinq cents les plus proches.",
        "La frappe des pièces de un et deux cents coûte plus que leur valeur.",
        "Quel bilan le ministre tire-t-il de l'arrondi ?",
        "Combien de pièces sont-elles encore en circulation ?"],
        ["L'arrondi est bien accepté par les consommateurs.", "Trois milliards de pièces sont en circulation."]),
    "ambassades": ("Réseau diplomatique - Fermeture d'ambassades - Économies", "représentation diplomatique ; ambassade ; économie budgétaire", "etrangeres", [
        "Le SPF Affaires étrangères ferme plusieurs postes diplomatiques.",
        "La représentation belge en Amérique latine sera réduite.",
        "Quels postes seront-ils fermés ?",
        "Quelles économies cette réforme permet-elle ?"],
        ["Six postes seront fermés.", "L'économie est de 7 millions d'euros par an."]),
    "statistique": ("Statbel - Recensement - Données administratives", "statistique ; recensement ; administration publique", "economie", [
        "Le recensement se fonde désormais sur les données administratives.",
        "Statbel publie des chiffres sur la population et les ménages.",
        "Quand les résultats du prochain recensement seront-ils publiés ?",
        "Quelle est la fiabilité des données utilisées ?"],
        ["Les résultats seront publiés l'an prochain.", "Les données sont validées par Eurostat."]),
    "tourisme": ("Tourisme - Voyages à forfait - Faillite d'un voyagiste", "tourisme ; voyage à forfait ; protection du consommateur", "economie", [
        "La faillite d'un grand voyagiste a laissé des milliers de vacanciers sans voyage.",
        "Le Fonds de garantie voyages doit rembourser les clients.",
        "Combien de voyageurs ont-ils été remboursés ?",
        "La garantie couvre-t-elle les vols secs ?"],
        ["Quarante mille voyageurs ont été remboursés.", "Les vols secs ne sont pas couverts."]),
    "spatial": ("Politique spatiale - Agence spatiale européenne - Contribution", "politique spatiale ; recherche scientifique ; coopération européenne", "premier", [
        "La Belgique est un contributeur important de l'Agence spatiale européenne.",
        "Les entreprises belges du secteur spatial emploient des milliers de personnes.",
        "Quel est le montant de la contribution belge ?",
        "Quels programmes la Belgique soutient-elle ?"],
        ["La contribution belge est de 250 millions d'euros par an.", "La Belgique soutient les programmes d'observation de la Terre."]),
    "eau": ("Eau de distribution - Nitrates - Contrôles", "eau potable ; pollution de l'eau ; santé publique", "sante", [
        "Des concentrations de nitrates élevées ont été relevées dans certaines nappes.",
        "Les distributeurs d'eau doivent traiter l'eau avant distribution.",
        "Le ministre dispose-t-il de données sur la qualité de l'eau ?",
        "Des normes plus strictes sont-elles prévues ?"],
        ["Les normes européennes sont respectées.", "La surveillance relève des Régions."]),
    "handisport": ("Jeux paralympiques - Athlètes belges - Soutien", "sport ; jeux paralympiques ; athlète", "premier", [
        "Les athlètes belges ont remporté plusieurs médailles aux Jeux paralympiques.",
        "Leur préparation dépend de sponsors privés.",
        "Quel soutien le gouvernement leur apporte-t-il ?",
        "Des primes sont-elles prévues pour les médaillés ?"],
        ["Les primes sont alignées sur celles des Jeux olympiques.", "Le soutien relève surtout des Communautés."]),
    "succession": ("Droits de succession - Belges non-résidents - Double imposition", "droit de succession ; double imposition ; non-résident", "finances", [
        "Les héritiers de Belges résidant en France peuvent être taxés deux fois.",
        "Aucune convention ne règle les droits de succession entre les deux pays.",
        "Le ministre négocie-t-il une convention ?",
        "Combien de dossiers de double imposition sont-ils connus ?"],
        ["Des contacts ont été pris avec la France.", "Aucune statistique n'est tenue."]),
}

# judged subject: sentences that name its words without being about it
PASSING = {
    "secu": ["Ces indemnités sont exonérées de cotisations de sécurité sociale.",
             "Les données proviennent de la Banque Carrefour de la sécurité sociale."],
    "fraudesoc": ["Les inspecteurs chargés de la fraude sociale ont participé au contrôle.",
                  "Cette mission mobilise aussi le service de lutte contre la fraude sociale."],
    "emploi": ["Le projet devrait créer une centaine d'emplois dans la région.",
               "Les conséquences sur l'emploi local sont difficiles à mesurer."],
    "chomage": ["Une partie du personnel a été mise en chômage temporaire.",
                "Le taux de chômage de la province n'a pas d'incidence sur le calcul."],
    "handicap": ["Les bâtiments doivent être accessibles aux personnes handicapées.",
                 "Un guichet est réservé aux personnes à mobilité réduite."],
    "pension": ["Plusieurs agents partiront à la pension d'ici deux ans.",
                "Le départ à la retraite du directeur a retardé le dossier."],
    "survie": ["La veuve de la victime a été indemnisée.",
               "Le cumul avec une pension de survie n'est pas autorisé pour ces primes."],
    "allocfam": ["Les familles nombreuses bénéficient d'un tarif réduit.",
                 "Les enfants de moins de douze ans sont exemptés."],
    "egalite": ["Le jury est composé d'autant de femmes que d'hommes.",
                "L'égalité de traitement entre les candidats doit être garantie."],
    "etrangers": ["Un tiers des travailleurs du secteur sont de nationalité étrangère.",
                  "Les entreprises étrangères doivent respecter les mêmes règles."],
    "prison": ["L'auteur des faits a été condamné à une peine de prison avec sursis.",
               "Le dossier a été transmis au parquet, qui a requis la détention."],
    "bracelet": ["Les conteneurs sont suivis par surveillance électronique.",
                 "Un système électronique de surveillance des accès a été installé."],
    "violence": ["Des actes de violence ont été signalés en marge de l'événement.",
                 "La violence verbale envers le personnel a augmenté."],
    "harcelement": ["Les agents se plaignent du harcèlement téléphonique de certains clients.",
                    "Un conseiller en prévention traite les plaintes du personnel."],
    "arriere": ["Le recours est pendant devant la cour d'appel.",
                "Les tribunaux ont été saisis de plusieurs litiges."],
    "police": ["La police locale a été informée des faits.",
               "Des policiers ont assuré la sécurité de l'événement."],
    "terrorisme": ["Le niveau de la menace terroriste n'a pas été relevé à cette occasion.",
                   "Les mesures de sécurité renforcées depuis les attentats sont maintenues."],
    "drogue": ["Des contrôles de dépistage de drogue ont été effectués.",
               "Les saisies de drogue ne sont pas reprises dans ces chiffres."],
    "asile": ["Une partie des bâtiments a servi de centre d'accueil pour demandeurs d'asile.",
              "Des réfugiés ont été engagés dans le cadre d'un projet d'intégration."],
    "regroupement": ["Les regroupements de services ont permis des économies.",
                     "Le regroupement des dossiers familiaux accélère le traitement."],
    "medicament": ["Les pharmacies ont été associées à la campagne d'information.",
                   "Les médicaments saisis ont été détruits."],
    "medecins": ["Un médecin était présent sur place.",
                 "Les médecins du travail ont été consultés."],
    "maisonrepos": ["Une maison de repos voisine a dû être évacuée.",
                    "Les personnes âgées ont été informées par courrier."],
    "vaccination": ["Les agents envoyés à l'étranger doivent être vaccinés.",
                    "Le carnet de vaccination des animaux est contrôlé."],
    "animal": ["Les chiens de la police font l'objet d'un suivi vétérinaire.",
               "La présence d'animaux est interdite sur le site."],
    "fraudefisc": ["Le dossier a été transmis à l'Inspection spéciale des impôts pour suspicion de fraude fiscale.",
                   "Les montages d'évasion fiscale ne sont pas visés par cette mesure."],
    "tva": ["Le montant s'entend hors TVA.",
            "La TVA sur ces prestations est récupérable par les entreprises."],
    "dette": ["Le coût de l'opération pèse sur les finances publiques.",
              "La mesure n'a pas d'effet sur la dette publique."],
    "nucleaire": ["Le site se trouve à proximité d'une centrale nucléaire.",
                  "Les travaux ont été confiés à une entreprise active dans le secteur nucléaire."],
    "tarifsocial": ["Un tarif social est prévu pour les étudiants.",
                    "Les ménages à bas revenus paient un tarif réduit."],
    "trains": ["Les visiteurs peuvent se rendre sur place en train.",
               "La gare la plus proche est desservie par la SNCB."],
    "routiere": ["La sécurité des usagers de la route a été prise en compte.",
                 "Un accident de la route a retardé l'intervention des secours."],
    "cyber": ["Le site internet a été temporairement inaccessible à la suite d'une attaque informatique.",
              "La sécurité informatique des données a été vérifiée."],
    "donnees": ["Les données personnelles des participants sont protégées.",
                "La Commission de la protection de la vie privée a rendu un avis."],
    "medias": ["L'information a été relayée sur les réseaux sociaux.",
               "Une campagne a été diffusée dans la presse et sur les médias sociaux."],
    "fonctionpub": ["Les fonctionnaires concernés ont été réaffectés.",
                    "Le recrutement se fait par Selor, comme pour toute la fonction publique."],
    "armes": ["Les armes des agents sont conservées dans un local sécurisé.",
              "Le commerce de ces produits est soumis à licence."],
    "cooperation": ["La coopération avec les Régions est excellente.",
                    "Le projet est mené en coopération avec des partenaires européens."],
    "loyer": ["Les locaux sont loués pour un loyer annuel de 120 000 euros.",
              "Le bail des bureaux arrive à échéance l'an prochain."],
    "poste": ["Le courrier a été envoyé par la poste.",
              "Les formulaires sont disponibles dans les bureaux de poste."],
}

FIRST_NUMBER = 11100  # ids 5-11100 and on: legislature 5 ran to 5-11365


def questions(per_topic: int = 4, seed: int = 7) -> list[Q]:
    """The background questions: `per_topic` on each topic, each with two or three passing sentences."""
    return generate(TOPICS, PASSING, MINISTERS, f"5-{FIRST_NUMBER}", 2011, per_topic, seed)


def generate(topics: dict, passing: dict, ministers: dict, first_id: str, first_year: int, per_topic: int,
             seed: int) -> list[Q]:
    """`per_topic` questions on each of `topics`, each carrying two or three sentences of `passing` (the judged
    subjects named in passing), numbered on from `first_id`, drawn with `seed` (the same pages every time)."""
    rng = random.Random(seed)
    authors, subjects = sorted(AUTHORS), sorted(passing)
    legislature, _, first = first_id.partition("-")
    out = []
    number = int(first)
    for topic, (title, descriptors, to, asked, answers) in topics.items():
        assert to in ministers, to
        for i in range(per_topic):
            own = rng.sample(asked, 2)
            mentions = [rng.choice(passing[s]) for s in rng.sample(subjects, rng.choice((2, 3)))]
            body = own[:1] + mentions[:1] + own[1:] + mentions[1:]
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            answered = rng.random() < 0.75
            year = first_year + i
            out.append(Q(
                f"{legislature}-{number}", rng.choice(authors), f"{day}/{month}/{year}", to, title, descriptors,
                (f"bg-{topic}",), "\n\n".join(body),
                " ".join(rng.sample(answers, 2) + mentions[2:]) if answered else "",
                f"{min(day + 10, 28)}/{month % 12 + 1}/{year + (month == 12)}" if answered else ""))
            number += 1
    return out
