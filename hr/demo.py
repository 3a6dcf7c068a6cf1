"""HR's part of the 2016 demo data: the staff counts and the commitments of the printed report.

Texts come from the printed 2016 report (../shared/seed/), repaired of its extraction artefacts;
the French, German and English versions are ours.

The report prints shares, HR enters counts. The counts below reproduce every printed figure, rounded
half-up as the report rounds (``StaffFigures.men_share()`` and friends):

- headcount 143 ("143 personen werken bij de Kanselarij");
- men 51: 51 / 143 = 35.66 % -> 36 %; women 92: 92 / 143 = 64.34 % -> 64 %; 51 + 92 = 143;
- statutory 89: 89 / 143 = 62.24 % -> 62 %; contractual 54: 54 / 143 = 37.76 % -> 38 %; 89 + 54 = 143;
- training days 329: 329 / 143 = 2.3007 -> 2,3 days per person (any total from 321.8 to 336.0 would do);
- telework 47 of a base of 118: 47 / 118 = 39.83 % -> 39,8 %.

How the telework base was chosen: no whole number of the 143 people gives 39,8 % (56 / 143 = 39.16 %,
57 / 143 = 39.86 % -> 39,9 %), so the printed share was measured on a smaller base, which the report
does not state. The bases up to 143 that give exactly 39,8 % with a whole number of teleworkers are
83, 88, 93, 98, 103, 108, 113, 118, 123, 128 and 133. We take 118, read as "staff whose function
allows telework" (the 25 others, we assume, hold functions that can only be done on site): of those
bases, it leaves a plausible share of a service of 143 outside telework. It is our assumption, not
a printed figure, to be replaced by HR's real base.
"""

import datetime
from decimal import Decimal

from hr.models import Commitment, StaffFigures, YearNarrative

YEAR = 2016

STAFF_2016 = {
    "reference_date": datetime.date(2016, 12, 31),
    "headcount": 143,
    "men": 51,
    "women": 92,
    "gender_other": 0,
    "statutory": 89,
    "contractual": 54,
    "telework_base": 118,
    "telework_base_label_nl": "personeelsleden van wie de functie telewerk toelaat",
    "telework_base_label_fr": "membres du personnel dont la fonction permet le télétravail",
    "telework_base_label_de": "Personalmitglieder, deren Funktion Telearbeit erlaubt",
    "telework_base_label_en": "staff whose function allows telework",
    "teleworkers": 47,
    "training_days_total": Decimal("329.0"),
}

NARRATIVE_2016 = {
    "title_nl": "Duurzame ontwikkeling als rode draad",
    "title_fr": "Le développement durable comme fil rouge",
    "title_de": "Nachhaltige Entwicklung als roter Faden",
    "title_en": "Sustainable development as a common thread",
    "introduction_nl": "In alle activiteiten en taken van de Kanselarij is duurzame ontwikkeling steeds aanwezig. Alle personeelsleden zijn er zich van bewust dat ze, elk op hun niveau, op dat vlak een rol kunnen spelen. De sensibilisering van het personeel gebeurt constant via intranet, e-mails, affiches en activiteiten.",
    "introduction_fr": "Le développement durable est toujours présent dans toutes les activités et missions de la Chancellerie. Tous les membres du personnel sont conscients qu’ils peuvent, chacun à leur niveau, jouer un rôle en la matière. La sensibilisation du personnel se fait en permanence par l’intranet, des e-mails, des affiches et des activités.",
    "introduction_de": "Nachhaltige Entwicklung ist in allen Tätigkeiten und Aufgaben der Kanzlei stets präsent. Alle Personalmitglieder wissen, dass jeder auf seiner Ebene dazu beitragen kann. Das Personal wird ständig über das Intranet, E-Mails, Plakate und Aktivitäten sensibilisiert.",
    "introduction_en": "Sustainable development is always present in all of the Chancellery’s activities and tasks. All members of staff know that each of them, at their own level, can play a part in it. Staff awareness is raised constantly through the intranet, e-mails, posters and activities.",
    "commitments_title_nl": "Onze verbintenissen",
    "commitments_title_fr": "Nos engagements",
    "commitments_title_de": "Unsere Verpflichtungen",
    "commitments_title_en": "Our commitments",
    "commitments_introduction_nl": "De begrippen duurzame ontwikkeling, flexibiliteit, integratie van de genderdimensie en van personen met een handicap maken deel uit van het beleid van de Kanselarij.",
    "commitments_introduction_fr": "Les notions de développement durable, de flexibilité, d’intégration de la dimension de genre et des personnes handicapées font partie de la politique de la Chancellerie.",
    "commitments_introduction_de": "Nachhaltige Entwicklung, Flexibilität und die Integration der Geschlechterdimension und von Menschen mit Behinderung sind Teil der Politik der Kanzlei.",
    "commitments_introduction_en": "Sustainable development, flexibility and the integration of the gender dimension and of people with a disability are part of the Chancellery’s policy.",
}

COMMITMENTS_2016 = [
    {
        "title_nl": "EMAS-registratie",
        "title_fr": "Enregistrement EMAS",
        "title_de": "EMAS-Registrierung",
        "title_en": "EMAS registration",
        "text_nl": "De EMAS-registratie van de gebouwen “Wetstraat 14 en 16” werd bevestigd op 20 juni 2016. In dat kader zal de Kanselarij haar inspanningen voortzetten op het vlak van minder papierverbruik, energiebesparing, duurzame aankopen en duurzame voeding.",
        "text_fr": "L’enregistrement EMAS des bâtiments « rue de la Loi 14 et 16 » a été confirmé le 20 juin 2016. Dans ce cadre, la Chancellerie poursuivra ses efforts en matière de réduction de la consommation de papier, d’économies d’énergie, d’achats durables et d’alimentation durable.",
        "text_de": "Die EMAS-Registrierung der Gebäude in der Rue de la Loi 14 und 16 wurde am 20. Juni 2016 bestätigt. In diesem Rahmen setzt die Kanzlei ihre Anstrengungen fort, weniger Papier zu verbrauchen, Energie zu sparen sowie nachhaltig einzukaufen und sich nachhaltig zu ernähren.",
        "text_en": "The EMAS registration of the buildings at Rue de la Loi 14 and 16 was confirmed on 20 June 2016. Within that framework, the Chancellery will continue its efforts to use less paper, save energy, and buy and eat sustainably.",
        "date": datetime.date(2016, 6, 20),
        "date_label_nl": "EMAS-registratie bevestigd op",
        "date_label_fr": "Enregistrement EMAS confirmé le",
        "date_label_de": "EMAS-Registrierung bestätigt am",
        "date_label_en": "EMAS registration confirmed on",
        # Wetstraat 14 and 16: the two buildings the registration covers.
        "figure": Decimal(2),
        "figure_unit_nl": "gebouwen met EMAS-registratie",
        "figure_unit_fr": "bâtiments enregistrés EMAS",
        "figure_unit_de": "Gebäude mit EMAS-Registrierung",
        "figure_unit_en": "buildings with EMAS registration",
    },
    {
        "title_nl": "Handistreaming",
        "title_fr": "Handistreaming",
        "title_de": "Handistreaming",
        "title_en": "Handistreaming",
        "text_nl": "Om de integratie van personen met een handicap te bevorderen heeft de Kanselarij concrete acties ondernomen. Personen met een handicap krijgen een betere toegang tot de websites van de federale administratie en tot de evenementen van de Kanselarij.",
        "text_fr": "Pour favoriser l’intégration des personnes handicapées, la Chancellerie a entrepris des actions concrètes. Les personnes handicapées bénéficient d’un meilleur accès aux sites web de l’administration fédérale et aux événements de la Chancellerie.",
        "text_de": "Um die Inklusion von Menschen mit Behinderung zu fördern, hat die Kanzlei konkrete Maßnahmen ergriffen. Menschen mit Behinderung erhalten einen besseren Zugang zu den Websites der föderalen Verwaltung und zu den Veranstaltungen der Kanzlei.",
        "text_en": "To further the inclusion of people with a disability, the Chancellery took concrete action. People with a disability get better access to the websites of the federal administration and to the Chancellery’s events.",
    },
    {
        "title_nl": "Gendermainstreaming",
        "title_fr": "Gendermainstreaming",
        "title_de": "Gender Mainstreaming",
        "title_en": "Gender mainstreaming",
        "text_nl": "Ook de inspanningen voor de gelijkheid tussen vrouwen en mannen worden voortgezet. Een van de vooruitgangen die in 2016 werden geboekt, is de integratie van de genderdimensie in de bestuursovereenkomst 2016-2018. De stappen voor een screening van de federale communicatie vanuit genderperspectief werden eind 2016 gezet.",
        "text_fr": "Les efforts en faveur de l’égalité entre les femmes et les hommes se poursuivent également. L’un des progrès réalisés en 2016 est l’intégration de la dimension de genre dans le contrat d’administration 2016-2018. Les démarches en vue d’un screening de la communication fédérale sous l’angle du genre ont été entreprises fin 2016.",
        "text_de": "Auch die Anstrengungen für die Gleichstellung von Frauen und Männern werden fortgesetzt. Einer der Fortschritte des Jahres 2016 ist die Integration der Geschlechterdimension in den Verwaltungsvertrag 2016-2018. Die Schritte zu einem Gender-Screening der föderalen Kommunikation wurden Ende 2016 unternommen.",
        "text_en": "Efforts for equality between women and men continue as well. One of the advances of 2016 is the integration of the gender dimension in the management agreement 2016-2018. The steps towards a gender screening of federal communication were taken at the end of 2016.",
    },
    {
        "title_nl": "Flexibiliteit",
        "title_fr": "Flexibilité",
        "title_de": "Flexibilität",
        "title_en": "Flexibility",
        "text_nl": "In 2016 verwelkomde de Kanselarij verschillende personen die dankzij het project Talent Exchange nieuwe opdrachten kwamen uitvoeren. Dit netwerk biedt de medewerkers van de Belgische overheid mobiliteit gedurende 6 tot 12 maanden.\n\nTelewerken en deeltijdse arbeid zijn andere flexibiliteitselementen die bij het personeel veel bijval vinden.",
        "text_fr": "En 2016, la Chancellerie a accueilli plusieurs personnes venues accomplir de nouvelles missions grâce au projet Talent Exchange. Ce réseau offre aux collaborateurs des pouvoirs publics belges une mobilité de 6 à 12 mois.\n\nLe télétravail et le travail à temps partiel sont d’autres éléments de flexibilité très appréciés du personnel.",
        "text_de": "2016 empfing die Kanzlei mehrere Personen, die über das Projekt Talent Exchange neue Aufgaben übernahmen. Dieses Netzwerk bietet dem Personal der belgischen Behörden eine Mobilität von 6 bis 12 Monaten.\n\nTelearbeit und Teilzeitarbeit sind weitere Formen der Flexibilität, die das Personal sehr schätzt.",
        "text_en": "In 2016 the Chancellery welcomed several people who came to carry out new assignments through the Talent Exchange project. This network offers the staff of Belgian public authorities mobility for 6 to 12 months.\n\nTelework and part-time work are other forms of flexibility that staff greatly appreciate.",
    },
]

# Fields a commitment may leave empty: reset them so that a second load changes nothing.
COMMITMENT_DEFAULTS = {
    "date": None,
    "date_label_nl": "",
    "date_label_fr": "",
    "date_label_de": "",
    "date_label_en": "",
    "figure": None,
    "figure_unit_nl": "",
    "figure_unit_fr": "",
    "figure_unit_de": "",
    "figure_unit_en": "",
}


def load() -> None:
    """Create or update the 2016 staff figures, staff page and commitments (idempotent)."""
    StaffFigures.objects.update_or_create(year=YEAR, defaults=STAFF_2016)
    narrative, _created = YearNarrative.objects.update_or_create(year=YEAR, defaults=NARRATIVE_2016)
    for position, commitment in enumerate(COMMITMENTS_2016, start=1):
        Commitment.objects.update_or_create(
            narrative=narrative, position=position, defaults=COMMITMENT_DEFAULTS | commitment
        )
    narrative.commitments.filter(position__gt=len(COMMITMENTS_2016)).delete()
