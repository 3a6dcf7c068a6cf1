"""The procurement part of the 2016 demo data (idempotent; nl, fr, de, en).

From the printed 2016 report (../shared/seed/): the three directives, the two laws of 17 June 2016
published in the Belgisch Staatsblad of 14 July 2016, the legal protection law amending the law of
17 June 2013 tabled in 2016, the implementing royal decrees being drafted, 17 Commission meetings.
The directives' adoption date (26 February 2014) and deadline (18 April 2016) are public facts.
Dates the report does not give are marked ILLUSTRATIVE below: plausible, not historical.
"""

import datetime

from procurement.models import CommissionMeeting, Directive, LegalInstrument, ProcurementYear, Stage

YEAR = 2016
D = datetime.date

DIRECTIVES = [
    {
        "number": "2014/24/EU",
        "position": 1,
        "title_nl": "betreffende het plaatsen van overheidsopdrachten en tot intrekking van Richtlijn 2004/18/EG",
        "title_fr": "sur la passation des marchés publics et abrogeant la directive 2004/18/CE",
        "title_de": "über die öffentliche Auftragsvergabe und zur Aufhebung der Richtlinie 2004/18/EG",
        "title_en": "on public procurement and repealing Directive 2004/18/EC",
        "subject_nl": "over het plaatsen van overheidsopdrachten",
        "subject_fr": "sur la passation des marchés publics",
        "subject_de": "über die öffentliche Auftragsvergabe",
        "subject_en": "on public procurement",
    },
    {
        "number": "2014/25/EU",
        "position": 2,
        "title_nl": "betreffende het plaatsen van opdrachten in de sectoren water- en energievoorziening, vervoer en postdiensten en houdende intrekking van Richtlijn 2004/17/EG",
        "title_fr": "relative à la passation de marchés par des entités opérant dans les secteurs de l’eau, de l’énergie, des transports et des services postaux et abrogeant la directive 2004/17/CE",
        "title_de": "über die Vergabe von Aufträgen durch Auftraggeber im Bereich der Wasser-, Energie- und Verkehrsversorgung sowie der Postdienste und zur Aufhebung der Richtlinie 2004/17/EG",
        "title_en": "on procurement by entities operating in the water, energy, transport and postal services sectors and repealing Directive 2004/17/EC",
        "subject_nl": "over het plaatsen van opdrachten in de sectoren water- en energievoorziening, vervoer en postdiensten",
        "subject_fr": "sur la passation de marchés dans les secteurs de l’eau, de l’énergie, des transports et des services postaux",
        "subject_de": "über die Vergabe von Aufträgen in den Bereichen Wasser, Energie, Verkehr und Postdienste",
        "subject_en": "on procurement by entities in the water, energy, transport and postal services sectors",
    },
    {
        "number": "2014/23/EU",
        "position": 3,
        "title_nl": "betreffende het plaatsen van concessieovereenkomsten",
        "title_fr": "sur l’attribution de contrats de concession",
        "title_de": "über die Konzessionsvergabe",
        "title_en": "on the award of concession contracts",
        "subject_nl": "over het plaatsen van concessieovereenkomsten",
        "subject_fr": "sur l’attribution de contrats de concession",
        "subject_de": "über die Konzessionsvergabe",
        "subject_en": "on the award of concession contracts",
    },
]

LAW_2013 = {
    "kind": LegalInstrument.Kind.LAW,
    "title_nl": "betreffende de motivering, de informatie en de rechtsmiddelen inzake overheidsopdrachten en bepaalde opdrachten voor werken, leveringen en diensten",
    "title_fr": "relative à la motivation, à l’information et aux voies de recours en matière de marchés publics et de certains marchés de travaux, de fournitures et de services",
    "title_de": "über die Begründung, die Information und die Rechtsmittel in Sachen öffentliche Aufträge und bestimmte Bauaufträge, Lieferaufträge und Dienstleistungsaufträge",
    "title_en": "on the motivation, information and remedies in public procurement and certain works, supply and service contracts",
    "short_description_nl": "",
    "short_description_fr": "",
    "short_description_de": "",
    "short_description_en": "",
    "dated": D(2013, 6, 17),
    # Belgisch Staatsblad of 21 June 2013 (public record).
    "published_on": D(2013, 6, 21),
}

LAW_PROCUREMENT = {
    "kind": LegalInstrument.Kind.LAW,
    "title_nl": "inzake overheidsopdrachten",
    "title_fr": "relative aux marchés publics",
    "title_de": "über die öffentlichen Aufträge",
    "title_en": "on public procurement",
    "short_description_nl": "eerste stap in de omzetting van de richtlijnen 2014/24/EU en 2014/25/EU",
    "short_description_fr": "première étape de la transposition des directives 2014/24/UE et 2014/25/UE",
    "short_description_de": "erster Schritt der Umsetzung der Richtlinien 2014/24/EU und 2014/25/EU",
    "short_description_en": "first step in transposing Directives 2014/24/EU and 2014/25/EU",
    "dated": D(2016, 6, 17),
    "published_on": D(2016, 7, 14),
}

LAW_CONCESSIONS = {
    "kind": LegalInstrument.Kind.LAW,
    "title_nl": "betreffende de concessieovereenkomsten",
    "title_fr": "relative aux contrats de concession",
    "title_de": "über die Konzessionsverträge",
    "title_en": "on concession contracts",
    "short_description_nl": "eerste stap in de omzetting van richtlijn 2014/23/EU",
    "short_description_fr": "première étape de la transposition de la directive 2014/23/UE",
    "short_description_de": "erster Schritt der Umsetzung der Richtlinie 2014/23/EU",
    "short_description_en": "first step in transposing Directive 2014/23/EU",
    "dated": D(2016, 6, 17),
    "published_on": D(2016, 7, 14),
}

LAW_LEGAL_PROTECTION = {
    "kind": LegalInstrument.Kind.LAW,
    "title_nl": "tot wijziging van de wet van 17 juni 2013 betreffende de motivering, de informatie en de rechtsmiddelen inzake overheidsopdrachten en bepaalde opdrachten voor werken, leveringen en diensten",
    "title_fr": "modifiant la loi du 17 juin 2013 relative à la motivation, à l’information et aux voies de recours en matière de marchés publics et de certains marchés de travaux, de fournitures et de services",
    "title_de": "zur Abänderung des Gesetzes vom 17. Juni 2013 über die Begründung, die Information und die Rechtsmittel in Sachen öffentliche Aufträge und bestimmte Bauaufträge, Lieferaufträge und Dienstleistungsaufträge",
    "title_en": "amending the law of 17 June 2013 on the motivation, information and remedies in public procurement and certain works, supply and service contracts",
    "short_description_nl": "de zogenaamde rechtsbeschermingswet",
    "short_description_fr": "la loi dite « de protection juridique »",
    "short_description_de": "das sogenannte Rechtsschutzgesetz",
    "short_description_en": "the so-called legal protection law",
    "dated": None,
    "published_on": None,
}

ROYAL_DECREES = [
    (
        {
            "kind": LegalInstrument.Kind.ROYAL_DECREE,
            "title_nl": "plaatsing overheidsopdrachten in de klassieke sectoren",
            "title_fr": "passation des marchés publics dans les secteurs classiques",
            "title_de": "über die Vergabe öffentlicher Aufträge in den klassischen Bereichen",
            "title_en": "on the award of public contracts in the classical sectors",
            "short_description_nl": "uitvoeringsbesluit: tweede stap van de omzetting",
            "short_description_fr": "arrêté d’exécution : deuxième étape de la transposition",
            "short_description_de": "Ausführungserlass: zweiter Schritt der Umsetzung",
            "short_description_en": "implementing decree: second step of the transposition",
            "dated": None,
            "published_on": None,
        },
        ["2014/24/EU"],
    ),
    (
        {
            "kind": LegalInstrument.Kind.ROYAL_DECREE,
            "title_nl": "plaatsing overheidsopdrachten in de speciale sectoren",
            "title_fr": "passation des marchés publics dans les secteurs spéciaux",
            "title_de": "über die Vergabe öffentlicher Aufträge in den Sonderbereichen",
            "title_en": "on the award of contracts in the special sectors",
            "short_description_nl": "uitvoeringsbesluit: tweede stap van de omzetting",
            "short_description_fr": "arrêté d’exécution : deuxième étape de la transposition",
            "short_description_de": "Ausführungserlass: zweiter Schritt der Umsetzung",
            "short_description_en": "implementing decree: second step of the transposition",
            "dated": None,
            "published_on": None,
        },
        ["2014/25/EU"],
    ),
    (
        {
            "kind": LegalInstrument.Kind.ROYAL_DECREE,
            "title_nl": "betreffende de plaatsing en de algemene uitvoeringsregels van de concessieovereenkomsten",
            "title_fr": "relatif à la passation et aux règles générales d’exécution des contrats de concession",
            "title_de": "über die Vergabe und die allgemeinen Ausführungsregeln der Konzessionsverträge",
            "title_en": "on the award and the general rules of performance of concession contracts",
            "short_description_nl": "uitvoeringsbesluit: tweede stap van de omzetting",
            "short_description_fr": "arrêté d’exécution : deuxième étape de la transposition",
            "short_description_de": "Ausführungserlass: zweiter Schritt der Umsetzung",
            "short_description_en": "implementing decree: second step of the transposition",
            "dated": None,
            "published_on": None,
        },
        ["2014/23/EU"],
    ),
]

# ILLUSTRATIVE: the report says only "met 17 times"; these are plausible Tuesdays of 2016.
MEETINGS = [
    D(2016, 1, 19),
    D(2016, 2, 2),
    D(2016, 2, 23),
    D(2016, 3, 15),
    D(2016, 4, 5),
    D(2016, 4, 26),
    D(2016, 5, 17),
    D(2016, 5, 31),
    D(2016, 6, 14),
    D(2016, 6, 28),
    D(2016, 9, 6),
    D(2016, 9, 20),
    D(2016, 10, 4),
    D(2016, 10, 18),
    D(2016, 11, 8),
    D(2016, 11, 22),
    D(2016, 12, 13),
]

NARRATIVE = {
    "title_nl": "Omzetting van de Europese richtlijnen voor overheidsopdrachten",
    "title_fr": "Transposition des directives européennes en matière de marchés publics",
    "title_de": "Umsetzung der europäischen Richtlinien über öffentliche Aufträge",
    "title_en": "Transposition of the European public procurement directives",
    "introduction_nl": "De omzetting komt tegemoet aan de doelstellingen van het regeerakkoord.",
    "introduction_fr": "La transposition répond aux objectifs de l’accord de gouvernement.",
    "introduction_de": "Die Umsetzung entspricht den Zielen des Regierungsabkommens.",
    "introduction_en": "The transposition meets the objectives of the government agreement.",
    "directives_text_nl": "Drie nieuwe Europese richtlijnen, die goedgekeurd werden in het kader van de Small Business Act in 2014, moeten worden omgezet in de Belgische wetgeving en reglementering. Naast de modernisering van de procedureregels om de mededinging en de elektronische aanbesteding te optimaliseren, hebben de nieuwe richtlijnen als doel de kmo’s een betere toegang te verlenen, duurzame ontwikkeling en innovatie te promoten en sociale dumping te bestrijden.\n\nVoor het eerst bepaalt een Europese richtlijn duidelijke regels voor de gunning van concessieovereenkomsten zowel voor openbare werken als voor diensten.",
    "directives_text_fr": "Trois nouvelles directives européennes, adoptées en 2014 dans le cadre du Small Business Act, doivent être transposées dans la législation et la réglementation belges. Outre la modernisation des règles de procédure afin d’optimiser la concurrence et la passation électronique des marchés, les nouvelles directives visent à offrir aux PME un meilleur accès, à promouvoir le développement durable et l’innovation et à lutter contre le dumping social.\n\nPour la première fois, une directive européenne fixe des règles claires pour l’attribution des contrats de concession, tant de travaux publics que de services.",
    "directives_text_de": "Drei neue europäische Richtlinien, die 2014 im Rahmen des Small Business Act verabschiedet wurden, müssen in die belgischen Rechts- und Verwaltungsvorschriften umgesetzt werden. Neben der Modernisierung der Verfahrensregeln zur Optimierung des Wettbewerbs und der elektronischen Auftragsvergabe sollen die neuen Richtlinien den KMB einen besseren Zugang verschaffen, die nachhaltige Entwicklung und die Innovation fördern und das Sozialdumping bekämpfen.\n\nZum ersten Mal legt eine europäische Richtlinie klare Regeln für die Vergabe von Konzessionen fest, sowohl für öffentliche Bauarbeiten als auch für Dienstleistungen.",
    "directives_text_en": "Three new European directives, adopted in 2014 as part of the Small Business Act, must be transposed into Belgian legislation and regulations. Besides modernising the procedural rules to optimise competition and electronic procurement, the new directives aim to give SMEs better access, to promote sustainable development and innovation and to fight social dumping.\n\nFor the first time, a European directive lays down clear rules for the award of concession contracts, for public works as well as for services.",
    "next_steps_nl": "De rechtsbeschermingswet, die de bepalingen van de wet van 17 juni 2013 aanpast en in 2016 bij de Kamer van Volksvertegenwoordigers werd neergelegd, moet in 2017 goedgekeurd worden.\n\nNaast de opvolging van de parlementaire werkzaamheden is de dienst Overheidsopdrachten gestart met de redactie van de uitvoeringsbesluiten die de tweede en laatste stap van de omzetting vormen.",
    "next_steps_fr": "La loi relative à la protection juridique, qui adapte les dispositions de la loi du 17 juin 2013 et a été déposée à la Chambre des représentants en 2016, doit être adoptée en 2017.\n\nOutre le suivi des travaux parlementaires, le service Marchés publics a entamé la rédaction des arrêtés d’exécution, qui constituent la deuxième et dernière étape de la transposition.",
    "next_steps_de": "Das Rechtsschutzgesetz, das die Bestimmungen des Gesetzes vom 17. Juni 2013 anpasst und 2016 in der Abgeordnetenkammer hinterlegt wurde, soll 2017 verabschiedet werden.\n\nNeben der Begleitung der parlamentarischen Arbeiten hat der Dienst Öffentliche Aufträge mit der Ausarbeitung der Ausführungserlasse begonnen, dem zweiten und letzten Schritt der Umsetzung.",
    "next_steps_en": "The legal protection law, which adapts the provisions of the law of 17 June 2013 and was tabled in the Chamber of Representatives in 2016, is to be adopted in 2017.\n\nBesides following the parliamentary work, the Public Procurement service started drafting the implementing decrees, the second and last step of the transposition.",
}


def _instrument(
    data: dict, *, directives: list[str], amends=None, stages: list[tuple[int, datetime.date]]
):
    """Create or update one act (natural key: kind and Dutch title), its directives and stages."""
    fields = dict(data)
    kind, title_nl = fields.pop("kind"), fields.pop("title_nl")
    act, _created = LegalInstrument.objects.update_or_create(
        kind=kind, title_nl=title_nl, defaults={**fields, "amends": amends}
    )
    act.directives.set(Directive.objects.filter(number__in=directives))
    for stage_kind, date in stages:
        Stage.objects.update_or_create(instrument=act, kind=stage_kind, defaults={"date": date})
    act.stages.exclude(kind__in=[kind for kind, _date in stages]).delete()
    return act


def load() -> None:
    """Create or update the procurement data of the 2016 report (idempotent)."""
    for directive in DIRECTIVES:
        fields = dict(directive)
        Directive.objects.update_or_create(
            number=fields.pop("number"),
            defaults={
                **fields,
                "adopted_on": D(2014, 2, 26),
                "transposition_deadline": D(2016, 4, 18),
            },
        )
    all_three = ["2014/24/EU", "2014/25/EU", "2014/23/EU"]
    law_2013 = _instrument(
        LAW_2013,
        directives=[],
        stages=[(Stage.Kind.ADOPTED, D(2013, 6, 17)), (Stage.Kind.PUBLISHED, D(2013, 6, 21))],
    )
    # ILLUSTRATIVE: both bills tabled in the Chamber on 14 January 2016 (the report gives no date).
    _instrument(
        LAW_PROCUREMENT,
        directives=["2014/24/EU", "2014/25/EU"],
        stages=[
            (Stage.Kind.TABLED, D(2016, 1, 14)),
            (Stage.Kind.ADOPTED, D(2016, 6, 17)),
            (Stage.Kind.PUBLISHED, D(2016, 7, 14)),
        ],
    )
    _instrument(
        LAW_CONCESSIONS,
        directives=["2014/23/EU"],
        stages=[
            (Stage.Kind.TABLED, D(2016, 1, 14)),
            (Stage.Kind.ADOPTED, D(2016, 6, 17)),
            (Stage.Kind.PUBLISHED, D(2016, 7, 14)),
        ],
    )
    # The remedies regime is adapted to all three directives. ILLUSTRATIVE: tabled on 6 October 2016
    # (the report says "tabled in the Chamber in 2016, to be adopted in 2017").
    _instrument(
        LAW_LEGAL_PROTECTION,
        directives=all_three,
        amends=law_2013,
        stages=[(Stage.Kind.TABLED, D(2016, 10, 6))],
    )
    # ILLUSTRATIVE: drafting of the implementing royal decrees recorded as begun on 1 September 2016.
    for data, directives in ROYAL_DECREES:
        _instrument(data, directives=directives, stages=[(Stage.Kind.DRAFTING, D(2016, 9, 1))])

    for date in MEETINGS:
        CommissionMeeting.objects.get_or_create(date=date)
    CommissionMeeting.objects.in_year(YEAR).exclude(date__in=MEETINGS).delete()

    ProcurementYear.objects.update_or_create(year=YEAR, defaults=NARRATIVE)
