"""External communication's part of the 2016 demo data, from the printed report ("Steeds digitaler",
"Getooid in de nationale driekleur"). The French, German and English texts are ours.

Only the figures the report prints are loaded: the yearly unique visitors of the five sites, the
Facebook page's subscribers at the start and end of 2016, the campaign's figures. No monthly
figures are invented.
"""

import datetime

from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    FollowerCount,
    SocialAccount,
    Website,
    WebStatistic,
)

YEAR = 2016

WEBSITES = [
    {
        "code": "belgium-be",
        "address": "www.belgium.be",
        "languages": "nl,fr,de,en",
        "name_nl": "Federaal portaal",
        "name_fr": "Portail fédéral",
        "name_de": "Föderales Portal",
        "name_en": "Federal portal",
        "unique_visitors": 9_414_129,
    },
    {
        "code": "kanselarij-belgium-be",
        "address": "www.kanselarij.belgium.be",
        "languages": "nl,fr,de,en",
        "name_nl": "FOD Kanselarij van de Eerste Minister",
        "name_fr": "SPF Chancellerie du Premier Ministre",
        "name_de": "FÖD Kanzlei des Premierministers",
        "name_en": "FPS Chancellery of the Prime Minister",
        "unique_visitors": 22_325,
    },
    {
        "code": "premier-be",
        "address": "www.premier.be",
        "languages": "nl,fr,de,en",
        "name_nl": "Eerste Minister",
        "name_fr": "Premier Ministre",
        "name_de": "Premierminister",
        "name_en": "Prime Minister",
        "unique_visitors": 92_294,
    },
    {
        "code": "presscenter-org",
        "address": "www.presscenter.org",
        "languages": "nl,fr,de,en",
        "name_nl": "Internationaal Perscentrum",
        "name_fr": "Centre de presse international",
        "name_de": "Internationales Pressezentrum",
        "name_en": "International Press Centre",
        "unique_visitors": 193_058,
    },
    {
        "code": "federale-regering-be",
        "address": "www.federale-regering.be",
        "languages": "nl,fr,de,en",
        "name_nl": "Federale regering",
        "name_fr": "Gouvernement fédéral",
        "name_de": "Föderalregierung",
        "name_en": "Federal Government",
        "unique_visitors": 34_684,
    },
]

NARRATIVE = {
    "title_nl": "Steeds digitaler",
    "title_fr": "Toujours plus numérique",
    "title_de": "Immer digitaler",
    "title_en": "Ever more digital",
    "introduction_nl": "Het web en het gedrag van de internetgebruikers evolueren zeer snel. De optimalisering van de communicatiestrategieën is dan ook noodzakelijk.",
    "introduction_fr": "Le web et le comportement des internautes évoluent très rapidement. L’optimisation des stratégies de communication est donc indispensable.",
    "introduction_de": "Das Web und das Verhalten der Internetnutzer ändern sich sehr schnell; die Kommunikationsstrategien müssen daher ständig optimiert werden.",
    "introduction_en": "The web and the behaviour of internet users change very quickly, so communication strategies must keep being optimised.",
}

TOPICS = [
    {
        "title_nl": "De website www.belgium.be werd in een nieuw jasje gestoken",
        "title_fr": "Le site www.belgium.be fait peau neuve",
        "title_de": "Ein neues Gesicht für www.belgium.be",
        "title_en": "A new look for www.belgium.be",
        "text_nl": "Het federale portaal www.belgium.be kreeg een volledig nieuwe look. Met zijn strakke lijnen en hedendaagse design is het portaal voortaan volledig “responsive”. Dat wil zeggen dat het gemakkelijk te raadplegen is op computer, tablet en smartphone dankzij een automatische aanpassing van de lay-out.",
        "text_fr": "Le portail fédéral www.belgium.be a reçu un tout nouveau look. Avec ses lignes épurées et son design contemporain, le portail est désormais entièrement « responsive » : il se consulte facilement sur ordinateur, tablette et smartphone grâce à une mise en page qui s’adapte automatiquement.",
        "text_de": "Das föderale Portal www.belgium.be hat ein völlig neues Aussehen erhalten. Mit seinen klaren Linien und seinem zeitgemäßen Design ist das Portal jetzt vollständig „responsive“: Dank eines Layouts, das sich automatisch anpasst, lässt es sich auf Computer, Tablet und Smartphone gut lesen.",
        "text_en": "The federal portal www.belgium.be got a completely new look. With its clean lines and contemporary design, the portal is now fully “responsive”: it is easy to read on a computer, tablet or smartphone thanks to a layout that adapts automatically.",
    },
    {
        "title_nl": "Campagne: “Alle info binnen handbereik”",
        "title_fr": "Campagne : « Toute l’info à portée de main »",
        "title_de": "Kampagne: „Alle Informationen griffbereit“",
        "title_en": "Campaign: “All the information at your fingertips”",
        "text_nl": "Om meer bezoekers via smartphone en tablet naar www.belgium.be te lokken en de mobiele versie van het portaal voor te stellen, werd op Facebook en YouTube een promotiecampagne gevoerd met banners en video’s. De resultaten waren bijzonder positief. Als gevolg van de campagne is het aantal abonnees op de Facebookpagina trouwens bijna verdubbeld.",
        "text_fr": "Pour attirer davantage de visiteurs sur www.belgium.be via smartphone et tablette et présenter la version mobile du portail, une campagne de promotion avec bannières et vidéos a été menée sur Facebook et YouTube. Les résultats ont été particulièrement positifs : à la suite de la campagne, le nombre d’abonnés de la page Facebook a presque doublé.",
        "text_de": "Um mehr Besucher über Smartphone und Tablet auf www.belgium.be zu lenken und die mobile Version des Portals vorzustellen, lief auf Facebook und YouTube eine Werbekampagne mit Bannern und Videos. Die Ergebnisse waren sehr positiv: Nach der Kampagne hat sich die Zahl der Abonnenten der Facebook-Seite nahezu verdoppelt.",
        "text_en": "To draw more visitors to www.belgium.be on smartphones and tablets and to present the portal’s mobile version, a promotional campaign with banners and videos ran on Facebook and YouTube. The results were very positive: following the campaign, the number of subscribers to the Facebook page nearly doubled.",
    },
    {
        "title_nl": "Actief op de sociale netwerken",
        "title_fr": "Actifs sur les réseaux sociaux",
        "title_de": "Aktiv in den sozialen Netzwerken",
        "title_en": "Active on the social networks",
        "text_nl": "Er werden twee community managers aangeduid: een Nederlandstalige en een Franstalige. Ze hebben voor onze sociale netwerken een specifieke strategie uitgewerkt. De Facebook-, Twitter- en Instagram-accounts van www.belgium.be ondergingen belangrijke visuele aanpassingen en zagen hun publicatiefrequentie toenemen.",
        "text_fr": "Deux community managers ont été désignés : un néerlandophone et un francophone. Ils ont élaboré une stratégie spécifique pour nos réseaux sociaux. Les comptes Facebook, Twitter et Instagram de www.belgium.be ont fait l’objet d’importantes adaptations visuelles et leur fréquence de publication a augmenté.",
        "text_de": "Zwei Community-Manager wurden ernannt, ein niederländischsprachiger und ein französischsprachiger. Sie haben eine eigene Strategie für unsere sozialen Netzwerke entwickelt. Die Facebook-, Twitter- und Instagram-Konten von www.belgium.be wurden optisch überarbeitet und veröffentlichen nun häufiger.",
        "text_en": "Two community managers were appointed, one Dutch-speaking and one French-speaking. They developed a specific strategy for our social networks. The Facebook, Twitter and Instagram accounts of www.belgium.be were visually overhauled and now publish more often.",
    },
    {
        "title_nl": "Ontwikkeling van een federale digitale communicatiestrategie",
        "title_fr": "Élaboration d’une stratégie fédérale de communication numérique",
        "title_de": "Eine föderale Strategie für digitale Kommunikation",
        "title_en": "A federal digital communication strategy",
        "text_nl": "Om de digitale communicatie te verbeteren en te harmoniseren, hebben werkgroepen onder leiding van de algemene directie Externe Communicatie een aangepaste digitale communicatiestrategie uitgewerkt voor de volledige federale overheid. De verschillende aspecten van deze strategie vindt u op www.webguide.belgium.be.",
        "text_fr": "Pour améliorer et harmoniser la communication numérique, des groupes de travail menés par la direction générale Communication externe ont élaboré une stratégie de communication numérique adaptée pour l’ensemble de l’administration fédérale. Les différents aspects de cette stratégie sont présentés sur www.webguide.belgium.be.",
        "text_de": "Um die digitale Kommunikation zu verbessern und zu vereinheitlichen, haben Arbeitsgruppen unter der Leitung der Generaldirektion Externe Kommunikation eine Strategie für die digitale Kommunikation der gesamten föderalen Verwaltung entwickelt. Ihre verschiedenen Aspekte werden auf www.webguide.belgium.be erläutert.",
        "text_en": "To improve and harmonise digital communication, working groups led by the directorate-general External Communication developed a digital communication strategy for the whole federal administration. Its various aspects are set out at www.webguide.belgium.be.",
    },
]

FACEBOOK = {
    "platform": SocialAccount.Platform.FACEBOOK,
    "handle": "belgium.be",
    "address": "https://www.facebook.com/belgium.be",
    "name_nl": "Facebookpagina van www.belgium.be",
    "name_fr": "Page Facebook de www.belgium.be",
    "name_de": "Facebook-Seite von www.belgium.be",
    "name_en": "Facebook page of www.belgium.be",
}
# The report gives the subscribers before and after the campaign, not the days they were counted:
# the start and the end of the year stand for them.
FOLLOWER_COUNTS = [(datetime.date(YEAR, 1, 1), 4_400), (datetime.date(YEAR, 12, 31), 8_000)]

CAMPAIGN = {
    "name_nl": "#MadAboutBelgium",
    "name_fr": "#MadAboutBelgium",
    "name_de": "#MadAboutBelgium",
    "name_en": "#MadAboutBelgium",
    "title_nl": "Getooid in de nationale driekleur",
    "title_fr": "Aux couleurs nationales",
    "title_de": "In den Nationalfarben geschmückt",
    "title_en": "Decked out in the national colours",
    "description_nl": "De algemene directie Externe Communicatie heeft in het kader van de campagne #MadAboutBelgium, die het imago van ons land moet ondersteunen, verschillende acties ondernomen in België en in het buitenland.",
    "description_fr": "Dans le cadre de la campagne #MadAboutBelgium, qui doit soutenir l’image de notre pays, la direction générale Communication externe a mené plusieurs actions en Belgique et à l’étranger.",
    "description_de": "Im Rahmen der Kampagne #MadAboutBelgium, die das Image unseres Landes unterstützt, hat die Generaldirektion Externe Kommunikation mehrere Aktionen im In- und Ausland durchgeführt.",
    "description_en": "Within the #MadAboutBelgium campaign, which supports our country’s image, the directorate-general External Communication carried out several actions in Belgium and abroad.",
}

ACTIONS = [
    {
        "title_nl": "België in Parijs",
        "title_fr": "La Belgique à Paris",
        "title_de": "Belgien in Paris",
        "title_en": "Belgium in Paris",
        "start_date": datetime.date(YEAR, 6, 1),
        "end_date": datetime.date(YEAR, 6, 30),
        "place_nl": "“Place de l’Europe”, Parijs",
        "place_fr": "« Place de l’Europe », Paris",
        "place_de": "„Place de l’Europe“, Paris",
        "place_en": "“Place de l’Europe”, Paris",
        "description_nl": "In het kader van het Europese kampioenschap voetbal tijdens de maand juni, installeerden 18 van de 22 deelnemende landen een informatiestand op het plein voor het stadhuis van Parijs, dat voor de gelegenheid werd omgedoopt tot “Place de l’Europe”. Toeristen en supporters konden er de Belgische stand ontdekken. Ze konden er onder meer ons land tijdens een interactieve en virtuele fietstocht verkennen en aan een fotowedstrijd deelnemen.",
        "description_fr": "À l’occasion du championnat d’Europe de football, au mois de juin, 18 des 22 pays participants ont installé un stand d’information sur la place de l’Hôtel de Ville de Paris, rebaptisée pour l’occasion « Place de l’Europe ». Touristes et supporters ont pu y découvrir le stand belge, notamment explorer notre pays lors d’une balade à vélo interactive et virtuelle et participer à un concours photo.",
        "description_de": "Während der Fußball-Europameisterschaft im Juni hatten 18 der 22 teilnehmenden Länder einen Informationsstand auf dem Platz vor dem Pariser Rathaus eingerichtet, der für diesen Anlass in „Place de l’Europe“ umbenannt worden war. Touristen und Fans konnten dort den belgischen Stand entdecken, unser Land auf einer interaktiven, virtuellen Radtour erkunden und an einem Fotowettbewerb teilnehmen.",
        "description_en": "During the European football championship in June, 18 of the 22 participating countries set up an information stand on the square in front of Paris City Hall, renamed “Place de l’Europe” for the occasion. Tourists and supporters could discover the Belgian stand there, explore our country on an interactive, virtual bike tour and take part in a photo contest.",
    },
    {
        "title_nl": "Op het strand van Oostende",
        "title_fr": "Sur la plage d’Ostende",
        "title_de": "Am Strand von Ostende",
        "title_en": "On the beach at Ostend",
        "start_date": datetime.date(YEAR, 8, 15),
        "end_date": None,
        "place_nl": "Rio House, Oostende",
        "place_fr": "Rio House, Ostende",
        "place_de": "Rio House, Ostende",
        "place_en": "Rio House, Ostend",
        "description_nl": "Op 15 augustus tijdens de Olympische Spelen was een team van Externe Communicatie aanwezig in het Rio House van Oostende. Een mooie gelegenheid om België te promoten en iedereen aan de Belgische kust in zwart, geel en rood te tooien.",
        "description_fr": "Le 15 août, pendant les Jeux olympiques, une équipe de la Communication externe était présente à la Rio House d’Ostende. Une belle occasion de promouvoir la Belgique et de parer chacun de noir, jaune et rouge à la côte belge.",
        "description_de": "Am 15. August, während der Olympischen Spiele, war ein Team der Externen Kommunikation im Rio House in Ostende: eine schöne Gelegenheit, für Belgien zu werben und alle an der belgischen Küste in Schwarz, Gelb und Rot zu kleiden.",
        "description_en": "On 15 August, during the Olympic Games, a team from External Communication was at the Rio House in Ostend: a fine opportunity to promote Belgium and deck everyone on the Belgian coast out in black, yellow and red.",
    },
    {
        "title_nl": "Op stap met de Federal Truck",
        "title_fr": "En route avec le Federal Truck",
        "title_de": "Unterwegs mit dem Federal Truck",
        "title_en": "On the road with the Federal Truck",
        "start_date": None,
        "end_date": None,
        "place_nl": "Feestelijkheden van 21 juli en Brussels Summer Festival",
        "place_fr": "Festivités du 21 juillet et Brussels Summer Festival",
        "place_de": "Feierlichkeiten zum 21. Juli und Brussels Summer Festival",
        "place_en": "21 July festivities and Brussels Summer Festival",
        "description_nl": "Aan de campagne om het imago van België te promoten, nam ook de Federal Truck deel. Deze volledig ingerichte vrachtwagen doorkruist België en komt de burgers tegemoet om ze te informeren en bewust te maken van actuele thema’s. De truck was aanwezig tijdens de feestelijkheden van 21 juli en tijdens het Brussels Summer Festival. In de fotomaton konden de bezoekers zich in het zwart, geel en rood fotograferen.",
        "description_fr": "Le Federal Truck a lui aussi participé à la campagne de promotion de l’image de la Belgique. Ce camion entièrement aménagé sillonne la Belgique et va à la rencontre des citoyens pour les informer et les sensibiliser à des thèmes d’actualité. Le camion était présent lors des festivités du 21 juillet et au Brussels Summer Festival. Dans le photomaton, les visiteurs pouvaient se faire photographier en noir, jaune et rouge.",
        "description_de": "Auch der Federal Truck beteiligte sich an der Kampagne für das Image Belgiens. Dieser voll ausgestattete Lastwagen fährt durch ganz Belgien, um den Bürgern zu begegnen, sie zu informieren und für aktuelle Themen zu sensibilisieren. Der Truck war bei den Feierlichkeiten zum 21. Juli und beim Brussels Summer Festival, wo sich die Besucher in der Fotokabine in Schwarz, Gelb und Rot fotografieren lassen konnten.",
        "description_en": "The Federal Truck took part in the campaign to promote Belgium’s image too. This fully fitted lorry travels across Belgium to meet citizens, inform them and raise their awareness of current topics. The truck was at the 21 July festivities and at the Brussels Summer Festival, where visitors could have their photo taken in black, yellow and red in the photo booth.",
    },
]

FIGURES = [
    {
        "code": "photos",
        "value": 437,
        "total": None,
        "unit_nl": "foto’s",
        "unit_fr": "photos",
        "unit_de": "Fotos",
        "unit_en": "photos",
        "label_nl": "gemaakt in de fotomaton van de Federal Truck",
        "label_fr": "prises dans le photomaton du Federal Truck",
        "label_de": "in der Fotokabine des Federal Truck aufgenommen",
        "label_en": "taken in the Federal Truck’s photo booth",
    },
    {
        "code": "awareness-hours",
        "value": 21,
        "total": None,
        "unit_nl": "uren",
        "unit_fr": "heures",
        "unit_de": "Stunden",
        "unit_en": "hours",
        "label_nl": "bewustmakingscampagne met de Federal Truck",
        "label_fr": "de campagne de sensibilisation avec le Federal Truck",
        "label_de": "Sensibilisierungskampagne mit dem Federal Truck",
        "label_en": "of awareness campaign with the Federal Truck",
    },
    {
        "code": "euro-2016-countries",
        "value": 18,
        "total": 22,
        "unit_nl": "deelnemende landen",
        "unit_fr": "pays participants",
        "unit_de": "teilnehmende Länder",
        "unit_en": "participating countries",
        "label_nl": "met een stand op de “Place de l’Europe” in Parijs",
        "label_fr": "avec un stand sur la « Place de l’Europe » à Paris",
        "label_de": "mit einem Stand auf der „Place de l’Europe“ in Paris",
        "label_en": "with a stand on the “Place de l’Europe” in Paris",
    },
]


def load() -> None:
    """Create or update external communication's 2016 data (idempotent)."""
    for site in WEBSITES:
        fields = dict(site)
        unique_visitors = fields.pop("unique_visitors")
        code = fields.pop("code")
        website, _created = Website.objects.update_or_create(code=code, defaults=fields)
        WebStatistic.objects.update_or_create(
            website=website,
            kind=WebStatistic.Kind.YEAR,
            year=YEAR,
            month=None,
            defaults={"unique_visitors": unique_visitors},
        )

    facebook = dict(FACEBOOK)
    account, _created = SocialAccount.objects.update_or_create(
        platform=facebook.pop("platform"), handle=facebook.pop("handle"), defaults=facebook
    )
    for date, followers in FOLLOWER_COUNTS:
        FollowerCount.objects.update_or_create(
            account=account, date=date, defaults={"followers": followers}
        )

    narrative, _created = CommunicationYear.objects.update_or_create(year=YEAR, defaults=NARRATIVE)
    for position, topic in enumerate(TOPICS, start=1):
        CommunicationTopic.objects.update_or_create(
            narrative=narrative, position=position, defaults=topic
        )
    narrative.topics.filter(position__gt=len(TOPICS)).delete()

    campaign, _created = Campaign.objects.update_or_create(
        year=YEAR, code="madaboutbelgium", defaults=CAMPAIGN
    )
    for position, action in enumerate(ACTIONS, start=1):
        CampaignAction.objects.update_or_create(
            campaign=campaign, position=position, defaults=action
        )
    campaign.actions.filter(position__gt=len(ACTIONS)).delete()
    for position, figure in enumerate(FIGURES, start=1):
        fields = dict(figure)
        CampaignFigure.objects.update_or_create(
            campaign=campaign, code=fields.pop("code"), defaults={"position": position, **fields}
        )
