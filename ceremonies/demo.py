"""The ceremonies' part of the 2016 demo data: the two tributes to the victims of 22 March 2016.

Texts come from the printed 2016 report (../shared/seed/); the French, German and English versions
are ours. The guest lists are generated, with obviously fictitious names
("Gast 0001 Voorbeeld") and addresses under example.invalid: never a real person. Their counts
give exactly the report's figures. Deterministic and idempotent: running it twice changes nothing.
"""

import datetime

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory

YEAR = 2016

PARTNERS_NL = (
    "Protocol van het Koninklijk Paleis\nSenaat\nKamer van Volksvertegenwoordigers\n"
    "FOD Binnenlandse Zaken\nFOD Buitenlandse Zaken\nMinisterie van Defensie"
)
PARTNERS_FR = (
    "Protocole du Palais royal\nSénat\nChambre des représentants\n"
    "SPF Intérieur\nSPF Affaires étrangères\nMinistère de la Défense"
)
PARTNERS_DE = (
    "Protokoll des Königlichen Palastes\nSenat\nAbgeordnetenkammer\n"
    "FÖD Inneres\nFÖD Auswärtige Angelegenheiten\nVerteidigungsministerium"
)
PARTNERS_EN = (
    "Protocol of the Royal Palace\nSenate\nChamber of Representatives\n"
    "FPS Home Affairs\nFPS Foreign Affairs\nMinistry of Defence"
)

# code: (position, shown without number, nl, fr, en, de)
CATEGORIES = {
    "king-and-queen": (
        10,
        True,
        "de Koning en de Koningin",
        "le Roi et la Reine",
        "the King and Queen",
        "der König und die Königin",
    ),
    "federal-government": (
        20,
        True,
        "de leden van de federale regering",
        "les membres du gouvernement fédéral",
        "the members of the federal government",
        "die Mitglieder der Föderalregierung",
    ),
    "federated-entities": (
        30,
        True,
        "de ministers-presidenten en de voorzitters van de parlementen van de deelstaten",
        "les ministres-présidents et les présidents des parlements des entités fédérées",
        "the minister-presidents and the presidents of the parliaments of the federated entities",
        "die Ministerpräsidenten und die Präsidenten der Parlamente der Gliedstaaten",
    ),
    "senators": (40, False, "senatoren", "sénateurs", "senators", "Senatoren"),
    "federal-representatives": (
        50,
        False,
        "federale volksvertegenwoordigers",
        "députés fédéraux",
        "federal representatives",
        "föderale Abgeordnete",
    ),
    "victims": (60, False, "slachtoffers", "victimes", "victims", "Opfer"),
    "relatives": (
        70,
        False,
        "naasten en familieleden van de overleden slachtoffers",
        "proches et membres de la famille des victimes décédées",
        "relatives and family members of the deceased victims",
        "Angehörige und Familienmitglieder der verstorbenen Opfer",
    ),
    "emergency-services": (
        80,
        False,
        "personen van de hulp- en interventiediensten",
        "membres des services de secours et d’intervention",
        "members of the emergency and intervention services",
        "Mitglieder der Hilfs- und Einsatzdienste",
    ),
    "young-people": (90, False, "jongeren", "jeunes", "young people", "Jugendliche"),
    "authorities": (
        100,
        False,
        "vertegenwoordigers van de overheid",
        "représentants des autorités",
        "representatives of the authorities",
        "Vertreter der Behörden",
    ),
}

CEREMONIES = [
    {
        "code": "2016-03-24-federal-parliament",
        "date": datetime.date(2016, 3, 24),
        "title_nl": "Twee dagen later… voor het federaal parlement",
        "title_fr": "Deux jours plus tard… devant le Parlement fédéral",
        "title_de": "Zwei Tage später… vor dem föderalen Parlament",
        "title_en": "Two days later… before the federal parliament",
        "place_nl": "Federaal Parlement, Brussel",
        "place_fr": "Parlement fédéral, Bruxelles",
        "place_de": "Föderales Parlament, Brüssel",
        "place_en": "Federal Parliament, Brussels",
        "description_nl": "Op donderdag 24 maart brachten het federale parlement en de federale regering voor de plenaire vergadering hulde aan de slachtoffers van de aanslagen. Dit gebeurde in aanwezigheid van de Koning en de Koningin, de ministers-presidenten en de voorzitters van de parlementen van de deelstaten. Ook de Voorzitter van de Europese Commissie was aanwezig.",
        "description_fr": "Le jeudi 24 mars, le Parlement fédéral et le gouvernement fédéral ont rendu hommage aux victimes des attentats devant l’assemblée plénière, en présence du Roi et de la Reine, des ministres-présidents et des présidents des parlements des entités fédérées. Le Président de la Commission européenne était également présent.",
        "description_de": "Am Donnerstag, dem 24. März, ehrten das föderale Parlament und die Föderalregierung die Opfer der Anschläge vor der Plenarversammlung, in Anwesenheit des Königs und der Königin, der Ministerpräsidenten und der Präsidenten der Parlamente der Gliedstaaten. Auch der Präsident der Europäischen Kommission war anwesend.",
        "description_en": "On Thursday 24 March the federal parliament and the federal government paid tribute to the victims of the attacks before the plenary assembly, in the presence of the King and Queen, the minister-presidents and the presidents of the parliaments of the federated entities. The President of the European Commission attended as well.",
        "partners_nl": PARTNERS_NL,
        "partners_fr": PARTNERS_FR,
        "partners_de": PARTNERS_DE,
        "partners_en": PARTNERS_EN,
        "broadcast_note_nl": "",
        "broadcast_note_fr": "",
        "broadcast_note_de": "",
        "broadcast_note_en": "",
    },
    {
        "code": "2016-05-22-royal-palace",
        "date": datetime.date(2016, 5, 22),
        "title_nl": "Twee maanden later… in het Koninklijk Paleis",
        "title_fr": "Deux mois plus tard… au Palais royal",
        "title_de": "Zwei Monate später… im Königlichen Palast",
        "title_en": "Two months later… at the Royal Palace",
        "place_nl": "Koninklijk Paleis, Brussel",
        "place_fr": "Palais royal, Bruxelles",
        "place_de": "Königlicher Palast, Brüssel",
        "place_en": "Royal Palace, Brussels",
        "description_nl": "Op 22 mei vond in het Koninklijk Paleis een plechtigheid plaats ter ere van de slachtoffers van de aanslagen. Tijdens deze sobere plechtigheid werden onder meer de namen van de overleden slachtoffers voorgelezen. Ook was er plaats voor ontroerende getuigenissen, toespraken en muzikale momenten. De moed van de hulp- en interventiediensten werd extra benadrukt.\n\nDe plechtigheid vergde een omvangrijke coördinatie met de betrokken diensten en de begeleiding van de talrijk aanwezige journalisten.",
        "description_fr": "Le 22 mai, une cérémonie en l’honneur des victimes des attentats s’est tenue au Palais royal. Au cours de cette cérémonie sobre, les noms des victimes décédées ont notamment été lus. Elle a aussi laissé place à des témoignages émouvants, à des discours et à des moments musicaux. Le courage des services de secours et d’intervention a été particulièrement souligné.\n\nLa cérémonie a demandé une coordination importante avec les services concernés et l’accompagnement des nombreux journalistes présents.",
        "description_de": "Am 22. Mai fand im Königlichen Palast eine Zeremonie zu Ehren der Opfer der Anschläge statt. Während dieser schlichten Zeremonie wurden unter anderem die Namen der verstorbenen Opfer verlesen. Es gab auch Raum für bewegende Zeugnisse, Ansprachen und Musik. Besonders gewürdigt wurde der Mut der Hilfs- und Einsatzdienste.\n\nDie Zeremonie erforderte eine umfassende Koordinierung mit den beteiligten Diensten und die Betreuung der zahlreichen anwesenden Journalisten.",
        "description_en": "On 22 May a ceremony in honour of the victims of the attacks took place at the Royal Palace. During this sober ceremony the names of the deceased victims were read out, among other things. There was also room for moving testimonies, speeches and music. The courage of the emergency and intervention services was particularly highlighted.\n\nThe ceremony required extensive coordination with the services involved and the support of the many journalists present.",
        "partners_nl": PARTNERS_NL,
        "partners_fr": PARTNERS_FR,
        "partners_de": PARTNERS_DE,
        "partners_en": PARTNERS_EN,
        "broadcast_note_nl": "Rechtstreeks uitgezonden op de vier nationale zenders.",
        "broadcast_note_fr": "Retransmise en direct sur les quatre chaînes nationales.",
        "broadcast_note_de": "Live auf den vier nationalen Sendern übertragen.",
        "broadcast_note_en": "Broadcast live on the four national channels.",
    },
]

# Guests per ceremony and category. The report gives 245 guests before the federal parliament but
# names the King and Queen, the federal government and the federated entities' leaders without a
# number: 245 - 60 senators - 150 representatives = 35 guests for those three categories, which we
# split (our assumption, not the report's) as 2 (the King and the Queen), 18 (the members of the
# federal government: 14 ministers and 4 secretaries of state) and 15 (minister-presidents and
# presidents of the parliaments of the federated entities). Only the total and the numbered
# categories are published.
GUESTS = {
    "2016-03-24-federal-parliament": [
        ("king-and-queen", 2),
        ("federal-government", 18),
        ("federated-entities", 15),
        ("senators", 60),
        ("federal-representatives", 150),
    ],
    "2016-05-22-royal-palace": [
        ("victims", 200),
        ("relatives", 100),
        ("emergency-services", 190),
        ("young-people", 33),
        ("authorities", 77),
    ],
}
# Before the parliament nobody was checked in (organised in two days): the report counts the
# confirmed guests. At the Royal Palace the protocol service recorded attendance.
STATUS = {
    "2016-03-24-federal-parliament": Guest.Status.CONFIRMED,
    "2016-05-22-royal-palace": Guest.Status.ATTENDED,
}
LANGUAGES = ("nl", "fr", "nl", "fr", "de", "en")

NARRATIVE = {
    "title_nl": "Hulde aan de slachtoffers van de terroristische aanslagen",
    "title_fr": "Hommage aux victimes des attentats terroristes",
    "title_de": "Ehrung der Opfer der Terroranschläge",
    "title_en": "Tribute to the victims of the terrorist attacks",
    "introduction_nl": "Op vraag van de eerste minister coördineerde de Kanselarij de organisatie van twee huldeplechtigheden voor de slachtoffers van de terroristische aanslagen van 22 maart. Dit gebeurde in nauwe samenwerking met de diensten van het protocol van het Koninklijk Paleis, de Senaat, de Kamer van Volksvertegenwoordigers, de FOD Binnenlandse Zaken, de FOD Buitenlandse Zaken en het ministerie van Defensie.",
    "introduction_fr": "À la demande du Premier Ministre, la Chancellerie a coordonné l’organisation de deux cérémonies d’hommage aux victimes des attentats terroristes du 22 mars. Elle l’a fait en étroite collaboration avec les services du protocole du Palais royal, le Sénat, la Chambre des représentants, le SPF Intérieur, le SPF Affaires étrangères et le ministère de la Défense.",
    "introduction_de": "Auf Ersuchen des Premierministers koordinierte die Kanzlei die Organisation von zwei Gedenkfeiern für die Opfer der Terroranschläge vom 22. März. Dies geschah in enger Zusammenarbeit mit den Protokolldiensten des Königlichen Palastes, dem Senat, der Abgeordnetenkammer, dem FÖD Inneres, dem FÖD Auswärtige Angelegenheiten und dem Verteidigungsministerium.",
    "introduction_en": "At the Prime Minister’s request, the Chancellery coordinated the organisation of two tributes to the victims of the terrorist attacks of 22 March. It did so in close cooperation with the protocol services of the Royal Palace, the Senate, the Chamber of Representatives, FPS Home Affairs, FPS Foreign Affairs and the Ministry of Defence.",
}


def _guest_rows(ceremony_code: str):
    """The generated guests of a ceremony: (name, category code, language), deterministic."""
    prefix = "P" if ceremony_code.endswith("parliament") else "K"
    number = 0
    for category_code, count in GUESTS[ceremony_code]:
        for _index in range(count):
            number += 1
            yield (
                f"Gast {prefix}{number:04d} Voorbeeld",
                category_code,
                LANGUAGES[number % len(LANGUAGES)],
            )


def load() -> None:
    """Create or update the 2016 ceremonies, categories and guest lists (idempotent)."""
    CeremonyYear.objects.update_or_create(year=YEAR, defaults=NARRATIVE)
    categories = {}
    for code, (position, without_number, nl, fr, en, de) in CATEGORIES.items():
        categories[code], _created = GuestCategory.objects.update_or_create(
            code=code,
            defaults={
                "position": position,
                "shown_without_number": without_number,
                "name_nl": nl,
                "name_fr": fr,
                "name_de": de,
                "name_en": en,
            },
        )
    for data in CEREMONIES:
        defaults = {key: value for key, value in data.items() if key != "code"}
        ceremony, _created = Ceremony.objects.update_or_create(code=data["code"], defaults=defaults)
        _load_guests(ceremony, categories)


def _load_guests(ceremony: Ceremony, categories: dict[str, GuestCategory]) -> None:
    status = STATUS[ceremony.code]
    wanted = {}
    for name, category_code, language in _guest_rows(ceremony.code):
        wanted[name] = Guest(
            ceremony=ceremony,
            category=categories[category_code],
            name=name,
            organisation="",
            email=f"{name.lower().replace(' ', '.')}@example.invalid",
            language=language,
            status=status,
        )
    # The demo owns these two guest lists: anything else on them (an anonymised copy, a test
    # guest) goes, so that the counts stay the report's.
    ceremony.guests.exclude(name__in=list(wanted)).delete()
    ceremony.guests.filter(anonymised_at__isnull=False).delete()
    existing = {guest.name: guest for guest in ceremony.guests.all()}
    fields = (
        "category_id",
        "email",
        "language",
        "status",
        "organisation",
        "phone",
        "notes",
        "accessibility_needs",
    )
    changed = []
    for name, guest in existing.items():
        target = wanted[name]
        if any(getattr(guest, f) != getattr(target, f) for f in fields):
            for f in fields:
                setattr(guest, f, getattr(target, f))
            changed.append(guest)
    if changed:
        Guest.objects.bulk_update(changed, fields)
    Guest.objects.bulk_create([guest for name, guest in wanted.items() if name not in existing])
