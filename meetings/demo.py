"""The meetings' part of the 2016 demo data: the five bodies, their meetings and the narrative.

The counts are the printed report's ("Vergaderingen in 2016": 51 Councils of Ministers, 25
National Security Councils, 12 Consultation Committees + 2 devoted to the CETA treaty, 5
Committees A, 2 sector committees). The report gives no dates: the dates below are illustrative
(Councils of Ministers on Fridays, the National Security Council's additional meetings after
22 March and after 6 August). Dutch texts come from the report; French, German and English are
ours (German with the names the German-speaking Community uses: Ministerrat, Nationaler
Sicherheitsrat, Konzertierungsausschuss).

The National Security Council's additional meetings are recorded as *regular* meetings with an
occasion: the Council meets "once a month and in crisis situations", and the report counts them
in one figure (25). Only the Consultation Committee's CETA meetings are called "extraordinary".
"""

import datetime

from meetings.models import Body, BodyNote, Meeting, MeetingsYear, Occasion

YEAR = 2016

BODIES = [
    {
        "code": "council-of-ministers",
        "position": 1,
        "name_nl": "Ministerraad",
        "name_fr": "Conseil des ministres",
        "name_de": "Ministerrat",
        "name_en": "Council of Ministers",
        "plural_name_nl": "Ministerraden",
        "plural_name_fr": "Conseils des ministres",
        "plural_name_de": "Ministerräte",
        "plural_name_en": "Councils of Ministers",
        "description_nl": "De ministers van de federale regering, onder voorzitterschap van de eerste minister.",
        "description_fr": "Les ministres du gouvernement fédéral, sous la présidence du Premier ministre.",
        "description_de": "Die Minister der Föderalregierung unter dem Vorsitz des Premierministers.",
        "description_en": "The ministers of the federal government, chaired by the Prime Minister.",
        "usual_frequency_nl": "elke week, meestal op vrijdag",
        "usual_frequency_fr": "chaque semaine, généralement le vendredi",
        "usual_frequency_de": "jede Woche, meist freitags",
        "usual_frequency_en": "every week, usually on Friday",
    },
    {
        "code": "national-security-council",
        "position": 2,
        "name_nl": "Nationale Veiligheidsraad",
        "name_fr": "Conseil national de sécurité",
        "name_de": "Nationaler Sicherheitsrat",
        "name_en": "National Security Council",
        "plural_name_nl": "Nationale Veiligheidsraden",
        "plural_name_fr": "Conseils nationaux de sécurité",
        "plural_name_de": "Nationale Sicherheitsräte",
        "plural_name_en": "National Security Councils",
        "description_nl": "Bepaalt het algemeen inlichtingen- en veiligheidsbeleid en zorgt voor de coördinatie ervan.",
        "description_fr": "Définit la politique générale du renseignement et de la sécurité et en assure la coordination.",
        "description_de": "Legt die allgemeine Nachrichtendienst- und Sicherheitspolitik fest und sorgt für ihre Koordinierung.",
        "description_en": "Sets the general intelligence and security policy and coordinates it.",
        "usual_frequency_nl": "in principe één keer per maand, en tijdens crisissituaties",
        "usual_frequency_fr": "en principe une fois par mois, et lors de situations de crise",
        "usual_frequency_de": "grundsätzlich einmal im Monat und in Krisensituationen",
        "usual_frequency_en": "once a month in principle, and in crisis situations",
    },
    {
        "code": "consultation-committee",
        "position": 3,
        "name_nl": "Overlegcomité",
        "name_fr": "Comité de concertation",
        "name_de": "Konzertierungsausschuss",
        "name_en": "Consultation Committee",
        "plural_name_nl": "Overlegcomités",
        "plural_name_fr": "Comités de concertation",
        "plural_name_de": "Konzertierungsausschüsse",
        "plural_name_en": "Consultation Committees",
        "description_nl": "Het Overlegcomité bestaat uit ministers van de federale regering en de regeringen van de gemeenschappen en gewesten. Daar worden de verschillende dossiers besproken waarvoor overleg, samenwerking en coördinatie tussen de verschillende bestuursniveaus noodzakelijk zijn.",
        "description_fr": "Le Comité de concertation est composé de ministres du gouvernement fédéral et des gouvernements des communautés et des régions. On y examine les dossiers qui requièrent une concertation, une collaboration et une coordination entre les différents niveaux de pouvoir.",
        "description_de": "Der Konzertierungsausschuss setzt sich aus Ministern der Föderalregierung und der Regierungen der Gemeinschaften und Regionen zusammen. Dort werden die Akten erörtert, die eine Konzertierung, Zusammenarbeit und Koordinierung zwischen den verschiedenen Machtebenen erfordern.",
        "description_en": "The Consultation Committee brings together ministers of the federal government and of the governments of the communities and regions. It discusses the files that call for consultation, cooperation and coordination between the levels of government.",
        "usual_frequency_nl": "gewoonlijk één keer per maand",
        "usual_frequency_fr": "habituellement une fois par mois",
        "usual_frequency_de": "gewöhnlich einmal im Monat",
        "usual_frequency_en": "usually once a month",
    },
    {
        "code": "committees-a",
        "position": 4,
        "name_nl": "Comité A",
        "name_fr": "Comité A",
        "name_de": "Ausschuss A",
        "name_en": "Committee A",
        "plural_name_nl": "Comités A",
        "plural_name_fr": "Comités A",
        "plural_name_de": "Ausschüsse A",
        "plural_name_en": "Committees A",
        "description_nl": "Het onderhandelingscomité van de overheid met de vakorganisaties, gemeenschappelijk voor alle overheidsdiensten.",
        "description_fr": "Le comité de négociation des autorités avec les organisations syndicales, commun à l’ensemble des services publics.",
        "description_de": "Der Verhandlungsausschuss der öffentlichen Behörden mit den Gewerkschaftsorganisationen, gemeinsam für alle öffentlichen Dienste.",
        "description_en": "The negotiating committee of the public authorities and the trade unions, common to all public services.",
        "usual_frequency_nl": "naargelang de dossiers",
        "usual_frequency_fr": "selon les dossiers",
        "usual_frequency_de": "je nach Akten",
        "usual_frequency_en": "as the files require",
    },
    {
        "code": "sector-committees",
        "position": 5,
        "name_nl": "Sectorcomité",
        "name_fr": "Comité de secteur",
        "name_de": "Sektorenausschuss",
        "name_en": "Sector committee",
        "plural_name_nl": "Sectorcomités",
        "plural_name_fr": "Comités de secteur",
        "plural_name_de": "Sektorenausschüsse",
        "plural_name_en": "Sector committees",
        "description_nl": "Onderhandelingscomités van de overheid met de vakorganisaties voor een sector van de overheidsdiensten.",
        "description_fr": "Comités de négociation des autorités avec les organisations syndicales pour un secteur des services publics.",
        "description_de": "Verhandlungsausschüsse der öffentlichen Behörden mit den Gewerkschaftsorganisationen für einen Sektor der öffentlichen Dienste.",
        "description_en": "Negotiating committees of the public authorities and the trade unions for one sector of the public services.",
        "usual_frequency_nl": "naargelang de dossiers",
        "usual_frequency_fr": "selon les dossiers",
        "usual_frequency_de": "je nach Akten",
        "usual_frequency_en": "as the files require",
    },
]

OCCASIONS = [
    {
        "code": "attacks-2016-03-22",
        "date": datetime.date(2016, 3, 22),
        "name_nl": "de terroristische aanslagen van 22 maart op Brussels Airport en in het metrostation Maalbeek",
        "name_fr": "les attentats terroristes du 22 mars à Brussels Airport et à la station de métro Maelbeek",
        "name_de": "den Terroranschlägen vom 22. März am Flughafen Brüssel und in der U-Bahn-Station Maalbeek",
        "name_en": "the terrorist attacks of 22 March at Brussels Airport and Maalbeek metro station",
    },
    {
        "code": "charleroi-2016-08-06",
        "date": datetime.date(2016, 8, 6),
        "name_nl": "de aanval op twee politieagenten in augustus in Charleroi",
        "name_fr": "l’agression de deux policières en août à Charleroi",
        "name_de": "dem Angriff auf zwei Polizistinnen im August in Charleroi",
        "name_en": "the attack on two police officers in Charleroi in August",
    },
]

CETA = {
    "subject_nl": "het CETA-verdrag",
    "subject_fr": "le traité CETA",
    "subject_de": "das CETA-Abkommen",
    "subject_en": "the CETA treaty",
}

NARRATIVE = {
    "title_nl": "Achter de schermen van de actualiteit",
    "title_fr": "Dans les coulisses de l’actualité",
    "title_de": "Hinter den Kulissen des Zeitgeschehens",
    "title_en": "Behind the scenes of current events",
    "introduction_nl": "De algemene directie Secretariaten en Overleg staat in voor de organisatie van tal van ministeriële vergaderingen, waarvan de bekendste de Ministerraad en het Overlegcomité zijn.\n\nIn 2016 waren er door de actualiteit bijkomende vergaderingen nodig van de Nationale Veiligheidsraad en het Overlegcomité.",
    "introduction_fr": "La direction générale Secrétariats et Concertation organise de nombreuses réunions ministérielles, dont les plus connues sont le Conseil des ministres et le Comité de concertation.\n\nEn 2016, l’actualité a rendu nécessaires des réunions supplémentaires du Conseil national de sécurité et du Comité de concertation.",
    "introduction_de": "Die Generaldirektion Sekretariate und Konzertierung organisiert zahlreiche ministerielle Sitzungen, von denen der Ministerrat und der Konzertierungsausschuss die bekanntesten sind.\n\nIm Jahr 2016 machte das Zeitgeschehen zusätzliche Sitzungen des Nationalen Sicherheitsrates und des Konzertierungsausschusses erforderlich.",
    "introduction_en": "The Directorate-General Secretariats and Consultation organises many ministerial meetings, the best known of which are the Council of Ministers and the Consultation Committee.\n\nIn 2016, current events called for additional meetings of the National Security Council and the Consultation Committee.",
}

NOTES = {
    "national-security-council": {
        "text_nl": "De Nationale Veiligheidsraad komt in principe één keer per maand samen en daarnaast ook tijdens crisissituaties. In 2016 waren er bijkomende vergaderingen nodig na de terroristische aanslagen van 22 maart op Brussels Airport en in het metrostation Maalbeek, ook na de aanval op twee politieagenten in augustus in Charleroi.",
        "text_fr": "Le Conseil national de sécurité se réunit en principe une fois par mois, ainsi que lors de situations de crise. En 2016, des réunions supplémentaires ont été nécessaires après les attentats terroristes du 22 mars à Brussels Airport et à la station de métro Maelbeek, ainsi qu’après l’agression de deux policières en août à Charleroi.",
        "text_de": "Der Nationale Sicherheitsrat tritt grundsätzlich einmal im Monat zusammen, darüber hinaus auch in Krisensituationen. Im Jahr 2016 waren zusätzliche Sitzungen nach den Terroranschlägen vom 22. März am Flughafen Brüssel und in der U-Bahn-Station Maalbeek erforderlich, ebenso nach dem Angriff auf zwei Polizistinnen im August in Charleroi.",
        "text_en": "The National Security Council meets once a month in principle, and also in crisis situations. In 2016, additional meetings were needed after the terrorist attacks of 22 March at Brussels Airport and Maalbeek metro station, and after the attack on two police officers in Charleroi in August.",
    },
    "consultation-committee": {
        "text_nl": "Het Overlegcomité bestaat uit ministers van de federale regering en de regeringen van de gemeenschappen en gewesten. Daar worden de verschillende dossiers besproken waarvoor overleg, samenwerking en coördinatie tussen de verschillende bestuursniveaus noodzakelijk zijn. Het Overlegcomité komt gewoonlijk één keer per maand samen. In 2016 waren twee buitengewone vergaderingen gewijd aan het Belgische standpunt over CETA, het Europees-Canadese vrijhandelsverdrag.",
        "text_fr": "Le Comité de concertation est composé de ministres du gouvernement fédéral et des gouvernements des communautés et des régions. On y examine les dossiers qui requièrent une concertation, une collaboration et une coordination entre les différents niveaux de pouvoir. Le Comité de concertation se réunit habituellement une fois par mois. En 2016, deux réunions extraordinaires ont été consacrées à la position belge sur le CETA, le traité de libre-échange entre l’Union européenne et le Canada.",
        "text_de": "Der Konzertierungsausschuss setzt sich aus Ministern der Föderalregierung und der Regierungen der Gemeinschaften und Regionen zusammen. Dort werden die Akten erörtert, die eine Konzertierung, Zusammenarbeit und Koordinierung zwischen den verschiedenen Machtebenen erfordern. Der Konzertierungsausschuss tritt gewöhnlich einmal im Monat zusammen. Im Jahr 2016 waren zwei außerordentliche Sitzungen dem belgischen Standpunkt zu CETA, dem Freihandelsabkommen zwischen der Europäischen Union und Kanada, gewidmet.",
        "text_en": "The Consultation Committee brings together ministers of the federal government and of the governments of the communities and regions. It discusses the files that call for consultation, cooperation and coordination between the levels of government. The Consultation Committee usually meets once a month. In 2016, two extraordinary meetings were devoted to the Belgian position on CETA, the free-trade treaty between the European Union and Canada.",
    },
}


def _weekday_in_month(month: int, weekday: int, nth: int) -> datetime.date:
    """The ``nth`` (1-based) ``weekday`` (Monday 0) of ``month`` in 2016."""
    first = datetime.date(YEAR, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + datetime.timedelta(days=offset + 7 * (nth - 1))


def _fridays() -> list[datetime.date]:
    """Every Friday of 2016 but the public holidays 1 January and 11 November: 51 meetings."""
    day = datetime.date(YEAR, 1, 1)  # a Friday
    holidays = {datetime.date(YEAR, 1, 1), datetime.date(YEAR, 11, 11)}
    fridays = []
    while day.year == YEAR:
        if day not in holidays:
            fridays.append(day)
        day += datetime.timedelta(days=7)
    return fridays


def _d(month: int, day: int) -> datetime.date:
    return datetime.date(YEAR, month, day)


# (date, second_session, kind, subject, occasion code)
R, X = Meeting.Kind.REGULAR, Meeting.Kind.EXTRAORDINARY
SCHEDULE: dict[str, list[tuple[datetime.date, bool, str, dict | None, str | None]]] = {
    "council-of-ministers": [(day, False, R, None, None) for day in _fridays()],
    "national-security-council": (
        # Once a month, on the second Wednesday...
        [(_weekday_in_month(month, 2, 2), False, R, None, None) for month in range(1, 13)]
        # ...and after the attacks of 22 March (twice on the day itself)...
        + [
            (_d(3, 22), False, R, None, "attacks-2016-03-22"),
            (_d(3, 22), True, R, None, "attacks-2016-03-22"),
        ]
        + [
            (day, False, R, None, "attacks-2016-03-22")
            for day in (
                _d(3, 23),
                _d(3, 24),
                _d(3, 25),
                _d(3, 27),
                _d(3, 30),
                _d(4, 6),
                _d(4, 14),
                _d(4, 27),
            )
        ]
        # ...and after the attack in Charleroi on 6 August.
        + [(day, False, R, None, "charleroi-2016-08-06") for day in (_d(8, 6), _d(8, 8), _d(8, 12))]
    ),
    "consultation-committee": (
        [(_weekday_in_month(month, 2, 4), False, R, None, None) for month in range(1, 13)]
        + [(_d(10, 24), False, X, CETA, None), (_d(10, 27), False, X, CETA, None)]
    ),
    "committees-a": [
        (day, False, R, None, None)
        for day in (_d(2, 23), _d(4, 26), _d(6, 28), _d(10, 4), _d(12, 13))
    ],
    "sector-committees": [(day, False, R, None, None) for day in (_d(5, 24), _d(11, 22))],
}


def load() -> None:
    """Create or update the 2016 bodies, meetings and narrative (idempotent)."""
    bodies = {}
    for body in BODIES:
        values = dict(body)
        code = values.pop("code")
        bodies[code], _created = Body.objects.update_or_create(code=code, defaults=values)
    occasions = {}
    for occasion in OCCASIONS:
        values = dict(occasion)
        code = values.pop("code")
        occasions[code], _created = Occasion.objects.update_or_create(code=code, defaults=values)

    for code, meetings in SCHEDULE.items():
        body = bodies[code]
        kept = []
        for date, second_session, kind, subject, occasion in meetings:
            meeting, _created = Meeting.objects.update_or_create(
                body=body,
                date=date,
                second_session=second_session,
                defaults={
                    "status": Meeting.Status.HELD,
                    "kind": kind,
                    "occasion": occasions[occasion] if occasion else None,
                    "subject_nl": "",
                    "subject_fr": "",
                    "subject_de": "",
                    "subject_en": "",
                    **(subject or {}),
                },
            )
            kept.append(meeting.pk)
        # The demo owns its bodies' 2016 meetings: anything else there is a leftover of an older run.
        Meeting.objects.filter(body=body, date__year=YEAR).exclude(pk__in=kept).delete()

    narrative, _created = MeetingsYear.objects.update_or_create(year=YEAR, defaults=NARRATIVE)
    for code, note in NOTES.items():
        BodyNote.objects.update_or_create(meetings_year=narrative, body=bodies[code], defaults=note)
    narrative.notes.exclude(body__code__in=NOTES).delete()
