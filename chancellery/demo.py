"""The core's part of the 2016 demo data: foreword, colophon and ICT figures.

Texts come from the printed 2016 report (../shared/seed/), repaired of its extraction artefacts;
the French, German and English versions are ours.
"""

import datetime

from chancellery.models import (
    AccessibilityIssue,
    AccessibilityStatement,
    AnnualReport,
    IctTopic,
    IctYear,
    PrivacyNotice,
)

YEAR = 2016
# The printed report gives no publication date, only its legal deposit of 2017 (D/2017/9737/2):
# the demo's edition 1 is dated, illustratively, at the end of June 2017, the same on every load.
PUBLISHED_AT = datetime.datetime(2017, 6, 30, 10, 0, tzinfo=datetime.UTC)

FOREWORD_NL = """De federale overheidsdienst Kanselarij van de Eerste Minister heeft actief deelgenomen aan de werkzaamheden van traject 6 “Integratie van de dienstverlenende processen binnen de verticale federale overheidsdiensten en andere federale organisaties (horizontale integratie)”, die geleid hebben tot de beslissing om de FOD Beleid en Ondersteuning op te richten. In samenwerking met deze nieuwe federale overheidsdienst willen we voortwerken aan een betere efficiëntie van de overheidsdiensten, door actief deel te nemen aan transversale projecten op het vlak van begroting, personeel, IT, communicatie en ook het aankoopbeleid bedoeld in traject 1.

De uitdagingen waren talrijk in 2016: bij de uitoefening van onze hoofdactiviteiten zoals de organisatie van de ministeriële vergaderingen en het voortzetten van onze verbintenissen, en bij de uitvoering van onze specifieke projecten en activiteiten, in het kader van de doelstellingen van de bestuursovereenkomst die op 27 april 2016 werd ondertekend.

Zoals voor het vorige jaarverslag hebben we de nadruk willen leggen op een aantal projecten en activiteiten die het voorbije jaar hebben getekend: de goedkeuring van drie wetten die de Europese richtlijnen op het vlak van overheidsopdrachten omzetten, de veiligheid en de synergieën op IT-gebied, de digitale communicatiestrategie en de acties voor de campagne #MadAboutBelgium.

2016 heeft ons ook opgeschud. De aanslagen van 22 maart hebben ons land zwaar getroffen. De Kanselarij heeft meegewerkt aan de organisatie van twee plechtigheden, om hulde te brengen aan de talrijke slachtoffers en aan al diegenen die hen te hulp zijn gekomen zoals de leden van de hulp- en interventiediensten, het medisch korps en gewone burgers."""

FOREWORD_FR = """Le Service public fédéral Chancellerie du Premier Ministre a participé activement aux travaux du trajet 6 « Intégration des processus de services au sein des services publics fédéraux verticaux et d’autres organisations fédérales (intégration horizontale) », qui ont mené à la décision de créer le SPF Stratégie et Appui. En collaboration avec ce nouveau service public fédéral, nous voulons continuer à œuvrer pour une meilleure efficience des services publics, en participant activement aux projets transversaux en matière de budget, de personnel, d’IT, de communication ainsi que de politique d’achat visée au trajet 1.

Les défis ont été nombreux en 2016 : dans l’exercice de nos activités principales, comme l’organisation des réunions ministérielles et la poursuite de nos engagements, et dans la réalisation de nos projets et activités spécifiques, dans le cadre des objectifs du contrat d’administration signé le 27 avril 2016.

Comme pour le rapport annuel précédent, nous avons voulu mettre l’accent sur quelques projets et activités qui ont marqué l’année écoulée : l’adoption de trois lois transposant les directives européennes en matière de marchés publics, la sécurité et les synergies dans le domaine informatique, la stratégie de communication numérique et les actions de la campagne #MadAboutBelgium.

2016 nous a aussi ébranlés. Les attentats du 22 mars ont durement frappé notre pays. La Chancellerie a contribué à l’organisation de deux cérémonies, pour rendre hommage aux nombreuses victimes et à tous ceux qui leur ont porté secours, comme les membres des services de secours et d’intervention, le corps médical et de simples citoyens."""

FOREWORD_DE = """Der Föderale Öffentliche Dienst Kanzlei des Premierministers hat sich aktiv an den Arbeiten von Projektstrang 6 „Integration der Dienstleistungsprozesse innerhalb der vertikalen föderalen öffentlichen Dienste und anderer föderaler Einrichtungen (horizontale Integration)“ beteiligt, die zum Beschluss geführt haben, den FÖD Politik und Unterstützung zu gründen. In Zusammenarbeit mit diesem neuen föderalen öffentlichen Dienst wollen wir weiter an einer größeren Effizienz der öffentlichen Dienste arbeiten, indem wir uns aktiv an den Querschnittsprojekten in den Bereichen Haushalt, Personal, IT, Kommunikation und an der in Projektstrang 1 vorgesehenen Einkaufspolitik beteiligen.

Die Herausforderungen waren 2016 zahlreich: bei der Ausübung unserer Haupttätigkeiten wie der Organisation der ministeriellen Sitzungen und der Fortführung unserer Verpflichtungen sowie bei der Umsetzung unserer besonderen Projekte und Tätigkeiten im Rahmen der Ziele des am 27. April 2016 unterzeichneten Verwaltungsvertrags.

Wie im vorigen Jahresbericht wollten wir einige Projekte und Tätigkeiten hervorheben, die das vergangene Jahr geprägt haben: die Verabschiedung von drei Gesetzen zur Umsetzung der europäischen Richtlinien über öffentliche Aufträge, die Sicherheit und die Synergien im IT-Bereich, die digitale Kommunikationsstrategie und die Aktionen der Kampagne #MadAboutBelgium.

2016 hat uns auch erschüttert. Die Anschläge vom 22. März haben unser Land schwer getroffen. Die Kanzlei hat an der Organisation von zwei Zeremonien mitgewirkt, um die zahlreichen Opfer zu ehren und all jene, die ihnen zu Hilfe gekommen sind, wie die Mitglieder der Hilfs- und Einsatzdienste, das medizinische Personal und einfache Bürger."""

FOREWORD_EN = """The Federal Public Service Chancellery of the Prime Minister took an active part in the work of track 6, “Integration of service processes within the vertical federal public services and other federal organisations (horizontal integration)”, which led to the decision to create the FPS Policy and Support. Together with this new federal public service, we want to keep working towards more efficient public services, by taking an active part in cross-cutting projects on budget, staff, IT, communication and the purchasing policy of track 1.

The challenges of 2016 were many: in our core activities, such as organising the ministerial meetings and pursuing our commitments, and in carrying out our specific projects and activities, within the objectives of the management agreement signed on 27 April 2016.

As in the previous annual report, we chose to highlight a number of projects and activities that marked the past year: the adoption of three laws transposing the European directives on public procurement, security and synergies in IT, the digital communication strategy and the actions of the #MadAboutBelgium campaign.

2016 also shook us. The attacks of 22 March struck our country hard. The Chancellery helped organise two ceremonies to pay tribute to the many victims and to all those who came to their aid, such as the members of the emergency and intervention services, the medical staff and ordinary citizens."""

ICT_TOPICS = [
    {
        "title_nl": "Computerbeveiliging",
        "title_fr": "Sécurité informatique",
        "title_de": "Informationssicherheit",
        "title_en": "Computer security",
        "text_nl": "Een van de belangrijke uitdagingen voor de stafdienst ICT is de computerbeveiliging. Cyberaanvallen komen steeds vaker voor en zijn zeer uiteenlopend. Om de continuïteit van de dienstverlening te verzekeren en ook de vertrouwelijkheid en de integriteit te garanderen van de gegevens die bij de Kanselarij gehost worden, heeft de stafdienst ICT een aantal processen herzien en nieuwe tools ontwikkeld. Vooral het veiligheidsbeheer werd gewijzigd om de gegevens in functie van hun gevoeligheid zo goed mogelijk te beveiligen.\n\nOp de kritische diensten, zoals de mail, werden auditing-tools geïnstalleerd om niet toegestane toegangspogingen op te sporen. Dankzij een netwerkregeling kan verbindingsverlies bij een DDoS-aanval (cyberaanval waardoor een dienst onbeschikbaar wordt) voortaan drastisch worden verminderd. Om de diensten tegen onrechtmatige toegang te beschermen, werd ook het authenticatiesysteem gewijzigd. De toegang van de beheerders werd uitgerust met een versterkte controle door de screening van medewerkers en leveranciers.",
        "text_fr": "La sécurité informatique est l’un des grands défis du service d’encadrement ICT. Les cyberattaques sont de plus en plus fréquentes et très diverses. Pour assurer la continuité du service et garantir la confidentialité et l’intégrité des données hébergées à la Chancellerie, le service d’encadrement ICT a revu plusieurs processus et développé de nouveaux outils. La gestion de la sécurité a surtout été modifiée afin de protéger au mieux les données en fonction de leur sensibilité.\n\nDes outils d’audit ont été installés sur les services critiques, comme la messagerie, pour détecter les tentatives d’accès non autorisées. Grâce à un dispositif réseau, la perte de connexion lors d’une attaque DDoS (cyberattaque qui rend un service indisponible) peut désormais être fortement réduite. Pour protéger les services contre les accès illégitimes, le système d’authentification a également été modifié. L’accès des administrateurs fait l’objet d’un contrôle renforcé grâce au screening des collaborateurs et des fournisseurs.",
        "text_de": "Die Informationssicherheit ist eine der großen Herausforderungen des IKT-Stabsdienstes. Cyberangriffe werden immer häufiger und sind sehr vielfältig. Um den Betrieb der Dienste aufrechtzuerhalten und die Vertraulichkeit und Integrität der bei der Kanzlei gehosteten Daten zu gewährleisten, hat der IKT-Stabsdienst eine Reihe von Prozessen überprüft und neue Werkzeuge entwickelt. Vor allem wurde das Sicherheitsmanagement geändert, um die Daten je nach ihrer Sensibilität bestmöglich zu schützen.\n\nAuf kritischen Diensten wie der E-Mail wurden Prüfwerkzeuge installiert, um unbefugte Zugriffsversuche zu erkennen. Eine Netzwerkvorkehrung verringert nun den Verbindungsverlust bei einem DDoS-Angriff (einem Cyberangriff, der einen Dienst unerreichbar macht) drastisch. Um die Dienste vor unrechtmäßigem Zugriff zu schützen, wurde auch das Authentifizierungssystem geändert. Der Zugang der Administratoren wird durch die Überprüfung von Personal und Lieferanten strenger kontrolliert.",
        "text_en": "Computer security is one of the ICT staff service’s major challenges. Cyber attacks are ever more frequent and very diverse. To keep the services running and to guarantee the confidentiality and integrity of the data hosted at the Chancellery, the ICT staff service reviewed a number of processes and developed new tools. Above all, security management was changed to protect data as well as possible according to their sensitivity.\n\nAuditing tools were installed on critical services, such as e-mail, to detect unauthorised access attempts. A network arrangement now drastically reduces the loss of connection during a DDoS attack (a cyber attack that makes a service unavailable). To protect the services against unlawful access, the authentication system was changed as well. Administrators’ access was given stronger control through the screening of staff and suppliers.",
    },
    {
        "title_nl": "Synergieën",
        "title_fr": "Synergies",
        "title_de": "Synergien",
        "title_en": "Synergies",
        "text_nl": "Sinds verschillende jaren levert de stafdienst ICT gepersonaliseerde diensten aan tal van klantorganisaties op basis van een gezamenlijke infrastructuur. Dankzij het delen van oplossingen en ervaring kunnen alle diensten, tegen een lage kostprijs, bijdragen en gebruik maken van een aantal aangepaste oplossingen. De stafdienst ICT heeft meegewerkt aan de optimalisering van de federale administratie en heeft getoond dat hij met zijn dienstencatalogus wil bijdragen tot de ontwikkeling van gemeenschappelijke processen.",
        "text_fr": "Depuis plusieurs années, le service d’encadrement ICT fournit des services personnalisés à de nombreuses organisations clientes sur la base d’une infrastructure commune. Grâce au partage de solutions et d’expérience, tous les services peuvent, à faible coût, contribuer à un ensemble de solutions adaptées et en faire usage. Le service d’encadrement ICT a participé à l’optimalisation de l’administration fédérale et a montré qu’il veut contribuer, avec son catalogue de services, au développement de processus communs.",
        "text_de": "Seit mehreren Jahren bietet der IKT-Stabsdienst zahlreichen Kundenorganisationen maßgeschneiderte Dienste auf einer gemeinsamen Infrastruktur an. Durch den Austausch von Lösungen und Erfahrungen kann jeder Dienst zu einem Bündel angepasster Lösungen zu geringen Kosten beitragen und es nutzen. Der IKT-Stabsdienst hat an der Optimierung der föderalen Verwaltung mitgewirkt und gezeigt, dass sein Dienstleistungskatalog zur Entwicklung gemeinsamer Prozesse beitragen soll.",
        "text_en": "For several years the ICT staff service has provided tailored services to many client organisations on a shared infrastructure. By sharing solutions and experience, every service can contribute to, and use, a set of adapted solutions at low cost. The ICT staff service took part in optimising the federal administration and showed that it wants its service catalogue to help develop common processes.",
    },
]


def load() -> None:
    """Create or update the 2016 report's core data (idempotent)."""
    AnnualReport.objects.update_or_create(
        year=YEAR,
        defaults={
            "foreword_title_nl": "Voorwoord",
            "foreword_title_fr": "Avant-propos",
            "foreword_title_de": "Vorwort",
            "foreword_title_en": "Foreword",
            "foreword_text_nl": FOREWORD_NL,
            "foreword_text_fr": FOREWORD_FR,
            "foreword_text_de": FOREWORD_DE,
            "foreword_text_en": FOREWORD_EN,
            "signatory_name": "Françoise Audag-Dechamps",
            "signatory_role_nl": "Voorzitter van het directiecomité a.i.",
            "signatory_role_fr": "Présidente du comité de direction a.i.",
            "signatory_role_de": "Vorsitzende des Direktionsausschusses a.i.",
            "signatory_role_en": "Chair of the Board of Directors a.i.",
            "organisation_nl": "FOD Kanselarij van de Eerste Minister",
            "organisation_fr": "SPF Chancellerie du Premier Ministre",
            "organisation_de": "FÖD Kanzlei des Premierministers",
            "organisation_en": "FPS Chancellery of the Prime Minister",
            "address_nl": "Wetstraat 16\n1000 Brussel",
            "address_fr": "Rue de la Loi 16\n1000 Bruxelles",
            "address_de": "Rue de la Loi 16\n1000 Brüssel",
            "address_en": "Rue de la Loi 16\n1000 Brussels",
            "publisher_name": "Françoise Audag-Dechamps",
            "publisher_role_nl": "Voorzitter van het directiecomité a.i.",
            "publisher_role_fr": "Présidente du comité de direction a.i.",
            "publisher_role_de": "Vorsitzende des Direktionsausschusses a.i.",
            "publisher_role_en": "Chair of the Board of Directors a.i.",
            "legal_deposit": "D/2017/9737/2",
        },
    )
    ict, _created = IctYear.objects.update_or_create(
        year=YEAR,
        defaults={
            "title_nl": "ICT: veiligheid en synergieën krijgen voorrang",
            "title_fr": "ICT : priorité à la sécurité et aux synergies",
            "title_de": "IKT: Sicherheit und Synergien an erster Stelle",
            "title_en": "ICT: security and synergies come first",
            "introduction_nl": "Om aan de cybercriminaliteit beter weerstand te bieden, heeft de stafdienst ICT alles in het werk gesteld om de veiligheid van de gegevens en computertoepassingen van de Kanselarij en van de andere gebruikers van het gedeelde informaticanetwerk te versterken.",
            "introduction_fr": "Pour mieux résister à la cybercriminalité, le service d’encadrement ICT a tout mis en œuvre pour renforcer la sécurité des données et des applications informatiques de la Chancellerie et des autres utilisateurs du réseau informatique partagé.",
            "introduction_de": "Um der Cyberkriminalität besser standzuhalten, hat der IKT-Stabsdienst alles darangesetzt, die Sicherheit der Daten und Anwendungen der Kanzlei und der anderen Nutzer des gemeinsamen Computernetzes zu stärken.",
            "introduction_en": "To better withstand cybercrime, the ICT staff service did everything it could to strengthen the security of the data and applications of the Chancellery and of the other users of the shared computer network.",
            "requests_handled": 12500,
            "requests_qualifier": IctYear.Qualifier.ABOUT,
            "users_served": 50000,
            "users_qualifier": IctYear.Qualifier.MORE_THAN,
            "service_hours": "24/7",
        },
    )
    for position, topic in enumerate(ICT_TOPICS, start=1):
        IctTopic.objects.update_or_create(ict_year=ict, position=position, defaults=topic)
    ict.topics.filter(position__gt=len(ICT_TOPICS)).delete()
    load_statements()


# The public statements' demo content. The contacts are placeholders (the reserved .example
# domain): the real mailboxes are entered in the admin.
ACCESSIBILITY = {
    "status": AccessibilityStatement.Status.PARTIAL,
    "prepared_on": datetime.date(2026, 10, 15),
    "method": AccessibilityStatement.Method.SELF,
    "reviewed_on": datetime.date(2026, 11, 30),
    "contact_email": "accessibility@chancellery.example",
    "contact_phone": "",
    "response_days": 10,
    "contact_address_nl": "FOD Kanselarij van de Eerste Minister\nWetstraat 16\n1000 Brussel",
    "contact_address_fr": "SPF Chancellerie du Premier Ministre\nRue de la Loi 16\n1000 Bruxelles",
    "contact_address_de": "FÖD Kanzlei des Premierministers\nRue de la Loi 16\n1000 Brüssel",
    "contact_address_en": "FPS Chancellery of the Prime Minister\nRue de la Loi 16\n1000 Brussels",
}

ACCESSIBILITY_ISSUES = [
    {
        "reason": AccessibilityIssue.Reason.NON_COMPLIANCE,
        "criteria": "1.3.1, 3.1.2",
        "description_nl": "In de PDF-versie van de jaarverslagen is de taal van anderstalige passages niet in de tags aangegeven (de PDF/UA-controle meldt UA-15-003): een schermlezer leest ze in de taal van het verslag voor.",
        "description_fr": "Dans la version PDF des rapports annuels, la langue des passages dans une autre langue n’est pas indiquée dans les balises (le contrôle PDF/UA signale UA-15-003) : un lecteur d’écran les lit dans la langue du rapport.",
        "description_de": "In der PDF-Fassung der Jahresberichte ist die Sprache anderssprachiger Passagen nicht in den Tags angegeben (die PDF/UA-Prüfung meldet UA-15-003): Ein Bildschirmleser liest sie in der Sprache des Berichts vor.",
        "description_en": "In the PDF version of the annual reports, the language of passages in another language is not marked in the tags (the PDF/UA check reports UA-15-003): a screen reader reads them in the report’s language.",
        "alternative_nl": "De webpagina van elk jaarverslag heeft dezelfde inhoud, met de taal van elke passage aangegeven; de cijfers staan ook in CSV en JSON.",
        "alternative_fr": "La page web de chaque rapport annuel a le même contenu, avec la langue de chaque passage indiquée ; ses chiffres sont aussi en CSV et en JSON.",
        "alternative_de": "Die Webseite jedes Jahresberichts hat denselben Inhalt, mit der Sprache jeder Passage; die Zahlen gibt es auch als CSV und JSON.",
        "alternative_en": "The web page of each annual report has the same content, with the language of each passage marked; its figures are also in CSV and JSON.",
    },
    {
        "reason": AccessibilityIssue.Reason.OUT_OF_SCOPE,
        "criteria": "",
        "description_nl": "Websites van derden waarnaar de jaarverslagen verwijzen (bijvoorbeeld het Belgisch Staatsblad) vallen niet onder onze controle.",
        "description_fr": "Les sites de tiers auxquels renvoient les rapports annuels (par exemple le Moniteur belge) ne sont pas sous notre contrôle.",
        "description_de": "Websites Dritter, auf die die Jahresberichte verweisen (zum Beispiel das Belgische Staatsblatt), unterliegen nicht unserer Kontrolle.",
        "description_en": "Third-party websites the annual reports link to (for example the Belgian Official Journal) are not under our control.",
        "alternative_nl": "",
        "alternative_fr": "",
        "alternative_de": "",
        "alternative_en": "",
    },
]

PRIVACY = {
    "controller_nl": "FOD Kanselarij van de Eerste Minister",
    "controller_fr": "SPF Chancellerie du Premier Ministre",
    "controller_de": "FÖD Kanzlei des Premierministers",
    "controller_en": "FPS Chancellery of the Prime Minister",
    "controller_address_nl": "Wetstraat 16\n1000 Brussel",
    "controller_address_fr": "Rue de la Loi 16\n1000 Bruxelles",
    "controller_address_de": "Rue de la Loi 16\n1000 Brüssel",
    "controller_address_en": "Rue de la Loi 16\n1000 Brussels",
    "controller_email": "protocol@chancellery.example",
    "dpo_email": "dpo@chancellery.example",
    "purposes_nl": "We gebruiken de gastenlijsten om genodigden voor officiële plechtigheden uit te nodigen, hun komst voor te bereiden (toegankelijkheid, veiligheid, plaatsen) en hen op de dag zelf aan te melden.",
    "purposes_fr": "Nous utilisons les listes d’invités pour inviter aux cérémonies officielles, préparer la venue des invités (accessibilité, sécurité, placement) et les enregistrer le jour même.",
    "purposes_de": "Wir verwenden die Gästelisten, um zu offiziellen Zeremonien einzuladen, das Kommen der Gäste vorzubereiten (Barrierefreiheit, Sicherheit, Platzierung) und sie am Tag selbst anzumelden.",
    "purposes_en": "We use the guest lists to invite guests to official ceremonies, prepare their coming (accessibility, security, seating) and check them in on the day.",
    "legal_basis_nl": "De uitvoering van een taak van algemeen belang (AVG, artikel 6.1.e): de Kanselarij organiseert de officiële plechtigheden van de federale regering.",
    "legal_basis_fr": "L’exécution d’une mission d’intérêt public (RGPD, article 6.1.e) : la Chancellerie organise les cérémonies officielles du gouvernement fédéral.",
    "legal_basis_de": "Die Wahrnehmung einer Aufgabe im öffentlichen Interesse (DSGVO, Artikel 6 Absatz 1 Buchstabe e): Die Kanzlei organisiert die offiziellen Zeremonien der Föderalregierung.",
    "legal_basis_en": "The performance of a task carried out in the public interest (GDPR, article 6(1)(e)): the Chancellery organises the federal government’s official ceremonies.",
    "data_categories_nl": "Naam, organisatie, e-mailadres, telefoonnummer, categorie van genodigde, toegankelijkheidsbehoeften die u ons meedeelt, antwoord op de uitnodiging en aanmelding.",
    "data_categories_fr": "Nom, organisation, adresse e-mail, numéro de téléphone, catégorie d’invité, besoins d’accessibilité que vous nous communiquez, réponse à l’invitation et enregistrement.",
    "data_categories_de": "Name, Organisation, E-Mail-Adresse, Telefonnummer, Gästekategorie, die Bedürfnisse an Barrierefreiheit, die Sie uns mitteilen, Antwort auf die Einladung und Anmeldung.",
    "data_categories_en": "Name, organisation, e-mail address, telephone number, guest category, the accessibility needs you tell us, your answer to the invitation and check-in.",
    "source_nl": "Wanneer u niet zelf uw gegevens gaf, komen ze van de organisatie die u voordroeg (een ministerie, een ambassade, een vereniging van slachtoffers...).",
    "source_fr": "Lorsque vous ne nous les avez pas donnés vous-même, vos données viennent de l’organisation qui vous a proposé (un ministère, une ambassade, une association de victimes...).",
    "source_de": "Wenn Sie uns Ihre Daten nicht selbst gegeben haben, stammen sie von der Organisation, die Sie vorgeschlagen hat (ein Ministerium, eine Botschaft, ein Opferverband...).",
    "source_en": "When you did not give us your data yourself, they come from the organisation that proposed you (a ministry, an embassy, a victims’ association...).",
    "recipients_nl": "Alleen de medewerkers van het protocol van de Kanselarij. Voor de veiligheid van een plechtigheid kan de lijst van namen aan de bevoegde politiediensten worden bezorgd.",
    "recipients_fr": "Seuls les collaborateurs du protocole de la Chancellerie. Pour la sécurité d’une cérémonie, la liste des noms peut être transmise aux services de police compétents.",
    "recipients_de": "Nur die Mitarbeiter des Protokolls der Kanzlei. Für die Sicherheit einer Zeremonie kann die Namensliste den zuständigen Polizeidiensten übermittelt werden.",
    "recipients_en": "Only the Chancellery’s protocol staff. For the security of a ceremony, the list of names may be passed to the competent police services.",
    "updated_on": datetime.date(2026, 11, 30),
}


def load_statements() -> None:
    """The accessibility statement (with its known issues) and the privacy notice (idempotent)."""
    statement, _created = AccessibilityStatement.objects.update_or_create(
        singleton=1, defaults=ACCESSIBILITY
    )
    for position, issue in enumerate(ACCESSIBILITY_ISSUES, start=1):
        AccessibilityIssue.objects.update_or_create(
            statement=statement, position=position, defaults=issue
        )
    statement.issues.filter(position__gt=len(ACCESSIBILITY_ISSUES)).delete()
    PrivacyNotice.objects.update_or_create(singleton=1, defaults=PRIVACY)


def publish(*, require_complete: bool = False) -> None:
    """Publish the 2016 demo report as its edition 1, unless it already is (idempotent).

    The full loader asks for a complete report; tests that load a single app's part do not. The
    files are rendered here and now (the loader runs before the task worker does).
    """
    report = AnnualReport.objects.get(year=YEAR)
    if report.status == AnnualReport.Status.DRAFT:
        from chancellery.services import report_publish

        report_publish(
            report=report,
            user=None,
            require_complete=require_complete,
            render_now=True,
            published_at=PUBLISHED_AT,
        )
