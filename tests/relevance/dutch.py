"""The Dutch relevance corpus: questions written for it in Dutch, on 18 federal subjects, several per
subject in different wordings (plurals, diminutives, compounds and their parts), filed under their
subjects as an indexer would; and a background of questions on other topics that name the subjects'
words in passing. Its pages are in the Dutch web layout (FORMAT.md):

    python -m tests.relevance.dutch        # rewrite tests/relevance/pages_nl/*.txt
"""
from __future__ import annotations

from pathlib import Path

from . import pages
from .background import generate
from .pages import AUTHORS, Q

PAGES_NL = Path(__file__).parent / "pages_nl"
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]

MINISTERS_NL = {
    "justitie": "aan de minister van Justitie",
    "binnenland": "aan de minister van Binnenlandse Zaken",
    "sociaal": "aan de minister van Sociale Zaken en Volksgezondheid",
    "gezondheid": "aan de minister van Volksgezondheid",
    "mobiliteit": "aan de minister van Mobiliteit",
    "pensioenen": "aan de minister van Pensioenen",
    "werk": "aan de minister van Werk",
    "financien": "aan de minister van Financiën",
    "asiel": "aan de staatssecretaris voor Asiel en Migratie",
    "defensie": "aan de minister van Defensie",
    "energie": "aan de minister van Energie",
    "landbouw": "aan de minister van Landbouw",
    "gelijkekansen": "aan de staatssecretaris voor Gelijke Kansen",
    "fraude": "aan de staatssecretaris voor de Bestrijding van de sociale fraude",
}

QUESTIONS = [
    # -- gevangenissen ------------------------------------------------------------------------------
    Q("5-9001", "claes", "12/3/2012", "justitie", "Gevangenissen - Overbevolking - Matrassen op de grond",
      "strafinrichting ; overbevolking in de gevangenissen ; gedetineerde", ("gevangenis",),
      """De overbevolking in de Belgische gevangenissen blijft onrustwekkend. In verschillende strafinrichtingen slapen gedetineerden op een matras op de grond.

Hoeveel gedetineerden sliepen er op 1 maart 2012 op een matras op de grond? Wanneer komen de nieuwe plaatsen uit het masterplan beschikbaar?""",
      """Op 1 maart 2012 sliepen 187 gedetineerden op een matras op de grond. Het masterplan voorziet in 1 500 bijkomende plaatsen.""",
      "18/4/2012"),
    Q("5-9002", "peeters", "5/10/2012", "justitie", "Strafinrichtingen - Stakingen van het gevangenispersoneel - Minimale dienstverlening",
      "strafinrichting ; staking ; penitentiair personeel", ("gevangenis",),
      """Door de herhaalde stakingen van de cipiers krijgen de gevangenen soms dagenlang geen wandeling, geen bezoek en geen douche.

Hoeveel stakingsdagen werden er in 2012 in de gevangenis van Antwerpen geteld? Overweegt de minister een minimale dienstverlening?""",
      """In 2012 werden 23 stakingsdagen geteld. Over een gewaarborgde dienstverlening wordt overlegd met de vakbonden.""",
      "30/11/2012"),
    Q("6-9003", "maes", "14/2/2017", "justitie", "Nieuwe gevangenis van Haren - Capaciteit",
      "strafinrichting ; bouw ; Brussels Hoofdstedelijk Gewest", ("gevangenis",),
      """De gevangenis van Haren moet de verouderde gevangenissen van Sint-Gillis en Vorst vervangen.

Hoeveel plaatsen zal de nieuwe gevangenis tellen? Wanneer verhuizen de gedetineerden?""",
      """De gevangenis van Haren telt 1 190 plaatsen. De gedetineerden verhuizen vanaf 2022.""",
      "3/4/2017"),
    Q("7-9004", "broeck", "8/6/2021", "justitie", "Overbevolking - Gedetineerden in voorlopige hechtenis",
      "overbevolking in de gevangenissen ; voorlopige hechtenis", ("gevangenis",),
      """Bijna een derde van de gedetineerden zit in voorlopige hechtenis. Dat draagt bij tot de overbevolking van de gevangenissen.

Hoeveel beklaagden zitten er momenteel in de cel? Zal de minister alternatieven voor de voorlopige hechtenis aanmoedigen?""",
      """Op 1 juni 2021 zaten 3 480 beklaagden in de gevangenis. Het elektronisch toezicht wordt uitgebreid.""",
      "20/7/2021"),
    # -- verkeersveiligheid ---------------------------------------------------------------------------
    Q("5-9010", "janssens", "3/9/2011", "mobiliteit", "Verkeersveiligheid - Verkeersongevallen met zwakke weggebruikers",
      "verkeersveiligheid ; verkeersongeval ; fietser", ("verkeer",),
      """Het aantal verkeersongevallen met fietsers en voetgangers neemt toe. Vooral op gewestwegen vallen veel zwaargewonden.

Hoeveel verkeersdoden telde ons land in 2010? Welke maatregelen neemt de minister voor de zwakke weggebruikers?""",
      """In 2010 vielen 840 verkeersdoden. De verkeersveiligheidsstaten van 2011 leggen de nadruk op fietsers.""",
      "14/10/2011"),
    Q("6-9011", "desmet", "22/1/2016", "mobiliteit", "Snelheidscontroles - Trajectcontroles op autosnelwegen",
      "verkeersveiligheid ; snelheidsbeperking ; autosnelweg", ("verkeer",),
      """Trajectcontroles doen de gemiddelde snelheid dalen en verminderen het aantal ongevallen.

Hoeveel trajectcontroles zijn er actief op de autosnelwegen? Welk effect hebben ze op het aantal verkeersongevallen?""",
      """Er zijn 41 trajectcontroles actief. Op de gecontroleerde trajecten daalde het aantal ongevallen met 20 procent.""",
      "2/3/2016"),
    Q("6-9012", "verhaegen", "9/11/2017", "mobiliteit", "Rijden onder invloed - Alcoholcontroles - Ongevallen",
      "alcoholisme ; verkeersveiligheid ; politiecontrole", ("verkeer",),
      """Bij een op de tien ongevallen met gewonden is alcohol in het spel.

Hoeveel bestuurders werden er tijdens de BOB-campagne positief bevonden? Plant de minister meer alcoholcontroles?""",
      """Tijdens de wintercampagne werden 195 000 bestuurders gecontroleerd, van wie 3,1 procent positief.""",
      "15/12/2017"),
    Q("7-9013", "wauters", "27/4/2022", "mobiliteit", "Verkeersongeval op de E40 - Vrachtwagens - Inhaalverbod",
      "vrachtvervoer over de weg ; verkeersongeval", ("verkeer",),
      """Een zwaar ongeval met twee vrachtwagens legde de E40 urenlang plat.

Wordt het inhaalverbod voor vrachtwagens bij regen strenger gecontroleerd? Hoeveel ongevallen met vrachtwagens telde men vorig jaar?""",
      """Vorig jaar waren 1 120 vrachtwagens bij een ongeval met gewonden betrokken. De controles op het inhaalverbod worden opgevoerd.""",
      "9/6/2022"),
    # -- kinderbijslag ------------------------------------------------------------------------------
    Q("4-9020", "maes", "16/5/2009", "sociaal", "Kinderbijslag - Betalingsachterstand",
      "gezinsbijslag ; kind", ("kinderbijslag",),
      """Verschillende gezinnen klagen dat hun kinderbijslag met vertraging wordt uitbetaald.

Hoeveel dossiers van kinderbijslag lopen vertraging op? Hoe lang moeten de gezinnen gemiddeld wachten?""",
      """Op 1 mei 2009 liepen 2 310 dossiers vertraging op. De gemiddelde wachttijd bedraagt drie weken.""",
      "25/6/2009"),
    Q("5-9021", "janssens", "2/2/2013", "sociaal", "Gezinsbijslagen - Toeslag voor eenoudergezinnen",
      "gezinsbijslag ; eenoudergezin ; armoede", ("kinderbijslag",),
      """Eenoudergezinnen lopen een groter armoederisico. Een sociale toeslag op de kinderbijslagen kan helpen.

Hoeveel eenoudergezinnen ontvangen de sociale toeslag? Overweegt de minister een verhoging?""",
      """Ongeveer 98 000 eenoudergezinnen ontvangen de toeslag. Een verhoging is niet gepland.""",
      "11/3/2013"),
    Q("6-9022", "peeters", "18/9/2014", "sociaal", "Overdracht van de kinderbijslag naar de Gemeenschappen",
      "gezinsbijslag ; staatshervorming ; Gemeenschap", ("kinderbijslag",),
      """Met de zesde staatshervorming gaat de bevoegdheid voor de kinderbijslag naar de Gemeenschappen.

Hoe verloopt de overdracht van de dossiers? Wanneer betalen de Gemeenschappen de eerste bedragen uit?""",
      """De overdracht verloopt in fasen. De Gemeenschappen betalen vanaf 2019 zelf uit.""",
      "30/10/2014"),
    # -- werkloosheid --------------------------------------------------------------------------------
    Q("4-9030", "claes", "7/7/2010", "werk", "Werkloosheidsuitkeringen - Degressiviteit",
      "werkloosheidsuitkering ; werkloze", ("werkloosheid",),
      """De regering wil de werkloosheidsuitkeringen sneller laten dalen naarmate de werkloosheid langer duurt.

Hoeveel werklozen worden door de degressiviteit getroffen? Welke besparing levert dat op?""",
      """Ongeveer 140 000 werklozen worden getroffen. De besparing wordt op 250 miljoen euro geraamd.""",
      "20/8/2010"),
    Q("5-9031", "verhaegen", "21/3/2012", "werk", "Jongeren zonder werk - Inschakelingsuitkering",
      "jeugdwerkloosheid ; werkloosheidsuitkering", ("werkloosheid",),
      """Jongeren die na hun studies geen job vinden, krijgen een inschakelingsuitkering na een beroepsinschakelingstijd.

Hoeveel jongeren ontvangen een inschakelingsuitkering? Hoeveel verloren hun uitkering na drie jaar?""",
      """In februari 2012 ontvingen 52 000 jongeren een inschakelingsuitkering.""",
      "2/5/2012"),
    Q("6-9032", "desmet", "11/12/2015", "werk", "Werkloze - Controle op het zoekgedrag - Sancties van de RVA",
      "werkloze ; sanctie ; Rijksdienst voor arbeidsvoorziening", ("werkloosheid",),
      """De controle op het zoekgedrag van de werklozen is naar de Gewesten overgeheveld, maar de RVA blijft de sancties uitvoeren.

Hoeveel werkzoekenden kregen in 2015 een sanctie? Hoeveel werden volledig uitgesloten?""",
      """In 2015 kregen 16 400 werkzoekenden een sanctie, van wie 3 900 werden uitgesloten.""",
      "26/1/2016"),
    Q("7-9033", "broeck", "3/11/2020", "werk", "Tijdelijke werkloosheid door de coronacrisis",
      "technische werkloosheid ; epidemie ; werkloosheidsuitkering", ("werkloosheid",),
      """Tijdens de lockdown vielen meer dan een miljoen werknemers terug op tijdelijke werkloosheid.

Hoeveel werknemers ontvingen in april 2020 een uitkering voor tijdelijke werkloosheid? Hoeveel kostte dat?""",
      """In april 2020 ontvingen 1,26 miljoen werknemers een uitkering. De kostprijs bedroeg 1,5 miljard euro.""",
      "8/12/2020"),
    # -- pensioenen -----------------------------------------------------------------------------------
    Q("5-9040", "lambert", "4/4/2012", "pensioenen", "Pensioenhervorming - Vervroegd pensioen",
      "rustpensioen ; pensioenleeftijd ; vervroegd pensioen", ("pensioen",),
      """De hervorming maakt het vervroegd pensioen strenger: de leeftijd en de loopbaanvoorwaarde worden opgetrokken.

Hoeveel werknemers gingen in 2011 met vervroegd pensioen? Hoeveel zullen door de hervorming later vertrekken?""",
      """In 2011 gingen 42 000 werknemers met vervroegd pensioen. Ongeveer de helft vertrekt later.""",
      "16/5/2012"),
    Q("6-9041", "maes", "1/3/2016", "pensioenen", "Pensioenleeftijd - Verhoging naar 67 jaar",
      "pensioenleeftijd ; rustpensioen", ("pensioen",),
      """De wettelijke pensioenleeftijd stijgt naar 66 jaar in 2025 en naar 67 jaar in 2030.

Hoe wordt rekening gehouden met zware beroepen? Welke overgangsmaatregelen gelden?""",
      """Een lijst van zware beroepen wordt met de sociale partners besproken.""",
      "12/4/2016"),
    Q("6-9042", "janssens", "20/6/2018", "pensioenen", "Pensioenkloof tussen mannen en vrouwen",
      "rustpensioen ; gelijke behandeling van man en vrouw", ("pensioen", "gelijkheid"),
      """Vrouwen krijgen gemiddeld een lager pensioen dan mannen, vooral door deeltijds werk en loopbaanonderbrekingen.

Hoe groot is de pensioenkloof? Welke maatregelen neemt de minister om ze te verkleinen?""",
      """De pensioenkloof bedraagt 26 procent. Gelijkgestelde periodes voor zorg worden beter gewaardeerd.""",
      "31/7/2018"),
    Q("7-9043", "peeters", "15/10/2021", "pensioenen", "Minimumpensioen - Verhoging tot 1 500 euro",
      "minimumpensioen ; rustpensioen", ("pensioen",),
      """Het regeerakkoord voorziet in een verhoging van het minimumpensioen tot 1 500 euro netto.

Hoeveel gepensioneerden ontvangen het minimumpensioen? Welk tijdpad geldt voor de verhoging?""",
      """Ongeveer 700 000 gepensioneerden ontvangen een minimumpensioen. De verhoging loopt in stappen tot 2024.""",
      "25/11/2021"),
    # -- ziekenhuizen ---------------------------------------------------------------------------------
    Q("5-9050", "verhaegen", "9/5/2012", "gezondheid", "Ziekenhuizen - Financiering - Tekorten",
      "ziekenhuis ; financiering ; ziekenhuisbeleid", ("ziekenhuis",),
      """Veel ziekenhuizen kampen met financiële tekorten en stellen investeringen uit.

Hoeveel ziekenhuizen sloten het boekjaar 2011 met verlies af? Plant de minister een hervorming van de financiering?""",
      """Een op de drie ziekenhuizen sloot met verlies af. Een hervorming van de financiering wordt voorbereid.""",
      "20/6/2012"),
    Q("6-9051", "broeck", "14/3/2017", "gezondheid", "Ziekenhuisnetwerken - Samenwerking tussen ziekenhuizen",
      "ziekenhuis ; samenwerking ; ziekenhuisbeleid", ("ziekenhuis",),
      """De hervorming verplicht de ziekenhuizen om zich in locoregionale netwerken te groeperen.

Hoeveel netwerken worden er gevormd? Blijven kleine ziekenhuizen een spoeddienst behouden?""",
      """Er worden 25 locoregionale netwerken gevormd. Elke spoeddienst wordt geëvalueerd.""",
      "24/4/2017"),
    Q("6-9052", "claes", "2/10/2018", "gezondheid", "Wachttijden op de spoeddiensten",
      "ziekenhuis ; spoedgeval ; wachttijd", ("ziekenhuis",),
      """Patiënten wachten op de spoed soms meer dan zes uur voor ze een arts zien.

Hoe lang bedraagt de gemiddelde wachttijd op de spoeddiensten? Welke maatregelen komen er tegen de drukte?""",
      """De gemiddelde wachttijd bedraagt 2 uur en 40 minuten. De huisartsenwachtposten worden versterkt.""",
      "12/11/2018"),
    Q("7-9053", "lambert", "6/1/2021", "gezondheid", "Ziekenhuisopnames - Intensieve zorg - Covid-19",
      "ziekenhuis ; epidemie ; intensieve zorg", ("ziekenhuis",),
      """Tijdens de tweede golf lagen de afdelingen intensieve zorg vol.

Hoeveel bedden intensieve zorg zijn er in de Belgische ziekenhuizen? Hoeveel operaties werden uitgesteld?""",
      """Er zijn 2 000 erkende bedden intensieve zorg. Ongeveer 30 procent van de niet-dringende operaties werd uitgesteld.""",
      "17/2/2021"),
    # -- asiel --------------------------------------------------------------------------------------
    Q("5-9060", "wauters", "13/1/2012", "asiel", "Asielzoekers - Opvangnetwerk - Plaatsgebrek",
      "asielzoeker ; opvang van vluchtelingen", ("asiel",),
      """Het opvangnetwerk voor asielzoekers is verzadigd. Sommige asielzoekers worden naar een hotel gestuurd.

Hoeveel asielzoekers werden in december 2011 niet opgevangen? Hoeveel plaatsen komen er bij?""",
      """In december 2011 kregen 1 200 asielzoekers geen plaats. Er komen 2 500 noodopvangplaatsen bij.""",
      "24/2/2012"),
    Q("6-9061", "benali", "29/9/2015", "asiel", "Opvang van vluchtelingen uit Syrië",
      "opvang van vluchtelingen ; asielrecht ; Syrië", ("asiel",),
      """Duizenden vluchtelingen uit Syrië kamperen in het Maximiliaanpark in afwachting van hun registratie.

Hoeveel asielaanvragen werden in september 2015 ingediend? Hoeveel opvangplaatsen zijn nog vrij?""",
      """In september 2015 werden 4 600 asielaanvragen ingediend. Fedasil opende 10 000 bijkomende plaatsen.""",
      "10/11/2015"),
    Q("6-9062", "mathieu", "12/4/2018", "asiel", "Niet-begeleide minderjarige vreemdelingen - Voogdij",
      "asielzoeker ; minderjarige ; voogdij", ("asiel",),
      """Niet-begeleide minderjarigen wachten soms maanden op een voogd.

Hoeveel niet-begeleide minderjarigen vroegen asiel aan in 2017? Hoe lang duurt het voor een voogd wordt aangesteld?""",
      """In 2017 vroegen 733 niet-begeleide minderjarigen asiel aan. De dienst Voogdij stelt gemiddeld binnen drie weken een voogd aan.""",
      "23/5/2018"),
    Q("7-9063", "desmet", "19/1/2023", "asiel", "Alleenstaande mannelijke asielzoekers - Geen opvang",
      "asielzoeker ; opvang van vluchtelingen ; dakloze", ("asiel",),
      """Alleenstaande mannen die asiel vragen, krijgen geen opvangplaats en slapen op straat.

Hoeveel asielzoekers staan op de wachtlijst voor een opvangplaats? Hoeveel veroordelingen heeft de Belgische staat opgelopen?""",
      """Op 15 januari 2023 stonden 2 700 asielzoekers op de wachtlijst. De staat werd meer dan 7 000 keer veroordeeld.""",
      "1/3/2023"),
    # -- spoorwegen ---------------------------------------------------------------------------------
    Q("5-9070", "peeters", "18/1/2013", "mobiliteit", "NMBS - Stiptheid van de treinen",
      "spoorvervoer ; NMBS ; stiptheid", ("trein",),
      """De stiptheid van de treinen blijft onder de doelstelling. Pendelaars verliezen elke week uren door vertragingen.

Hoeveel treinen kwamen in 2012 met meer dan zes minuten vertraging aan? Welke doelstelling legt het beheerscontract op?""",
      """In 2012 reed 87 procent van de treinen op tijd. Het beheerscontract legt 91 procent op.""",
      "28/2/2013"),
    Q("6-9071", "verhaegen", "7/3/2016", "mobiliteit", "Spoorstakingen - Gewaarborgde dienstverlening",
      "spoorvervoer ; staking ; NMBS", ("trein",),
      """Bij een spoorstaking rijden er soms helemaal geen treinen, wat duizenden reizigers zonder vervoer laat.

Plant de minister een gewaarborgde dienstverlening bij stakingen? Hoeveel stakingsdagen telde de NMBS in 2015?""",
      """De NMBS telde 14 stakingsdagen in 2015. Een wet op de gewaarborgde dienstverlening wordt voorbereid.""",
      "18/4/2016"),
    Q("6-9072", "broeck", "23/11/2017", "mobiliteit", "Compensatie voor reizigers bij treinvertragingen",
      "spoorvervoer ; rechten van de reiziger ; schadeloosstelling", ("trein",),
      """Reizigers met een abonnement krijgen pas een compensatie na een groot aantal vertragingen.

Hoeveel compensaties keerde de NMBS in 2016 uit? Wordt de regeling voor abonnees versoepeld?""",
      """De NMBS keerde 62 000 compensaties uit. De regeling wordt herzien.""",
      "4/1/2018"),
    # -- fiscale fraude -----------------------------------------------------------------------------
    Q("5-9080", "benali", "11/6/2013", "financien", "Belastingfraude - Offshore Leaks - Onderzoeken",
      "belastingfraude ; belastingparadijs", ("belastingfraude",),
      """De Offshore Leaks tonen dat ook Belgen vennootschappen in belastingparadijzen oprichten.

Hoeveel onderzoeken heeft de BBI geopend? Welke bedragen werden ingevorderd?""",
      """De BBI opende 140 onderzoeken. Er werd 48 miljoen euro ingevorderd.""",
      "22/7/2013"),
    Q("6-9081", "mathieu", "10/3/2016", "financien", "Fiscale fraude - Kaaimantaks - Opbrengst",
      "belastingfraude ; belastingontduiking ; belastingparadijs", ("belastingfraude",),
      """De kaaimantaks moet constructies in belastingparadijzen belasten.

Hoeveel bracht de kaaimantaks op in 2015? Hoeveel juridische constructies werden aangegeven?""",
      """De kaaimantaks bracht 13 miljoen euro op. Er werden 830 constructies aangegeven.""",
      "21/4/2016"),
    Q("7-9082", "janssens", "2/2/2021", "financien", "Btw-fraude - Carrouselfraude",
      "belastingfraude ; BTW", ("belastingfraude",),
      """Carrouselfraude met btw kost de schatkist jaarlijks honderden miljoenen euro.

Hoeveel dossiers van btw-fraude werden in 2020 geopend? Hoeveel werd teruggevorderd?""",
      """In 2020 werden 310 dossiers geopend. Er werd 95 miljoen euro teruggevorderd.""",
      "15/3/2021"),
    # -- politie ------------------------------------------------------------------------------------
    Q("5-9090", "claes", "8/2/2012", "binnenland", "Politiezones - Personeelstekort - Brussel",
      "politie ; personeelsbeheer", ("politie",),
      """De politiezones in Brussel kampen met een groot personeelstekort.

Hoeveel agenten ontbreken er per politiezone? Hoeveel nieuwe inspecteurs worden er aangeworven?""",
      """Er ontbreken 420 agenten. In 2012 worden 1 400 inspecteurs aangeworven.""",
      "21/3/2012"),
    Q("6-9091", "wauters", "4/7/2016", "binnenland", "Federale politie - Bewaking van nucleaire sites",
      "politie ; kerncentrale ; veiligheid", ("politie", "terrorisme"),
      """Na de aanslagen bewaakt een nieuw korps van de federale politie de kerncentrales.

Hoeveel agenten telt het bewakingskorps? Wanneer neemt het de taak van het leger over?""",
      """Het korps telt 170 agenten. Het neemt de bewaking eind 2016 over.""",
      "16/8/2016"),
    Q("7-9092", "lambert", "20/9/2022", "binnenland", "Geweld tegen politieagenten",
      "politie ; geweld", ("politie",),
      """Het aantal aanvallen op politieagenten tijdens interventies stijgt.

Hoeveel politieagenten raakten in 2021 gewond? Welke straffen kregen de daders?""",
      """In 2021 raakten 2 150 agenten gewond. De vervolging wordt prioritair.""",
      "3/11/2022"),
    # -- drugs ---------------------------------------------------------------------------------------
    Q("5-9100", "maes", "17/10/2012", "justitie", "Drugs - Cannabisclubs",
      "drug ; cannabis", ("drugs",),
      """In Antwerpen werd een cannabisclub opgericht die voor haar leden planten teelt.

Is de teelt van cannabis voor eigen gebruik in een club toegelaten? Hoeveel processen-verbaal voor cannabisbezit werden opgesteld?""",
      """Het collectief telen van cannabis is niet toegelaten. Er werden 21 000 processen-verbaal opgesteld.""",
      "28/11/2012"),
    Q("6-9101", "desmet", "26/1/2017", "justitie", "Drugshandel in de haven van Antwerpen - Cocaïne",
      "drug ; drugshandel ; haven", ("drugs",),
      """In de haven van Antwerpen werd vorig jaar een recordhoeveelheid cocaïne in beslag genomen.

Hoeveel ton cocaïne werd in 2016 in beslag genomen? Hoeveel douaniers controleren de containers?""",
      """In 2016 werd 30 ton cocaïne in beslag genomen. Het aantal douaniers wordt uitgebreid.""",
      "9/3/2017"),
    Q("7-9102", "verhaegen", "12/5/2022", "justitie", "Drugsgeweld - Schietpartijen",
      "drug ; georganiseerde misdaad ; geweld", ("drugs",),
      """De schietpartijen en granaataanslagen in Antwerpen houden verband met de drugshandel.

Hoeveel incidenten werden geteld? Welke middelen krijgt het parket?""",
      """Er werden 53 incidenten geteld. Het parket krijgt 18 bijkomende magistraten.""",
      "23/6/2022"),
    # -- terrorisme -----------------------------------------------------------------------------------
    Q("6-9110", "broeck", "14/4/2016", "binnenland", "Aanslagen van 22 maart - Dreigingsniveau",
      "terrorisme ; veiligheid", ("terrorisme",),
      """Na de aanslagen van 22 maart werd het dreigingsniveau verhoogd.

Hoe lang blijft het dreigingsniveau op 3? Hoeveel militairen patrouilleren in de straten?""",
      """Het OCAD evalueert het niveau wekelijks. Er patrouilleren 1 800 militairen.""",
      "26/5/2016"),
    Q("6-9111", "claes", "8/9/2017", "justitie", "Radicalisering in de gevangenissen",
      "terrorisme ; radicalisering ; strafinrichting", ("terrorisme", "gevangenis"),
      """Gedetineerden die veroordeeld zijn voor terrorisme kunnen medegevangenen radicaliseren.

Hoeveel geradicaliseerde gedetineerden zitten in de speciale afdelingen? Wordt hun communicatie gecontroleerd?""",
      """De afdelingen in Hasselt en Ittre tellen 36 gedetineerden. Hun communicatie wordt gecontroleerd.""",
      "19/10/2017"),
    Q("7-9112", "peeters", "21/2/2020", "binnenland", "Terugkeer van Syriëstrijders",
      "terrorisme ; buitenlandse strijder", ("terrorisme",),
      """Enkele Belgische Syriëstrijders zitten in kampen in het noorden van Syrië.

Hoeveel Belgische strijders zijn nog in Syrië? Worden hun kinderen gerepatrieerd?""",
      """Er zijn nog ongeveer 80 Belgische strijders in Syrië. Kinderen onder tien jaar worden gerepatrieerd.""",
      "2/4/2020"),
    # -- energie ---------------------------------------------------------------------------------------
    Q("5-9120", "mathieu", "23/8/2012", "energie", "Kernuitstap - Scheurtjes in het reactorvat van Doel 3",
      "kerncentrale ; kernenergie ; veiligheid", ("energie",),
      """In het reactorvat van Doel 3 werden duizenden scheurtjes ontdekt.

Blijft de reactor stilgelegd? Welke gevolgen heeft dat voor de bevoorradingszekerheid?""",
      """De reactor blijft stilgelegd tot het FANC zijn oordeel geeft. De bevoorrading is verzekerd.""",
      "4/10/2012"),
    Q("6-9121", "benali", "17/11/2015", "energie", "Elektriciteitsprijs - Btw op elektriciteit",
      "elektriciteit ; prijs ; BTW", ("energie",),
      """De verhoging van de btw op elektriciteit van 6 naar 21 procent verhoogt de energiefactuur van de gezinnen.

Hoeveel betaalt een gemiddeld gezin meer? Komt er een compensatie voor gezinnen met een laag inkomen?""",
      """Een gemiddeld gezin betaalt 90 euro per jaar meer. Het sociaal tarief blijft behouden.""",
      "28/12/2015"),
    Q("7-9122", "janssens", "10/10/2022", "energie", "Energiecrisis - Gasprijs - Steunmaatregelen",
      "energieprijs ; aardgas ; gezin", ("energie",),
      """De gasprijzen zijn verviervoudigd. Veel gezinnen kunnen hun energiefactuur niet meer betalen.

Hoeveel gezinnen genieten het uitgebreide sociaal tarief? Wordt het basispakket verlengd?""",
      """Een miljoen gezinnen genieten het sociaal tarief. Het basispakket wordt verlengd tot maart 2023.""",
      "21/11/2022"),
    # -- partnergeweld ------------------------------------------------------------------------------
    Q("5-9130", "verhaegen", "19/3/2013", "justitie", "Partnergeweld - Klachten - Seponering",
      "geweld in het gezin ; geweld tegen vrouwen", ("partnergeweld",),
      """Veel klachten over partnergeweld worden geseponeerd.

Hoeveel klachten over partnergeweld werden in 2012 ingediend? Hoeveel daarvan werden geseponeerd?""",
      """In 2012 werden 44 000 klachten ingediend, waarvan 68 procent werd geseponeerd.""",
      "30/4/2013"),
    Q("6-9131", "maes", "25/11/2016", "gelijkekansen", "Intrafamiliaal geweld - Opvang van slachtoffers",
      "geweld in het gezin ; slachtoffer", ("partnergeweld",),
      """Vrouwen die huiselijk geweld ontvluchten, vinden moeilijk een plaats in een vluchthuis.

Hoeveel plaatsen telt de opvang voor slachtoffers van intrafamiliaal geweld? Komen er zorgcentra na seksueel geweld bij?""",
      """Er zijn 600 plaatsen. Er komen drie zorgcentra na seksueel geweld bij.""",
      "6/1/2017"),
    Q("7-9132", "broeck", "3/3/2021", "justitie", "Femicide - Registratie",
      "geweld tegen vrouwen ; moord", ("partnergeweld",),
      """België houdt geen officiële cijfers bij over femicide.

Hoeveel vrouwen werden in 2020 door hun partner gedood? Komt er een wet over femicide?""",
      """Volgens de parketten werden 24 vrouwen door hun partner gedood. Een wetsontwerp wordt voorbereid.""",
      "14/4/2021"),
    # -- geneesmiddelen -------------------------------------------------------------------------------
    Q("5-9140", "lambert", "30/1/2013", "gezondheid", "Geneesmiddelen - Tekorten in de apotheek",
      "geneesmiddel ; bevoorrading ; apotheek", ("geneesmiddel",),
      """Apothekers melden steeds vaker tekorten aan courante geneesmiddelen.

Hoeveel geneesmiddelen zijn momenteel onbeschikbaar? Welke verplichtingen hebben de farmaceutische bedrijven?""",
      """Er zijn 420 geneesmiddelen tijdelijk onbeschikbaar. De bedrijven moeten tekorten melden.""",
      "13/3/2013"),
    Q("6-9141", "desmet", "6/6/2017", "gezondheid", "Terugbetaling van dure geneesmiddelen tegen kanker",
      "geneesmiddel ; kanker ; terugbetaling", ("geneesmiddel",),
      """Nieuwe kankermedicijnen kosten tienduizenden euro per behandeling.

Hoeveel gaf het RIZIV in 2016 uit aan geneesmiddelen tegen kanker? Hoe worden de prijzen onderhandeld?""",
      """Het RIZIV gaf 720 miljoen euro uit. De prijzen worden in geheime contracten onderhandeld.""",
      "17/7/2017"),
    Q("7-9142", "peeters", "18/2/2022", "gezondheid", "Antibiotica - Voorschriften - Resistentie",
      "antibioticum ; geneesmiddel ; resistentie", ("geneesmiddel",),
      """België schrijft meer antibiotica voor dan het Europese gemiddelde.

Hoeveel antibiotica werden in 2021 voorgeschreven? Welke campagne loopt er tegen resistentie?""",
      """Het gebruik daalde met 12 procent. De campagne loopt elk najaar.""",
      "31/3/2022"),
    # -- defensie ---------------------------------------------------------------------------------------
    Q("5-9150", "wauters", "26/4/2013", "defensie", "Sluiting van kazernes",
      "leger ; militaire basis ; herstructurering", ("defensie",),
      """Het herstructureringsplan van Defensie voorziet in de sluiting van verschillende kazernes.

Welke kazernes worden gesloten? Wat gebeurt er met het personeel?""",
      """Zeven kazernes worden gesloten. Het personeel wordt overgeplaatst.""",
      "7/6/2013"),
    Q("6-9151", "claes", "15/5/2018", "defensie", "Aankoop van F-35-gevechtsvliegtuigen",
      "militair vliegtuig ; overheidsopdracht ; defensie", ("defensie",),
      """De regering koos de F-35 als opvolger van de F-16.

Hoeveel kosten de 34 gevechtsvliegtuigen? Welke economische return is voorzien?""",
      """De aankoop kost 3,6 miljard euro. De economische return wordt later onderhandeld.""",
      "26/6/2018"),
    Q("7-9152", "lambert", "9/9/2021", "defensie", "Rekrutering van militairen",
      "leger ; aanwerving", ("defensie",),
      """Defensie heeft moeite om voldoende jonge militairen aan te werven.

Hoeveel militairen werden in 2020 aangeworven? Hoeveel vacatures blijven open?""",
      """In 2020 werden 2 300 militairen aangeworven. Er blijven 1 100 vacatures open.""",
      "21/10/2021"),
    # -- landbouw --------------------------------------------------------------------------------------
    Q("5-9160", "maes", "22/5/2012", "landbouw", "Pesticiden - Gebruik in de landbouw",
      "pesticide ; landbouw", ("landbouw",),
      """Het gebruik van pesticiden in de landbouw bedreigt de bijen.

Hoeveel ton pesticiden werd in 2011 verkocht? Komt er een verbod op neonicotinoïden?""",
      """Er werd 6 400 ton verkocht. Een Europees verbod wordt besproken.""",
      "3/7/2012"),
    Q("6-9161", "peeters", "2/8/2016", "landbouw", "Melkprijs - Crisis bij de melkveehouders",
      "melk ; landbouwprijs ; landbouwer", ("landbouw",),
      """De melkprijs ligt onder de productiekosten. Veel boeren stoppen ermee.

Welke steun krijgen de melkveehouders? Hoeveel landbouwbedrijven zijn er vorig jaar verdwenen?""",
      """De boeren krijgen 8 miljoen euro crisissteun. Vorig jaar verdwenen 900 landbouwbedrijven.""",
      "13/9/2016"),
    Q("7-9162", "verhaegen", "1/2/2023", "landbouw", "Stikstof - Vergunningen van landbouwbedrijven",
      "landbouw ; milieuvervuiling ; stikstof", ("landbouw",),
      """Het stikstofakkoord zet veel boeren onder druk.

Hoeveel landbouwbedrijven moeten hun uitstoot verminderen? Welke steun is er voor de boeren?""",
      """Ongeveer 40 bedrijven moeten sluiten. Een uitkoopregeling staat open.""",
      "15/3/2023"),
    # -- gelijkheid -----------------------------------------------------------------------------------
    Q("5-9170", "janssens", "7/3/2013", "gelijkekansen", "Loonkloof tussen mannen en vrouwen",
      "gelijke beloning ; gelijke behandeling van man en vrouw", ("gelijkheid",),
      """Vrouwen verdienen nog altijd minder dan mannen.

Hoe groot is de loonkloof in 2012? Welke sancties zijn er voor bedrijven die de wet niet naleven?""",
      """De loonkloof bedraagt 10 procent. De sociale inspectie controleert de loonstructuren.""",
      "18/4/2013"),
    Q("6-9171", "benali", "10/10/2016", "gelijkekansen", "Vrouwen in raden van bestuur - Quota",
      "gelijke behandeling van man en vrouw ; bestuursorgaan", ("gelijkheid",),
      """De wet verplicht beursgenoteerde bedrijven om een derde vrouwen in hun raad van bestuur op te nemen.

Hoeveel bedrijven halen de quota? Welke sancties gelden?""",
      """Zestig procent van de bedrijven haalt de quota. Bestuurders verliezen hun vergoeding bij overtreding.""",
      "21/11/2016"),
]

# Background topics: (title, descriptors, minister, own sentences, answers); each question on one carries
# sentences that name a judged subject's words in passing (PASSING), as real questions do.
TOPICS = {
    "kunstenaars": ("Kunstenaarsstatuut - Kunstenaarsvisum", "kunstenaar ; sociaal statuut ; cultuur", "werk", [
        "De commissie Kunstenaars reikt het kunstenaarsvisum uit.", "Muzikanten en acteurs klagen over de complexe procedure.",
        "Hoeveel kunstenaarsvisa werden vorig jaar uitgereikt?", "Plant de minister een vereenvoudiging voor jonge kunstenaars?"],
        ["Er werden 1 840 visa uitgereikt.", "Een vereenvoudiging wordt met de sector besproken."]),
    "voetbal": ("Voetbal - Stadionverboden - Hooligans", "sport ; voetbal ; geweld", "binnenland", [
        "Bij verschillende wedstrijden in eerste klasse braken rellen uit.", "De clubs staan in voor de veiligheid in de stadions.",
        "Hoeveel stadionverboden werden dit seizoen opgelegd?", "Gelden dezelfde regels voor buitenlandse supporters?"],
        ["Er werden 212 stadionverboden opgelegd.", "De cel Voetbal coördineert de maatregelen."]),
    "overstromingen": ("Rampen - Overstromingen - Schadevergoeding", "natuurramp ; overstroming ; verzekering", "binnenland", [
        "De overstromingen van de zomer richtten grote schade aan woningen aan.", "Een erkenning als ramp geeft recht op hulp van het Rampenfonds.",
        "Binnen welke termijn worden de getroffenen vergoed?", "Komen de verzekeraars tussen voor niet-verzekerde goederen?"],
        ["Het Rampenfonds ontving 3 412 aanvragen.", "De dossiers worden in volgorde van indiening behandeld."]),
    "visserij": ("Visserij op de Noordzee - Quota - Brexit", "zeevisserij ; vangstquotum ; Verenigd Koninkrijk", "landbouw", [
        "De Belgische vissers vrezen de toegang tot de Britse wateren te verliezen.", "Een groot deel van de vangst gebeurt in Britse wateren.",
        "Welke vangstquota kreeg België dit jaar?", "Hoeveel schepen telt de Belgische vloot nog?"],
        ["De vloot telt 66 schepen.", "De quota werden voorlopig verlengd."]),
    "vliegtuigen": ("Luchthaven van Zaventem - Geluidshinder - Vliegroutes", "geluidshinder ; luchtvervoer ; luchthaven", "mobiliteit", [
        "Omwonenden van de luchthaven klagen over nachtelijk vliegtuiglawaai.", "Het spreidingsplan van de vluchten wordt voor de rechter aangevochten.",
        "Hoeveel nachtvluchten werden vorig jaar geteld?", "Worden de geluidsnormen nageleefd?"],
        ["Er werden 16 000 nachtvluchten geteld.", "De normen worden door een onafhankelijke dienst gecontroleerd."]),
    "post": ("Bpost - Sluiting van postkantoren", "postdienst ; overheidsbedrijf", "binnenland", [
        "Bpost sluit verschillende postkantoren op het platteland.", "Ouderen moeten verder rijden om hun pensioen af te halen.",
        "Hoeveel postkantoren worden gesloten?", "Hoe wordt de universele dienst gewaarborgd?"],
        ["Er sluiten 20 kantoren, vervangen door postpunten.", "Het beheerscontract waarborgt de universele dienst."]),
    "begroting": ("Federale begroting - Begrotingstekort", "begroting ; overheidstekort", "financien", [
        "Het begrotingstekort ligt boven de Europese norm.", "De regering zoekt nieuwe besparingen.",
        "Hoe groot is het tekort voor dit jaar?", "Welke departementen moeten besparen?"],
        ["Het tekort bedraagt 3,2 procent van het bbp.", "Alle departementen besparen 2 procent op werking."]),
    "digitaal": ("Digitalisering van de overheid - eBox", "elektronische administratie ; internet", "binnenland", [
        "Steeds meer overheidsdiensten communiceren via de eBox.", "Niet iedereen is vertrouwd met digitale toepassingen.",
        "Hoeveel burgers activeerden hun eBox?", "Blijft een papieren communicatie mogelijk?"],
        ["Drie miljoen burgers activeerden hun eBox.", "Papieren communicatie blijft mogelijk."]),
}
PASSING = {
    "gevangenis": ["De betrokkene verbleef eerder enkele maanden in de gevangenis.",
                   "Dezelfde aannemer bouwde vroeger twee gevangenissen."],
    "verkeer": ["Een verkeersongeval op de ring veroorzaakte die dag lange files.",
                "De omleiding geldt tot na de werken aan de autosnelweg."],
    "kinderbijslag": ["Het bedrag staat los van de kinderbijslag die het gezin ontvangt.",
                      "De gegevens worden ook gebruikt voor de gezinsbijslagen."],
    "werkloosheid": ["Sommige betrokkenen ontvangen een werkloosheidsuitkering.",
                     "Een deel van de werknemers viel tijdelijk terug op werkloosheid."],
    "pensioen": ["Het personeel dat met pensioen gaat, wordt niet vervangen.",
                 "De gepensioneerden van de sector worden apart behandeld."],
    "ziekenhuis": ["Twee gewonden werden naar het ziekenhuis gebracht.",
                   "Het terrein ligt naast een van de ziekenhuizen van de stad."],
    "asiel": ["Onder de betrokkenen waren ook enkele asielzoekers.",
              "Het gebouw diende vroeger als opvangcentrum voor vluchtelingen."],
    "trein": ["Veel bezoekers kwamen met de trein.",
              "De treinen reden die dag met vertraging."],
    "belastingfraude": ["De fiscus onderzoekt of er geen sprake is van belastingfraude.",
                        "Het dossier werd overgemaakt aan de Bijzondere Belastinginspectie."],
    "politie": ["De politie kwam ter plaatse.", "Er werd een proces-verbaal opgesteld door de politiezone."],
    "drugs": ["Bij een huiszoeking werd ook een kleine hoeveelheid cannabis gevonden.",
              "De zaal werd vroeger gebruikt door een vereniging voor drugspreventie."],
    "terrorisme": ["Sinds de aanslagen gelden strengere veiligheidsmaatregelen.",
                   "Het dreigingsniveau bleef ongewijzigd."],
    "energie": ["De energiefactuur van het gebouw is hoog.", "De elektriciteitsprijs weegt op de exploitatiekosten."],
    "partnergeweld": ["De hulplijn voor slachtoffers van geweld is dag en nacht bereikbaar.",
                      "Een medewerker volgde een opleiding over huiselijk geweld."],
    "geneesmiddel": ["De apotheek van de instelling bestelt de geneesmiddelen centraal.",
                     "Het tekort aan een geneesmiddel had geen gevolgen."],
    "defensie": ["Het leger stelde vrachtwagens ter beschikking.", "Enkele militairen hielpen bij de evacuatie."],
    "landbouw": ["De grond wordt verpacht aan een landbouwer.", "Boeren uit de streek boden hulp aan."],
    "gelijkheid": ["Het comité telt evenveel vrouwen als mannen.", "De selectie houdt rekening met de gelijke kansen."],
}
FIRST_BACKGROUND = 9500


def background(per_topic: int = 8, seed: int = 11) -> list[Q]:
    """`per_topic` questions on each background topic, each naming two or three subjects in passing."""
    return generate(TOPICS, PASSING, MINISTERS_NL, f"6-{FIRST_BACKGROUND}", 2014, per_topic, seed)


def questions() -> list[Q]:
    out = QUESTIONS + background()
    ids = [q.id for q in out]
    assert len(ids) == len(set(ids)), "an id is used twice"
    return out


def woorden(d: str) -> str:
    day, month, year = (int(x) for x in d.split("/"))
    return f"{day} {MAANDEN[month - 1]} {year}"


def page(q: Q) -> str:
    """The page of one question in the Senate's Dutch web layout."""
    author = AUTHORS[q.author]
    lines = ["Tweetalige printerversie Eentalige printerversie", "", f"Schriftelijke vraag nr. {q.id}", "",
             f"van {author} d.d. {woorden(q.asked)}", "", MINISTERS_NL[q.to], "", q.title, "",
             *q.descriptors.split(" ; "), "", "Chronologie", "", f"{q.asked} Verzending vraag"]
    if q.answered:
        lines.append(f"{q.answered} Antwoord")
    lines += ["", f"Vraag nr. {q.id} d.d. {woorden(q.asked)} : (Vraag gesteld in het Nederlands)", ""]
    lines += [p.strip() + "\n" for p in q.question.strip().split("\n\n")]
    if q.answer:
        lines += [f"Antwoord ontvangen op {woorden(q.answered)} :", ""]
        lines += [p.strip() + "\n" for p in q.answer.strip().split("\n\n")]
    return "\n".join(lines).rstrip() + "\n"


def write_pages(dest: Path = PAGES_NL) -> int:
    return pages.write_pages(dest, questions(), page)


if __name__ == "__main__":
    print(f"{write_pages()} pages written to {PAGES_NL}")
